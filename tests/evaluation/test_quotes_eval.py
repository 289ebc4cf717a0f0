"""`unbait eval quotes`: the metric pieces, and the floors on PolNeAR dev."""
from __future__ import annotations

import pytest

from unbait.errors import DataMissing
from unbait.evaluation.quotes import evaluate_quotes, predicted_name, speaker_right, token_f1
from unbait.quotes.gold import gold_quotes


def test_token_f1():
    assert token_f1("We won the game.", "we won the game") == 1.0
    assert token_f1("We won", "They lost badly") == 0.0
    assert 0.6 <= token_f1("We won the game today", "We won the game") < 1.0


def test_speaker_right_subset_rule():
    gold = (frozenset({"trump"}), frozenset({"trump"}))
    assert speaker_right("Donald Trump", gold)
    assert not speaker_right("Chelsea Clinton", (frozenset({"hillary", "clinton"}),) * 2)
    assert not speaker_right(None, gold)
    assert predicted_name("Mr. Holtz-Eakin") == frozenset({"holtz", "eakin"})


def test_gold_derivation_keeps_quoted_stretches_inside_contents():
    text = 'Title\n\nShe said the plan was “a disaster” today. He called it "fine." A “scare” word.'
    s = text.index("the plan")
    record = {"text": text, "quotes": [{
        "sources": [{"start": text.index("She"), "end": text.index("She") + 3}],
        "contents": [{"start": s, "end": text.index(" today")}],
    }]}
    [g] = gold_quotes(record)
    assert g.text == "a disaster" and g.speaker == "She"


def test_missing_data_raises(tmp_path):
    with pytest.raises(DataMissing):
        evaluate_quotes(path=tmp_path / "absent.jsonl.gz")


@pytest.mark.shared
@pytest.mark.slow
def test_polnear_dev_floors():
    try:
        report = evaluate_quotes()
    except DataMissing:
        pytest.skip("../shared/data absent")
    assert report.name == "quotes"
    assert report.metric("f1").value >= 0.90
    assert report.metric("speaker_accuracy").value >= 0.85
    assert report.ok
