"""Resolution on ingest: file one new article's people, works and characters in the KB.

Incremental: only the candidates that share a key with the new names are read back;
nothing already resolved is recomputed. Which candidate wins is decided by
``unbait.kb.resolve`` on plain dataclasses; this module only reads and writes rows.
"""
from __future__ import annotations

import sqlite3

from unbait.document import Digest, Person
from unbait.kb.resolve import Candidate, Context, resolve_person
from unbait.kb.titles import title_key
from unbait.kb.variants import variant_key
from unbait.store.placeholders import marks


class KbWriter:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def add(self, d: Digest, ingested_at: str = "") -> None:
        """Resolve and link everything one (new) article names; call inside the store's transaction."""
        works = {t: self._work(d.id, t) for t in self._titles(d)}
        for w in d.works:
            self._db.executemany("INSERT OR IGNORE INTO kb_work_networks VALUES (?, ?)",
                                 [(works[w.title], n) for n in w.networks])
            if w.kind:
                self._db.execute("UPDATE kb_works SET kind = ? WHERE id = ? AND kind IS NULL", (w.kind, works[w.title]))
        keys = {p.name: variant_key(p.name) for p in d.people}
        for p in d.people:
            roles = [(r.role, self.character(works.get(r.work), r.character), works.get(r.work)) for r in p.roles]
            context = Context(works=frozenset(works.values()),
                              characters=frozenset(c for _, c, _ in roles if c is not None),
                              people=frozenset(k for n, k in keys.items() if n != p.name and k != keys[p.name]))
            person_id = self._person(d.id, p, keys[p.name], context)
            self._db.executemany("INSERT INTO kb_roles VALUES (?, ?, ?, ?, ?)",
                                 [(person_id, role, c, w, d.id) for role, c, w in roles])
        self._index(d)

    # -- works and characters -------------------------------------------
    @staticmethod
    def _titles(d: Digest) -> list[str]:
        titles = [w.title for w in d.works] + [r.work for p in d.people for r in p.roles if r.work]
        titles += [f.about for f in d.facts if f.about]
        return [t for t in dict.fromkeys(titles) if title_key(t)]

    def find_work(self, title: str, aliases: tuple[str, ...] = ()) -> int:
        """The work any of these titles names (the first known one wins), created when none is known."""
        keys = {t: title_key(t) for t in (title, *aliases) if title_key(t)}
        row = self._db.execute(f"SELECT work_id FROM kb_work_aliases WHERE key IN ({marks(len(keys))}) "
                               "ORDER BY work_id LIMIT 1", tuple(keys.values())).fetchone()
        work_id = row[0] if row else self._db.execute("INSERT INTO kb_works (title) VALUES (?)", (title,)).lastrowid
        for t, key in keys.items():
            if self._db.execute("INSERT OR IGNORE INTO kb_work_aliases VALUES (?, ?, ?)", (work_id, t, key)).rowcount:
                self._db.execute("INSERT INTO kb_search VALUES ('work', ?, NULL, ?)", (str(work_id), t))
        return work_id

    def _work(self, article_id: str, title: str) -> int:
        work_id = self.find_work(title)
        self._db.execute("INSERT OR IGNORE INTO kb_work_titles VALUES (?, ?, ?)", (article_id, title, work_id))
        return work_id

    def add_spellings(self, person_id: int, spellings: list[str], article_id: str | None) -> None:
        """File spellings under a person (searchable), linked to the article that wrote them, if any."""
        for s in spellings:
            if self._db.execute("INSERT OR IGNORE INTO kb_person_aliases VALUES (?, ?, ?)",
                                (person_id, s, variant_key(s))).rowcount:
                self._db.execute("INSERT INTO kb_search VALUES ('person', ?, NULL, ?)", (str(person_id), s))
            if article_id is not None:
                self._db.execute("INSERT OR IGNORE INTO kb_person_names VALUES (?, ?, ?)", (article_id, s, person_id))

    def candidates(self, keys: list[str]) -> list[Candidate]:
        """Every known person with a spelling under one of ``keys``, with what is known about them."""
        ids = [r[0] for r in self._db.execute(
            f"SELECT DISTINCT person_id FROM kb_person_aliases WHERE key IN ({marks(len(keys))}) "
            "ORDER BY person_id", keys)]
        return [self._candidate(i) for i in ids]

    def character(self, work_id: int | None, name: str | None) -> int | None:
        if work_id is None or not name:
            return None
        key = variant_key(name)
        row = self._db.execute(
            "SELECT a.character_id FROM kb_character_aliases a JOIN kb_characters c ON c.id = a.character_id "
            "WHERE c.work_id = ? AND a.key = ? ORDER BY c.id LIMIT 1", (work_id, key)).fetchone()
        char_id = row[0] if row else self._db.execute(
            "INSERT INTO kb_characters (work_id, name) VALUES (?, ?)", (work_id, name)).lastrowid
        self._db.execute("INSERT OR IGNORE INTO kb_character_aliases VALUES (?, ?, ?)", (char_id, name, key))
        return char_id

    # -- people -----------------------------------------------------------
    def _person(self, article_id: str, p: Person, key: str, context: Context) -> int:
        spellings = list(dict.fromkeys((p.name, *p.aliases)))
        skeys = list(dict.fromkeys([key, *map(variant_key, p.aliases)]))
        decision = resolve_person(p.name, key, context, self.candidates(skeys))
        person_id = decision.person_id
        if person_id is None:
            person_id = self._db.execute("INSERT INTO kb_people (name) VALUES (?)", (p.name,)).lastrowid
        self.add_spellings(person_id, spellings, article_id)
        self._db.execute("INSERT INTO kb_merges VALUES (?, ?, ?, ?)", (person_id, article_id, p.name, decision.reason))
        return person_id

    def _candidate(self, person_id: int) -> Candidate:
        q = self._db.execute
        (name,) = q("SELECT name FROM kb_people WHERE id = ?", (person_id,)).fetchone()
        works = {r[0] for r in q("SELECT work_id FROM kb_all_roles WHERE person_id = ? AND work_id IS NOT NULL "
                                 "UNION SELECT t.work_id FROM kb_person_names n JOIN kb_work_titles t "
                                 "ON t.article_id = n.article_id WHERE n.person_id = ?", (person_id, person_id))}
        chars = {r[0] for r in q("SELECT character_id FROM kb_all_roles WHERE person_id = ? "
                                 "AND character_id IS NOT NULL", (person_id,))}
        people = {r[0] for r in q(
            "SELECT DISTINCT a.key FROM kb_person_names n JOIN kb_person_names o ON o.article_id = n.article_id "
            "JOIN kb_person_aliases a ON a.person_id = o.person_id "
            "WHERE n.person_id = ? AND o.person_id != ?", (person_id, person_id))}
        return Candidate(person_id, name, Context(frozenset(works), frozenset(chars), frozenset(people)))

    # -- full text ---------------------------------------------------------
    def _index(self, d: Digest) -> None:
        self._db.execute("INSERT INTO kb_search VALUES ('article', ?, ?, ?)", (d.id, d.id, f"{d.title}\n{d.text}"))
        self._db.executemany("INSERT INTO kb_search VALUES ('quote', ?, ?, ?)",
                             [(q.speaker or "", d.id, q.text) for q in d.quotes])
