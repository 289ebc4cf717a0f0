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
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from unbait.stories.events import clash_share
from unbait.stories.features import Story, StoryDoc, sublinear, words_in, years_in
from unbait.stories.open_story import Frequencies, MemoryIndex, OpenStory, StoryIndex
from unbait.stories.similarity import Weights, cosine, norm, score, time_factor, weighted

PROBE_NAMES, PROBE_WORDS = 12, 12


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
