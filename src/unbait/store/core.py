"""The Store: connection, migrations, articles, quarantine and settings.

Articles are keyed by the content hash of their normalised text, so storing the
same article twice is a no-op. The schema grows by ordered migrations
(``unbait.store.migrations``) recorded in ``_migrations``; settings overrides live
in ``settings``. Each new article is resolved into the KB in the same transaction
(``unbait.store.kb_write``) and filed in a story, its near-verbatim copies marked
(``unbait.store.stories_write``).
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from unbait.digest_json import digest_from_dict
from unbait.document import Digest, Rejected
from unbait.kb.views import StoryView
from unbait.errors import StoreError
from unbait.filing import Filing, digest_row, filing
from unbait.settings import SETTINGS, setting
from unbait.kb.reference import Reference
from unbait.store.kb_import import ImportSummary, KbImporter
from unbait.store import checkpoint as checkpoints
from unbait.store.checkpoint import Checkpoint
from unbait.store.kb_read import KbReader
from unbait.store.kb_write import KbWriter
from unbait.store.pages import PageReader
from unbait.store.parsed import ParsedDigests
from unbait.store.migrations import BACKFILLS, MIGRATIONS
from unbait.store.stories_read import StoryReader
from unbait.store.stories_write import StoryWriter

MMAP_BYTES = 2**30  # the most of the store mapped; a larger store reads the rest as before


@dataclass(frozen=True, slots=True)
class Counts:
    articles: int
    quarantined: int


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _quarantine(db: sqlite3.Connection, rejected: Iterable[Rejected], at: str) -> int:
    """Record unreadable inputs (one row per source and reason); how many were new."""
    before = db.total_changes
    db.executemany("INSERT OR IGNORE INTO quarantine (source, reason, at) VALUES (?,?,?)",
                   [(r.source, r.reason, at) for r in rejected])
    return db.total_changes - before


class Store:
    """``with Store(path) as store: store.add(digest)``."""

    def __init__(self, path: str | Path, parsed: ParsedDigests | None = None) -> None:
        """``parsed``: a cache of parsed digests to share with other Stores of this file (the web's threads)."""
        self.path = str(path)
        self._stories: StoryWriter | None = None  # cached clusterer state; dropped on rollback
        self._seen_version = -1  # PRAGMA data_version after our last write: another writer changes it
        self._parsed = parsed if parsed is not None else ParsedDigests()  # stored digests already parsed, by id (stored rows never change)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            # reads through a memory map (shared by every connection of every process) instead of a
            # pread per page into a 2 MB per-connection cache: on a 100k-article store that was a
            # quarter of ingest's CPU, and web reads share one copy of the hot pages
            self._db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from exc

    # -- lifecycle -------------------------------------------------------
    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def _migrate(self) -> None:
        db = self._db
        db.execute("CREATE TABLE IF NOT EXISTS _migrations "
                   "(id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        done = {row[0] for row in db.execute("SELECT id FROM _migrations")}
        pending = [(n, name, sql) for n, (name, sql) in enumerate(MIGRATIONS, start=1) if n not in done]
        if not pending:
            return
        db.execute("BEGIN IMMEDIATE")  # all pending steps at once; backfills run on the final schema
        try:
            for number, name, sql in pending:
                for statement in filter(str.strip, sql.split(";")):
                    db.execute(statement)
                db.execute("INSERT INTO _migrations VALUES (?, ?, ?)", (number, name, _now()))
            for _, name, _ in pending:
                if name in BACKFILLS:
                    self._backfill(name)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _backfill(self, name: str) -> None:
        """File the articles stored before the KB (or the stories) existed, oldest first."""
        rows = self._db.execute("SELECT digest, ingested_at FROM articles ORDER BY ingested_at, id").fetchall()
        if name == "kb":
            kb = KbWriter(self._db)
            for raw, at in rows:
                kb.add(digest_from_dict(json.loads(raw)), at)
            return
        stories = StoryWriter(self._db)
        for raw, at in rows:
            stories.add(filing(digest_from_dict(json.loads(raw)), raw), at)
        stories.flush()

    def _story_writer(self) -> StoryWriter:
        if self._stories is None:
            self._stories = StoryWriter(self._db, float(self.get_setting("story_window_days")))
        return self._stories

    def migrations(self) -> list[tuple[int, str, str]]:
        return list(self._db.execute("SELECT id, name, applied_at FROM _migrations ORDER BY id"))

    # -- writes ----------------------------------------------------------
    def add(self, digest: Digest) -> bool:
        """Store one digest; False when an article with the same id is already stored."""
        return self.add_many([digest]) == 1

    def add_many(self, digests: Iterable[Digest | Filing], *, rejected: Iterable[Rejected] = (),
                 checkpoint: Checkpoint | None = None) -> int:
        """Store digests (or their filings, :mod:`unbait.filing`) in one transaction; returns how many were new.

        ``rejected`` inputs are quarantined and ``checkpoint`` saved in that same
        transaction, so a crash leaves either all of them or none.
        """
        db, new, at = self._db, 0, _now()
        with self._transaction():
            for item in digests:
                given = item if isinstance(item, Filing) else None  # else filed below, only when new
                d = given.digest if given else item
                row = given.row if given else digest_row(d)
                cur = db.execute("INSERT OR IGNORE INTO articles VALUES (?,?,?,?,?,?,?,?,?,?)",
                                 (d.id, d.source, d.url, d.title, d.text, d.published, d.site,
                                  json.dumps(list(d.authors)), row, at))
                if cur.rowcount:
                    new += 1
                    self._add_annotations(d)
                    KbWriter(db).add(d)
                    self._story_writer().add(given or filing(d, row), at)
            if self._stories is not None:
                self._stories.flush()
            _quarantine(db, rejected, at)
            if checkpoint is not None:
                checkpoints.write(db, checkpoint, at)
        return new

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction: committed whole, or rolled back (story caches dropped) and re-raised."""
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            if db.execute("PRAGMA data_version").fetchone()[0] != self._seen_version:
                self._stories = None  # another connection wrote since: cached story state may be stale
            yield
            db.execute("COMMIT")
            self._seen_version = db.execute("PRAGMA data_version").fetchone()[0]
        except BaseException as exc:
            self._stories = None
            self._parsed.clear()  # it may hold rows read inside the rolled-back transaction
            db.execute("ROLLBACK") if db.in_transaction else None
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{self.path}: {exc}") from exc
            raise

    def _add_annotations(self, d: Digest) -> None:
        db = self._db
        db.executemany("INSERT INTO people VALUES (?,?,?,?,?)", [
            (d.id, p.name, json.dumps(list(p.aliases)), p.mentions,
             json.dumps([[r.role, r.character, r.work] for r in p.roles])) for p in d.people])
        db.executemany("INSERT INTO works VALUES (?,?,?,?)", [
            (d.id, w.title, w.kind, json.dumps(list(w.networks))) for w in d.works])
        db.executemany("INSERT INTO quotes VALUES (?,?,?,?,?)", [
            (d.id, q.text, q.speaker, q.start, q.end) for q in d.quotes])
        db.executemany("INSERT INTO facts VALUES (?,?,?,?,?,?,?,?)", [
            (d.id, f.kind, f.value, f.about, f.text, f.date, f.start, f.end) for f in d.facts])

    def import_reference(self, reference: Reference) -> ImportSummary:
        """Seed the KB from a parsed reference list, all or nothing (one transaction)."""
        with self._transaction():
            return KbImporter(self._db).run(reference)

    def quarantine(self, rejected: Rejected) -> bool:
        """Record an input that could not be read; False when already recorded."""
        try:
            return _quarantine(self._db, (rejected,), _now()) > 0
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from exc

    # -- reads -----------------------------------------------------------
    def has(self, article_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def has_url(self, url: str) -> bool:
        return self._db.execute("SELECT 1 FROM articles WHERE url = ?", (url,)).fetchone() is not None

    def checkpoint(self, source: str) -> Checkpoint | None:
        return checkpoints.read(self._db, source)

    def checkpoints(self) -> list[Checkpoint]:
        return checkpoints.read_all(self._db)

    def quarantine_reasons(self) -> list[tuple[str, int]]:
        """How many inputs are quarantined under each reason, commonest first."""
        return list(self._db.execute(
            "SELECT reason, count(*) FROM quarantine GROUP BY reason ORDER BY count(*) DESC, reason"))

    def digest(self, article_id: str) -> Digest | None:
        try:
            return self._parsed.one(self._db, article_id)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from exc

    def digests(self) -> Iterator[Digest]:
        for (raw,) in self._db.execute("SELECT digest FROM articles ORDER BY ingested_at, id"):
            yield digest_from_dict(json.loads(raw))

    def quarantined(self) -> list[Rejected]:
        return [Rejected(s, r) for s, r in self._db.execute("SELECT source, reason FROM quarantine ORDER BY id")]

    def counts(self) -> Counts:
        (a,), (q,) = (self._db.execute(f"SELECT count(*) FROM {t}").fetchone() for t in ("articles", "quarantine"))
        return Counts(articles=a, quarantined=q)

    def integrity(self) -> str:
        return self._db.execute("PRAGMA integrity_check").fetchone()[0]

    def kb(self) -> KbReader:
        """Queries over the knowledge base: people, works, quotes, search."""
        return KbReader(self._db, self.path)

    def stories(self, limit: int = 50, before: str | None = None) -> list[StoryView]:
        """Stories newest ``updated`` first; see :meth:`StoryReader.stories` for the ``before`` cursor."""
        return StoryReader(self._db, self.path).stories(limit, before)

    def story(self, story_id: str) -> StoryView | None:
        return StoryReader(self._db, self.path).story(story_id)

    def story_of(self, article_id: str) -> StoryView | None:
        """The story an article was filed in."""
        return StoryReader(self._db, self.path).story_of(article_id)

    def stories_of(self, article_ids: tuple[str, ...]) -> dict[str, StoryView]:
        """The story of each of these articles that was filed in one."""
        return StoryReader(self._db, self.path).stories_of(article_ids)

    def pages(self) -> PageReader:
        """Paged reads for the web and the API: article lists with filters, people and works by id."""
        return PageReader(self._db, self.path, self._parsed)

    # -- settings --------------------------------------------------------
    def get_setting(self, name: str) -> int | float | str:
        spec = setting(name)
        row = self._db.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
        return spec.parse(row[0]) if row else spec.default

    def set_setting(self, name: str, raw: str) -> None:
        value = setting(name).parse(raw)
        self._db.execute("INSERT INTO settings VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                         (name, str(value)))

    def settings(self) -> dict[str, int | float | str]:
        return {s.name: self.get_setting(s.name) for s in SETTINGS}
