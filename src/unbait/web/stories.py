"""Stories for the web and the API, whatever the store can give.

A store with story storage answers ``stories(limit, before)``, ``story(id)`` and
``story_of(article_id)`` with :class:`StoryView`. A store without it still gets story
pages: each article is its own one-article story, with the article's id as story id.
"""
from __future__ import annotations

from unbait.document import Digest
from unbait.kb.page import Page, decode_cursor, encode_cursor
from unbait.kb.views import StoryView
from unbait.store import Store


def single(d: Digest) -> StoryView:
    return StoryView(d.id, d.title, (d.id,), (), d.published)


class Stories:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.native = all(hasattr(store, m) for m in ("stories", "story", "story_of"))

    def page(self, limit: int, cursor: str | None) -> Page[StoryView]:
        """Stories, most recently updated first; the cursor carries the last one's ``updated``."""
        if not self.native:
            articles = self.store.pages().articles(limit=limit, cursor=cursor)
            return Page(tuple(single(d) for d in articles.items), articles.next)
        before = decode_cursor(cursor, 1, (str,))
        found = self.store.stories(limit=limit + 1, before=before[0] if before else None)
        more = encode_cursor([found[limit - 1].updated or ""]) if len(found) > limit else None
        return Page(tuple(found[:limit]), more)

    def get(self, story_id: str) -> StoryView | None:
        if self.native:
            return self.store.story(story_id)
        d = self.store.digest(story_id)
        return single(d) if d else None

    def of(self, article: Digest) -> StoryView:
        """The story an article belongs to (itself alone when it has none)."""
        found = self.store.story_of(article.id) if self.native else None
        return found or single(article)
