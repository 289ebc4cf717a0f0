"""What KB queries return: frozen views with provenance (article ids, offsets)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RoleView:
    role: str
    character: str | None
    work: str | None
    article_id: str


@dataclass(frozen=True, slots=True)
class QuoteView:
    text: str
    speaker: str
    article_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class FactView:
    kind: str
    value: str
    about: str | None
    date: str | None
    text: str
    article_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    day: str  # YYYY-MM-DD
    kind: str  # article | role | quote | fact
    text: str
    article_id: str
    dated_by: str  # published | ingested (the article's date) | fact | fact, year of ingest


@dataclass(frozen=True, slots=True)
class PersonView:
    id: int
    name: str
    aliases: tuple[str, ...]
    roles: tuple[RoleView, ...]
    articles: tuple[str, ...]
    quotes: tuple[QuoteView, ...] = ()
    facts: tuple[FactView, ...] = ()
    why: tuple[str, ...] = ()  # one resolution reason per article mention
    timeline: tuple[TimelineEvent, ...] = ()  # dated events, oldest first (full views only)
    facts_total: int = 0  # facts about their works, of which ``facts`` holds the newest (full views only)


@dataclass(frozen=True, slots=True)
class CastView:
    person: str
    character: str | None
    character_aliases: tuple[str, ...]
    role: str


@dataclass(frozen=True, slots=True)
class WorkView:
    id: int
    title: str
    aliases: tuple[str, ...]
    kind: str | None
    networks: tuple[str, ...]
    cast: tuple[CastView, ...]
    facts: tuple[FactView, ...]
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # article | quote | person | work
    ref: str  # article id, speaker, person id or work id
    article_id: str | None
    snippet: str


@dataclass(frozen=True, slots=True)
class StoryView:
    """One story: the articles about one event, newest last; ``copies`` pairs near-verbatim rewrites."""
    id: str
    title: str
    articles: tuple[str, ...]
    copies: tuple[tuple[str, str], ...]
    updated: str | None = None  # latest publication (or ingest) time among its articles, ISO 8601


@dataclass(frozen=True, slots=True)
class StoryLine:
    """A story in a list of stories (a person's page): its title, when it last grew, how many articles."""
    id: str
    title: str
    updated: str | None
    size: int
