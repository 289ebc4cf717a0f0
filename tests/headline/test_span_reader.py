"""The span reader: answer targets per window, and spoilers built from its spans."""
from __future__ import annotations

import numpy as np
import pytest

from unbait.headline import span_reader
from unbait.headline.artifacts import Manifest, sha256_file
from unbait.headline.corpus import WEBIS_DEV
from unbait.headline.reader_train import WEBIS_SQUAD
from unbait.headline.reader_extract import NO_SPAN, answer, combine, sentence_scores
from unbait.headline.sentences import Sentence, join_paragraphs
from unbait.headline.span_reader import Span

BODY = join_paragraphs([
    "The studio announced its summer schedule on Monday.",
    "The lead actor moved to Lisbon for a new film.",
    "Filming of the second season starts in Vancouver next March.",
])


def test_targets_mark_the_answer_tokens_only_in_windows_that_hold_it() -> None:
    text = "Fans waited. " * 60 + "He moved to Lisbon last year. " + "Fans cried. " * 120
    ids, _, _, offsets, context = span_reader._windows("Where did he move?", text)
    assert len(ids) > 2
    a = text.index("Lisbon")
    marks = span_reader.targets(offsets, context, (a, a + len("Lisbon")))
    held = [w for w, m in enumerate(marks) if m != (0, 0)]
    assert held and len(held) < len(marks)
    s, e = marks[held[0]]
    assert offsets[held[0], s, 0] == a and offsets[held[0], e, 1] == a + len("Lisbon")


def test_reader_moves_the_sentence_choice_and_picks_the_phrase_inside_it() -> None:
    a, b = BODY.index("Lisbon"), BODY.index("Vancouver")
    ranker = np.array([0.0, 1.0, 1.1])  # the ranker prefers the third sentence a little
    found = [Span(a, a + 6, 8.0), Span(b, b + 9, 1.0)]  # the reader is sure of the second
    phrase = answer("Where did he move?", BODY, "phrase", ranker, found)
    assert (phrase.text, phrase.start, phrase.end) == ("Lisbon", a, a + 6)
    passage = answer("Where did he move?", BODY, "passage", ranker, found)
    assert passage.text == "The lead actor moved to Lisbon for a new film."
    assert BODY[passage.start : passage.end] == passage.text


def test_without_spans_or_for_multi_the_ranker_decides() -> None:
    ranker = np.array([0.0, 1.0, 1.2])
    assert answer("Where?", BODY, "passage", ranker, []).text.startswith("Filming")
    a = BODY.index("Lisbon")
    multi = answer("2 places", BODY, "multi", ranker, [Span(a, a + 6, 8.0)])
    assert multi.type == "multi" and multi.text.endswith("next March.")


def test_combine_keeps_unread_sentences_out() -> None:
    out = combine(np.array([1.0, 2.0, -np.inf]), np.array([5.0, 0.0, 9.0]))  # z-scores: [-1, 1] + 0.5 * [1, -1]
    assert np.allclose(out[:2], [-0.5, 0.5], atol=1e-4) and np.isneginf(out[2])
    found = [Span(3, 5, 2.0), Span(4, 6, 3.0)]
    cands = [Sentence(0, 10, "x" * 10, 0), Sentence(11, 20, "y" * 9, 1)]
    assert sentence_scores(found, cands).tolist() == [3.0, NO_SPAN]


@pytest.mark.shared
def test_reader_manifest_records_training_data_and_a_gain_over_the_ranker(shared) -> None:
    m = Manifest.read(span_reader.READER)
    assert m.data[WEBIS_SQUAD] == sha256_file(shared / WEBIS_SQUAD) and WEBIS_DEV in m.data
    assert m.command.startswith("unbait train spoiler-reader") and m.size_bytes <= 25 * 1024 * 1024
    assert m.metrics["dev_bleu_cv5_with_reader"] > m.metrics["dev_bleu_cv5_ranker_alone"] + 0.01  # 0.179 vs 0.158
    assert m.metrics["dev_bleu_cv5_with_reader_phrase"] >= 0.208 and m.metrics["dev_n"] == 403


def test_no_post_or_no_article_gives_no_spans() -> None:
    assert span_reader.spans("", BODY) == [] and span_reader.spans("What did he do?", "  \n\n ") == []
