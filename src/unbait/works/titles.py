"""Quoted spans, and whether one is shaped like a title or like a sentence.

A title ("Hometown Cha-Cha-Cha", "Love wins all") is short, has no sentence
punctuation at its end and, in English copy, is usually title-cased. A quoted
sentence ("It feels strange to me.") is a clause: lowercase words, a full stop
or comma at its end, often long. Shape alone is not proof; the works stage asks
for more evidence (a cue word, a network, a repeat) where the shape is weak.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from unbait.sentence_ends import ends_in_abbreviation

_QUOTED = re.compile(
    r"“(?P<a>[^“”\n]{1,150})”"
    r"|(?<![\w\"])\"(?P<b>[^\"\n]{1,150})\""
    r"|(?<![\w‘’])‘(?P<c>[^‘\n]{1,150}?)’(?![A-Za-z])"
    r"|(?<![\w'])'(?P<d>[^'\n]{1,150}?)'(?![A-Za-z])"
)
_POSSESSIVE_INSIDE = re.compile(r"['’]s?$")
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\b")
#: Words written in lower case inside a title-cased title.
_SMALL = frozenset(
    "a an the of on in to and or nor but for with at by from as via vs vs. into onto over off up "
    "is are was be am".split()
)
_SENTENCE_END = re.compile(r"[.,;:…]$")
_SENTENCE_INSIDE = re.compile(r"[.!?;]\s+\S|,\s+(?:and|but|so|because|which|who)\b")
MAX_WORDS = 10
MAX_CHARS = 80


class Shape(Enum):
    TITLE = "title"  # title-cased, short: a title on its own
    WEAK = "weak"  # could be a title (lowercase song names) if something else says so
    SENTENCE = "sentence"  # a clause or a long phrase: a quote, never a title


@dataclass(frozen=True, slots=True)
class Quoted:
    """The words inside one pair of quotation marks, possessive ’s removed."""

    text: str
    start: int  # offsets of ``text`` in the source string
    end: int
    outer_start: int  # offsets including the quotation marks (and an outer ’s)
    outer_end: int
    possessive: bool = False


def quoted_spans(text: str) -> list[Quoted]:
    spans = []
    for m in _QUOTED.finditer(text):
        group = m.lastgroup
        inner = m.group(group)
        start, end = m.start(group), m.end(group)
        stripped = " ".join(inner.split())
        if not stripped:
            continue
        start += len(inner) - len(inner.lstrip())
        end = start + len(inner.strip())
        possessive = False
        if _POSSESSIVE_INSIDE.search(stripped) and len(stripped) > 2 and stripped[-3:-2].isalnum():
            cut = _POSSESSIVE_INSIDE.search(stripped).start()
            end -= len(stripped) - cut
            stripped = stripped[:cut]
            possessive = True
        outer_end = m.end()
        after = _POSSESSIVE_AFTER.match(text[outer_end:outer_end + 3])
        if after:
            outer_end += after.end()
            possessive = True
        spans.append(Quoted(stripped, start, end, m.start(), outer_end, possessive))
    return spans


def shape(title: str) -> Shape:
    """Is ``title`` shaped like a title, a maybe-title, or a sentence?"""
    words = title.split()
    if not words or len(words) > MAX_WORDS or len(title) > MAX_CHARS:
        return Shape.SENTENCE
    # "Show! Music Core": a short all-capitalised name may hold a "!"
    exclaimed = (len(words) <= 4 and title[-1] not in ".!?" and all(_capitalised(w) for w in words)
                 and len({w.strip("!") for w in words}) == len(words))  # not a chant: "Ted! Ted! Ted!"
    if _SENTENCE_END.search(title) or any(  # "Mr. Sunshine Again" and "Dr. Romantic" are titles
            not (m.group().startswith(".") and ends_in_abbreviation(title[:m.start() + 1]))
            and not (m.group().startswith("!") and exclaimed)
            for m in _SENTENCE_INSIDE.finditer(title)):
        return Shape.SENTENCE
    if title[-1] in "!?" and len(words) > 6:
        return Shape.SENTENCE
    content = [w for i, w in enumerate(words) if i == 0 or w.casefold() not in _SMALL]
    capitalised = [w for w in content if _capitalised(w)]
    if len(capitalised) == len(content):
        return Shape.TITLE
    if len(words) <= 5 and not title[-1] in "!?":
        return Shape.WEAK
    return Shape.SENTENCE


def _capitalised(word: str) -> bool:
    for ch in word:
        if ch.isalpha():
            return ch.isupper()
        if ch.isdigit():
            return True
    return True  # punctuation or symbols only ("&", "-")


def title_key(title: str) -> str:
    """The form two spellings of one title share: case-folded, no leading article, no edge punctuation."""
    key = re.sub(r"\s+", " ", title.replace("’", "'")).strip(" '\"-–—:,.").casefold()
    return re.sub(r"^(?:the|a|an)\s+", "", key)
