"""Paged reads: newest first, stable cursors, filters, bad cursors refused."""
from __future__ import annotations

import pytest

from unbait.document import Digest, Headline, Person, Role, Work
from unbait.errors import QueryError
from unbait.kb.page import ArticleFilter, decode_cursor, encode_cursor
from unbait.store import Store

ARTICLES = [Digest(id=f"id{i:02d}", source=f"s{i}", title=f"Title {i}", text=f"Body {i}",
                   published=f"2024-03-{i + 1:02d}", site="Site A" if i % 2 else "Site B",
                   headline=Headline(0.9 if i % 3 == 0 else 0.1),
                   people=(Person("Jun Arata", (), 1, (Role("actor", "Kiko", "Paper Kites"),)),) if i < 4 else (),
                   works=(Work("Paper Kites"),) if i < 4 else ()) for i in range(10)]


@pytest.fixture()
def pages(tmp_path):
    with Store(tmp_path / "p.db") as store:
        store.add_many(ARTICLES)
        yield store.pages()


def walk(pages, where=ArticleFilter(), limit=3):
    seen, cursor = [], None
    while True:
        page = pages.articles(where, limit, cursor)
        seen += [d.id for d in page.items]
        if not (cursor := page.next):
            return seen


def test_articles_newest_first_across_pages(pages):
    assert walk(pages) == [f"id{i:02d}" for i in range(9, -1, -1)]


def test_filters(pages):
    assert walk(pages, ArticleFilter(site="Site A")) == ["id09", "id07", "id05", "id03", "id01"]
    assert walk(pages, ArticleFilter(hide_clickbait=True)) == ["id08", "id07", "id05", "id04", "id02", "id01"]
    assert walk(pages, ArticleFilter(since="2024-03-03", until="2024-03-04")) == ["id03", "id02"]
    [person] = pages.person("Jun Arata")
    assert walk(pages, ArticleFilter(person=person.id)) == ["id03", "id02", "id01", "id00"]
    assert pages.costars(person.id) == () and pages.work_ids(("Paper Kites",))
    with pytest.raises(QueryError):
        ArticleFilter(since="March")


def test_people_and_works_by_page_and_id(pages):
    assert [p.name for p in pages.people_page(10).items] == ["Jun Arata"]
    [work] = pages.works_page(1).items
    assert pages.work_by_id(work.id).title == "Paper Kites" and pages.work_by_id(999) is None
    assert pages.person_by_id(999) is None


@pytest.mark.parametrize("bad", ["%%%", "bm90IGpzb24", encode_cursor(["a"]), encode_cursor([1, 2])])
def test_bad_cursors_are_query_errors(pages, bad):
    with pytest.raises(QueryError):
        pages.articles(cursor=bad)
    assert decode_cursor(encode_cursor(["x", "y"]), 2, (str, str)) == ["x", "y"]


def test_outlets_and_headers_read_no_digest(pages):
    assert pages.outlets(("id00", "id01", "id02")) == 2  # Site B, Site A, Site B
    assert pages.outlets(("id00", "nope")) == 1 and pages.outlets(("nope",)) == 0
    assert pages.headers(("id03",)) == {"id03": ("Title 3", "2024-03-04")}


def test_person_quotes_page_newest_first_and_summary_has_none(tmp_path):
    from unbait.document import Quote
    said = [Digest(id=f"q{i}", source=f"q{i}", title=f"T{i}", text=f"“Line {i}” said Jun Arata. “More {i}” he added.",
                   published=f"2024-05-{i + 1:02d}", people=(Person("Jun Arata", (), 1, ()),),
                   quotes=(Quote(f"Line {i}", "Jun Arata", 1, 7), Quote(f"More {i}", "Jun Arata", 24, 30)))
            for i in (3, 1, 2, 0)]
    with Store(tmp_path / "q.db") as store:
        store.add_many(said)
        pages = store.pages()
        [person] = pages.person("Jun Arata")
        seen, cursor = [], None
        while True:
            page = pages.person_quotes(person.id, 3, cursor)
            seen.append([q.text for q in page.items])
            if not (cursor := page.next):
                break
        assert seen == [["More 3", "Line 3", "More 2"], ["Line 2", "More 1", "Line 1"], ["More 0", "Line 0"]]
        summary = pages.person_summary(person.id)
        assert summary.name == "Jun Arata" and summary.quotes == () and summary.timeline == ()
        assert pages.person_summary(999) is None and pages.person_quotes(999).items == ()
        with pytest.raises(QueryError):
            pages.person_quotes(person.id, 3, encode_cursor(["x", 1]))


def test_costars_share_a_work_and_exclude_the_person(tmp_path):
    def article(i, cast):
        return Digest(id=f"k{i}", source=f"k{i}", title=f"K{i}", text=f"Text {i}",
                      works=tuple(Work(w) for w in dict.fromkeys(w for _, ws in cast for w in ws)),
                      people=tuple(Person(n, (), 1, tuple(Role("actor", None, w) for w in ws)) for n, ws in cast))
    tide, both = ("Glass Tide",), ("Glass Tide", "Paper Comet")
    with Store(tmp_path / "k.db") as store:
        store.add_many([article(1, [("Ana Bell", tide), ("Cy Dorn", tide)]), article(2, [("Ana Bell", tide), ("Eve Fox", tide)]),
                        article(3, [("Cy Dorn", both), ("Gus Hale", ("Paper Comet",))])])
        pages = store.pages()
        ids = {n: pages.person(n)[0].id for n in ("Ana Bell", "Cy Dorn", "Eve Fox", "Gus Hale")}
        assert [n for _, n in pages.costars(ids["Cy Dorn"])] == ["Ana Bell", "Eve Fox", "Gus Hale"]
        assert [n for _, n in pages.costars(ids["Gus Hale"])] == ["Cy Dorn"]


def test_person_stories_lists_each_story_once_latest_first(tmp_path):
    said = [Digest(id=f"s{i}", source=f"s{i}", title=f"Event {i}", text=f"Jun Arata spoke about event {i}.",
                   published=f"2024-06-{i + 1:02d}", people=(Person("Jun Arata", (), 1, ()),)) for i in range(4)]
    with Store(tmp_path / "s.db") as store:
        store.add_many(said)
        pages = store.pages()
        [person] = pages.person("Jun Arata")
        lines = pages.person_stories(person.id)
        filed = {a: s.id for s in store.stories(limit=50) for a in s.articles}
        assert sorted(line.id for line in lines) == sorted(set(filed.values()))  # every story once
        assert [line.updated for line in lines] == sorted((line.updated for line in lines), reverse=True)
        assert sum(line.size for line in lines) == 4 and len(pages.person_stories(person.id, limit=1)) == 1
        assert pages.person_stories(999) == ()
