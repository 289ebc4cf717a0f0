"""The spoiler BLEU against values computed by hand from the official evaluator's rules."""
from __future__ import annotations

import math

import pytest

from unbait.headline.bleu import bleu_weights, mean_bleu, sentence_bleu, spoiler_bleu, spoiler_tokens


def test_tokens_drop_stopwords_before_lowercasing_and_punctuation_after() -> None:
    # "The" and "I" are not in the (lower-case) stopword list, so they survive lower-cased.
    assert spoiler_tokens("The cat sat on the mat.") == ["the", "cat", "sat", "mat"]
    assert spoiler_tokens("I don't know!") == ["i", "n't", "know"]
    assert spoiler_tokens("he said: \"wait...\"") == ["said", "``", "wait", "...", "''"]


def test_multi_parts_are_joined_by_spaces() -> None:
    assert spoiler_tokens(["Mitzi Gaynor", "Beverly Hills, California"]) == [
        "mitzi", "gaynor", "beverly", "hills", "california"
    ]
    assert spoiler_bleu(["Mitzi Gaynor", "Beverly Hills"], "Mitzi Gaynor Beverly Hills") == 1.0


def test_order_reduced_for_short_spoilers() -> None:
    assert bleu_weights(6, 5) == (0.25,) * 4
    assert bleu_weights(4, 3) == pytest.approx((1 / 3,) * 3)
    assert bleu_weights(2, 9) == (0.5, 0.5)
    assert bleu_weights(1, 1) == (1.0, 0.0)
    assert bleu_weights(0, 5) == (1.0, 0.0)


def test_hand_computed_trigram_with_brevity_penalty() -> None:
    # truth [the cat sat mat], prediction [cat sat mat]: order 3, p1=p2=p3=1, BP=exp(1-4/3)
    assert spoiler_bleu("The cat sat on the mat", "the cat sat on a mat") == pytest.approx(math.exp(-1 / 3))


def test_hand_computed_four_gram() -> None:
    # p1=5/5, p2=3/4, p3=2/3, p4=1/2 -> (1/4)^(1/4); BP = exp(1 - 6/5)
    score = spoiler_bleu("quick brown fox jumps lazy dog", "quick brown fox jumps dog")
    assert score == pytest.approx(math.exp(-0.2) * 0.25**0.25)
    assert score == pytest.approx(0.578930, abs=1e-6)


def test_single_token_spoilers_use_unigrams() -> None:
    assert spoiler_bleu("2070", "in 2070.") == 1.0
    assert spoiler_bleu("Mitzi Gaynor", "Gaynor") == pytest.approx(math.exp(-1))
    # [mitzi gaynor] vs [mitzi gaynor home]: order 2, p1=2/3, p2=1/2, no brevity penalty
    assert spoiler_bleu("Mitzi Gaynor", "Mitzi Gaynor home") == pytest.approx(math.sqrt(1 / 3))


def test_no_unigram_match_is_zero_and_no_higher_order_match_is_nearly_zero() -> None:
    assert spoiler_bleu("a warm hug", "a cold shoulder") == 0.0
    assert spoiler_bleu("anything", "") == 0.0
    assert spoiler_bleu("", "anything") == 0.0
    tiny = sentence_bleu(["w", "x", "y", "z"], ["z", "y", "x", "w"], (0.25,) * 4)
    assert 0.0 < tiny < 1e-200  # NLTK's method0 puts the smallest float for a zero precision


def test_mean_over_posts() -> None:
    assert mean_bleu(["2070", "warm hug"], ["2070", "cold"]) == 0.5
    assert mean_bleu([], []) == 0.0
    with pytest.raises(ValueError):
        mean_bleu(["a"], [])
