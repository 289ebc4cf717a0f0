"""The spoiler from the sentence ranker and the span reader together.

The span reader (:mod:`unbait.headline.span_reader`) reads the whole article for a phrase
post; its best span starting in each sentence (:func:`sentence_scores`) is one of the
sentence ranker's features (:mod:`unbait.headline.sentence_ranker`, which also runs the
(post, sentence) cross-encoder for phrase and passage posts). A phrase is then the span
with the best reader score plus :data:`PHRASE_BETA` times the ranker's standardised score
of the sentence it starts in (the entity / noun-chunk rule of
:func:`unbait.headline.spoiler.extract` when the reader found none); a passage is the best
sentence; a multi spoiler is built by :func:`unbait.headline.spoiler.extract` from the
ranker's order (the readers did not help multi posts, see docs/spoilers.md).
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

READER_TYPES, NO_SPAN = ("phrase",), -20.0
PHRASE_BETA = 4.0  # chosen on dev among 0.5 / 1 / 2 / 4 / 8 (docs/spoilers.md)


def sentence_of(found: Sequence[Span], candidates: Sequence[Sentence]) -> list[int]:
    """Per span: the index of the candidate sentence it starts in (-1 when it starts in none)."""
    starts = np.array([s.start for s in candidates])
    out = []
    for span in found:
        j = int(np.searchsorted(starts, span.start, side="right")) - 1
        out.append(j if j >= 0 and span.start < candidates[j].end else -1)
    return out


def sentence_scores(found: Sequence[Span], candidates: Sequence[Sentence]) -> np.ndarray:
    """Per sentence: the best score of a span starting in it (:data:`NO_SPAN` when none does)."""
    out = np.full(len(candidates), NO_SPAN)
    for span, j in zip(found, sentence_of(found, candidates)):
        if j >= 0:
            out[j] = max(out[j], span.score)
    return out


def answer(post: str, text: str, kind: str, ranker: np.ndarray, found: Sequence[Span],
           candidates: Sequence[Sentence] | None = None) -> Spoiler | None:
    """The spoiler of ``kind`` given the ranker's scores of ``sentences(text)`` (``candidates``, when
    the caller has split it already) and the reader's spans."""
    candidates = sentences(text) if candidates is None else candidates
    scores = np.asarray(ranker, dtype=float)
    if kind == "phrase" and found and len(scores) == len(candidates) and np.isfinite(scores).any():
        keep = np.isfinite(scores)
        z = np.where(keep, (scores - scores[keep].mean()) / (scores[keep].std() + 1e-6), -np.inf)
        best, value = None, -np.inf
        for span, j in zip(found, sentence_of(found, candidates)):
            if j >= 0 and span.score + PHRASE_BETA * z[j] > value:
                best, value = span, span.score + PHRASE_BETA * z[j]
        if best is not None:
            return Spoiler("phrase", text[best.start : best.end], best.start, best.end)
    return extract(post, text, kind, scorer=lambda _post, c: scores[: len(c)], candidates=candidates)


def spoiler(post: str, text: str, kind: str, title: str = "", directory: Path = MODELS_DIR) -> Spoiler | None:
    """The spoiler of ``kind`` (phrase | passage | multi) for ``post`` from ``text`` (``title``: the article's)."""
    from unbait.headline import sentence_ranker

    candidates = sentences(text)
    found = spans(post, text, directory) if kind in READER_TYPES else []
    reader = sentence_scores(found, candidates[: sentence_ranker.MAX_SENTENCES]) if kind in READER_TYPES else None
    ranker = sentence_ranker.scores(post, candidates, directory, title=title, kind=kind, reader=reader)
    return answer(post, text, kind, ranker, found, candidates)
