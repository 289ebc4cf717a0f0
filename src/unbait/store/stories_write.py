"""Stories on ingest: mark near-verbatim copies and file each new article in a story, in SQL.

Copies: each article's MinHash LSH band keys go to ``copy_bands``; a new article's
candidates are the stored articles sharing a key, kept when the exact shingle Jaccard
reaches the threshold (``story_copies``). A copy joins its original's story.
Stories: the online clusterer of ``unbait.stories.cluster`` over a SQL
:class:`StoryIndex` — a story's running profile is one row of ``stories``, candidates
come from ``story_terms`` (probe term -> story), document frequencies from ``story_df``.
Only the few candidate stories are read, so the cost per article does not grow with
the store. Frequencies are cached per writer; the store drops the writer on rollback.
A story that several articles of one transaction join is written once, by :meth:`StoryWriter.flush`
before the commit (its row is a few kB of JSON), together with the articles' ``story_articles`` rows
and the summed ``story_df`` increments.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter, OrderedDict
from collections.abc import Sequence
from datetime import datetime

from unbait.document import Digest
from unbait.filing import Filing
from unbait.stories.cluster import StoryClusterer
from unbait.stories.copies import THRESHOLD, jaccard, shingles
from unbait.stories.features import StoryDoc
from unbait.stories.open_story import OpenStory
from unbait.store.placeholders import marks
from unbait.store.story_df import SqlFrequencies
from unbait.store.story_terms import SqlPostings


class SqlStoryIndex:
    """Stories in SQL, the recently used ones also kept parsed in memory (``CACHED`` of them)."""

    CACHED = 2000

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self.df = SqlFrequencies(db)
        self._postings = SqlPostings(db)
        self._cache: OrderedDict[str, OpenStory] = OrderedDict()
        self.at = ""  # the time of the article being filed (publication, else ingest)
        self._dirty: dict[str, str] = {}  # story saved but not written -> the latest time it was saved at
        self._filed: list[tuple[str, str, str]] = []  # story_articles rows not written yet
        self._filed_in: dict[str, str] = {}  # their article -> story

    def candidates(self, probe: Sequence[str], limit: int) -> list[OpenStory]:
        return [s for s in map(self.get, self._postings.best(probe, limit)) if s is not None]

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
            _, gone = self._cache.popitem(last=False)
            if gone.id in self._dirty:  # written now: read back later, it is the row (as before this cache)
                self._write(gone)

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
        """Note that ``doc`` joined ``story``; the story's row and the article's are written by :meth:`flush`."""
        self._remember(story)
        self._dirty[story.id] = max(self._dirty.get(story.id, self.at), self.at)
        self._filed.append((doc.id, story.id, self.at))
        self._filed_in[doc.id] = story.id
        self._postings.add(probe, story.id)

    def story_of(self, article_id: str) -> str:
        found = self._filed_in.get(article_id)
        return found or self._db.execute("SELECT story_id FROM story_articles WHERE article_id = ?",
                                         (article_id,)).fetchone()[0]

    def flush(self) -> None:
        """Write every story saved since the last flush once, as it is now, then its new articles' rows."""
        for story_id in list(self._dirty):
            self._write(self._cache[story_id])
        self._db.executemany("INSERT INTO story_articles VALUES (?, ?, ?)", self._filed)
        self._filed.clear()
        self._filed_in.clear()
        self.df.flush()

    def _write(self, story: OpenStory) -> None:
        profile = json.dumps({ch: {t: round(v, 4) for t, v in vec.items()} for ch, vec in story.profile.items()},
                             ensure_ascii=False, separators=(",", ":"))
        self._db.execute(
            "INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "updated = max(updated, excluded.updated), latest = excluded.latest, size = excluded.size, "
            "profile = excluded.profile, years = excluded.years",
            (story.id, story.title, self._dirty.pop(story.id), story.latest.isoformat() if story.latest else None,
             story.size, profile, json.dumps(sorted(story.years.items()))))


class StoryWriter:
    """Files new articles into stories; one per store connection, used inside its transaction."""

    def __init__(self, db: sqlite3.Connection, window_days: float = 30.0) -> None:
        self._db = db
        self._index = SqlStoryIndex(db)
        self._clusterer = StoryClusterer(window_days=window_days, index=self._index)

    def add(self, f: Filing, ingested_at: str) -> str:
        """Mark the copies of ``f``'s digest and file it in a story; returns the story id."""
        d, doc = f.digest, f.doc
        self._index.at = doc.published.isoformat(timespec="seconds") + "+00:00" if doc.published else ingested_at
        original = self._copies(d, f.bands)
        join = self._index.story_of(original) if original is not None else None
        return self._clusterer.add(doc, join=join, raw=f.channels)

    def flush(self) -> None:
        """Write what :meth:`add` left in memory; the store calls it before each commit."""
        self._index.flush()

    def _copies(self, d: Digest, keys: tuple[int, ...]) -> str | None:
        """Record the stored articles ``d`` nearly copies (``keys``: its band keys); the closest one, if any."""
        if not keys:
            return None
        found, grams = [], None
        others = [r[0] for r in self._db.execute(
            f"SELECT DISTINCT article_id FROM copy_bands WHERE key IN ({marks(len(keys))})", keys)]
        for other in others:
            grams = grams if grams is not None else shingles(d.text)
            (text,) = self._db.execute("SELECT text FROM articles WHERE id = ?", (other,)).fetchone()
            if (j := jaccard(grams, shingles(text))) >= THRESHOLD:
                found.append((j, other))
        self._db.executemany("INSERT OR IGNORE INTO copy_bands VALUES (?, ?)", [(k, d.id) for k in keys])
        self._db.executemany("INSERT OR IGNORE INTO story_copies VALUES (?, ?, ?)",
                             [(other, d.id, round(j, 4)) for j, other in found])
        return max(found)[1] if found else None
