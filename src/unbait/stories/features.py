"""What a story document carries: its words, capitalised names, numbers and years.

:func:`story_doc` turns plain text into a :class:`StoryDoc`; the clusterer compares
documents through these channels only, so any source (feeds, store, a benchmark) can
feed it. Names are single lower-cased tokens of capitalised words that are not at
a sentence start or are part of a multi-word capitalised run (“Betty Ford Center”).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from unbait.calendar_words import MONTH_NUMBER, WEEKDAYS

_WORD = re.compile(r"[a-z][a-z'-]+")
_CAP_RUN = re.compile(r"(?<![\w'])([A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|of|de|the))*)")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\"“”]\s+|\n\s*)$")
_CALENDAR = frozenset(MONTH_NUMBER) | frozenset(WEEKDAYS) | frozenset("mr mrs ms dr st".split())  # capitalised, not names
_STOP = ENGLISH_STOP_WORDS | _CALENDAR


@dataclass(frozen=True, slots=True)
class StoryDoc:
    id: str
    title: str
    text: str
    published: datetime | None = None
    names: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    vector: tuple[float, ...] = ()  # optional unit-length text embedding (e.g. MiniLM)
    event: tuple[str, ...] = ()  # the lead's "predicate|role|argument" triples (unbait.stories.events)


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: str
    doc_ids: tuple[str, ...]


def names_in(text: str) -> tuple[str, ...]:
    """Distinct lower-cased tokens of capitalised names, sentence-initial single words dropped."""
    found: dict[str, None] = {}
    for m in _CAP_RUN.finditer(text):
        words = m.group(1).split()
        initial = bool(_SENTENCE_START.search(text[:m.start()]))
        if len(words) == 1 and initial:
            continue
        for w in words:
            token = w.strip(".'-").lower().removesuffix("'s")
            if len(token) > 1 and token not in _STOP and not token.isdigit() and not token.startswith("i'"):
                found[token] = None
    return tuple(found)


def numbers_in(text: str) -> tuple[str, ...]:
    """Distinct numbers written in the text (thousands separators removed), single digits dropped."""
    found: dict[str, None] = {}
    for m in _NUMBER.finditer(text):
        value = m.group().replace(",", "").rstrip(".")
        if len(value) > 1:
            found[value] = None
    return tuple(found)


def years_in(numbers: tuple[str, ...]) -> frozenset[int]:
    return frozenset(int(n) for n in numbers if len(n) == 4 and n.isdigit() and 1900 <= int(n) <= 2099)


def words_in(text: str) -> Counter[str]:
    """Content-word counts (lower-cased, stop words dropped)."""
    return Counter(w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2)


def sublinear(counts: Counter[str]) -> dict[str, float]:
    return {w: 1.0 + math.log(c) for w, c in counts.items()}


def story_text(title: str, text: str) -> str:
    """Where names and numbers are read from: the text, after the title unless the text starts with it."""
    return f"{title}\n\n{text}" if title and not text.startswith(title) else text


def story_doc(doc_id: str, title: str, text: str, published: datetime | None = None,
              event: tuple[str, ...] = ()) -> StoryDoc:
    """A :class:`StoryDoc` with names and numbers read from the title and text (``event``: the lead's triples)."""
    whole = story_text(title, text)
    return StoryDoc(doc_id, title, text, published, names_in(whole), numbers_in(whole), event=event)


def parse_date(text: str | None) -> datetime | None:
    """An ISO date or date-time as a naive UTC datetime; None when absent or unreadable."""
    try:
        when = datetime.fromisoformat(text.strip()) if text else None
    except ValueError:
        return None
    if when is not None and when.tzinfo is not None:
        when = when.astimezone(timezone.utc).replace(tzinfo=None)
    return when
