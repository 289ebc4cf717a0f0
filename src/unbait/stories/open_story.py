"""A story's running state (:class:`OpenStory`) and where stories live (:class:`StoryIndex`).

The clusterer (:mod:`unbait.stories.cluster`) runs over either index: :class:`MemoryIndex`
here (evaluation), or the SQL one of ``unbait.store`` (ingest).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from unbait.stories.events import slot_of
from unbait.stories.features import StoryDoc, years_in
from unbait.stories.similarity import DocFrequency

PROFILE_TERMS = 400  # per channel and story


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
