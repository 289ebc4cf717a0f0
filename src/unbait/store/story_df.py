"""Document frequencies of the story channels in ``story_df``, read through a per-writer cache.

Increments are kept in memory and written by :meth:`SqlFrequencies.flush` (once per term and
transaction, summed) rather than one upsert per term and article; every term with an unwritten
increment is in the cache, so reads never see a stale row.
"""
from __future__ import annotations

import sqlite3
from collections import Counter

from unbait.stories.similarity import idf_of, scaled, scaled_norm
from unbait.store.placeholders import marks


class SqlFrequencies:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db, self._cache = db, {}  # channel -> term -> df
        self._unwritten: Counter[tuple[str, str]] = Counter()
        self.n = db.execute("SELECT count(*) FROM story_articles").fetchone()[0]

    def add(self, channels: dict[str, dict[str, float]]) -> None:
        self.n += 1
        for ch, vec in channels.items():
            cached = self._counts(ch, vec)
            for t in vec:
                cached[t] += 1
            self._unwritten.update((ch, t) for t in vec)

    def flush(self) -> None:
        """Write the increments counted since the last flush (inside the store's transaction)."""
        self._db.executemany("INSERT INTO story_df VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET df = df + excluded.df",
                             [(ch, t, k) for (ch, t), k in self._unwritten.items()])
        self._unwritten.clear()

    def idf(self, channel: str, term: str) -> float:
        return idf_of(self.n, self._counts(channel, (term,))[term])

    def weighted(self, channel: str, vec: dict[str, float]) -> dict[str, float]:
        return scaled(vec, self.n, self._counts(channel, vec))

    def weighted_norm(self, channel: str, vec: dict[str, float]) -> float:
        return scaled_norm(vec, self.n, self._counts(channel, vec))

    def _counts(self, channel: str, terms) -> dict[str, int]:
        """The channel's cached frequencies, the uncached ``terms`` read first (one query per 500)."""
        cache = self._cache.setdefault(channel, {})
        if isinstance(terms, dict) and cache.keys() >= terms.keys():  # a story's profile: all cached, as a rule
            return cache
        missing = [t for t in terms if t not in cache]
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            cache.update(dict.fromkeys(chunk, 0))
            cache.update(self._db.execute(
                f"SELECT term, df FROM story_df WHERE channel = ? AND term IN ({marks(len(chunk))})",
                (channel, *chunk)))
        return cache
