"""``unbait train spoiler``: labels, precomputed scorers, and a manifest that matches the shared data."""
from __future__ import annotations

import numpy as np
import pytest

from unbait.headline import sentence_ranker, spoiler_train
from unbait.headline.artifacts import Manifest, sha256_file
from unbait.headline.corpus import WEBIS_DEV
from unbait.headline.sentences import sentences


def test_labels_mark_the_sentence_holding_the_spoiler() -> None:
    cand = sentences("The show ended. The actor moved to Lisbon for a film. Fans were sad.")
    assert spoiler_train.best_sentences(["Lisbon"], cand).tolist() == [False, True, False]
    assert not spoiler_train.best_sentences(["Tokyo"], cand).any()
    assert spoiler_train.best_sentences("Lisbon", cand).tolist() == [False, True, False]  # a str is one spoiler


def test_post_features_embed_once_and_gate_the_readers_by_kind() -> None:
    cand = sentences("The show ended. The actor moved to Lisbon for a film. Fans were sad.")
    reader, cross = np.array([0.0, 4.0, 1.0]), np.array([1.0, 3.0, 0.0])
    phrase, multi = spoiler_train.post_features("Where did he go?", cand, {}, ("phrase", "multi"), reader, cross)
    assert phrase.shape == multi.shape == (3, sentence_ranker.N_FEATURES)
    tail = sentence_ranker.N_FEATURES - 15
    assert phrase[:, tail:].any() and not multi[:, tail:].any()
    assert np.allclose(phrase[:, :tail - 30], multi[:, :tail - 30])  # the shared features do not depend on the kind


def test_fixed_scorer_pads_unread_sentences_with_minus_infinity() -> None:
    out = spoiler_train._fixed(np.array([0.5, 2.0]))("post", [None] * 4)
    assert out[:2].tolist() == [0.5, 2.0] and np.isneginf(out[2:]).all()


@pytest.mark.shared
def test_manifest_records_the_data_and_cross_validated_bleu(shared) -> None:
    m = Manifest.read(sentence_ranker.RANKER)
    assert m.data[WEBIS_DEV] == sha256_file(shared / WEBIS_DEV)
    assert m.command.startswith("unbait train spoiler")
    assert m.metrics["dev_bleu_cv5"] >= 0.259 and m.metrics["dev_n"] == 403  # measured 0.2593 (0.2617, 0.1585, 0.110)
    assert m.metrics["dev_bleu_cv5"] > m.metrics["dev_bleu_overlap_ranker"]
