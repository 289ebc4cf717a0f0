"""Story pages: newest first, a cursor that neither skips nor repeats stories sharing a time."""
from __future__ import annotations

from unbait.document import Digest
from unbait.store import Store
from unbait.store.stories_read import cursor

TOPICS = ["harbour ferries timetable", "orchard apple harvest", "mountain railway tunnel", "library chess club",
          "river otter survey", "bakery sourdough contest", "observatory comet sighting"]


def _digest(i: int, topic: str, day: str) -> Digest:
    a, b, c = topic.split()
    return Digest(id=f"d{i}", source=f"d{i}", title=f"The {a} {b} news",
                  text=f"Reporters covered the {a} {b} {c} story number {i}: {c} {c} {b}.", published=day)


def test_pages_cover_every_story_once_in_order(tmp_path):
    days = ["2025-01-01", "2025-01-02", "2025-01-02", "2025-01-02", "2025-01-03", "2025-01-03", "2025-01-04"]
    with Store(tmp_path / "r.db") as store:
        store.add_many(_digest(i, t, d) for i, (t, d) in enumerate(zip(TOPICS, days)))
        everything = store.stories(limit=100)
        assert len(everything) == 7
        keys = [(s.updated, s.id) for s in everything]
        assert keys == sorted(keys, reverse=True)
        pages, before = [], None
        while page := store.stories(limit=2, before=before):
            pages.extend(page)
            before = cursor(page[-1])
        assert pages == everything
        older = store.stories(before="2025-01-03T00:00:00+00:00")  # a bare time: strictly older
        assert {s.updated[:10] for s in older} == {"2025-01-01", "2025-01-02"} and len(older) == 4
        assert store.story("nope") is None and store.story_of("nope") is None
        assert store.story(everything[0].id) == everything[0]


def test_stories_of_reads_the_same_views_as_story_of_at_once(tmp_path):
    from unbait.document import Digest
    from unbait.store import Store

    text = "The drama Glass Tide recorded 12.5 percent on Sunday, its best night, the network said."
    docs = [Digest(id=f"s{i}", source=f"s{i}", title=f"Glass Tide hits 12.5 percent {i}", text=text + f" Report {i}.",
                   published="2024-05-0" + str(i + 1), site=f"site{i}") for i in range(3)]
    with Store(tmp_path / "s.db") as store:
        store.add_many(docs)
        ids = ("s0", "s1", "s2", "missing")
        assert store.stories_of(ids) == {i: store.story_of(i) for i in ids[:3]}
        assert store.stories_of(()) == {}
