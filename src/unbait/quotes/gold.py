"""Gold direct quotes derived from PolNeAR attributions.

PolNeAR annotates every attribution (direct or indirect) as a cue, source spans and
content spans. A *gold direct quote* is derived as follows, independently of the
mark pairing that :mod:`unbait.quotes.marks` does:

1. In each line of the text, a quoted stretch runs from an opening double mark
   (“ or ``"``) to the next closing mark of the same style on that line (” for “,
   ``"`` for ``"``), else to the next closing mark of the other style, else (a
   quotation that goes on in the next paragraph) to the line end. Marks of the
   other style in between are nested quotations and stay inside the stretch.
   Two apostrophes (``''``, the convention of some newspaper archives) count as a
   straight double mark.
   Single marks are not used: in this (US) news data they are nested quotations and
   headline quotations. The stretch is the text between the marks, trimmed of spaces.
2. A stretch is gold when at least half of its characters lie inside the content
   spans of one attribution. When several attributions qualify (an attribution
   reported inside another), the one with the shortest content wins: it is the
   innermost, the one whose source actually spoke the words.
3. The gold speaker is that attribution's source span(s), joined with " and ".

Quoted stretches outside every attribution content (scare quotes, titles,
unannotated quotations) are not gold, so predicting them costs precision.
"""
from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_LINE = re.compile(r"[^\n]+")
_PAIR = {"“": "”", '"': '"'}


@dataclass(frozen=True, slots=True)
class GoldQuote:
    start: int
    end: int
    text: str
    speaker: str  # the source text, as annotated
    sources: tuple[tuple[int, int], ...]  # the source spans' offsets
    contents: tuple[tuple[int, int], ...]  # the attribution's content spans


@dataclass(frozen=True, slots=True)
class GoldDoc:
    doc_id: str
    text: str
    quotes: tuple[GoldQuote, ...]


def _stretches(text: str) -> Iterator[tuple[int, int]]:
    text = text.replace("''", '\x01"')  # same length: offsets hold
    for line in _LINE.finditer(text):
        yield from _line_stretches(text, line.start(), line.end())


def _line_stretches(text: str, i: int, end: int) -> Iterator[tuple[int, int]]:
    while i < end:
        mark = text[i]
        if mark not in _PAIR or (mark == '"' and (i + 1 == end or text[i + 1].isspace())):
            i += 1
            continue
        close = text.find(_PAIR[mark], i + 1, end)
        if close < 0:
            other = [j for j in (text.find("”", i + 1, end), text.find('"', i + 1, end)) if j >= 0]
            close = min(other) if other else end
        s, e = i + 1, close
        i = close + 1
        while s < e and (text[s].isspace() or text[s] == "\x01"):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] == "\x01"):
            e -= 1
        if any(c.isalnum() for c in text[s:e]):
            yield s, e


def gold_quotes(record: dict) -> tuple[GoldQuote, ...]:
    text = record["text"]
    attributions = []
    for q in record.get("quotes", []):
        contents = tuple((c["start"], c["end"]) for c in q.get("contents", []))
        sources = tuple((s["start"], s["end"]) for s in q.get("sources", []))
        if contents and sources:
            size = sum(e - s for s, e in contents)
            attributions.append((size, contents, sources))
    out = []
    for s, e in _stretches(text):
        best = None
        for size, contents, sources in attributions:
            inside = sum(max(0, min(e, ce) - max(s, cs)) for cs, ce in contents)
            if inside * 2 >= e - s and (best is None or size < best[0]):
                best = (size, contents, sources)
        if best is not None:
            speaker = " and ".join(text[a:b] for a, b in best[2])
            out.append(GoldQuote(s, e, text[s:e], speaker, best[2], best[1]))
    return tuple(out)


def read_gold(path: Path, limit: int | None = None) -> list[GoldDoc]:
    docs = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(docs) >= limit:
                break
            if line.strip():
                record = json.loads(line)
                docs.append(GoldDoc(record["doc_id"], record["text"], gold_quotes(record)))
    return docs
