"""Per-source ingest progress: how far a source was read, and what became of its records.

A :class:`Checkpoint` is written by :meth:`Store.add_many` in the same transaction as the
articles and quarantine records it covers, so after a crash (even ``kill -9``) the store
and its checkpoints agree: resuming from ``position`` neither loses nor repeats a record.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """``position`` items of ``source`` are accounted for; ``done`` once the source was read to its end."""

    source: str
    position: int = 0
    done: bool = False
    stored: int = 0
    duplicates: int = 0
    quarantined: int = 0
    filtered: tuple[tuple[str, int], ...] = ()  # records passed over by the cheap filters, by reason

    @property
    def records(self) -> int:
        return self.stored + self.duplicates + self.quarantined + sum(n for _, n in self.filtered)


def write(db: sqlite3.Connection, cp: Checkpoint, at: str) -> None:
    db.execute(
        "INSERT INTO checkpoints VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(source) DO UPDATE SET "
        "position = excluded.position, done = excluded.done, stored = excluded.stored, "
        "duplicates = excluded.duplicates, quarantined = excluded.quarantined, "
        "filtered = excluded.filtered, updated_at = excluded.updated_at",
        (cp.source, cp.position, int(cp.done), cp.stored, cp.duplicates, cp.quarantined,
         json.dumps(dict(cp.filtered)), at))


def _row(row: tuple) -> Checkpoint:
    source, position, done, stored, dups, quarantined, filtered = row
    return Checkpoint(source, position, bool(done), stored, dups, quarantined,
                      tuple(sorted(json.loads(filtered).items())))


_COLUMNS = "source, position, done, stored, duplicates, quarantined, filtered"


def read(db: sqlite3.Connection, source: str) -> Checkpoint | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM checkpoints WHERE source = ?", (source,)).fetchone()
    return _row(row) if row else None


def read_all(db: sqlite3.Connection) -> list[Checkpoint]:
    return [_row(r) for r in db.execute(f"SELECT {_COLUMNS} FROM checkpoints ORDER BY source")]
