"""How clickbait a headline is: a calibrated probability from a TF-IDF + logistic model.

Training data (read from ``shared/``, never copied):

* Chakraborty et al. 2016 headlines, clickbait 1 / 0 (``clickbait_headlines/train.jsonl``);
* Webis-Clickbait-22 training posts as extra positives at weight 0.5
  (``webis22/train_light_3200.jsonl``: every post there was judged worth spoiling);
* ECB+ story titles as extra negatives at weight 2 (``ecbplus/stories.jsonl``: plain
  news leads, many about entertainment), because Chakraborty's negatives are
  Wikinews-style hard news and a model trained on them alone learns "celebrity topic
  = clickbait".

Word 1-2-grams and char_wb 2-5-grams, sublinear TF-IDF, L2 logistic regression C=4.
Accuracy is cross-validated on Chakraborty only (5 folds; the extra data joins every
training fold, never a test fold). The Webis dev posts are a check, never trained on.
"""
from __future__ import annotations

import time
from functools import lru_cache
from pathlib import Path
import numpy as np

from unbait.errors import ModelError
from unbait.headline.artifacts import MODELS_DIR, Manifest, data_hashes
from unbait.headline.corpus import CHAKRABORTY, ECB, WEBIS_DEV, WEBIS_TRAIN, post_text, read_jsonl
from unbait.headline.linear_text import LinearTextModel, sklearn_vectorizer

MODEL_FILE = "clickbait.npz"
WEBIS_WEIGHT, ECB_WEIGHT, C = 0.5, 2.0, 4.0


@lru_cache(maxsize=None)
def load_model(path: Path = MODELS_DIR / MODEL_FILE) -> LinearTextModel:
    try:
        return LinearTextModel.load(path)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"cannot load the clickbait model {path} ({exc}); run `unbait train clickbait`") from exc


def score(headline: str) -> float:
    """Probability that ``headline`` is clickbait, 0..1."""
    return float(load_model().proba(headline)[1])


def training_data(shared: Path) -> tuple[list[str], np.ndarray, list[str], np.ndarray, np.ndarray]:
    """Chakraborty texts and labels, then the extra texts, labels and weights."""
    rows = read_jsonl(shared / CHAKRABORTY)
    texts, labels = [r["headline"] for r in rows], np.array([int(r["clickbait"]) for r in rows])
    web = [post_text(r) for r in read_jsonl(shared / WEBIS_TRAIN)]
    ecb = sorted({r["title"] for r in read_jsonl(shared / ECB) if r.get("title")})
    extra_y = np.array([1] * len(web) + [0] * len(ecb))
    extra_w = np.array([WEBIS_WEIGHT] * len(web) + [ECB_WEIGHT] * len(ecb))
    return texts, labels, web + ecb, extra_y, extra_w


def _fit(texts: list[str], labels: np.ndarray, weights: np.ndarray) -> LinearTextModel:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_union

    union = make_union(sklearn_vectorizer("word", (1, 2), 2), sklearn_vectorizer("char_wb", (2, 5), 3))
    x = union.fit_transform(texts)
    lr = LogisticRegression(C=C, max_iter=3000).fit(x, labels, sample_weight=weights)
    return LinearTextModel.from_sklearn(union, lr)


def cross_validate(shared: Path, folds: int = 5) -> dict[str, float]:
    """Accuracy, Brier score and expected calibration error over Chakraborty folds."""
    from sklearn.model_selection import StratifiedKFold

    texts, labels, extra, extra_y, extra_w = training_data(shared)
    probs = np.zeros(len(texts))
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=0).split(texts, labels):
        model = _fit([texts[i] for i in train] + extra, np.concatenate([labels[train], extra_y]),
                     np.concatenate([np.ones(len(train)), extra_w]))
        probs[test] = [model.proba(texts[i])[1] for i in test]
    bins = np.minimum((probs * 10).astype(int), 9)
    ece = sum(abs(probs[bins == b].mean() - labels[bins == b].mean()) * (bins == b).mean()
              for b in range(10) if (bins == b).any())
    return {"cv_accuracy": float(((probs >= 0.5) == labels).mean()),
            "cv_brier": float(((probs - labels) ** 2).mean()), "cv_ece": float(ece), "cv_n": float(len(texts))}


def train_clickbait(shared: Path, directory: Path = MODELS_DIR, folds: int = 5) -> Manifest:
    """Cross-validate, fit on everything, write ``clickbait.npz`` and its manifest."""
    start = time.monotonic()
    metrics = cross_validate(shared, folds) if folds > 1 else {}
    texts, labels, extra, extra_y, extra_w = training_data(shared)
    model = _fit(texts + extra, np.concatenate([labels, extra_y]), np.concatenate([np.ones(len(texts)), extra_w]))
    path = directory / MODEL_FILE
    model.save(path)
    dev = [post_text(r) for r in read_jsonl(shared / WEBIS_DEV)]
    metrics["webis_dev_posts_clickbait_rate"] = float(np.mean([model.proba(t)[1] >= 0.5 for t in dev]))
    manifest = Manifest(
        model=MODEL_FILE, command="unbait train clickbait  (unbait.headline.clickbait.train_clickbait)",
        data=data_hashes(shared, CHAKRABORTY, WEBIS_TRAIN, ECB), metrics=metrics,
        notes=f"word 1-2 + char_wb 2-5 TF-IDF, logistic C={C}; Webis posts weight {WEBIS_WEIGHT} (+), "
              f"ECB+ titles weight {ECB_WEIGHT} (-); CV on Chakraborty only",
        size_bytes=path.stat().st_size, train_seconds=round(time.monotonic() - start, 1))
    manifest.write(directory)
    load_model.cache_clear()
    return manifest
