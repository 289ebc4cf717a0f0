"""A person's timeline: articles, roles, quotes and dated facts, in date order.

Articles are dated by publication (else by when they were ingested, and the event
says so). A role or quote takes the date of the article it was read in; a fact
takes its own date when one is written ("April 29", "May 12, 2024", "2024-04-29"),
its year from the article's date when the text gives none (``dated_by`` says when
that year is only the ingest year). Roles from imported
reference lists carry no date and stay out.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from unbait.calendar_words import MONTH_NUMBER
from unbait.kb.views import PersonView, TimelineEvent

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?\b")
_ORDER = {"article": 0, "role": 1, "quote": 2, "fact": 3}


@dataclass(frozen=True, slots=True)
class ArticleDate:
    title: str
    day: str  # YYYY-MM-DD
    by: str  # published | ingested


def fact_day(text: str | None, context: str | None) -> tuple[str, bool] | None:
    """An ISO day for a written date, and whether the text gave the year (else ``context``'s year)."""
    if not text:
        return None
    return _day(text, context[:4] if context else None)


@lru_cache(maxsize=8192)
def _day(text: str, year_of_context: str | None) -> tuple[str, bool] | None:
    """:func:`fact_day` on the context's year only; one fact date recurs across a work's articles."""
    if m := _ISO.search(text):
        return m.group(0), True
    for m in (_MONTH_DAY.search(text), _DAY_MONTH.search(text)):
        if m is None:
            continue
        month_word, day, year = (m.group(1), m.group(2), m.group(3)) if m.re is _MONTH_DAY else \
            (m.group(2), m.group(1), m.group(3))
        month = MONTH_NUMBER.get(month_word.lower())
        written, year = bool(year), year or year_of_context
        if month and year:
            try:
                return date(int(year), month, int(day)).isoformat(), written
            except ValueError:
                return None
    return None


def timeline(person: PersonView, articles: Mapping[str, ArticleDate]) -> tuple[TimelineEvent, ...]:
    events = [TimelineEvent(a.day, "article", a.title, aid, a.by) for aid, a in articles.items()]
    for r in person.roles:
        if (a := articles.get(r.article_id)) is not None:
            what = " ".join(x for x in (r.role, f"as {r.character}" if r.character else "",
                                        f"in {r.work}" if r.work else "") if x)
            events.append(TimelineEvent(a.day, "role", what, r.article_id, a.by))
    for q in person.quotes:
        if (a := articles.get(q.article_id)) is not None:
            events.append(TimelineEvent(a.day, "quote", q.text, q.article_id, a.by))
    for f in person.facts:
        a = articles.get(f.article_id)
        if f.date and (found := fact_day(f.date, a.day if a else None)):
            day, written = found
            by = "fact" if written or (a and a.by == "published") else "fact, year of ingest"
            events.append(TimelineEvent(day, "fact", f"{f.kind} {f.value} ({f.about or ''}, {f.date})",
                                        f.article_id, by))
    return tuple(sorted(events, key=lambda e: (e.day, _ORDER[e.kind], e.article_id)))
