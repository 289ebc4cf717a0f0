"""``unbait train spoiler``: fit the sentence ranker on the Webis dev posts, scored by 5-fold CV.

The dev file is the only Webis data with article bodies for every spoiler type, so the
ranker (:mod:`unbait.headline.sentence_ranker`) is fit there, and its quality is the
official BLEU of the whole extractor that ``unbait spoil`` runs
(:func:`unbait.headline.reader_extract.answer`, gold types) on each fold's held-out
posts, never on posts the model saw. A sentence's label: it has the best BLEU against
the gold spoiler among its article's sentences. The ranker's reader features come from
the span reader and the sentence reader, trained on Webis training posts only (run
``unbait train spoiler-reader`` and ``unbait train sentence-reader`` first).
"""
from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from unbait.headline import sentence_ranker
from unbait.headline import spoiler_type as spoiler_type_model
from unbait.headline.spoiler_type_train import cross_validated as cross_validated_types
from unbait.headline.artifacts import MODELS_DIR, Manifest, data_hashes
from unbait.headline.bleu import mean_bleu, spoiler_bleu
from unbait.headline.corpus import WEBIS_DEV, paragraphs, post_text, read_jsonl, spoiler_type
from unbait.headline.sentences import join_paragraphs, sentences
from unbait.headline.reader_extract import READER_TYPES, answer, sentence_scores
from unbait.headline.span_reader import Span, spans
from unbait.headline.spoiler import extract, overlap_scores

FOLDS, C = 5, 0.1


def _fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """A logistic model over standardised features, the scaling folded into (coef, intercept)."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(0), x.std(0)
    scale[scale < 1e-9] = 1.0
    lr = LogisticRegression(C=C, max_iter=3000).fit((x - mean) / scale, y)
    coef = lr.coef_[0] / scale
    return coef, float(lr.intercept_[0] - coef @ mean)


def best_sentences(gold: str | Sequence[str], candidates: Sequence) -> np.ndarray:
    """Per candidate sentence: it has the best (non-zero) BLEU against ``gold`` in its article."""
    gold = gold if isinstance(gold, str) else list(gold)
    bleu = np.array([spoiler_bleu(gold, s.text) for s in candidates])
    return (bleu == bleu.max()) & (bleu > 0) if len(bleu) else bleu.astype(bool)


def _fixed(scores: np.ndarray):  # noqa: ANN202 - a Scorer returning precomputed scores
    return lambda _post, c: np.concatenate([scores, np.full(max(0, len(c) - len(scores)), -np.inf)])[: len(c)]


def _per_type(prefix: str, rows: list[dict], predicted: list[str]) -> dict[str, float]:
    truths = [r["spoiler"] for r in rows]
    out = {prefix: mean_bleu(truths, predicted)}
    for t in ("phrase", "passage", "multi"):
        idx = [i for i, r in enumerate(rows) if spoiler_type(r) == t]
        out[f"{prefix}_{t}"] = mean_bleu([truths[i] for i in idx], [predicted[i] for i in idx])
    return out


def reader_inputs(posts: Sequence[str], texts: Sequence[str], cands: Sequence,
                  directory: Path = MODELS_DIR) -> tuple[list[list[Span]], list[np.ndarray], list[np.ndarray]]:
    """Per post: the span reader's spans, their best score per sentence, and the sentence reader's scores."""
    from unbait.headline import sentence_reader

    found = [spans(post, text, directory) if cand else [] for post, text, cand in zip(posts, texts, cands)]
    reader = [sentence_scores(f, cand) for f, cand in zip(found, cands)]
    cross = [sentence_reader.scores(post, [s.text for s in cand], directory) for post, cand in zip(posts, cands)]
    return found, reader, cross


def post_features(post: str, cand: Sequence, row: dict, kinds: Sequence[str], reader: np.ndarray,
                  cross: np.ndarray) -> list[np.ndarray]:
    """The ranker's feature rows for one dev post, as :func:`sentence_ranker.scores` builds them, per kind."""
    vecs = sentence_ranker.embed([post, str(row.get("targetTitle") or "").strip() or post] + [s.text for s in cand])
    return [sentence_ranker.features(post, cand, vecs[0], vecs[2:], vecs[1], kind,
                                     reader if kind in READER_TYPES else None, None if kind == "multi" else cross)
            for kind in kinds]


