"""Online story clustering: each arriving document joins the best recent story or opens a new one.

Incremental: a document is compared only to the stories found through its probe terms
(its rarest names and strongest words, :func:`probe_terms`), at most ``max_candidates``
of them, active within ``window_days`` of its publication date (stories of undated
documents stay candidates). Adding one document never re-clusters the rest. Where the
stories live is a :class:`StoryIndex`: :class:`MemoryIndex` here (evaluation), a SQL
one in ``unbait.store`` (ingest); both run this same algorithm.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from unbait.stories.events import clash_share, slot_of
from unbait.stories.features import Story, StoryDoc, sublinear, words_in, years_in
from unbait.stories.similarity import DocFrequency, Weights, cosine, norm, score, time_factor, weighted

PROBE_NAMES, PROBE_WORDS = 12, 12
PROFILE_TERMS = 400  # per channel and story


def channels(doc: StoryDoc) -> dict[str, dict[str, float]]:
    """The document's profile: unit-length sublinear word counts, binary names and numbers."""
    words = sublinear(words_in(f"{doc.title}\n{doc.text}"))
    size = math.sqrt(sum(v * v for v in words.values())) or 1.0
    return {"words": {w: v / size for w, v in words.items()},
            "names": dict.fromkeys(doc.names, 1.0),
            "numbers": dict.fromkeys(doc.numbers, 1.0), "event": dict.fromkeys(doc.event, 1.0)}


def probe_terms(prof: dict[str, dict[str, float]]) -> tuple[str, ...]:
    """Index keys of a weighted profile: its highest-idf names and highest tf-idf words."""
    top = lambda ch, k: sorted(prof.get(ch, {}).items(), key=lambda kv: (-kv[1], kv[0]))[:k]  # noqa: E731
    return tuple(f"n:{t}" for t, _ in top("names", PROBE_NAMES)) + tuple(f"w:{t}" for t, _ in top("words", PROBE_WORDS))


@dataclass(slots=True)
class OpenStory:
    """A story's running state: summed raw profile, years written, summed vector, latest date."""
    id: str
    title: str
    profile: dict[str, Counter[str]] = field(default_factory=dict)
    years: Counter[int] = field(default_factory=Counter)
    vector: list[float] = field(default_factory=list)
    latest: datetime | None = None
    size: int = 0
    norms: dict[str, float] = field(default_factory=dict)  # per channel, idf-weighted as of ``norms_n`` documents
    norms_n: int = 0
    slots: frozenset[str] | None = None  # the event triples' predicate-roles; None: to compute

    def event_slots(self) -> frozenset[str]:
        if self.slots is None:
            self.slots = frozenset(map(slot_of, self.profile.get("event", ())))
        return self.slots

    def refresh(self, df: Frequencies) -> None:
        """Recompute the channel norms with today's idf (cost: the profile's size)."""
        self.norms = {name: df.weighted_norm(name, vec) for name, vec in self.profile.items()}
        self.norms_n = df.n

    def add(self, doc: StoryDoc, raw: dict[str, dict[str, float]], df: Frequencies) -> None:
        for name, vec in raw.items():
            counts = self.profile.setdefault(name, Counter()).update(vec) or self.profile[name]
            if len(counts) > PROFILE_TERMS * 5 // 4:  # keep the strongest terms: bounded size, bounded cost
                self.profile[name] = Counter(dict(counts.most_common(PROFILE_TERMS)))
        self.refresh(df)
        self.slots = None
        self.years.update(years_in(doc.numbers))
        if doc.vector:
            self.vector = [a + b for a, b in zip(self.vector, doc.vector)] if self.vector else list(doc.vector)
        if doc.published and (self.latest is None or doc.published > self.latest):
            self.latest = doc.published
        self.size += 1


class Frequencies(Protocol):
    n: int

    def add(self, channels: dict[str, dict[str, float]]) -> None: ...

    def idf(self, channel: str, term: str) -> float: ...

    def weighted(self, channel: str, vec: dict[str, float]) -> dict[str, float]: ...

    def weighted_norm(self, channel: str, vec: dict[str, float]) -> float: ...


class StoryIndex(Protocol):
    """Where stories live: candidates by probe terms, and saving a story a document joined."""
    df: Frequencies

    def candidates(self, probe: Sequence[str], limit: int) -> list[OpenStory]: ...

    def get(self, story_id: str) -> OpenStory | None: ...

    def new_id(self, doc: StoryDoc) -> str: ...

    def save(self, story: OpenStory, doc: StoryDoc, probe: Sequence[str]) -> None: ...


