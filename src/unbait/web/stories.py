"""Stories for the web and the API: pages of the store's stories with opaque cursors.

An article not (yet) filed in a story is shown as its own one-article story.
"""
from __future__ import annotations

from unbait.document import Digest
from unbait.kb.page import Page, decode_cursor, encode_cursor
from unbait.kb.views import StoryView
from unbait.store import Store
from unbait.store.stories_read import cursor as story_cursor


def single(d: Digest) -> StoryView:
    return StoryView(d.id, d.title, (d.id,), (), d.published)


class Stories:
    def __init__(self, store: Store) -> None:
        self.store = store

    def page(self, limit: int, cursor: str | None) -> Page[StoryView]:
        """Stories, most recently updated first; the cursor carries the last one's ``updated`` and id."""
        before = decode_cursor(cursor, 1, (str,))
        found = self.store.stories(limit=limit + 1, before=before[0] if before else None)
        more = encode_cursor([story_cursor(found[limit - 1])]) if len(found) > limit else None
        return Page(tuple(found[:limit]), more)

    def get(self, story_id: str) -> StoryView | None:
        return self.store.story(story_id)

    def of(self, article: Digest) -> StoryView:
        """The story an article belongs to (itself alone when it has none)."""
        return self.store.story_of(article.id) or single(article)

    def of_each(self, articles: tuple[Digest, ...]) -> list[StoryView]:
        """:meth:`of` for each article, read at once."""
        found = self.store.stories_of(tuple(d.id for d in articles))
        return [found.get(d.id) or single(d) for d in articles]
