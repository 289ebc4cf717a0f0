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
