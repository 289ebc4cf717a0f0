"""``unbait kb import``: cast CSV and kpopnet JSON seed the KB; bad files fail whole, naming line and column."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from unbait.cli.app import app
from unbait.document import Digest, Person, Role, Work
from unbait.errors import ReferenceFileError
from unbait.kb.reference import read_reference
from unbait.store import Store, kb_import

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "kb"


def imported(tmp_path, *names):
    path = tmp_path / "kb.db"
    with Store(path) as store:
        for name in names:
            store.import_reference(read_reference(FIXTURES / name))
    return path


def rows(path, table):
    return sqlite3.connect(path).execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_cast_csv_links_spellings_roles_and_hangul(tmp_path):
    path = imported(tmp_path, "cast.csv")
    with Store(path) as store:
        [p] = store.kb().person("최민석")
        assert p.name == "Choi Min-seok" and {"Choi Minsuk", "최민석"} <= set(p.aliases)
        assert [(r.role, r.character, r.work) for r in p.roles] == [
            ("main role", "Yoo Sang-chul", "Harbor Lights"), ("support role", "Han Do-yun", "Winter Orchard")]
        assert p.roles[0].article_id.startswith("import:")  # provenance: which import, which line
        [w] = store.kb().work("harbor lights")
        assert w.kind == "tv_series" and [c.person for c in w.cast] == ["Choi Min-seok", "Bae Na-ri"]
        assert [r.role for r in store.kb().person("Seo Ji-an")[0].roles] == ["director"]


def test_reimport_adds_nothing_and_articles_then_resolve_to_the_entry(tmp_path):
    path = imported(tmp_path, "cast.csv", "cast.csv")
    assert rows(path, "kb_people") == 3 and rows(path, "kb_ref_roles") == 4
    with Store(path) as store:
        store.add(Digest(id="n1", source="n1", title="Harbor Lights finale", text="Choi Minseok waved.",
                         people=(Person("Choi Minseok", (), 1, (Role("actor", "Yoo Sangchul", "The Harbor Lights"),)),),
                         works=(Work("The Harbor Lights", None, ()),)))
        [p] = store.kb().person("Choi Min-seok")
        assert p.articles == ("n1",) and len({r.character for r in p.roles}) == 2


def test_kpopnet_homonyms_stay_apart_with_stage_and_real_names(tmp_path):
    path = imported(tmp_path, "idols.json")
    with Store(path) as store:
        aras = store.kb().person("Ara")
        assert len(aras) == 2
        assert {r.work for p in aras for r in p.roles} == {"LUMEN", "Velvet Nine"}
        [moon] = store.kb().person("문아라")
        assert {"Moon Ara", "Ari", "아리"} <= set(moon.aliases)
        [velvet] = store.kb().work("V9")
        assert velvet.kind == "group" and velvet.title == "Velvet Nine"
        [dan] = store.kb().person("Kang Danbi")
        assert dan.name == "Dan"


@pytest.mark.parametrize("name, content, message", [
    ("no_character.csv", b"actor,work,role\nA B,C,actor\n", "line 1: missing column(s) character"),
    ("latin1.csv", b"actor,work,character,role\nAn Ho,Sea,Mi,actor\nJos\xe9 Oh,Sea,Bo,actor\n",
     "line 3, column 4: not UTF-8"),
    ("empty_work.csv", b"actor,work,character,role\nAn Ho,Sea,Mi,actor\nOh Bo,,Mi,actor\n",
     "line 3, column 2 (work): empty"),
    ("ragged.csv", b"actor,work,character,role\nAn Ho,Sea,Mi\n", "line 2: 3 field(s), the header has 4"),
    ("empty.csv", b"", "line 1: empty file"),
    ("broken.json", b'{"idols": [\n  {"id": "x", "name": "Ara",}\n]}', "line 2, column"),
    ("nameless.json", b'{"idols": [\n  {"id": "x1", "name": "Ara"},\n  {"id": "x2"}\n]}',
     "line 3, idols[1]: field 'name' missing"),
    ("list.json", b"[]", "not the kpopnet format"),
    ("cast.tsv", b"actor\twork", "unknown reference format"),
])
def test_bad_reference_files_name_line_and_column_and_import_nothing(tmp_path, name, content, message):
    bad = tmp_path / name
    bad.write_bytes(content)
    with pytest.raises(ReferenceFileError, match=re.escape(message)):
        read_reference(bad)
    result = CliRunner().invoke(app, ["kb", "import", "--db", str(tmp_path / "kb.db"), str(bad)])
    assert result.exit_code != 0 and not (tmp_path / "kb.db").exists()


def test_a_failure_midway_leaves_nothing_half_imported(tmp_path, monkeypatch):
    path = imported(tmp_path)

    def boom(*args):
        raise sqlite3.OperationalError("disk full")

    monkeypatch.setattr(kb_import.KbImporter, "_role", boom)
    with Store(path) as store, pytest.raises(Exception, match="disk full"):
        store.import_reference(read_reference(FIXTURES / "cast.csv"))
    assert [rows(path, t) for t in ("kb_imports", "kb_people", "kb_person_aliases", "kb_works")] == [0, 0, 0, 0]


def test_cli_reports_the_import(tmp_path):
    result = CliRunner().invoke(app, ["kb", "import", "--db", str(tmp_path / "kb.db"), str(FIXTURES / "idols.json")])
    assert result.exit_code == 0 and "3 entries (3 new people), 3 roles" in result.stdout


def _article(i, name, works=()):
    return Digest(id=f"a{i}", source=f"a{i}", title=f"T{i}", text=f"{name} spoke.",
                  people=(Person(name, (), 1, tuple(Role("member", None, w) for w in works)),),
                  works=tuple(Work(w, "group", ()) for w in works))


def test_a_stage_name_and_a_real_name_read_before_the_import_become_one_person(tmp_path):
    with Store(tmp_path / "kb.db") as store:
        store.add_many([_article(1, "Dan", ("LUMEN",)), _article(2, "Kang Dan-bi")])
        assert len(store.kb().people()) == 2
        store.import_reference(read_reference(FIXTURES / "idols.json"))
        [dan] = store.kb().person("Kang Danbi")
        assert dan.name == "Dan" and set(dan.articles) == {"a1", "a2"} and store.kb().person("Dan") == [dan]
        assert any("folded in" in why for why in dan.why)
        hits = [h for h in store.kb().search("Kang Dan-bi") if h.kind == "person"]
        assert [h.ref for h in hits] == [str(dan.id)]  # the search row follows the person
        ids = {p.id for p in store.kb().people()}
        assert dan.id in ids and all(r[0] in ids for r in store._db.execute("SELECT person_id FROM kb_person_names"))


def test_homonyms_read_before_the_import_are_not_folded_together(tmp_path):
    with Store(tmp_path / "kb.db") as store:
        store.add_many([_article(1, "Ara", ("LUMEN",)), _article(2, "Ara", ("Velvet Nine",)), _article(3, "Yoon Ara")])
        store.import_reference(read_reference(FIXTURES / "idols.json"))
        aras = store.kb().person("Ara")
        assert len(aras) == 2
        by_group = {r.work: p for p in aras for r in p.roles}
        assert set(by_group["LUMEN"].articles) == {"a1", "a3"}  # Yoon Ara is the LUMEN Ara's real name
        assert by_group["Velvet Nine"].articles == ("a2",)
