"""The lead's event triples: read from the parse, used to tell two occasions of one topic apart."""
from __future__ import annotations

import pytest

from unbait.stories.cluster import cluster_stories
from unbait.stories.events import clash_share, lead_text, lead_triples, slot_of
from unbait.stories.features import story_doc
from unbait.stories.similarity import Weights, time_factor


@pytest.fixture(scope="module")
def nlp():
    from unbait.nlp import load_nlp

    return load_nlp()


def test_triples_name_who_did_what_to_whom_and_turn_passives_around(nlp):
    active = lead_triples(None, nlp("The Harbor Hawks fired coach Tam Brody on Saturday. Fans cheered."))
    assert {"fire|subj|hawks", "fire|obj|brody"} <= set(active)
    passive = lead_triples(None, nlp("Tam Brody was fired by the Harbor Hawks on Saturday."))
    assert {"fire|subj|hawks", "fire|obj|brody"} <= set(passive)
    said = lead_triples(None, nlp("Orla Finch said the deal was close."))
    assert not any(t.startswith("say|") for t in said)  # reporting verbs tell no event


def test_only_the_lead_counts_and_the_title_adds_its_own(nlp):
    body = nlp("Rina Colt won the race. It rained. Crowds came. Later, Rina Colt thanked Pell Marsh.")
    triples = lead_triples(nlp("Colt beats Dov Arlen in Calder"), body)
    assert "win|subj|colt" in triples and "beat|obj|arlen" in triples
    assert not any(t.startswith("thank|") for t in triples)  # the fourth sentence is past the lead


def test_lead_text_drops_a_repeated_title_and_cuts_long_bodies():
    assert lead_text("Big news", "Big news\n\nThe body.") == "The body."
    long = "Para one. " * 60 + "\n" + "Para two. " * 100
    assert len(lead_text("T", long)) <= 1000 and lead_text("T", long).startswith("Para one.")


def test_clash_share_counts_slots_the_story_fills_with_others_only():
    story = {"stop|subj|vale": 2.0, "stop|obj|rook": 2.0, "win|in|calder": 1.0}
    slots = frozenset(map(slot_of, story))
    assert clash_share(("stop|subj|vale", "stop|obj|rook"), story, slots) == 0.0
    assert clash_share(("stop|subj|vale", "stop|obj|marsh"), story, slots) == 0.5
    assert clash_share(("stop|obj|marsh",), story, slots) == 1.0
    assert clash_share(("win|in|berlin", "sign|obj|marsh"), story, slots) == 0.0  # prepositions, new slots: no clash


def _bout(doc_id: str, winner: str, loser: str, event: tuple[str, ...]):
    text = (f"{winner} stopped {loser} in the sixth round on Saturday night to keep the heavyweight belts. "
            f"The champion landed a left hook and the referee waved the fight off in front of a sold-out arena.")
    return story_doc(doc_id, f"{winner} stops {loser}", text, event=event)


def test_a_lead_that_fills_the_slot_with_someone_else_scores_lower():
    from unbait.stories.cluster import StoryClusterer, channels

    clusterer = StoryClusterer()
    story = clusterer.index.get(clusterer.add(_bout("a1", "Ivo Karst", "Dell Rook",
                                                    ("stop|subj|karst", "stop|obj|rook"))))
    same = _bout("a2", "Ivo Karst", "Dell Rook", ("stop|subj|karst", "stop|obj|rook"))
    other = _bout("a2", "Ivo Karst", "Dell Rook", ("stop|subj|karst", "stop|obj|tenby"))  # only the lead differs
    blind = StoryClusterer(Weights(event_clash=1.0), index=clusterer.index)
    s_same, s_other = (clusterer.similarity(d, channels(d), story) for d in (same, other))
    assert s_other < s_same
    # one of its two slots clashes: the score without the penalty, times 1 - (1 - 0.8) / 2
    assert s_other == pytest.approx(blind.similarity(other, channels(other), story) * 0.9)


def test_stories_cache_their_event_slots_and_forget_them_on_join():
    from unbait.stories.cluster import StoryClusterer

    clusterer = StoryClusterer()
    story = clusterer.index.get(clusterer.add(_bout("a1", "Ivo Karst", "Dell Rook", ("stop|obj|rook",))))
    assert story.event_slots() == {"stop|obj"}
    clusterer.add(_bout("a2", "Ivo Karst", "Dell Rook", ("stop|obj|rook", "keep|obj|belts")), join=story.id)
    assert story.event_slots() == {"stop|obj", "keep|obj"}


def test_shared_years_raise_the_score_and_disjoint_years_lower_it():
    w = Weights()
    assert time_factor(w, None, None, frozenset({2012}), frozenset({2012})) == pytest.approx(1 + w.year_bonus)
    assert time_factor(w, None, None, frozenset({2012}), frozenset({2008})) == pytest.approx(w.year_clash)
    assert time_factor(w, None, None, frozenset(), frozenset({2008})) == 1.0


def test_the_events_stage_reads_the_title_and_lead_into_the_digest_and_its_json():
    from unbait.digest_json import digest_from_dict, digest_to_dict
    from unbait.document import RawArticle
    from unbait.pipeline import Pipeline
    from unbait.stages.clean import CleanText
    from unbait.stages.events import ReadEvents
    from unbait.stages.parse import Parse

    article = RawArticle(source="t", title="Harbor Hawks fire coach Tam Brody",
                         text="The Harbor Hawks fired coach Tam Brody on Saturday after nine losses in a row.")
    digest = Pipeline([CleanText(), Parse(), ReadEvents()])(article)
    assert "fire|obj|brody" in digest.events
    assert digest_from_dict(digest_to_dict(digest)).events == digest.events
    assert digest_from_dict({k: v for k, v in digest_to_dict(digest).items() if k != "events"}).events == ()
    unparsed = Pipeline([CleanText(), ReadEvents()])(article)  # no parse: no triples, no problem
    assert unparsed.events == () and unparsed.problems == ()


def test_ingest_files_the_digests_events_into_the_story(tmp_path):
    from unbait.document import Digest
    from unbait.store import Store

    text = ("Ivo Karst stopped Dell Rook in the sixth round on Saturday night to keep the heavyweight belts. "
            "The champion landed a left hook and the referee waved the fight off.")
    with Store(tmp_path / "s.db") as store:
        store.add(Digest(id="a1", source="a1", title="Karst stops Rook", text=text,
                         events=("stop|subj|karst", "stop|obj|rook")))
    import json
    import sqlite3

    with sqlite3.connect(tmp_path / "s.db") as db:
        (profile,) = db.execute("SELECT profile FROM stories WHERE id = 'a1'").fetchone()
    assert json.loads(profile)["event"] == {"stop|subj|karst": 1.0, "stop|obj|rook": 1.0}


def test_titles_are_parsed_without_ner_but_with_tags_lemmas_and_triples():
    from unbait.stages.events import parse_titles
    from unbait.stories.events import event_triples
    [doc] = parse_titles(["Police arrested Dara Venn in Seoul"])
    assert doc.ents == () and [t.lemma_ for t in doc if t.pos_ == "VERB"] == ["arrest"]
    assert event_triples(doc, 1) == ("arrest|obj|venn", "arrest|in|seoul")
