"""The two reference articles, end to end through the default pipeline (what a careful reader finds)."""
from __future__ import annotations

import re
from collections import Counter

import pytest

import unbait


def key(name: str | None) -> str:
    return re.sub(r"[\s\-]", "", (name or "").casefold())


@pytest.fixture(scope="module")
def d000(seed):
    return unbait.pipeline()(seed("000"))


@pytest.fixture(scope="module")
def d003(seed):
    return unbait.pipeline()(seed("003"))


def people(d):
    return {key(p.name): p for p in d.people}


def test_000_boilerplate_is_gone_and_the_story_stays(d000):
    assert not d000.problems
    for junk in ("Telegram", "(Photo", "Share your thoughts"):
        assert junk not in d000.text
    assert "He went on:" in d000.text and "24.85 percent" in d000.text


def test_000_people_are_the_three_actors(d000):
    assert set(people(d000)) == {"kimsoohyun", "kimjiwon", "parksunghoon"}
    assert people(d000)["kimsoohyun"].mentions >= 7


def test_000_six_quotes_with_their_speakers(d000):
    assert len(d000.quotes) == 6
    assert Counter(key(q.speaker) for q in d000.quotes) == {"kimsoohyun": 3, "parksunghoon": 2, "kimjiwon": 1}
    for q in d000.quotes:
        assert d000.text[q.start:q.end] == q.text


def test_000_roles_works_and_networks(d000):
    roles = people(d000)["parksunghoon"].roles
    assert any(key(r.character) == "yooneunsung" and key(r.work) == "queenoftears" for r in roles)
    works = {key(w.title): w for w in d000.works}
    assert "queenoftears" in works and {"tvN", "Netflix"} <= set(works["queenoftears"].networks)
    assert not any(key(p) in {"hongaein", "yooneunsung", "baekhyunwoo"} for p in people(d000))


def test_000_facts(d000):
    by_kind = {}
    for f in d000.facts:
        by_kind.setdefault(f.kind, []).append(f)
    rating = next(f for f in by_kind["rating"] if f.value == "24.85%")
    assert key(rating.about) == "queenoftears" and "April 29" in (rating.date or "")
    assert "Crash Landing on You" in (rating.record or "") + rating.text
    assert any(f.value.startswith("16") for f in by_kind["episodes"])
    assert any("11 months" in f.value for f in by_kind["duration"])
    assert any("May 4 and 5" in f.value or "May 4 and 5" in (f.date or "") for f in by_kind["air_date"])


def test_003_characters_are_roles_not_people(d003):
    found = people(d003)
    assert set(found) == {"kimjiwon", "kimsoohyun"}
    assert {key(r.character) for r in found["kimjiwon"].roles} == {"honghaein"}
    assert {key(r.character) for r in found["kimsoohyun"].roles} == {"baekhyunwoo"}
    assert all(key(r.work) == "queenoftears" for p in found.values() for r in p.roles)
    assert d003.quotes == ()
    assert any(key(w.title) == "queenoftears" and "tvN" in w.networks for w in d003.works)


def test_000_headline_is_clickbait_and_its_spoiler_names_the_embrace(d000):
    h = d000.headline
    assert h.clickbait is not None and h.clickbait >= 0.5
    assert h.spoiler is not None and "embraced" in h.spoiler.text
    assert d000.text[h.spoiler.start:h.spoiler.end] == h.spoiler.text


def test_003_headline_scores_low_or_spoils_with_a_real_sentence(d003):
    h = d003.headline
    assert h.clickbait is not None
    assert h.clickbait < 0.5 or (h.spoiler is not None and h.spoiler.text in d003.text)
