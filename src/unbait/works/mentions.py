"""Where known titles occur in a text, quoted or not, and which work is the article's main one.

A title of two or more words matches in any case ("QUEEN OF X") as long
as the match starts with a capital letter or sits in quotation marks; a one-word
title matches only as written, so a song called "Love" does not claim every "love".
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from unbait.document import Work
from unbait.works.titles import title_key

_OPENERS = "“\"‘'"


@dataclass(frozen=True, slots=True)
class Occurrence:
    work: str  # the Work's title
    surface: str  # as written
    start: int
    end: int


def surfaces(work: Work) -> list[str]:
    return [work.title, *work.aliases]


def find_occurrences(text: str, works: Iterable[Work]) -> list[Occurrence]:
    """Every occurrence of every work's title or alias in ``text``, left to right, no overlaps."""
    works = list(works)
    by_form: dict[str, str] = {}
    exact: set[str] = set()
    for work in works:
        for form in surfaces(work):
            if not form:
                continue
            by_form.setdefault(title_key(form), work.title)
            if len(form.split()) == 1:
                exact.add(form)
    if not by_form:
        return []
    found = []
    for m in _pattern(tuple(sorted({f for w in works for f in surfaces(w) if f}, key=lambda f: (-len(f), f)))
                      ).finditer(text):
        surface = " ".join(m.group().split())
        key = title_key(surface)
        if key not in by_form:
            continue
        if " " not in surface and surface not in exact:
            continue
        quoted = m.start() > 0 and text[m.start() - 1] in _OPENERS
        if not (quoted or surface[0].isupper() or surface[0].isdigit()):
            continue
        found.append(Occurrence(by_form[key], surface, m.start(), m.end()))
    return found


@lru_cache(maxsize=256)
def _pattern(forms: tuple[str, ...]) -> re.Pattern:
    """One pattern for all ``forms``, longest first (a headline and its body name the same works)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(_flexible(f) for f in forms) + r")(?!\w)", re.IGNORECASE)


def _flexible(form: str) -> str:
    """A form as a pattern: any run of spaces (no-break ones too) between words, either apostrophe."""
    words = [re.sub(r"['’]", "['’]", re.escape(w)) for w in form.split()]
    return r"\s+".join(words)


def salience(works: Iterable[Work], body: list[Occurrence], headline: list[Occurrence]) -> list[Work]:
    """Works ordered main first: named in the headline, then most mentioned, then first mentioned."""
    in_headline = {o.work for o in headline}
    count: dict[str, int] = {}
    first: dict[str, int] = {}
    for o in body:
        count[o.work] = count.get(o.work, 0) + 1
        first.setdefault(o.work, o.start)
    return sorted(
        works,
        key=lambda w: (w.title not in in_headline, -count.get(w.title, 0), first.get(w.title, 1 << 30)),
    )
