"""Parsed digests are kept by id, bounded, and read again only when not kept."""
from __future__ import annotations

from unbait.document import Digest
from unbait.store import Store
from unbait.store.parsed import ParsedDigests

DIGESTS = [Digest(id=f"p{i}", source=f"s{i}", title=f"T{i}", text=f"Body {i}") for i in range(5)]


class CountingDb:
    """A connection that counts the ids it is asked for."""

    def __init__(self, db) -> None:
        self.db, self.asked = db, []

    def execute(self, sql, args):
        self.asked += list(args)
        return self.db.execute(sql, args)


def test_kept_digests_are_not_read_again_and_unknown_ids_are_left_out(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add_many(DIGESTS)
        db, cache = CountingDb(store._db), ParsedDigests(size=3)
        first = cache.many(db, ("p0", "p1", "nope"))
        assert set(first) == {"p0", "p1"} and first["p1"] == DIGESTS[1]
        again = cache.many(db, ("p1", "p0"))
        assert again == {"p1": DIGESTS[1], "p0": DIGESTS[0]}
        assert sorted(db.asked) == ["nope", "p0", "p1"]  # the second call read nothing


def test_the_least_recently_used_goes_first_when_full(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add_many(DIGESTS)
        db, cache = CountingDb(store._db), ParsedDigests(size=2)
        cache.many(db, ("p0", "p1"))
        cache.many(db, ("p0",))  # p0 used: p1 is now the oldest
        cache.many(db, ("p2",))
        assert len(cache) == 2
        db.asked.clear()
        cache.many(db, ("p0", "p1", "p2"))
        assert db.asked == ["p1"]


def test_size_zero_keeps_nothing(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add_many(DIGESTS)
        cache = ParsedDigests(size=0)
        assert cache.one(store._db, "p3") == DIGESTS[3] and len(cache) == 0


def test_store_reads_go_through_the_cache(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add_many(DIGESTS)
        assert store.digest("p4") == DIGESTS[4] and store.digest("missing") is None
        assert store.pages().digests(("p4", "p2")) == {"p4": DIGESTS[4], "p2": DIGESTS[2]}
        assert len(store._parsed) == 2


def test_stores_can_share_one_cache_even_while_it_is_empty(tmp_path):
    shared = ParsedDigests()
    with Store(tmp_path / "s.db", parsed=shared) as writer:
        writer.add_many(DIGESTS)
    with Store(tmp_path / "s.db", parsed=shared) as a, Store(tmp_path / "s.db", parsed=shared) as b:
        a.digest("p1")
        assert len(shared) == 1 and b.pages().digests(("p1",)) == {"p1": DIGESTS[1]} and len(shared) == 1


def test_a_rolled_back_write_empties_the_cache(tmp_path):
    import pytest
    with Store(tmp_path / "s.db") as store:
        store.add_many(DIGESTS)
        store.digest("p0")
        with pytest.raises(RuntimeError):
            with store._transaction():
                raise RuntimeError("boom")
        assert len(store._parsed) == 0 and store.digest("p0") == DIGESTS[0]