class MemoryIndex:
    def __init__(self) -> None:
        self.df = DocFrequency()
        self.stories: dict[str, OpenStory] = {}
        self._postings: dict[str, dict[str, None]] = {}

    def candidates(self, probe: Sequence[str], limit: int) -> list[OpenStory]:
        shared = Counter(s for t in probe for s in self._postings.get(t, ()))
        return [self.stories[s] for s, _ in sorted(shared.items(), key=lambda kv: -kv[1])[:limit]]

    def get(self, story_id: str) -> OpenStory | None:
        return self.stories.get(story_id)

    def new_id(self, doc: StoryDoc) -> str:
        return f"s{len(self.stories) + 1}"

    def save(self, story: OpenStory, doc: StoryDoc, probe: Sequence[str]) -> None:
        self.stories[story.id] = story
        for t in probe:
            self._postings.setdefault(t, {})[story.id] = None


@dataclass(frozen=True, slots=True)
class _DocSide:
    """What every comparison of one document needs of it: its terms' idf and its channel norms."""
    idf: dict[str, dict[str, float]]
    norms: dict[str, float]

    @classmethod
    def of(cls, prof: dict[str, dict[str, float]], df: Frequencies) -> _DocSide:
        return cls({name: df.weighted(name, dict.fromkeys(vec, 1.0)) for name, vec in prof.items()},
                   {name: norm(vec) for name, vec in prof.items()})


class StoryClusterer:
    """Incremental single-pass clusterer; :meth:`add` returns the story id a document joined."""

    def __init__(self, weights: Weights | None = None, window_days: float = 30.0,
                 max_candidates: int = 20, index: StoryIndex | None = None) -> None:
        self.weights = weights or Weights()
        self.window = timedelta(days=window_days)
        self.max_candidates = max_candidates
        self.norm_drift = 1.1  # refresh a story's norms once n grew 10 % (idf moves by under log 1.1); 1.0: always
        self.index: StoryIndex = index if index is not None else MemoryIndex()

    def similarity(self, doc: StoryDoc, prof: dict[str, dict[str, float]], story: OpenStory,
                   side: _DocSide | None = None) -> float:
        df = self.index.df
        if df.n > self.norm_drift * story.norms_n:  # idf moved since: amortised, not per comparison
            story.refresh(df)
        side = side or _DocSide.of(prof, df)
        sims = {}
        for name, vec in prof.items():  # the story side: raw sums weighted by today's idf, on shared terms only
            sims[name] = cosine(vec, side.norms[name], story.profile.get(name, {}), side.idf[name],
                                story.norms.get(name, 0.0))
        if doc.vector and story.vector:
            sims["embedding"] = sum(a * b for a, b in zip(doc.vector, story.vector)) / (
                math.sqrt(sum(b * b for b in story.vector)) or 1.0)
        factor = time_factor(self.weights, doc.published, story.latest,
                             years_in(doc.numbers), frozenset(story.years))
        if doc.event and self.weights.event_clash != 1.0:
            clash = clash_share(doc.event, story.profile.get("event", {}), story.event_slots())
            factor *= 1.0 - (1.0 - self.weights.event_clash) * clash
        return score(self.weights, sims, factor)

    def _recent(self, story: OpenStory, when: datetime | None) -> bool:
        return when is None or story.latest is None or abs(when - story.latest) <= self.window

    def add(self, doc: StoryDoc, join: str | None = None, raw: dict[str, dict[str, float]] | None = None) -> str:
        """File ``doc``; ``join`` forces the story (e.g. the story of the article it copies).

        ``raw`` is ``channels(doc)`` when the caller computed it already (elsewhere, e.g. in a worker)."""
        raw = raw if raw is not None else channels(doc)
        self.index.df.add(raw)
        prof = {name: weighted(vec, self.index.df, name) for name, vec in raw.items()}
        probe = probe_terms(prof)
        best, best_score = (self.index.get(join) if join else None), self.weights.threshold
        side = _DocSide.of(prof, self.index.df)
        for story in self.index.candidates(probe, self.max_candidates) if best is None else ():
            if self._recent(story, doc.published) and (s := self.similarity(doc, prof, story, side)) >= best_score:
                best, best_score = story, s
        if best is None:
            best = OpenStory(self.index.new_id(doc), doc.title)
        best.add(doc, raw, self.index.df)
        self.index.save(best, doc, probe)
        return best.id


def cluster_stories(docs: Iterable[StoryDoc], weights: Weights | None = None, **kwargs: float) -> tuple[Story, ...]:
    """Cluster ``docs`` in the order given (sort by publication date for a faithful replay)."""
    index = MemoryIndex()
    clusterer = StoryClusterer(weights, index=index, **kwargs)
    members: dict[str, list[str]] = {}
    for doc in docs:
        members.setdefault(clusterer.add(doc), []).append(doc.id)
    return tuple(Story(s.id, s.title, tuple(members[s.id])) for s in index.stories.values())
