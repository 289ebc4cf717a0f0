"""Two KB people found to be one: the second is folded into the first, with the reason kept.

Only a reference list decides this (``unbait.store.kb_import``): articles read before the
list was imported may have filed a stage name and a real name as two people; once an entry
names both, they become one. Every row that points at the second person is moved to the
first (spellings, article mentions, roles, merge reasons, reference links, search rows),
and ``kb_merges`` records the fold, so ``unbait person --why`` shows it.
"""
from __future__ import annotations

import re
import sqlite3

from unbait.store.kb_read import fts_phrase

_WORD = re.compile(r"\w")
_MOVED = ("kb_person_names", "kb_roles", "kb_merges", "kb_ref_people")


def _search_rows(db: sqlite3.Connection, person_id: int, alias: str) -> list[int]:
    """Rowids of the person's search rows for one spelling (through the index where the spelling has words)."""
    if _WORD.search(alias):
        sql, args = "kb_search MATCH ? AND ", (fts_phrase(alias),)
    else:
        sql, args = "", ()
    return [r[0] for r in db.execute(f"SELECT rowid FROM kb_search WHERE {sql}kind = 'person' AND ref = ? AND body = ?",
                                     (*args, str(person_id), alias))]


def fold_person(db: sqlite3.Connection, into: int, other: int, source: str, reason: str) -> None:
    """Move everything of person ``other`` to person ``into`` and delete ``other``; inside the caller's transaction."""
    (name,) = db.execute("SELECT name FROM kb_people WHERE id = ?", (other,)).fetchone()
    for alias, key in db.execute("SELECT alias, key FROM kb_person_aliases WHERE person_id = ?", (other,)).fetchall():
        new = db.execute("INSERT OR IGNORE INTO kb_person_aliases VALUES (?, ?, ?)", (into, alias, key)).rowcount
        for rowid in _search_rows(db, other, alias):
            if new:
                db.execute("UPDATE kb_search SET ref = ? WHERE rowid = ?", (str(into), rowid))
                new = 0  # one search row per spelling
            else:
                db.execute("DELETE FROM kb_search WHERE rowid = ?", (rowid,))
    db.execute("DELETE FROM kb_person_aliases WHERE person_id = ?", (other,))
    for table in _MOVED:
        db.execute(f"UPDATE {table} SET person_id = ? WHERE person_id = ?", (into, other))
    db.execute("UPDATE OR IGNORE kb_ref_roles SET person_id = ? WHERE person_id = ?", (into, other))
    db.execute("DELETE FROM kb_ref_roles WHERE person_id = ?", (other,))  # the same role, already held by ``into``
    db.execute("INSERT INTO kb_merges VALUES (?, ?, ?, ?)", (into, source, name, f"{reason}: #{other} {name!r} folded in"))
    db.execute("DELETE FROM kb_people WHERE id = ?", (other,))
