"""Story queries: pages of stories newest first, one story, the story of an article. Read-only SQL."""
from __future__ import annotations

import sqlite3

from unbait.errors import StoreError
from unbait.kb.views import StoryView
from unbait.store.placeholders import marks

CURSOR_SEP = "|"


class StoryReader:
    def __init__(self, db: sqlite3.Connection, path: str) -> None:
        self._db, self.path = db, path

    def stories(self, limit: int = 50, before: str | None = None) -> list[StoryView]:
        """Stories by ``updated`` newest first (ties: id descending), at most ``limit``.

        ``before`` is a cursor: ``cursor(view)`` of the last story of the previous page
        (``"UPDATED|ID"``) gives exactly the stories after it in this order, even when
        several share one ``updated``; a bare ``updated`` value gives those strictly older.
        """
        updated, _, last_id = (before or "").partition(CURSOR_SEP)
        if before is None:
            where, args = "", ()
        elif last_id:
            where, args = "WHERE updated < ? OR (updated = ? AND id < ?)", (updated, updated, last_id)
        else:
            where, args = "WHERE updated < ?", (updated,)
        rows = self._run(f"SELECT id, title, updated FROM stories {where} ORDER BY updated DESC, id DESC LIMIT ?",
                         (*args, max(0, limit)))
        return [self._view(*row) for row in rows]

    def story(self, story_id: str) -> StoryView | None:
        rows = self._run("SELECT id, title, updated FROM stories WHERE id = ?", (story_id,))
        return self._view(*rows[0]) if rows else None

    def story_of(self, article_id: str) -> StoryView | None:
        rows = self._run("SELECT s.id, s.title, s.updated FROM story_articles a JOIN stories s ON s.id = a.story_id "
                         "WHERE a.article_id = ?", (article_id,))
        return self._view(*rows[0]) if rows else None

    def stories_of(self, article_ids: tuple[str, ...]) -> dict[str, StoryView]:
        """The story of each filed article (three queries for all of them, as a page of cards needs)."""
        slots = marks(len(article_ids))
        heads = self._run(f"SELECT a.article_id, s.id, s.title, s.updated FROM story_articles a JOIN stories s "
                          f"ON s.id = a.story_id WHERE a.article_id IN ({slots})", article_ids)
        ids = tuple({sid for _, sid, _, _ in heads})
        inner = marks(len(ids))
        members: dict[str, list[str]] = {i: [] for i in ids}
        for sid, aid in self._run(f"SELECT story_id, article_id FROM story_articles WHERE story_id IN ({inner}) "
                                  "ORDER BY story_id, at, rowid", ids):
            members[sid].append(aid)
        copies: dict[str, list[tuple[str, str]]] = {i: [] for i in ids}
        for sid, o, c in self._run(
                f"SELECT a.story_id, c.original, c.copy FROM story_copies c JOIN story_articles a ON a.article_id = c.copy "
                f"WHERE a.story_id IN ({inner}) ORDER BY a.story_id, a.at, a.rowid, c.original", ids):
            copies[sid].append((o, c))
        return {aid: StoryView(sid, title, tuple(members[sid]), tuple(copies[sid]), updated)
                for aid, sid, title, updated in heads}

    def _view(self, story_id: str, title: str, updated: str) -> StoryView:
        articles = tuple(r[0] for r in self._run(
            "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY at, rowid", (story_id,)))
        copies = tuple((o, c) for o, c in self._run(
            "SELECT c.original, c.copy FROM story_copies c JOIN story_articles a ON a.article_id = c.copy "
            "WHERE a.story_id = ? ORDER BY a.at, a.rowid, c.original", (story_id,)))
        return StoryView(story_id, title, articles, copies, updated)

    def _run(self, sql: str, args: tuple) -> list[tuple]:
        try:
            return self._db.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from exc


def cursor(view: StoryView) -> str:
    """The ``before`` value that continues a page after ``view``."""
    return f"{view.updated}{CURSOR_SEP}{view.id}"
