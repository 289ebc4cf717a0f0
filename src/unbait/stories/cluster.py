"""Online story clustering: each arriving document joins the best recent story or opens a new one.

A document is compared only to stories active within ``window_days`` of its publication
date (stories of undated documents stay candidates), and at most ``max_candidates`` of
the most recently updated ones, so adding one document never re-clusters the rest.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from unbait.stories.features import Story, StoryDoc, sublinear, words_in, years_in
from unbait.stories.similarity import DocFrequency, Weights, cosine, norm, score, time_factor, weighted


def channels(doc: StoryDoc) -> dict[str, dict[str, float]]:
    """The document's profile: unit-length sublinear word counts, binary names and numbers."""
    words = sublinear(words_in(f"{doc.title}\n{doc.text}"))
    norm = math.sqrt(sum(v * v for v in words.values())) or 1.0
    return {"words": {w: v / norm for w, v in words.items()},
            "names": dict.fromkeys(doc.names, 1.0),
            "numbers": dict.fromkeys(doc.numbers, 1.0)}


@dataclass(slots=True)
class _Open:
    id: str
    title: str
    doc_ids: list[str]
    profile: dict[str, Counter[str]]
    weighted: dict[str, dict[str, float]] = field(default_factory=dict)
    norms: dict[str, float] = field(default_factory=dict)
    years: Counter[int] = field(default_factory=Counter)
    vector: list[float] = field(default_factory=list)
    latest: datetime | None = None
    touched: int = 0

    def add(self, doc: StoryDoc, prof: dict[str, dict[str, float]], tick: int, df: DocFrequency) -> None:
        self.doc_ids.append(doc.id)
        for name, vec in prof.items():
            self.profile.setdefault(name, Counter()).update(vec)
            self.weighted[name] = weighted(self.profile[name], df, name)
            self.norms[name] = norm(self.weighted[name])
        self.years.update(years_in(doc.numbers))
        if doc.vector:
            self.vector = [a + b for a, b in zip(self.vector, doc.vector)] if self.vector else list(doc.vector)
        if doc.published and (self.latest is None or doc.published > self.latest):
            self.latest = doc.published
        self.touched = tick


class StoryClusterer:
    """Incremental single-pass clusterer; :meth:`add` returns the story id a document joined."""

    def __init__(self, weights: Weights | None = None, window_days: float = 30.0,
                 max_candidates: int = 5000) -> None:
        self.weights = weights or Weights()
        self.window = timedelta(days=window_days)
        self.max_candidates = max_candidates
        self.df = DocFrequency()
        self._stories: dict[str, _Open] = {}
        self._tick = 0

    def _candidates(self, when: datetime | None) -> list[_Open]:
        recent = sorted(self._stories.values(), key=lambda s: s.touched, reverse=True)[: self.max_candidates]
        if when is None:
            return recent
        return [s for s in recent if s.latest is None or abs(when - s.latest) <= self.window]

    def similarity(self, doc: StoryDoc, prof: dict[str, dict[str, float]], story: _Open) -> float:
        sims = {name: cosine(vec, norm(vec), story.weighted.get(name, {}), story.norms.get(name, 0.0))
                for name, vec in prof.items()}
        if doc.vector and story.vector:
            sims["embedding"] = sum(a * b for a, b in zip(doc.vector, story.vector)) / (
                math.sqrt(sum(b * b for b in story.vector)) or 1.0)
        factor = time_factor(self.weights, doc.published, story.latest,
                             years_in(doc.numbers), frozenset(story.years))
        return score(self.weights, sims, factor)

    def add(self, doc: StoryDoc) -> str:
        self._tick += 1
        raw = channels(doc)
        self.df.add(raw)
        prof = {name: weighted(vec, self.df, name) for name, vec in raw.items()}
        best, best_score = None, self.weights.threshold
        for story in self._candidates(doc.published):
            s = self.similarity(doc, prof, story)
            if s >= best_score:
                best, best_score = story, s
        if best is None:
            best = _Open(f"s{len(self._stories) + 1}", doc.title, [], {})
            self._stories[best.id] = best
        best.add(doc, raw, self._tick, self.df)
        return best.id

    def stories(self) -> tuple[Story, ...]:
        return tuple(Story(s.id, s.title, tuple(s.doc_ids)) for s in self._stories.values())


def cluster_stories(docs: Iterable[StoryDoc], weights: Weights | None = None, **kwargs: float) -> tuple[Story, ...]:
    """Cluster ``docs`` in the order given (sort by publication date for a faithful replay)."""
    clusterer = StoryClusterer(weights, **kwargs)
    for doc in docs:
        clusterer.add(doc)
    return clusterer.stories()
