"""Stories on ingest: same grouping as the in-memory clusterer, copies marked, rollback, upgrade."""
from __future__ import annotations

import sqlite3

import pytest

from unbait.document import Digest
from unbait.errors import StoreError
from unbait.stories.cluster import cluster_stories
from unbait.stories.features import story_doc
from unbait.store import Store, stories_write

BODY = ("The lantern parade in Saltmere returns on Saturday after the storm cancelled it in spring. "
        "Organisers expect 12,000 visitors along the river path, and the brass band from Eastwick "
        "will lead the first boats. The council paid 85,000 pounds for new barriers and a ferry shuttle, "
        "and the bakers of Mill Lane will sell ginger cakes until midnight, the festival director said.")
DOCS = [
    Digest(id="p1", source="p1", title="Saltmere lantern parade returns", text=BODY, published="2025-03-01"),
    Digest(id="q1", source="q1", title="Vela Orin signs with Brightwater Studio",
           text="Singer Vela Orin has signed a three-album deal with Brightwater Studio, her agency said. "
                "Orin topped the Hanul chart in 2024 with her debut single and will tour Osaka in June.",
           published="2025-03-01"),
    Digest(id="p2", source="p2", title="Agency copy: Saltmere parade is back",
           text="By staff reporters. " + BODY + " Updated at 6pm.", published="2025-03-02"),
    Digest(id="p3", source="p3", title="Saltmere prepares for its lantern parade",
           text="Saltmere's lantern parade is back on Saturday. The Eastwick brass band leads the boats on the "
                "river, 12,000 visitors are expected and Mill Lane bakers promise ginger cakes, organisers said.",
           published="2025-03-02"),
    Digest(id="q2", source="q2", title="Vela Orin: new deal with Brightwater",
           text="Vela Orin joins Brightwater Studio for three albums after her 2024 chart-topping debut, "
                "and her Osaka tour in June goes ahead, the agency confirmed.", published="2025-03-03"),
]


def groups(stories) -> set[frozenset[str]]:
    return {frozenset(s) for s in stories}


def test_ingest_groups_like_the_memory_clusterer_and_marks_copies(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.add_many(DOCS[:2]) == 2
        assert store.add_many(DOCS[2:]) == 3  # a second transaction continues the same state
        stored = store.stories(limit=10)
        copy_story = store.story_of("p2")
    memory = cluster_stories([story_doc(d.id, d.title, d.text) for d in DOCS])
    assert groups(s.articles for s in stored) == groups(s.doc_ids for s in memory)
    assert groups(s.articles for s in stored) == {frozenset({"p1", "p2", "p3"}), frozenset({"q1", "q2"})}
    assert copy_story.copies == (("p1", "p2"),) and copy_story.id == "p1"
    assert copy_story.articles == ("p1", "p2", "p3")  # oldest first


def test_a_failed_batch_leaves_no_story_state_behind(tmp_path, monkeypatch):
    copies = stories_write.StoryWriter._copies

    def failing(self, d, keys):
        if d.id == "bad":
            raise sqlite3.OperationalError("disk I/O error")
        return copies(self, d, keys)

    monkeypatch.setattr(stories_write.StoryWriter, "_copies", failing)
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add(DOCS[0])
        with pytest.raises(StoreError):
            store.add_many([DOCS[1], DOCS[3], Digest(id="bad", source="bad", title="x", text="y")])
        assert [s.articles for s in store.stories()] == [("p1",)]
        store.add_many(DOCS[1:])
        assert len(store.stories()) == 2
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM story_articles").fetchone()[0] == 5
    assert db.execute("SELECT sum(df) FROM story_df WHERE channel = 'words' AND term = 'saltmere'").fetchone()[0] == 3


def test_reingesting_files_nothing_twice(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add_many(DOCS)
        before = store.stories()
        assert store.add_many(reversed(DOCS)) == 0
        assert store.stories() == before


def test_two_connections_writing_in_turn_keep_one_story_state(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as one, Store(path) as two:
        one.add(DOCS[0])
        two.add(DOCS[2])  # a copy of DOCS[0], written through another connection
        one.add(DOCS[3])  # must see what the other connection wrote
        [story] = [s for s in one.stories() if "p1" in s.articles]
        assert story.articles == ("p1", "p2", "p3")
    db = sqlite3.connect(path)
    assert db.execute("SELECT size FROM stories WHERE id = 'p1'").fetchone()[0] == 3


def test_batched_idf_weighting_equals_the_per_term_idf(tmp_path):
    """The clusterer weights whole vectors at once (one query per 500 uncached terms): same floats as term by term."""
    from unbait.stories.similarity import DocFrequency

    vec = {"parade": 0.5, "lantern": 0.25, "unseen": 1.0}
    memory = DocFrequency()
    with Store(tmp_path / "s.db") as store:
        sql = stories_write.SqlFrequencies(store._db)
        for channels in ({"words": {"parade": 1.0, "boat": 1.0}}, {"words": {"parade": 1.0, "lantern": 1.0}}):
            memory.add(channels)
            sql.add(channels)
        for df in (memory, sql):
            assert df.weighted("words", vec) == {t: v * df.idf("words", t) for t, v in vec.items()}
            assert df.weighted("names", vec) == {t: v * df.idf("names", t) for t, v in vec.items()}
        assert sql.weighted("words", vec) == memory.weighted("words", vec)


@pytest.mark.parametrize("cached", [2000, 1])
def test_one_transaction_stores_the_same_stories_as_one_article_at_a_time(tmp_path, monkeypatch, cached):
    """Stories are written once per transaction (and a story evicted from the cache at once):
    the rows equal those of committing after every article. ``cached=1`` evicts on every filing."""
    monkeypatch.setattr(stories_write.SqlStoryIndex, "CACHED", cached)
    docs = DOCS + [Digest(id=f"p{i}", source=f"p{i}", title=f"Saltmere parade, day {i}", text=BODY + f" Day {i}.",
                          published="2025-03-04") for i in range(4, 8)]
    with Store(tmp_path / "batch.db") as batch, Store(tmp_path / "single.db") as single:
        assert batch.add_many(docs) == len(docs)
        for d in docs:
            single.add(d)
        for table in ("stories", "story_articles", "story_terms", "story_df", "story_copies", "copy_bands"):
            rows = [list(store._db.execute(f"SELECT * FROM {table} ORDER BY 1, 2")) for store in (batch, single)]
            assert rows[0] == rows[1], table
