"""The (post, sentence) cross-encoder: training lists, scores, and the committed model's choice."""
from __future__ import annotations

import random

import numpy as np
import pytest

from unbait.headline import sentence_reader
from unbait.headline.artifacts import Manifest, sha256_file
from unbait.headline.corpus import WEBIS_DEV
from unbait.headline.reader_train import WEBIS_SQUAD


def test_a_training_list_puts_the_answer_first_then_its_neighbours() -> None:
    picked = sentence_reader.group(5, 20, random.Random(0))
    assert picked[:4] == [5, 4, 6, 3] and len(picked) == sentence_reader.GROUP == len(set(picked))
    assert sentence_reader.group(0, 20, random.Random(0))[:3] == [0, 1, 2]  # no neighbours before the first


def test_no_list_from_short_articles_or_a_missing_answer() -> None:
    assert sentence_reader.group(2, sentence_reader.GROUP - 1, random.Random(0)) is None
    assert sentence_reader.group(-1, 30, random.Random(0)) is None


def test_one_score_per_sentence_and_none_for_no_sentences() -> None:
    texts = ["The studio met on Monday."] * 40  # more than one batch
    out = sentence_reader.scores("What did the studio do?", texts)
    assert out.shape == (40,) and np.allclose(out, out[0], atol=1e-4)
    assert sentence_reader.scores("Why?", []).shape == (0,)


def test_the_committed_reader_prefers_the_sentence_that_answers() -> None:
    texts = ["The singer spoke to reporters after the concert in Seoul.",
             "She said the real reason for the hiatus was a throat injury.",
             "Tickets for the next tour go on sale in March."]
    out = sentence_reader.scores("The real reason she is taking a break will surprise you", texts)
    assert int(np.argmax(out)) == 1


@pytest.mark.shared
def test_manifest_records_training_data_and_dev_hits(shared) -> None:
    m = Manifest.read(sentence_reader.SENTENCE_READER)
    assert m.data[WEBIS_SQUAD] == sha256_file(shared / WEBIS_SQUAD) and WEBIS_DEV in m.data
    assert m.command.startswith("unbait train sentence-reader") and m.size_bytes <= 25 * 1024 * 1024
    assert m.metrics["dev_hit_at_1_phrase"] >= 0.27 and m.metrics["dev_hit_at_1_passage"] >= 0.15
