"""How close a document is to a story: a weighted sum of channel cosines, damped by time.

Channels are the words (TF-IDF), the capitalised names, the numbers and the lead's event
triples (:mod:`unbait.stories.events`); each is an IDF-weighted cosine between the
document and the story's summed profile, with IDF counted online over the documents seen
so far (no refit when a document arrives). Time: publication dates far apart decay the
score; years written in the texts that do not overlap at all (an event in 2008 against one
in 2013) multiply it by a penalty, years that do overlap by a bonus.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Weights:
    words: float = 0.4
    names: float = 0.4
    numbers: float = 0.25
    embedding: float = 0.0  # used only when documents carry a vector
    event: float = 0.2  # the lead's event triples (used only when documents carry them)
    event_clash: float = 0.8  # multiplier when every subject/object slot both leads fill has another filler
    year_clash: float = 0.8  # multiplier when both sides write years and share none
    year_bonus: float = 0.5  # score x (1 + year_bonus x cosine of the two year sets) when they share one
    half_life_days: float = 7.0  # publication-date decay
    threshold: float = 0.2  # join the best story at or above this score


class DocFrequency:
    """Online document frequencies per channel; idf = log((1 + n) / (1 + df)) + 1."""

    def __init__(self) -> None:
        self.n = 0
        self.df: dict[str, Counter[str]] = {}

    def add(self, channels: Mapping[str, Mapping[str, float]]) -> None:
        self.n += 1
        for name, vec in channels.items():
            self.df.setdefault(name, Counter()).update(vec.keys())

    def idf(self, channel: str, term: str) -> float:
        return idf_of(self.n, self.df.get(channel, Counter())[term])

    def weighted(self, channel: str, vec: Mapping[str, float]) -> dict[str, float]:
        return scaled(vec, self.n, self.df.get(channel, {}))

    def weighted_norm(self, channel: str, vec: Mapping[str, float]) -> float:
        return scaled_norm(vec, self.n, self.df.get(channel, {}))


def idf_of(n: int, df: int) -> float:
    """Smoothed idf of a term seen in ``df`` of ``n`` documents."""
    return math.log((1 + n) / (1 + df)) + 1.0


def scaled(vec: Mapping[str, float], n: int, df: Mapping[str, int]) -> dict[str, float]:
    """``vec`` times :func:`idf_of` per term, in one loop (the clusterer's hot path: same floats)."""
    log, total = math.log, 1 + n
    return {t: v * (log(total / (1 + df.get(t, 0))) + 1.0) for t, v in vec.items()}


def scaled_norm(vec: Mapping[str, float], n: int, df: Mapping[str, int]) -> float:
    """``norm(scaled(vec, n, df))`` without building the scaled vector (the same floats, in the same order).

    A story's profile has about a thousand terms but far fewer distinct frequencies: each idf is computed once.
    """
    log, total, get = math.log, 1 + n, df.get
    idf: dict[int, float] = {}
    squares = []
    for t, v in vec.items():
        k = get(t, 0)
        if (w := idf.get(k)) is None:
            w = idf[k] = log(total / (1 + k)) + 1.0
        squares.append((x := v * w) * x)
    return math.sqrt(sum(squares))


def weighted(vec: Mapping[str, float], idf: DocFrequency, channel: str) -> dict[str, float]:
    """``vec`` with each term scaled by its current idf."""
    return idf.weighted(channel, vec)


def norm(vec: Mapping[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vec.values()))


def cosine(doc: Mapping[str, float], doc_norm: float, story: Mapping[str, float], idf: Mapping[str, float],
           story_norm: float) -> float:
    """Cosine of the idf-weighted document and the story's raw sums weighted by ``idf`` on the shared terms
    (the story's norm was weighted when it last changed)."""
    if not doc_norm or not story_norm:
        return 0.0
    return sum([v * (story[t] * idf[t]) for t, v in doc.items() if t in story]) / (doc_norm * story_norm)


def time_factor(w: Weights, doc_time: datetime | None, story_time: datetime | None,
                doc_years: frozenset[int], story_years: frozenset[int]) -> float:
    factor = 1.0
    if doc_time and story_time:
        days = abs((doc_time - story_time).total_seconds()) / 86400
        factor *= 0.5 ** (days / w.half_life_days)
    if doc_years and story_years and not doc_years & story_years:
        factor *= w.year_clash
    elif doc_years and story_years:
        factor *= 1.0 + w.year_bonus * len(doc_years & story_years) / math.sqrt(len(doc_years) * len(story_years))
    return factor


def score(w: Weights, sims: Mapping[str, float], factor: float) -> float:
    total = (w.words * sims.get("words", 0.0) + w.names * sims.get("names", 0.0)
             + w.numbers * sims.get("numbers", 0.0) + w.embedding * sims.get("embedding", 0.0)
             + w.event * sims.get("event", 0.0))
    return total * factor
