"""The stories adapter: pages of stored stories with cursors that neither skip nor repeat."""
from __future__ import annotations

from unbait.document import Digest
from unbait.store import Store
from unbait.web.stories import Stories, single

A = Digest(id="a1", source="a", title="Harbour festival opens with a new jury", text="one two three", published="2024-01-01")
B = Digest(id="b2", source="b", title="Quiz show host retires after ten seasons", text="four five six", published="2024-01-01")
C = Digest(id="c3", source="c", title="Orchestra tour cancelled over visa delays", text="seven eight nine", published="2024-01-01")


def test_cursor_pages_cover_every_story_once_even_with_equal_updated(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add_many([A, B, C])
        stories = Stories(store)
        seen, cursor = [], None
        while True:
            page = stories.page(1, cursor)
            seen += [s.id for s in page.items]
            if not page.next:
                break
            cursor = page.next
        assert sorted(seen) == ["a1", "b2", "c3"]
        assert stories.get("nope") is None and stories.of(A).articles == ("a1",)


def test_an_article_without_a_story_is_its_own():
    assert single(A).articles == ("a1",) and single(A).id == "a1"
