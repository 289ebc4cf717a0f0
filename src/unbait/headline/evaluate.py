"""``unbait eval spoilers | clickbait``: scores on the shared dev data as :class:`Report`.

Floors are the issue's targets where this version reaches them, else ``None`` (a
metric that is reported but not yet pinned).

* spoilers: official spoiler BLEU (:mod:`unbait.headline.bleu`) on
  ``webis22/dev_validation_half.jsonl``, overall and per gold type. With
  ``types="gold"`` the extractor is told the true type (an upper bound for the type
  stage); with ``types="text"`` it uses the post-text type model, which never saw dev
  (the stacked model was fit on dev, so it cannot be scored there except by CV, see
  ``spoiler_type.train_spoiler_type``). Posts without paragraphs get an empty spoiler.
  These live numbers (``bleu_overlap*``) use the word-overlap sentence ranker, which never saw dev. The
  learned ranker that ``spoil`` uses (with the span reader's and the sentence reader's
  scores as features; both readers were trained on Webis training posts only) was fit on
  dev, so its numbers (``bleu_learned_cv5*``, gold types) are the 5-fold cross-validated
  ones recorded by ``unbait train spoiler``, and so is the end-to-end
  ``bleu_learned_cv5_predicted_types`` (types by the stacker, 10-fold CV).
* clickbait: the manifest's cross-validated accuracy on Chakraborty et al. (recomputing
  it takes minutes; pass ``recompute=True``), plus the share of Webis dev posts scored
  as clickbait (nearly all of them are).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from unbait.evaluation import Metric, Report
from unbait.headline import clickbait, sentence_ranker, span_reader, spoiler_type
from unbait.headline.artifacts import Manifest
from unbait.headline.bleu import mean_bleu
from unbait.headline.corpus import CHAKRABORTY, WEBIS_DEV, paragraphs, post_text, read_jsonl
from unbait.headline.corpus import spoiler_type as spoiler_type_of
from unbait.headline.spoiler import extract, join_paragraphs
from unbait.headline.spoiler_type import TYPES

BLEU_FLOOR, TYPE_FLOOR, CLICKBAIT_FLOOR = 0.35, 0.72, 0.97


def _floor(value: float, target: float) -> float | None:
    return target if value >= target else None


def predict_spoilers(shared: Path, types: str = "gold") -> tuple[list[dict], list[str]]:
    """Dev rows and one predicted spoiler text per row."""
    rows = read_jsonl(shared / WEBIS_DEV)
    text_model = spoiler_type._models()[0] if types == "text" else None
    out = []
    for r in rows:
        post = post_text(r)
        if text_model is not None:
            kind = text_model.classes[int(np.argmax(text_model.proba(spoiler_type.with_cues(post))))]
        else:
            kind = spoiler_type_of(r)
        found = extract(post, join_paragraphs(paragraphs(r)), kind)
        out.append(found.text if found else "")
    return rows, out


def spoilers(shared: Path, types: str = "gold") -> Report:
    rows, predicted = predict_spoilers(shared, types)
    truths = [r["spoiler"] for r in rows]
    metrics = [Metric("bleu_overlap", (b := mean_bleu(truths, predicted)), _floor(b, BLEU_FLOOR), len(rows),
                      f"official spoiler BLEU of the word-overlap ranker (live), types from {types}")]
    for t in TYPES:
        idx = [i for i, r in enumerate(rows) if spoiler_type_of(r) == t]
        value = mean_bleu([truths[i] for i in idx], [predicted[i] for i in idx])
        metrics.append(Metric(f"bleu_overlap_{t}", value, None,
                              len(idx), f"posts whose gold type is {t}"))
    cv = Manifest.read(sentence_ranker.RANKER).metrics
    for t in ("", "_phrase", "_passage", "_multi"):
        value = cv[f"dev_bleu_cv5{t}"]
        metrics.append(Metric(f"bleu_learned_cv5{t}", value, _floor(value, BLEU_FLOOR) if not t else None,
                              len(rows) if not t else sum(spoiler_type_of(r) == t[1:] for r in rows),
                              "what spoil runs: learned ranker with the span and sentence readers' features, "
                              "gold types, 5-fold CV on dev (unbait train spoiler)"))
    reader = Manifest.read(span_reader.READER).metrics
    metrics.append(Metric("bleu_span_reader_alone_phrase", reader["dev_bleu_phrase_reader_alone"], None,
                          int(reader["dev_n_phrase"]), "the span reader's best span alone, dev phrase posts (it "
                          "never saw dev; unbait train spoiler-reader)"))
    predicted = cv["dev_bleu_cv5_predicted_types"]
    metrics.append(Metric("bleu_learned_cv5_predicted_types", predicted, None, len(rows),
                          "end to end: types from the stacker by 10-fold CV, ranker by 5-fold CV (unbait train spoiler)"))
    return Report("spoilers", WEBIS_DEV, tuple(metrics))


def spoiler_types(shared: Path) -> Report:
    m = Manifest.read(spoiler_type.TEXT_MODEL).metrics
    n = int(m.get("dev_n", 0))
    nested, stacked = m["dev_balanced_accuracy_stacked_nested_cv10"], m["dev_balanced_accuracy_stacked_cv10"]
    return Report("spoiler-type", WEBIS_DEV, (
        Metric("balanced_accuracy_nested_cv10", nested, _floor(nested, TYPE_FLOOR), n,
               "stacked model, nested 10-fold CV on dev (stacker C chosen inside each training fold)"),
        Metric("balanced_accuracy_cv10", stacked, None, n, "stacked model, 10-fold CV on dev at the C chosen on dev"),
        Metric("balanced_accuracy_encoder_only", m["dev_balanced_accuracy_encoder_only"], None, n,
               "MiniLM post reader trained on train_light only"),
        Metric("balanced_accuracy_text_only", m["dev_balanced_accuracy_text_only"], None, n,
               "post-text model trained on train_light only"),
    ))


def clickbait_report(shared: Path, recompute: bool = False) -> Report:
    cv = clickbait.cross_validate(shared) if recompute else Manifest.read(clickbait.MODEL_FILE).metrics
    dev = [post_text(r) for r in read_jsonl(shared / WEBIS_DEV)]
    rate = float(np.mean([clickbait.score(p) >= 0.5 for p in dev]))
    acc = cv["cv_accuracy"]
    return Report("clickbait", CHAKRABORTY, (
        Metric("cv_accuracy", acc, _floor(acc, CLICKBAIT_FLOOR), int(cv["cv_n"]), "5-fold CV, Chakraborty et al."),
        Metric("cv_ece", cv["cv_ece"], None, int(cv["cv_n"]), "expected calibration error, 10 bins (lower is better)"),
        Metric("webis_dev_clickbait_rate", rate, None, len(dev), "Webis dev posts scored >= 0.5"),
    ))
