from __future__ import annotations

import sqlite3

import pytest

from unbait.document import Digest, Fact, Person, Quote, Rejected, Role, Work
from unbait.errors import SettingError, StoreError
from unbait.store import MIGRATIONS, Store


def digest(i: int = 1) -> Digest:
    return Digest(
        id=f"id{i}", source=f"s{i}.txt", title="A title", text="Body text.",
        people=(Person("Ana Lima", ("Ana  Lima",), 3, (Role("actor", "Rosa", "Night Shift"),)),),
        works=(Work("Night Shift", "tv_series", ("KBS",)),),
        quotes=(Quote("Hello", "Ana Lima", 5, 10),),
        facts=(Fact("rating", "9.1%", "Night Shift", "a rating of 9.1 percent", 0, 5, "May 2"),))


def test_storing_twice_is_a_no_op(tmp_path):
    with Store(tmp_path / "n.db") as store:
        assert store.add(digest()) is True
        assert store.add(digest()) is False
        assert store.add_many([digest(1), digest(2)]) == 1
        assert store.counts().articles == 2
        assert store.digest("id1") == digest()  # round trip through JSON
        assert store.integrity() == "ok"


def test_annotations_are_queryable(tmp_path):
    path = tmp_path / "n.db"
    with Store(path) as store:
        store.add(digest())
    db = sqlite3.connect(path)
    assert db.execute("SELECT speaker FROM quotes").fetchall() == [("Ana Lima",)]
    assert db.execute("SELECT value, date FROM facts").fetchall() == [("9.1%", "May 2")]
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_migrations_are_ordered_recorded_and_run_once(tmp_path):
    path = tmp_path / "n.db"
    with Store(path) as store:
        first = store.migrations()
    with Store(path) as store:
        assert store.migrations() == first
    assert [m[:2] for m in first] == [(i, name) for i, (name, _) in enumerate(MIGRATIONS, 1)]


def test_quarantine_keeps_reasons_once(tmp_path):
    with Store(tmp_path / "n.db") as store:
        assert store.quarantine(Rejected("a.txt", "empty file"))
        assert not store.quarantine(Rejected("a.txt", "empty file"))
        assert store.quarantined() == [Rejected("a.txt", "empty file")]


def test_settings_have_defaults_and_typed_overrides(tmp_path):
    with Store(tmp_path / "n.db") as store:
        assert store.get_setting("batch_size") == 16
        store.set_setting("batch_size", "8")
        assert store.get_setting("batch_size") == 8
        with pytest.raises(SettingError):
            store.set_setting("batch_size", "many")
        with pytest.raises(SettingError):
            store.get_setting("nope")


def test_unopenable_store_is_a_store_error(tmp_path):
    (tmp_path / "dir.db").mkdir()
    with pytest.raises(StoreError):
        Store(tmp_path / "dir.db")
