"""A TF-IDF + linear classifier held as plain arrays: scikit-learn trains it, numpy runs it.

The analyzers re-implement scikit-learn's ``TfidfVectorizer`` for the settings we train
with (lower-cased; ``word`` n-grams over ``\\b\\w+\\b`` tokens or ``char_wb`` n-grams;
``sublinear_tf``; l2 norm per vectorizer; vectorizers concatenated as in a
``FeatureUnion``), so inference needs neither scikit-learn nor pickle. The model file is
an ``.npz`` of strings and floats, read with ``allow_pickle=False``.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

TOKEN_PATTERN = r"(?u)\b\w+\b"
_TOKEN = re.compile(TOKEN_PATTERN)
_SPACES = re.compile(r"\s\s+")


def word_ngrams(text: str, lo: int, hi: int) -> list[str]:
    tokens = _TOKEN.findall(text.lower())
    return [" ".join(tokens[i : i + n]) for n in range(lo, hi + 1) for i in range(len(tokens) - n + 1)]


def char_wb_ngrams(text: str, lo: int, hi: int) -> list[str]:
    grams: list[str] = []
    for word in _SPACES.sub(" ", text.lower()).split():
        w = f" {word} "
        for n in range(lo, hi + 1):
            offset = 0
            grams.append(w[offset : offset + n])
            while offset + n < len(w):
                offset += 1
                grams.append(w[offset : offset + n])
            if offset == 0:  # a word shorter than n is counted once
                break
    return grams


@dataclass(frozen=True, slots=True)
class Vectorizer:
    analyzer: str  # "word" | "char_wb"
    ngram: tuple[int, int]
    index: dict[str, int]
    idf: np.ndarray

    def weights(self, text: str) -> dict[int, float]:
        """Column -> l2-normalised sublinear tf-idf weight for one text."""
        grams = (word_ngrams if self.analyzer == "word" else char_wb_ngrams)(text, *self.ngram)
        counts = Counter(self.index[g] for g in grams if g in self.index)
        raw = {j: (1.0 + math.log(c)) * float(self.idf[j]) for j, c in counts.items()}
        norm = math.sqrt(math.fsum(v * v for v in raw.values())) or 1.0
        return {j: v / norm for j, v in raw.items()}


@dataclass(frozen=True, slots=True)
class LinearTextModel:
    vectorizers: tuple[Vectorizer, ...]
    coef: np.ndarray  # (classes or 1, total features)
    intercept: np.ndarray
    classes: tuple[str, ...]

    def decision(self, text: str) -> np.ndarray:
        out = self.intercept.astype(float).copy()
        offset = 0
        for v in self.vectorizers:
            for j, w in v.weights(text).items():
                out += self.coef[:, offset + j] * w
            offset += len(v.index)
        return out

    def proba(self, text: str) -> np.ndarray:
        """Class probabilities in the order of ``classes`` (logistic for two, softmax for more)."""
        d = self.decision(text)
        if len(self.classes) == 2:
            p = 1.0 / (1.0 + math.exp(-float(d[0])))
            return np.array([1.0 - p, p])
        e = np.exp(d - d.max())
        return e / e.sum()

    def save(self, path: Path) -> None:
        arrays: dict[str, Any] = {"coef": self.coef.astype(np.float32), "intercept": self.intercept,
                                  "classes": np.array(self.classes)}
        for i, v in enumerate(self.vectorizers):
            terms = sorted(v.index, key=v.index.__getitem__)
            arrays[f"v{i}_terms"] = np.array(terms, dtype=str)
            arrays[f"v{i}_idf"] = v.idf.astype(np.float32)
            arrays[f"v{i}_spec"] = np.array([v.analyzer, str(v.ngram[0]), str(v.ngram[1])])
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path) -> "LinearTextModel":
        with np.load(path, allow_pickle=False) as z:
            vectorizers = []
            i = 0
            while f"v{i}_terms" in z.files:
                analyzer, lo, hi = (str(s) for s in z[f"v{i}_spec"])
                terms = [str(t) for t in z[f"v{i}_terms"]]
                vectorizers.append(Vectorizer(analyzer, (int(lo), int(hi)), {t: j for j, t in enumerate(terms)},
                                              z[f"v{i}_idf"].astype(float)))
                i += 1
            return cls(tuple(vectorizers), z["coef"].astype(float), z["intercept"].astype(float),
                       tuple(str(c) for c in z["classes"]))

    @classmethod
    def from_sklearn(cls, union: Any, classifier: Any) -> "LinearTextModel":
        """From a fitted ``FeatureUnion`` of ``TfidfVectorizer`` and a fitted linear classifier."""
        vectorizers = tuple(
            Vectorizer(t.analyzer, tuple(t.ngram_range), {str(k): int(j) for k, j in t.vocabulary_.items()},
                       np.asarray(t.idf_, dtype=float))
            for _, t in union.transformer_list
        )
        return cls(vectorizers, np.asarray(classifier.coef_, dtype=float),
                   np.asarray(classifier.intercept_, dtype=float), tuple(str(c) for c in classifier.classes_))


def sklearn_vectorizer(analyzer: str, ngram: tuple[int, int], min_df: int) -> Any:
    """The scikit-learn twin of :class:`Vectorizer` (training only)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    pattern = TOKEN_PATTERN if analyzer == "word" else None
    return TfidfVectorizer(analyzer=analyzer, ngram_range=ngram, min_df=min_df, sublinear_tf=True,
                           lowercase=True, token_pattern=pattern, dtype=np.float64)
