"""Stories on ingest: mark near-verbatim copies and file each new article in a story, in SQL.

Copies: each article's MinHash LSH band keys go to ``copy_bands``; a new article's
candidates are the stored articles sharing a key, kept when the exact shingle Jaccard
reaches the threshold (``story_copies``). A copy joins its original's story.
Stories: the online clusterer of ``unbait.stories.cluster`` over a SQL
:class:`StoryIndex` — a story's running profile is one row of ``stories``, candidates
come from ``story_terms`` (probe term -> story), document frequencies from ``story_df``.
Only the few candidate stories are read, so the cost per article does not grow with
the store. Frequencies are cached per writer; the store drops the writer on rollback.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter, OrderedDict
from collections.abc import Sequence
from datetime import datetime

from unbait.document import Digest
from unbait.stories.cluster import OpenStory, StoryClusterer
from unbait.stories.copies import THRESHOLD, band_keys, jaccard, shingles
from unbait.stories.features import StoryDoc, parse_date, story_doc
from unbait.stories.similarity import idf_of, scaled
from unbait.store.placeholders import marks


class SqlFrequencies:
    """Document frequencies per channel in ``story_df``, read through a per-writer cache."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db, self._cache = db, {}  # channel -> term -> df
        self.n = db.execute("SELECT count(*) FROM story_articles").fetchone()[0]

    def add(self, channels: dict[str, dict[str, float]]) -> None:
        self.n += 1
        rows = [(ch, t) for ch, vec in channels.items() for t in vec]
        self._db.executemany("INSERT INTO story_df VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET df = df + 1", rows)
        for ch, t in rows:
            if t in (cached := self._cache.get(ch, {})):
                cached[t] += 1

    def idf(self, channel: str, term: str) -> float:
        return idf_of(self.n, self._counts(channel, (term,))[term])

    def weighted(self, channel: str, vec: dict[str, float]) -> dict[str, float]:
        return scaled(vec, self.n, self._counts(channel, vec))

    def _counts(self, channel: str, terms) -> dict[str, int]:
        """The channel's cached frequencies, the uncached ``terms`` read first (one query per 500)."""
        cache = self._cache.setdefault(channel, {})
        missing = [t for t in terms if t not in cache]
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            cache.update(dict.fromkeys(chunk, 0))
            cache.update(self._db.execute(
                f"SELECT term, df FROM story_df WHERE channel = ? AND term IN ({marks(len(chunk))})",
                (channel, *chunk)))
        return cache


class SqlStoryIndex:
    """Stories in SQL, the recently used ones also kept parsed in memory (``CACHED`` of them)."""

    CACHED = 2000

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self.df = SqlFrequencies(db)
        self._cache: OrderedDict[str, OpenStory] = OrderedDict()
        self.at = ""  # the time of the article being filed (publication, else ingest)

    def candidates(self, probe: Sequence[str], limit: int) -> list[OpenStory]:
        ids = [r[0] for r in self._db.execute(
            f"SELECT story_id FROM story_terms WHERE term IN ({marks(len(probe))}) GROUP BY story_id "
            "ORDER BY count(*) DESC, story_id LIMIT ?", (*probe, limit))]
        return [s for s in map(self.get, ids) if s is not None]

    def get(self, story_id: str) -> OpenStory | None:
        if story_id in self._cache:
            self._cache.move_to_end(story_id)
            return self._cache[story_id]
        story = self._load(story_id)
        if story is not None:
            self._remember(story)
        return story

    def _remember(self, story: OpenStory) -> None:
        self._cache[story.id] = story
        self._cache.move_to_end(story.id)
        if len(self._cache) > self.CACHED:
            self._cache.popitem(last=False)

    def _load(self, story_id: str) -> OpenStory | None:
        row = self._db.execute("SELECT title, profile, years, latest, size FROM stories WHERE id = ?",
                               (story_id,)).fetchone()
        if row is None:
            return None
        title, profile, years, latest, size = row
        return OpenStory(story_id, title, {ch: Counter(v) for ch, v in json.loads(profile).items()},
                         Counter({int(y): c for y, c in json.loads(years)}), [],
                         datetime.fromisoformat(latest) if latest else None, size)  # norms: on first use

    def new_id(self, doc: StoryDoc) -> str:
        return doc.id  # a story is named after its first article

    def save(self, story: OpenStory, doc: StoryDoc, probe: Sequence[str]) -> None:
        self._remember(story)
        profile = json.dumps({ch: {t: round(v, 4) for t, v in vec.items()} for ch, vec in story.profile.items()},
                             ensure_ascii=False, separators=(",", ":"))
        self._db.execute(
            "INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "updated = max(updated, excluded.updated), latest = excluded.latest, size = excluded.size, "
            "profile = excluded.profile, years = excluded.years",
            (story.id, story.title, self.at, story.latest.isoformat() if story.latest else None, story.size,
             profile, json.dumps(sorted(story.years.items()))))
        self._db.execute("INSERT INTO story_articles VALUES (?, ?, ?)", (doc.id, story.id, self.at))
        self._db.executemany("INSERT OR IGNORE INTO story_terms VALUES (?, ?)", [(t, story.id) for t in probe])


class StoryWriter:
    """Files new articles into stories; one per store connection, used inside its transaction."""

    def __init__(self, db: sqlite3.Connection, window_days: float = 30.0) -> None:
        self._db = db
        self._index = SqlStoryIndex(db)
        self._clusterer = StoryClusterer(window_days=window_days, index=self._index)

    def add(self, d: Digest, ingested_at: str) -> str:
        """Mark ``d``'s copies and file it in a story; returns the story id."""
        published = parse_date(d.published)
        self._index.at = published.isoformat(timespec="seconds") + "+00:00" if published else ingested_at
        original = self._copies(d)
        join = None
        if original is not None:
            join = self._db.execute("SELECT story_id FROM story_articles WHERE article_id = ?",
                                    (original,)).fetchone()[0]
        return self._clusterer.add(story_doc(d.id, d.title, d.text, published, d.events), join=join)

    def _copies(self, d: Digest) -> str | None:
        """Record the stored articles ``d`` nearly copies; the closest one, if any."""
        grams = shingles(d.text)
        keys = band_keys(grams)
        if not keys:
            return None
        found = []
        others = [r[0] for r in self._db.execute(
            f"SELECT DISTINCT article_id FROM copy_bands WHERE key IN ({marks(len(keys))})", keys)]
        for other in others:
            (text,) = self._db.execute("SELECT text FROM articles WHERE id = ?", (other,)).fetchone()
            if (j := jaccard(grams, shingles(text))) >= THRESHOLD:
                found.append((j, other))
        self._db.executemany("INSERT OR IGNORE INTO copy_bands VALUES (?, ?)", [(k, d.id) for k in keys])
        self._db.executemany("INSERT OR IGNORE INTO story_copies VALUES (?, ?, ?)",
                             [(other, d.id, round(j, 4)) for j, other in found])
        return max(found)[1] if found else None
