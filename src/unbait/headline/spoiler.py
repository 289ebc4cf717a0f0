"""A first extractive spoiler: the body sentence that best answers the post, or a span of it.

* passage: sentences are ranked by the post words they share, weighted by how rare the
  word is within the article (IDF over its sentences), plus a prior for early sentences;
  the best one is the spoiler.
* phrase: within the best sentence, an entity (or else a noun chunk) that the post does
  not already name, preferring the entity type the post's question asks for (who ->
  person, where -> place, how much / how many -> number or money, when -> date).
* multi: when the article is a list (numbered paragraphs "3. Baking soda for ...", or
  two or more short paragraphs of at most 8 words after the first, like "Name – £3.8m"),
  the first ``N`` item heads, ``N`` being the number the post promises ("5 things"),
  else 5; otherwise the ``N`` (else 3) best sentences in article order. Parts are joined
  by spaces.

Offsets index ``text`` (paragraphs joined by blank lines, see :func:`join_paragraphs`).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from unbait.document import Spoiler
from unbait.headline.spoiler_type import post_number
from unbait.headline.stopwords import ENGLISH_STOPWORDS

MAX_CHARS = 50_000  # long articles: only the start is searched
PRIOR = 1.5  # weight of the early-sentence prior
_STOP = frozenset(ENGLISH_STOPWORDS) | {"one", "thing", "things", "reason", "way", "ways", "here", "new", "just"}
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][a-z]+)?")
_TEASER = re.compile(r"\b(THIS|THESE)\b|\bthis one (thing|trick|reason)\b|\bhere'?s (why|what|how)\b")
_ITEM = re.compile(r"^\s*(?:No\.\s*)?\d+\s*[.):\-–]\s*(.+?)(?:[.:!?](?:\s|$)|$)")
MAX_ITEM_WORDS, MAX_ITEMS = 8, 5
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|$)")
_ANSWER_TYPES = (
    (re.compile(r"\bhow (much|many|long|old|big)\b|\bwhat (percentage|age|price)\b", re.I),
     ("MONEY", "CARDINAL", "PERCENT", "QUANTITY", "DATE", "TIME")),
    (re.compile(r"\bwho\b|\b(this|which|what) (person|man|woman|actor|actress|star|celebrity|player|company)\b", re.I),
     ("PERSON", "ORG", "NORP")),
    (re.compile(r"\bwhere\b|\b(this|which|what) (place|city|country|state|town|restaurant)\b", re.I),
     ("GPE", "LOC", "FAC", "ORG")),
    (re.compile(r"\bwhen\b|\bwhat (year|day|time)\b", re.I), ("DATE", "TIME")),
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    index: int


def join_paragraphs(paragraphs: Sequence[str]) -> str:
    return "\n\n".join(p.strip() for p in paragraphs if p.strip())


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _content(text: str) -> set[str]:
    return {w for w in _words(text) if w not in _STOP}


def sentences(text: str) -> list[Sentence]:
    found = []
    for m in _SENTENCE.finditer(text[:MAX_CHARS]):
        raw = m.group()
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if len(_words(body)) >= 3:
            start = m.start() + lead
            found.append(Sentence(start, start + len(body), body, len(found)))
    return found


def rank(post: str, candidates: Sequence[Sentence], prior: float = PRIOR) -> list[tuple[float, Sentence]]:
    """Sentences best first: IDF-weighted overlap with the post plus an early-position prior."""
    bags = [_content(s.text) for s in candidates]
    df = Counter(w for bag in bags for w in bag)
    n = len(candidates)
    wanted = _content(post)
    scored = []
    for s, bag in zip(candidates, bags):
        if _TEASER.search(s.text):  # it withholds the answer too: not an answer
            continue
        overlap = sum(math.log(1 + n / df[w]) for w in wanted & bag)
        scored.append((overlap + prior / (1 + s.index), s))
    return sorted(scored, key=lambda pair: -pair[0])


def _phrase(post: str, sentence: Sentence) -> tuple[int, int] | None:
    from unbait.nlp import load_nlp

    doc = load_nlp()(sentence.text)
    known = _content(post)
    wanted = next((types for rx, types in _ANSWER_TYPES if rx.search(post)), ())
    spans = [e for e in doc.ents if not _content(e.text) <= known] or []
    typed = [e for e in spans if e.label_ in wanted]
    chunks = [c for c in doc.noun_chunks if _content(c.text) and not _content(c.text) <= known]
    best = (typed or ([] if wanted else spans) or chunks or spans)
    if not best:
        return None
    span = best[0]
    return sentence.start + span.start_char, sentence.start + span.end_char


def list_items(text: str) -> list[tuple[int, int]]:
    """(start, end) of each list item head: numbered paragraphs, else short paragraphs after the first."""
    paras, offset = [], 0
    for raw in text[:MAX_CHARS].split("\n\n"):
        paras.append((offset, raw))
        offset += len(raw) + 2
    numbered = [(at + m.start(1), at + m.end(1)) for at, raw in paras if (m := _ITEM.match(raw))]
    if len(numbered) >= 2:
        return numbered
    short = []
    for at, raw in paras[1:]:
        body = raw.strip()
        if 0 < len(body.split()) <= MAX_ITEM_WORDS and not body.endswith(("?", ":")) and "http" not in body \
                and "photo" not in body.lower():
            lead = len(raw) - len(raw.lstrip())
            short.append((at + lead, at + lead + len(body)))
    return short if len(short) >= 2 else []


def extract(post: str, text: str, kind: str) -> Spoiler | None:
    """The spoiler of ``kind`` (phrase | passage | multi) for ``post`` from ``text``; None if no sentence."""
    candidates = sentences(text)
    if not candidates or not post.strip():
        return None
    ranked = rank(post, candidates)
    if not ranked:
        return None
    best = ranked[0][1]
    if kind == "multi":
        items = list_items(text)[: post_number(post) or MAX_ITEMS]
        if items:
            return Spoiler("multi", " ".join(text[a:b] for a, b in items), items[0][0], items[-1][1])
        k = post_number(post) or 3
        chosen = sorted((s for _, s in ranked[:k]), key=lambda s: s.index)
        return Spoiler("multi", " ".join(s.text for s in chosen), chosen[0].start, chosen[-1].end)
    if kind == "phrase":
        span = _phrase(post, best)
        if span is not None:
            return Spoiler("phrase", text[span[0] : span[1]], *span)
    return Spoiler(kind if kind in ("phrase", "passage") else "passage", best.text, best.start, best.end)