def cross_validated(x: Sequence[np.ndarray], y: Sequence[np.ndarray], *others: Sequence[np.ndarray]) -> list[list]:
    """Held-out ranker scores of ``x`` (and of each of ``others``, same posts) by :data:`FOLDS`-fold CV."""
    folds = np.random.RandomState(0).permutation(len(x)) % FOLDS
    out = [[np.zeros(0)] * len(x) for _ in range(1 + len(others))]
    for f in range(FOLDS):
        train = [i for i in range(len(x)) if folds[i] != f and len(x[i])]
        coef, intercept = _fit(np.vstack([x[i] for i in train]), np.concatenate([y[i] for i in train]))
        for i in np.flatnonzero(folds == f):
            for held, rows in zip(out, (x, *others)):
                held[i] = rows[i] @ coef + intercept if len(rows[i]) else np.zeros(0)
    return out


def train_spoiler(shared: Path, directory: Path = MODELS_DIR) -> Manifest:
    start = time.monotonic()
    rows = read_jsonl(shared / WEBIS_DEV)
    posts, texts = [post_text(r) for r in rows], [join_paragraphs(paragraphs(r)) for r in rows]
    split = [sentences(t) for t in texts]
    cands = [every[: sentence_ranker.MAX_SENTENCES] for every in split]
    text_model, stack = spoiler_type_model._models()  # predicted types: the committed stages, stacker by 10-fold CV
    kinds = cross_validated_types(spoiler_type_model.stacker_inputs(text_model, rows), [spoiler_type(r) for r in rows],
                                  stack.C)
    found, reader, cross = reader_inputs(posts, texts, cands, directory)
    both = [post_features(post, cand, r, (spoiler_type(r), kind), *inputs)
            for post, cand, r, kind, inputs in zip(posts, cands, rows, kinds, zip(reader, cross))]
    x, x_predicted = [gold for gold, _ in both], [predicted for _, predicted in both]
    y = [best_sentences(r["spoiler"], cand) for r, cand in zip(rows, cands)]
    held_out, held_out_predicted = cross_validated(x, y, x_predicted)
    cv, cv_predicted, baseline = [], [], []
    for i, r in enumerate(rows):
        everything = split[i]
        for out, kind, scores in ((cv, spoiler_type(r), held_out[i]), (cv_predicted, kinds[i], held_out_predicted[i])):
            spans_i = found[i] if kind in READER_TYPES else []
            got = answer(posts[i], texts[i], kind, _fixed(scores)(posts[i], everything), spans_i,
                         everything) if len(scores) else None
            out.append(got.text if got else "")
        plain = extract(posts[i], texts[i], spoiler_type(r), scorer=overlap_scores, candidates=everything)
        baseline.append(plain.text if plain else "")
    keep = [i for i in range(len(rows)) if len(x[i])]
    sentence_ranker.save(*_fit(np.vstack([x[i] for i in keep]), np.concatenate([y[i] for i in keep])), directory)
    metrics = (_per_type("dev_bleu_cv5", rows, cv) | _per_type("dev_bleu_cv5_predicted_types", rows, cv_predicted)
               | _per_type("dev_bleu_overlap_ranker", rows, baseline))
    metrics["dev_n"] = float(len(rows))
    manifest = Manifest(
        model=sentence_ranker.RANKER, command="unbait train spoiler  (unbait.headline.spoiler_train.train_spoiler)",
        data=data_hashes(shared, WEBIS_DEV), metrics=metrics,
        notes=f"logistic sentence ranker (standardised, C={C}) over MiniLM cosine with post and title, cue "
              f"features and the span / sentence readers' scores, type-aware (gold types), fit on dev; BLEU of the "
              f"whole extractor that unbait spoil runs (reader_extract.answer) "
              f"with gold types by {FOLDS}-fold CV on dev (dev_bleu_cv5*), the same with the types the "
              f"stacker predicts by 10-fold CV (dev_bleu_cv5_predicted_types*, per gold type), vs the word-overlap "
              f"ranker (dev_bleu_overlap_ranker*)",
        size_bytes=(directory / sentence_ranker.RANKER).stat().st_size, train_seconds=round(time.monotonic() - start, 1))
    manifest.write(directory)
    return manifest
