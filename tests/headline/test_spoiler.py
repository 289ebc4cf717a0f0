"""Spoiler type and extraction: shapes, offsets and bad input (quality is in evaluate)."""
from __future__ import annotations

import numpy as np
import pytest

from unbait.headline import spoiler_type, spoiler_type_train
from unbait.headline.spoiler import MAX_CHARS, extract, join_paragraphs, sentences

BODY = join_paragraphs([
    "The studio announced its summer schedule on Monday.",
    "The lead actor said the reason he left was a contract dispute with the network.",
    "Filming of the second season starts in Vancouver next March.",
])


def test_post_number_and_cues() -> None:
    assert spoiler_type.post_number("7 things you missed") == 7
    assert spoiler_type.post_number("Five ways to watch") == 5
    assert spoiler_type.post_number("One man's story") == 0
    assert "xxthis" in spoiler_type.with_cues("He did THIS")


@pytest.mark.parametrize("paragraphs", [(), ("",), ("One short paragraph.",), ("1. a", "2. b", "3. c")])
def test_classify_returns_a_type(paragraphs: tuple[str, ...]) -> None:
    assert spoiler_type.classify("5 things the cast revealed", paragraphs) in spoiler_type.TYPES


@pytest.mark.parametrize("kind", ["phrase", "passage", "multi"])
def test_spoiler_offsets_index_the_text(kind: str) -> None:
    found = extract("The real reason the lead actor left the show", BODY, kind)
    assert found is not None and found.type == kind
    if kind != "multi":
        assert BODY[found.start : found.end] == found.text
    assert 0 <= found.start < found.end <= len(BODY)


@pytest.mark.parametrize("kind", ["phrase", "passage", "multi"])
def test_candidates_split_by_the_caller_give_the_same_spoiler(kind: str) -> None:
    post = "The real reason the lead actor left the show"
    assert extract(post, BODY, kind, candidates=sentences(BODY)) == extract(post, BODY, kind)
    assert extract(post, BODY, kind, candidates=[]) is None  # the caller's candidates are used, not re-split


def test_passage_is_the_sentence_that_answers() -> None:
    found = extract("The real reason the lead actor left the show", BODY, "passage")
    assert found is not None and "contract dispute" in found.text


def test_teaser_sentences_are_not_answers() -> None:
    body = "The actor did THIS on set. The actor hugged every crew member on set."
    found = extract("Actor did THIS on set", body, "passage")
    assert found is not None and "hugged" in found.text


@pytest.mark.parametrize("post,text", [("Headline", ""), ("Headline", "\n\n  \n"), ("", BODY), ("Hi", "ok.")])
def test_nothing_to_answer_gives_none(post: str, text: str) -> None:
    assert extract(post, text, "passage") is None


def test_very_long_articles_are_truncated_not_fatal() -> None:
    text = "The show was renewed for another season today. " * 20_000
    assert all(s.end <= MAX_CHARS for s in sentences(text))
    assert extract("Show renewed", text, "multi") is not None


def test_multi_takes_list_item_heads() -> None:
    body = join_paragraphs(["Some remedies work.", "1. Mint for drowsiness. Drink tea.", "2. Honey for cuts. Apply it.",
                            "3. Salt for stings. Rub it."])
    found = extract("2 remedies that really work", body, "multi")
    assert found is not None and found.text == "Mint for drowsiness Honey for cuts"
    assert body[found.start : found.end].startswith("Mint") and body[found.start : found.end].endswith("cuts")


def test_multi_takes_short_paragraphs_as_items() -> None:
    body = join_paragraphs(["Who earns the most online?", "Ann Lee – $3 million", "A long paragraph about her work "
                            "and deals that goes on for many words.", "Bo Park – $2 million"])
    found = extract("These stars earn millions", body, "multi")
    assert found is not None and found.text == "Ann Lee – $3 million Bo Park – $2 million"


def _first_then_second(_post: str, candidates: list) -> np.ndarray:
    """A scorer ranking a two-sentence body in order."""
    return np.array([2.0, 1.0][: len(candidates)])


def test_phrase_prefers_a_name_to_a_date_when_the_post_asks_for_no_type() -> None:
    body = "The festival was first held on Monday in Lisbon by the broadcaster."
    found = extract("This city hosts the strangest festival", body, "phrase")
    assert found is not None and found.text == "Lisbon"


def test_phrase_looks_for_a_typed_answer_in_the_second_best_sentence() -> None:
    body = join_paragraphs(["The singer bought a house near the beach.", "She paid $4 million for it."])
    found = extract("How much did the singer pay for her beach house", body, "phrase", scorer=_first_then_second)
    assert found is not None and found.text == "$4 million"


def test_multi_takes_at_most_five_parts_whatever_the_post_promises() -> None:
    items = [f"{i}. Item number {i} here. More words follow." for i in range(1, 9)]
    body = join_paragraphs(["A list.", *items])
    found = extract("23 things you never knew", body, "multi")
    assert found is not None and found.text == " ".join(f"Item number {i} here" for i in range(1, 6))


def test_phrase_takes_a_name_from_a_lower_ranked_sentence_before_a_noun_chunk() -> None:
    body = join_paragraphs(["The company makes the strangest soup in the world.",
                            "Its founder, Maria Lopez, sells it."])
    found = extract("This company makes the strangest soup", body, "phrase", scorer=_first_then_second)
    assert found is not None and found.text == "Maria Lopez"


def test_cross_validated_types_come_from_a_stacker_that_never_saw_the_row() -> None:
    rng = np.random.RandomState(0)
    truth = ["phrase", "passage", "multi"] * 20
    z = rng.randn(60, 4) + np.array([[{"phrase": 3.0, "passage": 0.0, "multi": -3.0}[t]] * 4 for t in truth])
    predicted = spoiler_type_train.cross_validated(z, truth)
    assert len(predicted) == 60 and set(predicted) <= set(spoiler_type.TYPES)
    assert np.mean([p == t for p, t in zip(predicted, truth)]) > 0.9


def test_nested_cross_validation_chooses_c_inside_each_training_fold(monkeypatch) -> None:
    rng = np.random.RandomState(1)
    truth = ["phrase", "passage", "multi"] * 20
    z = rng.randn(60, 4) + np.array([[{"phrase": 2.0, "passage": 0.0, "multi": -2.0}[t]] * 4 for t in truth])
    seen: list[int] = []
    real = spoiler_type_train.choose_c
    monkeypatch.setattr(spoiler_type_train, "choose_c", lambda zz, tt, folds=5: seen.append(len(tt)) or real(zz, tt))
    predicted = spoiler_type_train.cross_validated(z, truth, folds=5)
    assert seen == [48] * 5  # C is chosen on the four training folds only, never on the scored one
    assert np.mean([p == t for p, t in zip(predicted, truth)]) > 0.8
    assert real(z, truth) in spoiler_type_train.CS


def test_load_top_reads_as_many_layers_as_the_file_holds(tmp_path) -> None:
    import torch

    from unbait.headline import post_encoder

    _, base = post_encoder._base()
    post_encoder.save_top(base.encoder.layer[3:], torch.nn.Linear(384, 3), tmp_path / post_encoder.ENCODER)
    layers, head = post_encoder.load_top(tmp_path / post_encoder.ENCODER)
    assert len(layers) == 3 and head.out_features == 3
    probs = post_encoder.proba(["5 things you missed", ""], tmp_path)  # runs the lower three frozen layers first
    assert probs.shape == (2, 3) and np.allclose(probs.sum(1), 1.0, atol=1e-5)
