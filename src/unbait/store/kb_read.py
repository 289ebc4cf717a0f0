"""KB queries: people, works, quotes by a person, full-text search. Read-only SQL."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from functools import wraps
from typing import Any

from unbait.errors import StoreError
from unbait.kb.timeline import ArticleDate, timeline
from unbait.kb.titles import title_key
from unbait.kb.variants import variant_key
from unbait.kb.views import CastView, FactView, PersonView, QuoteView, RoleView, SearchHit, WorkView
from unbait.store.budget import time_budget
from unbait.store.placeholders import marks

_FACTS = ("SELECT DISTINCT f.kind, f.value, f.about, f.date, f.text, f.article_id, f.start, f.\"end\" FROM facts f "
          "JOIN kb_work_titles t ON t.article_id = f.article_id AND t.title = f.about WHERE t.work_id IN ({}) "
          "ORDER BY f.kind, f.article_id, f.start")
# A person's view lists the newest facts about their works (by the article's date), with the total.
_NEWEST_FACTS = (
    "WITH found AS (SELECT DISTINCT f.rowid AS fid FROM facts f JOIN kb_work_titles t "
    "ON t.article_id = f.article_id AND t.title = f.about WHERE t.work_id IN ({})) "
    "SELECT f.kind, f.value, f.about, f.date, f.text, f.article_id, f.start, f.\"end\", count(*) OVER () "
    "FROM found JOIN facts f ON f.rowid = found.fid JOIN articles a INDEXED BY articles_id_dates "
    "ON a.id = f.article_id ORDER BY coalesce(a.published, a.ingested_at) DESC, f.article_id, f.start LIMIT ?")


def _translated(method: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(method)
    def run(self: "KbReader", *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from exc
    return run


def fts_phrase(text: str) -> str:
    """User text as one FTS5 phrase: quotes doubled, so no character is FTS syntax."""
    return '"' + text.replace('"', '""') + '"'


class KbReader:
    def __init__(self, db: sqlite3.Connection, path: str) -> None:
        self._db, self.path = db, path

    def _col(self, sql: str, args: tuple = ()) -> tuple:
        return tuple(r[0] for r in self._db.execute(sql, args))

    # -- people -------------------------------------------------------------
    @_translated
    def people(self) -> list[PersonView]:
        return [self._person(i, full=False) for i in self._col("SELECT id FROM kb_people ORDER BY name, id")]

    @_translated
    def person(self, name: str, facts: int | None = 50) -> list[PersonView]:
        """Every person with a spelling that shares ``name``'s key (homonyms come back apart).

        Each view holds the ``facts`` newest facts about the person's works (``None``: all of them);
        ``facts_total`` counts them all."""
        ids = self._col("SELECT DISTINCT person_id FROM kb_person_aliases WHERE key = ? ORDER BY person_id",
                        (variant_key(name),))
        return [self._person(i, full=True, facts=facts) for i in ids]

    def _person(self, pid: int, full: bool, facts: int | None = None) -> PersonView:
        (name,) = self._db.execute("SELECT name FROM kb_people WHERE id = ?", (pid,)).fetchone()
        aliases = self._col("SELECT alias FROM kb_person_aliases WHERE person_id = ? ORDER BY rowid", (pid,))
        roles = tuple(RoleView(*r) for r in self._db.execute(
            "SELECT r.role, c.name, w.title, min(r.source) FROM kb_all_roles r "
            "LEFT JOIN kb_characters c ON c.id = r.character_id LEFT JOIN kb_works w ON w.id = r.work_id "
            "WHERE r.person_id = ? GROUP BY r.role, r.character_id, r.work_id "
            "ORDER BY r.character_id IS NULL, r.work_id IS NULL, min(r.seq)", (pid,)))  # the fullest roles first
        articles = self._col("SELECT DISTINCT article_id FROM kb_person_names WHERE person_id = ? "
                             "ORDER BY article_id", (pid,))
        if not full:
            return PersonView(pid, name, aliases, roles, articles)
        quotes = tuple(QuoteView(*r) for r in self._db.execute(
            "SELECT q.text, q.speaker, q.article_id, q.start, q.\"end\" FROM quotes q JOIN kb_person_names n "
            "ON n.article_id = q.article_id AND n.name = q.speaker WHERE n.person_id = ? "
            "ORDER BY q.article_id, q.start", (pid,)))
        works = self._col("SELECT DISTINCT work_id FROM kb_all_roles WHERE person_id = ? AND work_id IS NOT NULL", (pid,))
        rows = self._db.execute(_NEWEST_FACTS.format(marks(len(works))), (*works, -1 if facts is None else facts))
        newest = [(FactView(*r[:8]), r[8]) for r in rows]
        shown = tuple(sorted((f for f, _ in newest), key=lambda f: (f.kind, f.article_id, f.start)))
        why = tuple(f"{a}: {n} -> {r}" for a, n, r in self._db.execute(
            "SELECT article_id, name, reason FROM kb_merges WHERE person_id = ? ORDER BY rowid", (pid,)))
        view = PersonView(pid, name, aliases, roles, articles, quotes, shown, why,
                          facts_total=newest[0][1] if newest else 0)
        return replace(view, timeline=timeline(view, self._article_dates(articles)))

    def _article_dates(self, ids: tuple[str, ...]) -> dict[str, ArticleDate]:
        rows = self._db.execute(f"SELECT id, title, published, ingested_at FROM articles WHERE id IN "
                                f"({marks(len(ids))})", ids)
        return {i: ArticleDate(t, (p or at)[:10], "published" if p else "ingested") for i, t, p, at in rows}

    @_translated
    def quotes_by(self, name: str) -> list[QuoteView]:
        return [q for p in self.person(name) for q in p.quotes]

    # -- works --------------------------------------------------------------
    @_translated
    def works(self) -> list[WorkView]:
        return [self._work(i) for i in self._col("SELECT id FROM kb_works ORDER BY title, id")]

    @_translated
    def work(self, title: str) -> list[WorkView]:
        ids = self._col("SELECT DISTINCT work_id FROM kb_work_aliases WHERE key = ? ORDER BY work_id",
                        (title_key(title),))
        return [self._work(i) for i in ids]

    def _work(self, wid: int) -> WorkView:
        title, kind = self._db.execute("SELECT title, kind FROM kb_works WHERE id = ?", (wid,)).fetchone()
        cast = []
        for person, char_id, character, role in self._db.execute(
                "SELECT p.name, c.id, c.name, r.role FROM kb_all_roles r JOIN kb_people p ON p.id = r.person_id "
                "LEFT JOIN kb_characters c ON c.id = r.character_id WHERE r.work_id = ? "
                "GROUP BY r.person_id, r.character_id, r.role ORDER BY min(r.seq)", (wid,)):
            spellings = self._col("SELECT alias FROM kb_character_aliases WHERE character_id = ? ORDER BY rowid",
                                  (char_id,))
            cast.append(CastView(person, character, spellings, role))
        return WorkView(
            wid, title, self._col("SELECT alias FROM kb_work_aliases WHERE work_id = ? ORDER BY rowid", (wid,)), kind,
            self._col("SELECT network FROM kb_work_networks WHERE work_id = ? ORDER BY rowid", (wid,)), tuple(cast),
            tuple(FactView(*r) for r in self._db.execute(_FACTS.format("?"), (wid,))),
            self._col("SELECT DISTINCT article_id FROM kb_work_titles WHERE work_id = ? ORDER BY article_id", (wid,)))

    # -- search -------------------------------------------------------------
    @_translated
    def search(self, query: str, limit: int = 20, marks: tuple[str, str] = ("[", "]"),
               budget: float | None = None) -> list[SearchHit]:
        """Full-text search; ``query`` is always one quoted phrase, never FTS5 syntax.

        ``marks`` open and close each match in the snippet (the web uses characters no text has);
        past ``budget`` seconds the search stops with OverBudget."""
        with time_budget(self._db, budget):
            return [SearchHit(*r) for r in self._db.execute(
                "SELECT kind, ref, article_id, snippet(kb_search, 3, ?, ?, '…', 12) FROM kb_search "
                "WHERE kb_search MATCH ? ORDER BY rank LIMIT ?", (*marks, fts_phrase(query), limit))]
