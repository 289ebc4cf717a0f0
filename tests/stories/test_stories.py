"""Stories: BCubed by hand, near-verbatim copies, events kept apart, and the ECB+ measurement."""
from __future__ import annotations

from datetime import datetime

import pytest

from unbait.errors import DataMissing
from unbait.stories.bcubed import bcubed
from unbait.stories.cluster import cluster_stories
from unbait.stories.copies import find_copies
from unbait.stories.features import story_doc

BODY = (
    "The harbour festival in Port Calder will return next summer after a two-year pause, "
    "organisers said on Thursday. The event, which drew 48,000 visitors in its last edition, "
    "will run over three weekends and add a night market along the old quay. Local bakers, "
    "fishmongers and a brass band from the valley have already signed up. Tickets go on sale "
    "in March, and children under twelve will get in free. The council approved a budget of "
    "310,000 pounds for stages, lighting and extra ferries from the islands, and the harbour "
    "master said the channel will be dredged before the first boats arrive."
)


def test_bcubed_hand_computed():
    gold = {"a": "X", "b": "X", "c": "X", "d": "Y", "e": "Y"}
    pred = {"a": "1", "b": "1", "c": "2", "d": "2", "e": "2"}
    r = bcubed(pred, gold)
    # precision: a,b 2/2; c,d,e: 1/3, 2/3, 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15
    # recall: a,b 2/3; c 1/3; d,e 2/2 -> (2/3+2/3+1/3+1+1)/5 = 11/15
    assert r.precision == pytest.approx(11 / 15)
    assert r.recall == pytest.approx(11 / 15)
    assert r.f1 == pytest.approx(11 / 15)
    perfect = bcubed(gold, gold)
    assert (perfect.precision, perfect.recall, perfect.f1) == (1.0, 1.0, 1.0)
    single = bcubed(dict.fromkeys(gold, "0"), gold)
    assert single.recall == 1.0 and single.precision == pytest.approx((3 * 3 / 5 + 2 * 2 / 5) / 5)


def test_bcubed_needs_every_gold_item():
    with pytest.raises(ValueError):
        bcubed({"a": "1"}, {"a": "X", "b": "X"})


def test_syndicated_copy_with_changed_byline_is_found():
    original = "By Mara Quill, Coast Weekly\n\n" + BODY
    copy = "Staff and agency reporters | Northern Ledger\n\n" + BODY + " Updated 6pm."
    other = ("A new ferry timetable starts on Monday with earlier morning sailings from the islands "
             "and a late boat on Fridays, the operator said, after complaints from commuters.")
    assert find_copies([("orig", original), ("other", other), ("copy", copy)]) == (("orig", "copy"),)


def test_rewrite_in_other_words_is_not_a_copy():
    rewrite = ("Port Calder's harbour festival is coming back next year following a two-year break. "
               "Organisers expect crowds like the 48,000 who came last time, with a night market on the quay.")
    assert find_copies([("orig", BODY), ("rewrite", rewrite)]) == ()


def _rehab(doc_id: str, who: str, place: str, year: int, when: datetime):
    text = (f"{who} has checked into {place} for treatment, a representative told reporters on Tuesday. "
            f"The 34-year-old actor asked for privacy for the family. It is the second stay at a treatment "
            f"centre for {who}, who finished filming a crime drama earlier in {year}.")
    return story_doc(doc_id, f"{who} enters rehab", text, when)


def test_similar_but_different_events_stay_apart_and_same_event_joins():
    docs = [
        _rehab("a1", "Corin Vale", "Willow Springs Clinic", 2009, datetime(2009, 3, 3)),
        _rehab("b1", "Della Marsh", "Harbor Light Center", 2014, datetime(2014, 6, 10)),
        story_doc("a2", "Corin Vale in rehab at Willow Springs",
                  "Actor Corin Vale entered Willow Springs Clinic this week, according to a spokesperson, "
                  "who asked that the family's privacy be respected. Vale wrapped a crime drama in 2009.",
                  datetime(2009, 3, 4)),
    ]
    stories = {frozenset(s.doc_ids) for s in cluster_stories(docs)}
    assert frozenset({"a1", "a2"}) in stories
    assert frozenset({"b1"}) in stories


def test_shuffled_orders_are_fixed_per_seed_and_keep_every_document():
    from unbait.stories.evaluate import shuffle

    docs = [story_doc(f"d{i}", f"title {i}", BODY) for i in range(12)]
    first, again, other = shuffle(docs, 3), shuffle(docs, 3), shuffle(docs, 4)
    assert [d.id for d in first] == [d.id for d in again]
    assert sorted(d.id for d in first) == sorted(d.id for d in docs)
    assert [d.id for d in first] != [d.id for d in other] and [d.id for d in docs] == [f"d{i}" for i in range(12)]


@pytest.mark.shared
def test_ecbplus_bcubed(shared):
    from unbait.stories.evaluate import evaluate_stories

    try:
        report = evaluate_stories(shared)
    except DataMissing:
        pytest.skip("ecbplus stories.jsonl is absent")
    f1 = report.metric("bcubed_f1")
    assert f1.n == 483
    assert f1.value >= 0.92  # measured 0.926 with the lead's event triples and the year bonus (0.917 before)
    assert report.metric("bcubed_f1_heldout_topics").value >= 0.93  # measured 0.938 (0.923 before)
    # the file order is a kind one: fixed random orders of all documents, mean 0.900, worst 0.876
    assert report.metric("bcubed_f1_shuffled_mean").value >= 0.89
    assert report.metric("bcubed_f1_shuffled_min").value <= report.metric("bcubed_f1_shuffled_mean").value
    assert report.ok


def test_story_norms_refresh_amortised_not_per_comparison(monkeypatch):
    """Regression: every comparison re-weighted the whole story profile (writer cost grew with store size)."""
    from unbait.stories.cluster import StoryClusterer, channels
    from unbait.stories.open_story import OpenStory

    clusterer = StoryClusterer()
    for i in range(100):
        clusterer.add(story_doc(f"d{i}", f"Title {i}", f"Harbor council vote number {i} on the ferry plan."))
    story = next(iter(clusterer.index.stories.values()))
    calls = []
    monkeypatch.setattr(OpenStory, "refresh", lambda self, df: calls.append(df.n))
    doc = story_doc("x", "Harbor vote", "The harbor council vote on the ferry plan.")
    raw = channels(doc)
    story.norms_n = clusterer.index.df.n
    clusterer.index.df.n = int(story.norms_n * 1.05)
    clusterer.similarity(doc, raw, story)
    assert calls == []  # idf moved by under 10 %: the stored norms are kept
    clusterer.index.df.n = int(story.norms_n * 1.2) + 1
    clusterer.similarity(doc, raw, story)
    assert calls == [clusterer.index.df.n]


def test_minhash_with_shared_permutations_equals_a_fresh_one():
    """The permutations drawn once per process give the very signature a fresh seed-1 MinHash gives."""
    from datasketch import MinHash

    from unbait.stories.copies import PERMUTATIONS, _minhash, shingles

    grams = shingles("The harbor council voted on Tuesday to extend the night ferry to the islands.")
    fresh = MinHash(num_perm=PERMUTATIONS, seed=1)
    fresh.update_batch(g.encode("utf-8") for g in grams)
    assert (_minhash(grams, PERMUTATIONS).hashvalues == fresh.hashvalues).all()
