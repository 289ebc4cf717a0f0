"""Candidate answers in an article body: sentences with offsets, content words, teasers.

Offsets index ``text`` (paragraphs joined by blank lines, see :func:`join_paragraphs`).
Only the first :data:`MAX_CHARS` characters of a long article are split.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from unbait.headline.stopwords import ENGLISH_STOPWORDS
from unbait.sentence_ends import pieces

MAX_CHARS = 50_000  # long articles: only the start is searched
STOP = frozenset(ENGLISH_STOPWORDS) | {"one", "thing", "things", "reason", "way", "ways", "here", "new", "just"}
TEASER = re.compile(r"\b(THIS|THESE)\b|\bthis one (thing|trick|reason)\b|\bhere'?s (why|what|how)\b")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][a-z]+)?")
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
    """Sentences of at least three words, in order, with offsets into ``text`` (where they end: :mod:`unbait.sentence_ends`)."""
    found = []
    for a, b in pieces(text[:MAX_CHARS]):
        raw = text[a:b]
        body = raw.strip()
        if len(words(body)) >= 3:
            start = a + len(raw) - len(raw.lstrip())
            found.append(Sentence(start, start + len(body), body, len(found)))
    return found
