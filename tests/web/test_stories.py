"""The stories adapter: real story storage when the store has it, one-article stories otherwise."""
from __future__ import annotations

from unbait.document import Digest
from unbait.kb.views import StoryView
from unbait.store import Store
from unbait.web.stories import Stories

A = Digest(id="a1", source="a", title="First", text="one", published="2024-01-01")
B = Digest(id="b2", source="b", title="Second", text="two", published="2024-01-02")


def test_without_story_storage_each_article_is_its_own_story(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add_many([A, B])
        stories = Stories(store)
        assert not stories.native
        first = stories.page(1, None)
        assert [s.id for s in first.items] == ["b2"] and first.next
        assert [s.articles for s in stories.page(1, first.next).items] == [("a1",)]
        assert stories.get("a1") == StoryView("a1", "First", ("a1",), (), "2024-01-01")
        assert stories.get("nope") is None and stories.of(A).id == "a1"


class NativeStore(Store):
    STORY = StoryView("s1", "Both", ("a1", "b2"), (("a1", "b2"),), "2024-01-02")

    def stories(self, limit=50, before=None):
        return [self.STORY] if before is None else []

    def story(self, story_id):
        return self.STORY if story_id == "s1" else None

    def story_of(self, article_id):
        return self.STORY if article_id in self.STORY.articles else None


def test_with_story_storage_the_store_answers(tmp_path):
    with NativeStore(tmp_path / "n.db") as store:
        store.add_many([A, B])
        stories = Stories(store)
        assert stories.native and stories.page(5, None).items == (NativeStore.STORY,)
        assert stories.of(B).id == "s1" and stories.get("s1").copies == (("a1", "b2"),)
