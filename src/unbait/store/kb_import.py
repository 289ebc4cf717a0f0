"""``unbait kb import``: file a parsed reference list in the KB, in the caller's transaction.

Each reference entry is one person: an entry seen in an earlier import of the same
source is found again (``kb_ref_people``), so re-importing adds nothing. A new entry
is resolved like a name in an article (``unbait.kb.resolve``) with its works and
characters as context, over every spelling it carries, except that entries of one
list never merge with each other: two entries sharing a name stay two people. People
that articles filed under two of an entry's spellings before the list came (a stage name
and a real name) are folded into one (``unbait.store.kb_merge``). Roles go to
``kb_ref_roles`` with the import and line as provenance.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from unbait.kb.reference import RefCredit, Reference, RefPerson
from unbait.kb.resolve import Context, resolve_person
from unbait.kb.variants import variant_key
from unbait.store.kb_merge import fold_person
from unbait.store.kb_write import KbWriter
from unbait.store.placeholders import marks


@dataclass(frozen=True, slots=True)
class ImportSummary:
    source: str
    format: str
    entries: int  # reference entries (people) read
    new_people: int  # of which became new KB people
    credits: int  # roles filed


class KbImporter:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db, self._kb = db, KbWriter(db)

    def run(self, ref: Reference) -> ImportSummary:
        at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        import_id = self._db.execute("INSERT INTO kb_imports (source, format, at, people, credits) VALUES "
                                     "(?, ?, ?, ?, ?)", (ref.source, ref.format, at, len(ref.people),
                                                          len(ref.credits))).lastrowid
        # whose entries these are: kpopnet ids are global; a CSV's names belong to its file name
        namespace = ref.format if ref.format == "kpopnet" else f"{ref.format}:{Path(ref.source).name}"
        by_ref: dict[str, list[RefCredit]] = {}
        for c in ref.credits:
            by_ref.setdefault(c.ref, []).append(c)
        works = {(c.work, c.work_aliases): self._work(c) for c in ref.credits}
        filed: set[int] = set()  # people this import created or matched: never a second entry's match
        new = credits = 0
        for p in ref.people:
            mine = by_ref.get(p.ref, [])
            roles = [(c, works[c.work, c.work_aliases], self._kb.character(works[c.work, c.work_aliases], c.character))
                     for c in mine]
            person_id, created = self._person(p, import_id, Context(
                works=frozenset(w for _, w, _ in roles), characters=frozenset(ch for *_, ch in roles if ch)),
                filed, namespace)
            new += created
            filed.add(person_id)
            for c, work_id, char_id in roles:
                credits += self._role(person_id, c, work_id, char_id, import_id)
        return ImportSummary(ref.source, ref.format, len(ref.people), new, credits)

    def _work(self, c: RefCredit) -> int:
        work_id = self._kb.find_work(c.work, c.work_aliases)
        if c.kind:
            self._db.execute("UPDATE kb_works SET kind = ? WHERE id = ? AND kind IS NULL", (c.kind, work_id))
        return work_id

    def _person(self, p: RefPerson, import_id: int, context: Context, filed: set[int],
                namespace: str) -> tuple[int, bool]:
        spellings = list(dict.fromkeys((p.name, *p.aliases)))
        row = self._db.execute("SELECT person_id FROM kb_ref_people WHERE source = ? AND ref = ?",
                               (namespace, p.ref)).fetchone()
        if row:
            person_id, created, reason = row[0], False, f"reference entry {p.ref!r} imported before"
        else:
            key = variant_key(p.name)
            keys = list(dict.fromkeys(variant_key(s) for s in spellings))
            decision = resolve_person(p.name, key, context,
                                      [c for c in self._kb.candidates(keys) if c.person_id not in filed])
            person_id, created, reason = decision.person_id, decision.person_id is None, decision.reason
            if created:
                person_id = self._db.execute("INSERT INTO kb_people (name) VALUES (?)", (p.name,)).lastrowid
            self._db.execute("INSERT INTO kb_ref_people VALUES (?, ?, ?, ?, ?)",
                             (p.ref, namespace, person_id, import_id, p.line))
        self._fold_others(person_id, spellings, context, filed, f"import:{import_id}:{p.line}")
        self._kb.add_spellings(person_id, spellings, None)
        self._db.execute("INSERT INTO kb_merges VALUES (?, ?, ?, ?)",
                         (person_id, f"import:{import_id}:{p.line}", p.name, f"reference list: {reason}"))
        return person_id, created

    def _fold_others(self, person_id: int, spellings: list[str], context: Context, filed: set[int],
                     source: str) -> None:
        """People filed from articles under another of the entry's spellings (a stage name, a real name)
        are this entry: each one that alone holds such a spelling's key, is linked to no reference
        entry and whose context does not contradict the entry's, is folded into ``person_id``."""
        keys = list(dict.fromkeys(variant_key(s) for s in spellings))
        holders: dict[str, set[int]] = {}
        for key, pid in self._db.execute(f"SELECT key, person_id FROM kb_person_aliases WHERE key IN ({marks(len(keys))})",
                                         keys):
            holders.setdefault(key, set()).add(pid)
        sole = {next(iter(ids)): key for key, ids in holders.items() if len(ids) == 1}
        for c in self._kb.candidates(keys):
            if c.person_id == person_id or c.person_id in filed or c.person_id not in sole:
                continue
            if self._db.execute("SELECT 1 FROM kb_ref_people WHERE person_id = ?", (c.person_id,)).fetchone():
                continue  # another reference entry: a different person
            if resolve_person(c.name, sole[c.person_id], context, [c]).person_id is None:
                continue  # both have works and share nothing
            fold_person(self._db, person_id, c.person_id, source,
                        f"reference list: {c.name!r} is a spelling of this entry")

    def _role(self, person_id: int, c: RefCredit, work_id: int, char_id: int | None, import_id: int) -> int:
        if self._db.execute("SELECT 1 FROM kb_ref_roles WHERE person_id = ? AND role = ? AND work_id = ? "
                            "AND character_id IS ?", (person_id, c.role, work_id, char_id)).fetchone():
            return 0
        self._db.execute("INSERT INTO kb_ref_roles VALUES (?, ?, ?, ?, ?, ?)",
                         (person_id, c.role, char_id, work_id, import_id, c.line))
        return 1
