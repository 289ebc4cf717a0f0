"""Reports on the shared dev data: every metric present, floors pinned only where reached."""
from __future__ import annotations

import pytest

from unbait.headline import evaluate

pytestmark = pytest.mark.shared


def test_spoiler_report(shared) -> None:
    report = evaluate.spoilers(shared, types="gold")
    names = {f"bleu{t}" for t in ("", "_phrase", "_passage", "_multi")}
    learned = {n.replace("bleu", "bleu_learned_cv5") for n in names} | {"bleu_learned_cv5_predicted_types"}
    reader = {n.replace("bleu", "bleu_reader_cv5") for n in names}
    assert {m.name for m in report.metrics} == names | learned | reader
    assert report.metric("bleu_learned_cv5_predicted_types").value >= 0.126  # measured 0.1271 (0.1265 before)
    measured = {"": 0.158, "_phrase": 0.167, "_passage": 0.136, "_multi": 0.186}  # 5-fold CV, gold types
    for t, floor in measured.items():
        assert report.metric(f"bleu_learned_cv5{t}").value >= floor
    with_reader = {"": 0.178, "_phrase": 0.208, "_passage": 0.144, "_multi": 0.186}  # what spoil runs
    for t, floor in with_reader.items():  # measured 0.1790 / 0.2086 / 0.1445 / 0.1867
        assert report.metric(f"bleu_reader_cv5{t}").value >= floor
    assert report.metric("bleu").n == 403 and report.ok
    assert report.metric("bleu").value > 0.05  # above the 0.02 title baseline; the 0.35 target is not reached


def test_type_and_clickbait_reports(shared) -> None:
    types = evaluate.spoiler_types(shared)
    assert types.metric("balanced_accuracy_nested_cv10").value >= 0.69 and types.ok  # measured 0.6906; target 0.72
    assert types.metric("balanced_accuracy_cv10").value >= 0.70  # measured 0.7004 at the C chosen on dev
    assert types.metric("balanced_accuracy_encoder_only").value >= 0.66  # measured 0.6684 (train_light only)
    cb = evaluate.clickbait_report(shared)
    assert cb.metric("cv_accuracy").floor == 0.97 and cb.ok
    assert cb.metric("webis_dev_clickbait_rate").value > 0.8
