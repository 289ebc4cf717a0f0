"""Reports on the shared dev data: every metric present, floors pinned only where reached."""
from __future__ import annotations

import pytest

from unbait.headline import evaluate

pytestmark = pytest.mark.shared


def test_spoiler_report(shared) -> None:
    report = evaluate.spoilers(shared, types="gold")
    kinds = ("", "_phrase", "_passage", "_multi")
    overlap, learned = {f"bleu_overlap{t}" for t in kinds}, {f"bleu_learned_cv5{t}" for t in kinds}
    extra = {"bleu_learned_cv5_predicted_types", "bleu_span_reader_alone_phrase"}
    assert {m.name for m in report.metrics} == overlap | learned | extra
    assert report.metric("bleu_learned_cv5_predicted_types").value >= 0.208  # measured 0.2083 (0.1271 before the readers)
    measured = {"": 0.261, "_phrase": 0.392, "_passage": 0.156, "_multi": 0.187}  # what spoil runs: 5-fold CV,
    # gold types; measured 0.2617 / 0.3926 / 0.1569 / 0.1875 (0.179 / 0.209 / 0.144 / 0.187 before the readers)
    for t, floor in measured.items():
        assert report.metric(f"bleu_learned_cv5{t}").value >= floor
    assert report.metric("bleu_span_reader_alone_phrase").value >= 0.325
    assert report.metric("bleu_overlap").n == 403 and report.ok
    assert report.metric("bleu_overlap").value > 0.05  # above the 0.02 title baseline


def test_type_and_clickbait_reports(shared) -> None:
    types = evaluate.spoiler_types(shared)
    assert types.metric("balanced_accuracy_nested_cv10").value >= 0.69 and types.ok  # measured 0.6906; target 0.72
    assert types.metric("balanced_accuracy_cv10").value >= 0.70  # measured 0.7004 at the C chosen on dev
    assert types.metric("balanced_accuracy_encoder_only").value >= 0.66  # measured 0.6684 (train_light only)
    cb = evaluate.clickbait_report(shared)
    assert cb.metric("cv_accuracy").floor == 0.97 and cb.ok
    assert cb.metric("webis_dev_clickbait_rate").value > 0.8
