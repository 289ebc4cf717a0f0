"""Probe term -> stories (``story_terms``), read through a per-writer cache: the candidate stories of an article.

The candidates are the stories sharing the most probe terms with it (ties: the smaller id), as
``SELECT story_id ... GROUP BY story_id ORDER BY count(*) DESC, story_id`` would give; counted
here over cached posting lists, because that query's cost grew with the postings of common terms
and it ran once per article in the single writer.
"""
from __future__ import annotations

import heapq
import sqlite3
from collections import Counter
from collections.abc import Sequence

from unbait.store.placeholders import marks


class SqlPostings:
    POSTINGS = 1_000_000  # cached (term, story) pairs at most (~100 MB); past it the cache starts again empty

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._cache: dict[str, set[str]] = {}  # term -> story ids
        self._size = 0  # pairs cached

    def best(self, probe: Sequence[str], limit: int) -> list[str]:
        """The ``limit`` stories sharing the most of ``probe``'s terms, most first, then by id."""
        terms = list(dict.fromkeys(probe))
        if self._size > self.POSTINGS:
            self._cache.clear()
            self._size = 0
        missing = [t for t in terms if t not in self._cache]
        for t in missing:
            self._cache[t] = set()
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            for term, story_id in self._db.execute(
                    f"SELECT term, story_id FROM story_terms WHERE term IN ({marks(len(chunk))})", chunk):
                self._cache[term].add(story_id)
                self._size += 1
        shared = Counter()
        for t in terms:
            shared.update(self._cache[t])
        return [s for s, _ in heapq.nsmallest(limit, shared.items(), key=lambda kv: (-kv[1], kv[0]))]

    def add(self, probe: Sequence[str], story_id: str) -> None:
        self._db.executemany("INSERT OR IGNORE INTO story_terms VALUES (?, ?)", [(t, story_id) for t in probe])
        for t in probe:
            if t in self._cache and story_id not in self._cache[t]:
                self._cache[t].add(story_id)
                self._size += 1
