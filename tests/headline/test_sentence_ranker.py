"""The learned sentence ranker: feature rows, the sentence cap, and a real ranking (MiniLM)."""
from __future__ import annotations

import numpy as np

from unbait.headline import sentence_ranker
from unbait.headline.sentences import join_paragraphs, sentences

BODY = join_paragraphs([
    "The studio confirmed the drama will end after its third season.",
    "It ends because the lead actor signed a film contract abroad.",
    "Tickets for the final fan meeting go on sale next week.",
])


def _unit(rows: int, seed: int = 0) -> np.ndarray:
    v = np.random.RandomState(seed).randn(rows, 384)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_features_one_row_per_sentence() -> None:
    cand = sentences(BODY)
    vecs = _unit(len(cand) + 1)
    x = sentence_ranker.features("Why the drama is ending", cand, vecs[0], vecs[1:])
    assert x.shape[0] == 3 and np.isfinite(x).all()
    assert x[1, 12] == 1.0 and x[0, 12] == 0.0  # "why" in the post, "because" in the sentence
    assert sentence_ranker.features("Why", [], vecs[0], vecs[:0]).shape[0] == 0


def test_sentences_past_the_cap_are_never_chosen() -> None:
    text = " ".join(f"Sentence number {i} is here." for i in range(sentence_ranker.MAX_SENTENCES + 5))
    scores = sentence_ranker.scores("Sentence number 83", sentences(text))
    assert len(scores) == sentence_ranker.MAX_SENTENCES + 5
    assert np.isinf(scores[sentence_ranker.MAX_SENTENCES:]).all() and np.isfinite(scores[:5]).all()


def test_the_committed_ranker_prefers_the_answer() -> None:
    scores = sentence_ranker.scores("The real reason the drama is ending", sentences(BODY))
    assert int(np.argmax(scores)) == 1


def test_title_and_type_features() -> None:
    cand = sentences(BODY)
    vecs = _unit(len(cand) + 2)
    plain = sentence_ranker.features("Why the drama is ending", cand, vecs[0], vecs[2:])
    titled = sentence_ranker.features("Why the drama is ending", cand, vecs[0], vecs[2:], vecs[1])
    phrase = sentence_ranker.features("Why the drama is ending", cand, vecs[0], vecs[2:], vecs[1], "phrase")
    assert plain.shape == titled.shape == (3, sentence_ranker.N_FEATURES)
    assert np.allclose(plain[:, :31], titled[:, :31]) and not np.allclose(plain[:, 31], titled[:, 31])
    assert not titled[:, 40:].any() and phrase[:, 40:].any()  # the type-specific weights see only their type


def test_new_names_are_the_ones_the_post_does_not_name() -> None:
    cand = sentences("The drama ends on Friday after 16 episodes. The drama ends soon, says the drama.")
    names = sentence_ranker._new_names("The drama ends", cand)
    assert names[0].tolist()[1:3] == [1.0, 1.0] and names[1].tolist()[1:3] == [0.0, 0.0]


def test_reader_scores_become_features_only_for_the_types_they_serve() -> None:
    cand = sentences(BODY)
    vecs = _unit(len(cand) + 2)
    reader, cross = np.array([0.0, 5.0, 1.0]), np.array([2.0, 1.0, 0.0])
    rows = {k: sentence_ranker.features("Why the drama is ending", cand, vecs[0], vecs[2:], vecs[1], k, reader, cross)
            for k in ("phrase", "passage", "multi")}
    assert all(x.shape == (3, sentence_ranker.N_FEATURES) for x in rows.values())
    tail = sentence_ranker.N_FEATURES - 15  # span reader (phrase), cross-encoder (not multi), cross-encoder (phrase)
    assert rows["phrase"][:, tail:].any(axis=0).sum() >= 12
    assert not rows["passage"][:, tail : tail + 5].any() and rows["passage"][:, tail + 5 : tail + 10].any()
    assert not rows["passage"][:, tail + 10 :].any() and not rows["multi"][:, tail:].any()


def test_score_block_ranks_and_compares_with_neighbours() -> None:
    block = sentence_ranker.score_block(np.array([1.0, 3.0, 2.0]), 3)
    assert block[:, 1].tolist() == [-2.0, 0.0, -1.0] and block[:, 2].tolist() == [1 / 3, 1.0, 0.5]
    assert block[1, 3] == block[0, 0] and block[1, 4] == block[2, 0]  # previous and next sentence's z-score
    assert sentence_ranker.score_block(None, 4).shape == (4, 5) and not sentence_ranker.score_block(None, 4).any()
