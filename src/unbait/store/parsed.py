"""Digests parsed from the ``articles`` table, kept by id for the pages that show them again.

A stored article never changes (``INSERT OR IGNORE`` keyed by its content hash; nothing
updates or deletes a row), so a digest parsed once stays true for as long as its id is
stored. Parsing costs more than reading: on a page of 20 cards, ``json.loads`` and building
the frozen dataclasses were a quarter of the page's server time. One cache per Store (one
per connection) unless the caller shares one: the web server shares one between the Stores
of its threads. Bounded, least recently used out first; safe to use from several threads.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from collections import OrderedDict

from unbait.digest_json import digest_from_dict
from unbait.document import Digest
from unbait.store.placeholders import marks

SIZE = 1024  # digests kept: a page shows 20; 1024 real articles parsed are some tens of MB


class ParsedDigests:
    def __init__(self, size: int = SIZE) -> None:
        self.size = size
        self._kept: OrderedDict[str, Digest] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._kept)

    def many(self, db: sqlite3.Connection, ids: tuple[str, ...]) -> dict[str, Digest]:
        """The stored digests among ``ids`` (unknown ids are left out), reading only the ones not kept."""
        kept, found = self._kept, {}
        with self._lock:
            for i in ids:
                d = kept.get(i)
                if d is not None:
                    kept.move_to_end(i)
                    found[i] = d
        missing = tuple({i for i in ids if i not in found})
        if missing:
            for i, raw in db.execute(f"SELECT id, digest FROM articles WHERE id IN ({marks(len(missing))})", missing):
                found[i] = self._keep(i, digest_from_dict(json.loads(raw)))
        return found

    def one(self, db: sqlite3.Connection, article_id: str) -> Digest | None:
        return self.many(db, (article_id,)).get(article_id)

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()

    def _keep(self, article_id: str, digest: Digest) -> Digest:
        if self.size > 0:
            with self._lock:
                self._kept[article_id] = digest
                if len(self._kept) > self.size:
                    self._kept.popitem(last=False)
        return digest
