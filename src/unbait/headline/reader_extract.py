"""The spoiler from the sentence ranker and the span reader together.

On its own the span reader (:mod:`unbait.headline.span_reader`, trained on phrase posts
only) picks worse sentences than the sentence ranker (:mod:`unbait.headline.sentence_ranker`),
but the two disagree usefully. For phrase and passage posts a sentence scores the ranker's
score plus :data:`ALPHA` times the reader's best span starting in it, both standardised over
the article's sentences. A phrase is then the reader's best span inside the best sentence
(the entity / noun-chunk rule of :func:`unbait.headline.spoiler.extract` when it has none
there); a passage is the best sentence. Multi posts keep the ranker alone (the reader did
not help them). ``ALPHA`` was chosen on dev among 0.25, 0.5 and 1 (see docs/spoilers.md).
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from unbait.document import Spoiler
from unbait.headline.artifacts import MODELS_DIR
from unbait.headline.sentences import Sentence, sentences
from unbait.headline.span_reader import Span, spans
from unbait.headline.spoiler import extract

ALPHA, READER_TYPES, NO_SPAN = 0.5, ("phrase", "passage"), -20.0


def sentence_scores(found: Sequence[Span], candidates: Sequence[Sentence]) -> np.ndarray:
    """Per sentence: the best score of a span starting in it (:data:`NO_SPAN` when none does)."""
    out = np.full(len(candidates), NO_SPAN)
    for span in found:
        for j, s in enumerate(candidates):
            if s.start <= span.start < s.end:
                out[j] = max(out[j], span.score)
    return out


def _standardised(values: np.ndarray, keep: np.ndarray) -> np.ndarray:
    out = np.where(keep, values, -np.inf)
    if keep.sum() >= 2:
        out[keep] = (values[keep] - values[keep].mean()) / (values[keep].std() + 1e-6)
    return out


def combine(ranker: np.ndarray, reader: np.ndarray) -> np.ndarray:
    """Standardised ranker scores plus :data:`ALPHA` times standardised reader scores (-inf stays -inf)."""
    keep = np.isfinite(ranker)
    return _standardised(ranker, keep) + ALPHA * np.where(keep, _standardised(reader, keep), 0.0)


def answer(post: str, text: str, kind: str, ranker: np.ndarray, found: Sequence[Span]) -> Spoiler | None:
    """The spoiler of ``kind`` given the ranker's scores of ``sentences(text)`` and the reader's spans."""
    candidates = sentences(text)
    scores = np.asarray(ranker, dtype=float)
    if kind in READER_TYPES and found and len(scores) == len(candidates) and np.isfinite(scores).any():
        scores = combine(scores, sentence_scores(found, candidates))
        if kind == "phrase":
            top = candidates[int(np.argmax(scores))]
            inside = [s for s in found if top.start <= s.start and s.end <= top.end]
            if inside:
                return Spoiler("phrase", text[inside[0].start : inside[0].end], inside[0].start, inside[0].end)
    return extract(post, text, kind, scorer=lambda _post, c: scores[: len(c)])


def spoiler(post: str, text: str, kind: str, title: str = "", directory: Path = MODELS_DIR) -> Spoiler | None:
    """The spoiler of ``kind`` (phrase | passage | multi) for ``post`` from ``text`` (``title``: the article's)."""
    from unbait.headline import sentence_ranker

    ranker = sentence_ranker.scores(post, sentences(text), directory, title=title, kind=kind)
    found = spans(post, text, directory) if kind in READER_TYPES else []
    return answer(post, text, kind, ranker, found)
