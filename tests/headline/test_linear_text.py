"""The numpy runner of TF-IDF + logistic models agrees with scikit-learn, and round-trips."""
from __future__ import annotations

import numpy as np
import pytest

from unbait.headline.linear_text import LinearTextModel, char_wb_ngrams, sklearn_vectorizer, word_ngrams

sklearn = pytest.importorskip("sklearn")

TEXTS = [
    "You Won't Believe What Happened Next", "Ratings climb to 12.3% in the final week",
    "21 Things Only   Nineties Kids Know", "Studio confirms a sequel for 2026",
    "This Is Why Fans Are Upset", "Network renews the drama for a second season",
]
LABELS = [1, 0, 1, 0, 1, 0]


def test_analyzers_match_scikit_learn() -> None:
    for text in TEXTS + ["a", "  spaced\tout  words "]:
        assert sorted(word_ngrams(text, 1, 2)) == sorted(sklearn_vectorizer("word", (1, 2), 1).build_analyzer()(text))
        assert sorted(char_wb_ngrams(text, 2, 5)) == sorted(
            sklearn_vectorizer("char_wb", (2, 5), 1).build_analyzer()(text))


def _fitted(labels: list, **kw: object) -> tuple[object, object]:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_union

    union = make_union(sklearn_vectorizer("word", (1, 2), 1), sklearn_vectorizer("char_wb", (2, 4), 1))
    lr = LogisticRegression(C=10.0, max_iter=1000, **kw).fit(union.fit_transform(TEXTS), labels)
    return union, lr


def test_binary_decision_matches_and_round_trips(tmp_path) -> None:
    union, lr = _fitted(LABELS)
    model = LinearTextModel.from_sklearn(union, lr)
    probe = TEXTS + ["Why the finale ratings fell", "unseen words only zzz"]
    expected = lr.predict_proba(union.transform(probe))[:, 1]
    got = np.array([model.proba(t)[1] for t in probe])
    assert np.allclose(got, expected, atol=1e-9)
    model.save(tmp_path / "m.npz")
    again = LinearTextModel.load(tmp_path / "m.npz")
    assert np.allclose([again.proba(t)[1] for t in probe], expected, atol=1e-5)  # stored as float32


def test_multiclass_softmax_matches() -> None:
    labels = ["a", "b", "c", "b", "a", "c"]
    union, lr = _fitted(labels)
    model = LinearTextModel.from_sklearn(union, lr)
    expected = lr.predict_proba(union.transform(TEXTS))
    assert np.allclose([model.proba(t) for t in TEXTS], expected, atol=1e-9)
