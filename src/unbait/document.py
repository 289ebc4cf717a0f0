"""The typed documents that flow between stages.

Everything here is a frozen dataclass. Dicts appear only at the JSON edge
(:meth:`Digest.to_dict`) and the SQL edge (:mod:`unbait.store`).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as read from its source, before any analysis."""

    source: str
    title: str
    text: str
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    site: str | None = None
    authors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Role:
    role: str  # "actor", "host", "director", ...
    character: str | None = None
    work: str | None = None


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of ``text`` that refers to a person: a full name, a surname, a pronoun, a nominal."""

    start: int
    end: int
    person: str  # canonical Person.name
    kind: str  # "name" | "partial" | "pronoun" | "nominal"


@dataclass(frozen=True, slots=True)
class Work:
    title: str
    kind: str | None = None  # tv_series | film | album | song | show | webtoon | None
    networks: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    text: str  # the words inside the quotation marks
    speaker: str | None
    start: int  # offsets of ``text`` in the clean body
    end: int
    cue: str | None = None  # the reporting verb or the introducing phrase


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str  # rating|episodes|duration|air_date|box_office|chart|award|other
    value: str
    about: str | None
    text: str  # the phrase that states it
    start: int = 0
    end: int = 0
    date: str | None = None  # when the value held, as written ("April 29")
    record: str | None = None  # a record claim that comes with the fact


@dataclass(frozen=True, slots=True)
class Spoiler:
    type: str  # phrase | passage | multi
    text: str
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class Headline:
    clickbait: float | None = None
    spoiler: Spoiler | None = None
    reason: str | None = None  # why a score or spoiler is missing, when it is


@dataclass(frozen=True, slots=True)
class Problem:
    """A stage that failed on this article; the rest of the pipeline still ran."""

    stage: str
    message: str


@dataclass(frozen=True)
class Analysis:
    """One article in flight through the pipeline. Stages return a new one with ``evolve``."""

    article: RawArticle
    text: str = ""  # the clean body
    doc: Any = field(default=None, compare=False, repr=False)  # spaCy Doc over ``text``
    works: tuple[Work, ...] = ()
    people: tuple[Person, ...] = ()
    mentions: tuple[Mention, ...] = ()
    characters: tuple[Mention, ...] = ()  # mentions of characters (``person`` is the character's name)
    quotes: tuple[Quote, ...] = ()
    facts: tuple[Fact, ...] = ()
    headline: Headline = Headline()
    events: tuple[str, ...] = ()  # the lead's "predicate|role|argument" triples (unbait.stories.events)
    problems: tuple[Problem, ...] = ()

    def evolve(self, **changes: Any) -> "Analysis":
        return replace(self, **changes)

    def digest(self) -> "Digest":
        a = self.article
        return Digest(
            id=content_id(self.text or a.text, a.title),
            source=a.source,
            title=a.title,
            text=self.text,
            published=a.published,
            site=a.site,
            authors=a.authors,
            headline=self.headline,
            people=self.people,
            works=self.works,
            quotes=self.quotes,
            facts=self.facts,
            problems=self.problems,
            url=a.url,
            events=self.events,
        )


@dataclass(frozen=True)
class Digest:
    """What ``unbait read`` gives for one article: the public JSON contract."""

    id: str
    source: str
    title: str
    text: str
    published: str | None = None
    site: str | None = None
    authors: tuple[str, ...] = ()
    headline: Headline = Headline()
    people: tuple[Person, ...] = ()
    works: tuple[Work, ...] = ()
    quotes: tuple[Quote, ...] = ()
    facts: tuple[Fact, ...] = ()
    problems: tuple[Problem, ...] = ()
    url: str | None = None
    events: tuple[str, ...] = ()  # the lead's "predicate|role|argument" triples, for story clustering

    def to_dict(self) -> dict[str, Any]:
        from unbait.digest_json import digest_to_dict

        return digest_to_dict(self)


_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The form hashed for identity: NFC, case-folded, whitespace collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def content_id(text: str, title: str = "") -> str:
    """A stable id: the first 16 hex digits of SHA-256 over the normalised title and body."""
    h = hashlib.sha256()
    h.update(normalise(title).encode())
    h.update(b"\x00")
    h.update(normalise(text).encode())
    return h.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input (or one record of it) that could not become an article, and why."""

    source: str
    reason: str
