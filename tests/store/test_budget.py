"""A read under a time budget stops with OverBudget; without one it runs to the end."""
from __future__ import annotations

import sqlite3

import pytest

from unbait.errors import OverBudget, UnbaitError
from unbait.store.budget import time_budget

SLOW = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000) SELECT count(*) FROM n"


def test_a_read_past_its_budget_is_interrupted_and_the_connection_stays_usable():
    db = sqlite3.connect(":memory:")
    with pytest.raises(OverBudget) as caught:
        with time_budget(db, 0.0):
            db.execute(SLOW).fetchone()
    assert isinstance(caught.value, UnbaitError)
    assert db.execute(SLOW).fetchone() == (3000000,)  # the handler is gone after the block


def test_no_budget_and_a_generous_one_change_nothing():
    db = sqlite3.connect(":memory:")
    with time_budget(db, None):
        assert db.execute("SELECT 1").fetchone() == (1,)
    with time_budget(db, 60.0):
        assert db.execute(SLOW).fetchone() == (3000000,)


def test_other_sqlite_errors_pass_through():
    db = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        with time_budget(db, 1.0):
            db.execute("SELECT * FROM missing")
