"""Name keys and romanized Korean name shapes."""
from __future__ import annotations

import pytest

from unbait.names import given_key, given_syllables, hyphen_rest, is_syllable, looks_korean, name_key, split_syllables


@pytest.mark.parametrize("a,b", [
    ("Lee Jae-wook", "Lee Jae Wook"),
    ("Lee Jae-wook", "lee jaewook"),
    ("Moon Ga-Young", "Moon Ga Young"),
    ("Timothée Chalamet", "Timothee Chalamet"),
])
def test_spelling_variants_share_a_key(a, b):
    assert name_key(a) == name_key(b)


def test_key_is_compact_lowercase():
    assert name_key("Park Hae-soo") == "parkhaesoo"
    assert name_key("Park Hae-soo") != name_key("Park Hae-sook")


@pytest.mark.parametrize("word", ["Hyun", "Won", "In", "Young", "Hyuk", "Seok", "Kyung", "Eun", "woo"])
def test_given_name_syllables(word):
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["Spotted", "Warm", "Hug", "Gives", "Channel", "Stars", "Reveals", "Wins"])
def test_title_case_words_are_not_syllables(word):
    assert not is_syllable(word)


def test_split_runs_and_hyphens():
    assert split_syllables("Jiwon") == ["ji", "won"]
    assert given_syllables("Hae-in") == ["hae", "in"]
    assert given_syllables("Reveals") is None
    # one splitter for the whole project (kb.variants used its own): a consonant starts the next syllable
    assert given_syllables("Bomi") == ["bo", "mi"] and split_syllables("Sohee") == ["so", "hee"]
    assert split_syllables("Hyunwoo", most=3) == ["hyun", "woo"] and split_syllables("Jiwonsu", most=2) is None


@pytest.mark.parametrize("name,ok", [
    ("Lee Jae-wook", True), ("Park Bo Young", True), ("Gong Yoo", True), ("Lee Jaewook", True),
    ("Kim", False), ("Lee Jae Wook Reveals", False), ("Emma Stone", False), ("Kim Jae Hoon Hug", False),
])
def test_looks_korean(name, ok):
    assert looks_korean(name) is ok


def test_given_key():
    assert given_key("Moon Ga-young") == "gayoung"
    assert given_key("Emma Stone") is None


def test_hyphen_rest_finishes_a_given_name_the_parser_cut():
    text = "leader Seo-ah said; the Sorkin-penned film"
    assert text[7:hyphen_rest(text, 10)] == "Seo-ah"
    assert hyphen_rest(text, text.index("-penned")) == text.index("-penned")
