"""The candidate stories counted over cached postings are exactly those of the SQL GROUP BY they replace."""
from __future__ import annotations

import random

import pytest

from unbait.store import Store
from unbait.store.story_terms import SqlPostings

SQL = ("SELECT story_id FROM story_terms WHERE term IN ({}) GROUP BY story_id "
       "ORDER BY count(*) DESC, story_id LIMIT ?")


@pytest.mark.parametrize("postings", [1_000_000, 0])  # 0: the cache starts again empty on every call
def test_cached_postings_rank_candidates_like_the_sql_query(tmp_path, monkeypatch, postings):
    monkeypatch.setattr(SqlPostings, "POSTINGS", postings)
    rng = random.Random(5)
    terms = [f"w:t{i}" for i in range(40)]
    with Store(tmp_path / "s.db") as store:
        db = store._db
        index = SqlPostings(db)
        for round_ in range(60):
            probe = tuple(dict.fromkeys(rng.sample(terms, 8)))
            sql = [r[0] for r in db.execute(SQL.format(",".join("?" * len(probe))), (*probe, 5))]
            assert index.best(probe, 5) == sql  # ties (many here) broken by the smaller id, as in SQL
            index.add(probe[:rng.randint(1, len(probe))], f"s{rng.randint(0, 25)}")
