"""The KB on original articles (hand-built digests): variants, homonyms, search, upgrades."""
from __future__ import annotations

import json
import sqlite3
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from unbait.cli.app import app
from unbait.document import Digest, Fact, Person, Quote, Role, Work
from unbait.store import Store, core

HARBOR = Digest(
    id="a1", source="a1.txt", title="Harbor Lights wraps filming", text="Choi Min-seok said goodbye. ...",
    people=(Person("Choi Min-seok", (), 3, (Role("actor", "Yoo Sang-chul", "Harbor Lights"),)),
            Person("Bae Na-ri", (), 2, (Role("actor", "Jang Mi-so", "Harbor Lights"),))),
    works=(Work("Harbor Lights", "tv_series", ("KBS2",)),),
    quotes=(Quote("It was the last day of filming (finally) — NEAR the sea: 100% \"done\"*", "Choi Min-seok", 5, 60),),
    facts=(Fact("rating", "8.2%", "Harbor Lights", "8.2 percent", 0, 10, "June 3"),))
HARBOR_AGAIN = Digest(
    id="a2", source="a2.txt", title="The Harbor Lights finale", text="Choe Minsuk thanked fans.",
    people=(Person("Choe Minsuk", (), 2, (Role("actor", "Yu Sang Chul", "The Harbor Lights"),)),
            Person("Bae Nari", (), 1, ())),
    works=(Work("The Harbor Lights", None, ("Netflix",)),),
    quotes=(Quote("Thank you", "Choe Minsuk", 0, 9),),
    facts=(Fact("rating", "9.9%", "The Harbor Lights", "9.9 percent", 0, 10, "June 10"),))
OTHER_CHOI = Digest(  # a homonym: a director of an unrelated film, with other people
    id="a3", source="a3.txt", title="Paper Birds premieres", text="Director Choi Min Seok spoke.",
    people=(Person("Choi Min Seok", (), 2, (Role("director", None, "Paper Birds"),)),
            Person("Oh Jae-won", (), 1, (Role("actor", "Kang Do", "Paper Birds"),))),
    works=(Work("Paper Birds", "film", ()),),
    quotes=(Quote("Cinema is patience", "Choi Min Seok", 0, 18),))


def fill(path, *digests):
    with Store(path) as store:
        store.add_many(digests)


def test_variants_merge_into_one_person_one_character_one_work(tmp_path):
    fill(tmp_path / "k.db", HARBOR, HARBOR_AGAIN)
    with Store(tmp_path / "k.db") as store:
        kb = store.kb()
        [p] = kb.person("CHOI MIN SEOK")
        assert p.aliases == ("Choi Min-seok", "Choe Minsuk") and p.articles == ("a1", "a2")
        assert [q.text for q in p.quotes][1] == "Thank you"
        [w] = kb.work("harbor lights")
        assert w.aliases == ("Harbor Lights", "The Harbor Lights") and w.networks == ("KBS2", "Netflix")
        assert w.kind == "tv_series" and [f.date for f in w.facts] == ["June 3", "June 10"]
        [choi] = [c for c in w.cast if c.person == "Choi Min-seok"]
        assert choi.character == "Yoo Sang-chul" and choi.character_aliases == ("Yoo Sang-chul", "Yu Sang Chul")
        assert len(kb.people()) == 2


def test_homonyms_in_unrelated_works_stay_apart_and_say_why(tmp_path):
    fill(tmp_path / "k.db", HARBOR, OTHER_CHOI, HARBOR_AGAIN)
    with Store(tmp_path / "k.db") as store:
        found = store.kb().person("Choi Min-seok")
    assert [p.articles for p in found] == [("a1", "a2"), ("a3",)]
    assert "no shared work" in found[1].why[0]
    assert "context picks" in found[0].why[1]  # the second Harbor article chose among two
    assert [r.role for r in found[1].roles] == ["director"]


@pytest.mark.parametrize("query", ['"', "*", ":", "^", "(", ")", "NEAR", "AND", 'a" OR "b', "(finally) — NEAR",
                                   "", "100% \"done\"*", "col:umn", "-"])
def test_search_takes_fts_syntax_as_text(tmp_path, query):
    fill(tmp_path / "k.db", HARBOR)
    with Store(tmp_path / "k.db") as store:
        store.kb().search(query)  # never an FTS5 syntax error


def test_search_finds_articles_quotes_and_names(tmp_path):
    fill(tmp_path / "k.db", HARBOR, HARBOR_AGAIN)
    with Store(tmp_path / "k.db") as store:
        kinds = {h.kind for h in store.kb().search("last day of filming (finally) — NEAR")}
        assert kinds == {"quote"}
        assert {h.kind for h in store.kb().search("Choe Minsuk")} == {"person", "article"}
        assert {h.kind for h in store.kb().search("harbor lights")} >= {"article", "work"}


