"""Read queries for the web and the API: paged article lists with filters, people and works
by id or page, co-stars, and the KB ids behind an article's names. Read-only SQL."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from unbait.document import Digest
from unbait.kb.page import ArticleFilter, Page, decode_cursor, encode_cursor
from unbait.kb.views import PersonView, QuoteView, SearchHit, StoryLine, WorkView
from unbait.store.kb_read import KbReader, _translated
from unbait.store.parsed import ParsedDigests
from unbait.store.placeholders import marks

_NEWEST = "coalesce(a.published, a.ingested_at)"
MAX_SKIP = 10_000  # search hits reachable by paging
CLICKBAIT = 0.5  # a headline at or over this calibrated score is hidden by "hide clickbait"


@dataclass(frozen=True, slots=True)
class Links:
    """KB ids behind the names of some articles: (article id, name or title) -> id."""
    people: dict[tuple[str, str], int]
    works: dict[tuple[str, str], int]


class PageReader(KbReader):
    def __init__(self, db: sqlite3.Connection, path: str, parsed: ParsedDigests | None = None) -> None:
        super().__init__(db, path)
        self._parsed = parsed if parsed is not None else ParsedDigests(0)

    @_translated
    def version(self) -> tuple[int, int, int]:
        """Changes whenever what the pages show may have: the store is append-only and every such
        write adds an article or a KB import (a migration may change it too). A new kind of write
        (an edit, a merge) must change this value as well, or cached pages go stale."""
        return self._db.execute("SELECT (SELECT coalesce(max(rowid), 0) FROM articles), "
                                "(SELECT coalesce(max(id), 0) FROM kb_imports), "
                                "(SELECT coalesce(max(id), 0) FROM _migrations)").fetchone()

    @_translated
    def articles(self, where: ArticleFilter = ArticleFilter(), limit: int = 50,
                 cursor: str | None = None) -> Page[Digest]:
        """Articles newest first (by publication, else ingest time) matching ``where``."""
        # a person's or a work's few hundred articles are sorted from the (id, dates) index, not their rows
        by_id = " INDEXED BY articles_id_dates" if where.person is not None or where.work is not None else ""
        sql, args = [f"SELECT {_NEWEST}, a.id FROM articles a{by_id} WHERE 1"], []
        if where.person is not None:
            sql.append("AND a.id IN (SELECT article_id FROM kb_person_names WHERE person_id = ?)")
            args.append(where.person)
        if where.work is not None:
            sql.append("AND a.id IN (SELECT article_id FROM kb_work_titles WHERE work_id = ?)")
            args.append(where.work)
        if where.site is not None:
            sql.append("AND a.site = ?")
            args.append(where.site)
        if where.since is not None:
            sql.append(f"AND substr({_NEWEST}, 1, 10) >= ?")
            args.append(where.since)
        if where.until is not None:
            sql.append(f"AND substr({_NEWEST}, 1, 10) <= ?")
            args.append(where.until)
        if where.hide_clickbait:
            sql.append("AND coalesce(json_extract(a.digest, '$.headline.clickbait'), 0) < ?")
            args.append(CLICKBAIT)
        if (after := decode_cursor(cursor, 2, (str, str))) is not None:
            sql.append(f"AND ({_NEWEST}, a.id) < (?, ?)")
            args.extend(after)
        sql.append(f"ORDER BY {_NEWEST} DESC, a.id DESC LIMIT ?")
        rows = self._db.execute(" ".join(sql), (*args, limit + 1)).fetchall()
        ids = tuple(i for _, i in rows[:limit])  # sorted without the digests; only the page's are read
        found = self._parsed.many(self._db, ids)
        items = tuple(found[i] for i in ids)
        return Page(items, encode_cursor(list(rows[limit - 1])) if len(rows) > limit else None)

    @_translated
    def digests(self, ids: tuple[str, ...]) -> dict[str, Digest]:
        return self._parsed.many(self._db, ids)

    @_translated
    def outlets(self, ids: tuple[str, ...]) -> int:
        """How many sites (else sources) these articles come from, without reading their digests."""
        return self._db.execute(f"SELECT count(DISTINCT coalesce(nullif(site, ''), source)) FROM articles WHERE id IN "
                                f"({marks(len(ids))})", ids).fetchone()[0]

    @_translated
    def headers(self, ids: tuple[str, ...]) -> dict[str, tuple[str, str | None]]:
        """Article id -> (title, published), without reading the digests."""
        slots = marks(len(ids))
        return {i: (t, p) for i, t, p in
                self._db.execute(f"SELECT id, title, published FROM articles WHERE id IN ({slots})", ids)}

    @_translated
    def sites(self, limit: int = 500) -> tuple[str, ...]:
        """Distinct sites in order, by skipping along the site index (cheap on a large store)."""
        return self._col(
            "WITH RECURSIVE s(site) AS (SELECT min(site) FROM articles UNION ALL "
            "SELECT (SELECT min(site) FROM articles WHERE site > s.site) FROM s WHERE s.site IS NOT NULL) "
            "SELECT site FROM s WHERE site IS NOT NULL LIMIT ?", (limit,))

    @_translated
    def links(self, ids: tuple[str, ...]) -> Links:
        slots = marks(len(ids))
        people = {(a, n): p for a, n, p in self._db.execute(
            f"SELECT article_id, name, person_id FROM kb_person_names WHERE article_id IN ({slots})", ids)}
        works = {(a, t): w for a, t, w in self._db.execute(
            f"SELECT article_id, title, work_id FROM kb_work_titles WHERE article_id IN ({slots})", ids)}
        return Links(people, works)

    # -- people and works by id or by page ----------------------------------
    def _ids_page(self, table: str, limit: int, cursor: str | None) -> tuple[tuple[int, ...], str | None]:
        after = decode_cursor(cursor, 1, (int,))
        ids = self._col(f"SELECT id FROM {table} WHERE id > ? ORDER BY id LIMIT ?",
                        (after[0] if after else -1, limit + 1))
        return ids[:limit], encode_cursor([ids[limit - 1]]) if len(ids) > limit else None

    @_translated
    def people_page(self, limit: int = 50, cursor: str | None = None) -> Page[PersonView]:
        ids, more = self._ids_page("kb_people", limit, cursor)
        return Page(tuple(self._person(i, full=False) for i in ids), more)

    @_translated
    def works_page(self, limit: int = 50, cursor: str | None = None) -> Page[WorkView]:
        ids, more = self._ids_page("kb_works", limit, cursor)
        return Page(tuple(self._work(i) for i in ids), more)

    @_translated
    def person_by_id(self, pid: int) -> PersonView | None:
        found = self._db.execute("SELECT 1 FROM kb_people WHERE id = ?", (pid,)).fetchone()
        return self._person(pid, full=True) if found else None

    @_translated
    def work_by_id(self, wid: int) -> WorkView | None:
        found = self._db.execute("SELECT 1 FROM kb_works WHERE id = ?", (wid,)).fetchone()
        return self._work(wid) if found else None

    @_translated
    def person_summary(self, pid: int) -> PersonView | None:
        """What a person's page shows above the quotes: name, spellings, roles, articles; no quotes,
        facts or timeline (their cost grows with the person's fame: see :meth:`person_quotes`)."""
        if self._db.execute("SELECT 1 FROM kb_people WHERE id = ?", (pid,)).fetchone() is None:
            return None
        return self._person(pid, full=False)

    @_translated
    def person_quotes(self, pid: int, limit: int = 20, cursor: str | None = None) -> Page[QuoteView]:
        """A person's quotes, newest article first (by publication, else ingest time), ``limit`` a page."""
        after = decode_cursor(cursor, 3, (str, str, int))
        sql = ("SELECT q.text, q.speaker, q.article_id, q.start, q.\"end\", o.newest FROM (SELECT " + _NEWEST +
               " AS newest, a.id AS id, n.name AS name FROM kb_person_names n JOIN articles a INDEXED BY articles_id_dates "
               "ON a.id = n.article_id WHERE n.person_id = ?) o JOIN quotes q ON q.article_id = o.id AND q.speaker = o.name " +
               ("WHERE (o.newest, o.id, q.start) < (?, ?, ?) " if after else "") +
               "ORDER BY o.newest DESC, o.id DESC, q.start DESC LIMIT ?")
        rows = self._db.execute(sql, (pid, *(after or ()), limit + 1)).fetchall()
        more = encode_cursor([rows[limit - 1][5], rows[limit - 1][2], rows[limit - 1][3]]) if len(rows) > limit else None
        return Page(tuple(QuoteView(*r[:5]) for r in rows[:limit]), more)

    @_translated
    def person_stories(self, pid: int, limit: int = 20) -> tuple[StoryLine, ...]:
        """The stories with an article naming the person, the latest first: one query, no digests."""
        return tuple(StoryLine(*r) for r in self._db.execute(
            "SELECT id, title, updated, size FROM stories WHERE id IN (SELECT sa.story_id FROM kb_person_names n "
            "JOIN story_articles sa ON sa.article_id = n.article_id WHERE n.person_id = ?) "
            "ORDER BY updated DESC, id DESC LIMIT ?", (pid, limit)))

    @_translated
    def costars(self, pid: int) -> tuple[tuple[int, str], ...]:
        """People with a role in a work where ``pid`` has one: (id, name), by name.

        Read through the (work, person) and (person, work) indexes of ``kb_roles``: the
        cost follows the size of the casts, not the number of articles naming them."""
        return tuple(self._db.execute(
            "SELECT p.id, p.name FROM kb_people p WHERE p.id IN (SELECT r.person_id FROM kb_roles r "
            "WHERE r.work_id IN (SELECT work_id FROM kb_roles WHERE person_id = ?) AND r.person_id != ?) "
            "ORDER BY p.name, p.id", (pid, pid)))

    @_translated
    def person_ids(self, names: tuple[str, ...]) -> dict[str, int]:
        """Canonical person names -> KB ids (for links from a work's cast)."""
        return {n: i for i, n in self._db.execute(
            f"SELECT id, name FROM kb_people WHERE name IN ({marks(len(names))})", names)}

    @_translated
    def work_ids(self, titles: tuple[str, ...]) -> dict[str, int]:
        """Canonical work titles -> KB ids (for links from a person's roles)."""
        return {t: i for i, t in self._db.execute(
            f"SELECT id, title FROM kb_works WHERE title IN ({marks(len(titles))})", titles)}

    # -- search ---------------------------------------------------------------
    def search_page(self, query: str, limit: int = 20, cursor: str | None = None,
                    marks: tuple[str, str] = ("[", "]"), budget: float | None = None) -> Page[SearchHit]:
        """Search hits by rank; the cursor is the number of hits already shown (``budget``: see ``search``)."""
        after = decode_cursor(cursor, 1, (int,))
        skip = min(max(after[0], 0), MAX_SKIP) if after else 0
        query = query.replace("\x00", "")  # SQLite ends a string at NUL: never let one reach FTS5
        hits = self.search(query, limit=skip + limit + 1, marks=marks, budget=budget) if query.strip() else []
        more = encode_cursor([skip + limit]) if len(hits) > skip + limit else None
        return Page(tuple(hits[skip:skip + limit]), more)
