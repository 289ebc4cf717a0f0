"""Candidate answers in an article body: sentences with offsets, content words, teasers.

Offsets index ``text`` (paragraphs joined by blank lines, see :func:`join_paragraphs`).
Only the first :data:`MAX_CHARS` characters of a long article are split.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from unbait.headline.stopwords import ENGLISH_STOPWORDS

MAX_CHARS = 50_000  # long articles: only the start is searched
STOP = frozenset(ENGLISH_STOPWORDS) | {"one", "thing", "things", "reason", "way", "ways", "here", "new", "just"}
TEASER = re.compile(r"\b(THIS|THESE)\b|\bthis one (thing|trick|reason)\b|\bhere'?s (why|what|how)\b")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][a-z]+)?")
# A sentence ends at ``.``, ``!`` or ``?`` (and closing quotes / brackets) before whitespace and a
# capital, digit or opening quote, directly before a capitalised word (paragraphs glued
# without a separator: "...a hit.The sequel..."), or at the end of a line; a period after a single letter
# ("O.J.", "U.S.") or a title / month abbreviation ("Rep.", "No. 1", "Sept.") ends none, and a
# period inside a word or number ("24.85", "Amazon.com") never does. Not the rule of
# :mod:`unbait.headline.bleu`, which copies NLTK's Punkt as the official scorer ran it
# (fewer abbreviations, no glued paragraphs) and must stay bit-for-bit; this one finds answers.
_END = re.compile(r"([.!?]+)[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9]|\s*$|[A-Z][a-z])")
_ABBREVIATION = re.compile(r"(?:^|[\s(\"'“‘.])(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Gov|Sen|Rep|Rev|Lt|Col|Capt|Sgt|"
                           r"Mt|Ft|vs|No|Nos|Vol|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    index: int


def join_paragraphs(paragraphs: Sequence[str]) -> str:
    return "\n\n".join(p.strip() for p in paragraphs if p.strip())


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in STOP}


def sentences(text: str) -> list[Sentence]:
    """Sentences of at least three words, in order, with offsets into ``text``."""
    found = []
    for a, b in _pieces(text[:MAX_CHARS]):
        raw = text[a:b]
        body = raw.strip()
        if len(words(body)) >= 3:
            start = a + len(raw) - len(raw.lstrip())
            found.append(Sentence(start, start + len(body), body, len(found)))
    return found


def _pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence-sized piece of ``text``: lines cut at sentence ends (see :data:`_END`)."""
    out, offset = [], 0
    for line in text.split("\n"):
        start = 0
        for m in _END.finditer(line):
            if m.group(1) == "." and _ABBREVIATION.search(line[start : m.start() + 1]):
                continue
            out.append((offset + start, offset + m.end()))
            start = m.end()
        out.append((offset + start, offset + len(line)))
        offset += len(line) + 1
    return out
