"""The span reader: answer targets per window, and spoilers built from its spans."""
from __future__ import annotations

import numpy as np
import pytest

from unbait.headline import span_reader
from unbait.headline.artifacts import Manifest, sha256_file
from unbait.headline.corpus import WEBIS_DEV
from unbait.headline.reader_train import WEBIS_SQUAD
from unbait.headline.reader_extract import NO_SPAN, answer, sentence_scores
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


def test_a_phrase_weighs_the_readers_span_score_with_the_rankers_sentence_score() -> None:
    a, b = BODY.index("Lisbon"), BODY.index("Vancouver")
    found = [Span(b, b + 9, 8.0), Span(a, a + 6, 1.0)]  # the reader prefers the third sentence's span
    clear = answer("Where did he move?", BODY, "phrase", np.array([0.0, 3.0, 0.0]), found)  # z: -0.7, 1.4, -0.7
    assert (clear.text, clear.start, clear.end) == ("Lisbon", a, a + 6)  # 1 + 4 x 1.4 beats 8 - 4 x 0.7
    close = answer("Where did he move?", BODY, "phrase", np.array([0.0, 1.1, 1.0]), found)
    assert close.text == "Vancouver"  # the ranker barely prefers the second sentence: the reader decides


def test_passages_and_multi_follow_the_ranker_alone() -> None:
    ranker = np.array([0.0, 1.0, 1.2])
    a = BODY.index("Lisbon")
    assert answer("Where?", BODY, "passage", ranker, [Span(a, a + 6, 8.0)]).text.startswith("Filming")
    multi = answer("2 places", BODY, "multi", ranker, [Span(a, a + 6, 8.0)])
    assert multi.type == "multi" and multi.text.endswith("next March.")


def test_a_phrase_without_reader_spans_falls_back_to_the_entity_rule() -> None:
    b = BODY.index("Vancouver")
    phrase = answer("Where does filming start?", BODY, "phrase", np.array([0.0, 0.2, 1.0]), [])
    assert phrase.type == "phrase" and b <= phrase.start < phrase.end <= len(BODY)
    past = [Span(len(BODY) - 3, len(BODY) - 1, 9.0)]  # a span outside every read sentence is not an answer
    assert answer("Where?", BODY, "phrase", np.array([0.0, 0.2, -np.inf]), past).start < BODY.index("Filming")


def test_sentence_scores_take_the_best_span_starting_in_each_sentence() -> None:
    found = [Span(3, 5, 2.0), Span(4, 6, 3.0)]
    cands = [Sentence(0, 10, "x" * 10, 0), Sentence(11, 20, "y" * 9, 1)]
    assert sentence_scores(found, cands).tolist() == [3.0, NO_SPAN]


@pytest.mark.shared
def test_reader_manifest_records_training_data_and_its_dev_score(shared) -> None:
    m = Manifest.read(span_reader.READER)
    assert m.data[WEBIS_SQUAD] == sha256_file(shared / WEBIS_SQUAD) and WEBIS_DEV in m.data
    assert m.command.startswith("unbait train spoiler-reader") and m.size_bytes <= 25 * 1024 * 1024
    assert m.metrics["dev_bleu_phrase_reader_alone"] >= 0.325 and m.metrics["dev_n_phrase"] == 170  # measured 0.3254
    assert m.metrics["dev_hit_at_1_phrase"] >= 0.31


def test_no_post_or_no_article_gives_no_spans() -> None:
    assert span_reader.spans("", BODY) == [] and span_reader.spans("What did he do?", "  \n\n ") == []
