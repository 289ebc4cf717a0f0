"""A time budget for one read: SQLite's progress handler interrupts the query past its deadline.

The web serves cheap reads on its event loop and sends the rare expensive one to a thread
(``unbait.web.html.search``): the loop runs a query under a budget and, on
:class:`~unbait.errors.OverBudget`, the page runs it again in the pool with none.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from unbait.errors import OverBudget

STEPS = 1000  # SQLite VM instructions between two looks at the clock (a few microseconds)


@contextmanager
def time_budget(db: sqlite3.Connection, seconds: float | None) -> Iterator[None]:
    """Reads on ``db`` inside the block stop with OverBudget after ``seconds`` (None: no limit)."""
    if seconds is None:
        yield
        return
    deadline, fired = time.perf_counter() + seconds, []

    def past_deadline() -> bool:
        if time.perf_counter() > deadline:
            fired.append(True)
            return True
        return False
    db.set_progress_handler(past_deadline, STEPS)
    try:
        yield
    except sqlite3.Error as exc:  # "interrupted", or whatever step it stopped ("vtable constructor failed")
        if not fired:
            raise
        raise OverBudget(f"the read took over {seconds * 1000:.0f} ms") from exc
    finally:
        db.set_progress_handler(None, 0)