def test_reingesting_is_a_no_op(tmp_path):
    path = tmp_path / "k.db"
    fill(path, HARBOR, HARBOR_AGAIN)
    tables = ("kb_people", "kb_person_aliases", "kb_roles", "kb_merges", "kb_works", "kb_search")

    def counts():
        db = sqlite3.connect(path)
        return [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]

    before = counts()
    fill(path, HARBOR_AGAIN, HARBOR)
    assert counts() == before


def test_a_store_from_the_earlier_migrations_upgrades(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    with monkeypatch.context() as m:
        m.setattr(core, "MIGRATIONS", core.MIGRATIONS[:2])  # the store as the earlier code wrote it
        m.setattr(core, "KbWriter", lambda db: SimpleNamespace(add=lambda digest: None))
        m.setattr(core, "StoryWriter", lambda db, days=0: SimpleNamespace(add=lambda digest, at: None, flush=lambda: None))
        fill(path, HARBOR, HARBOR_AGAIN)
        with Store(path) as store:
            assert [name for _, name, _ in store.migrations()] == ["articles", "annotations"]
    with Store(path) as store:
        assert [name for _, name, _ in store.migrations()][2:4] == ["kb", "stories"]
        [p] = store.kb().person("Choi Min-seok")
        assert p.articles == ("a1", "a2") and store.integrity() == "ok"
        assert {a for s in store.stories() for a in s.articles} == {"a1", "a2"}  # backfilled too


def test_kb_commands_print_json_lines(tmp_path):
    path = tmp_path / "k.db"
    fill(path, HARBOR, HARBOR_AGAIN, OTHER_CHOI)
    runner = CliRunner()
    out = runner.invoke(app, ["people", "--db", str(path), "--json"]).stdout
    people = [json.loads(line) for line in out.splitlines()]
    assert {"id", "name", "aliases", "roles", "articles"} <= set(people[0])
    work = json.loads(runner.invoke(app, ["work", "--db", str(path), "Harbor Lights", "--json"]).stdout)
    assert {"id", "title", "aliases", "kind", "networks", "cast", "facts"} <= set(work)
    assert {"person": "Choi Min-seok", "character": "Yoo Sang-chul"}.items() <= work["cast"][0].items()
    quotes = runner.invoke(app, ["quotes", "--db", str(path), "--by", "Choe Min-seok", "--json"]).stdout
    assert len(quotes.splitlines()) == 3  # both Chois answer to the name; each quote once
    assert runner.invoke(app, ["works", "--db", str(path)]).exit_code == 0
    choi = json.loads(runner.invoke(app, ["person", "--db", str(path), "Choi Min-seok", "--json"]).stdout.splitlines()[0])
    assert {e["kind"] for e in choi["timeline"]} == {"article", "role", "quote", "fact"}
    assert "why:" in runner.invoke(app, ["person", "--db", str(path), "Choi Min-seok", "--why"]).stdout
    assert runner.invoke(app, ["search", "--db", str(path), 'NEAR(" *']).exit_code == 0
    missing = runner.invoke(app, ["person", "--db", str(path), "Nobody Here"])
    assert missing.exit_code == 1 and "no person" in missing.stderr


def test_a_person_view_holds_the_newest_facts_and_counts_them_all(tmp_path):
    from dataclasses import replace

    fill(tmp_path / "k.db", replace(HARBOR, published="2024-06-04"), replace(HARBOR_AGAIN, published="2024-06-11"))
    with Store(tmp_path / "k.db") as store:
        [capped] = store.kb().person("Choi Min-seok", facts=1)
        [every] = store.kb().person("Choi Min-seok", facts=None)
    assert [f.value for f in capped.facts] == ["9.9%"] and capped.facts_total == 2
    assert [f.value for f in every.facts] == ["8.2%", "9.9%"] and every.facts_total == 2
    assert [e.text for e in capped.timeline if e.kind == "fact"] == ["rating 9.9% (The Harbor Lights, June 10)"]
    runner = CliRunner()
    shown = runner.invoke(app, ["person", "--db", str(tmp_path / "k.db"), "Choi Min-seok", "--facts", "1"]).stdout
    assert "the 1 newest of 2 shown" in shown and "8.2%" not in shown
    assert "8.2%" in runner.invoke(app, ["person", "--db", str(tmp_path / "k.db"), "Choi Min-seok", "--facts", "0"]).stdout
