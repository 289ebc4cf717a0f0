"""Pair quotation marks into spans, one paragraph (one line) at a time.

Double marks (“ ” „ « » and straight ``"``) form one family, single marks (‘ ’ and
straight ``'``) another. Only top-level spans are returned: marks of the other family
inside an open span are nested quotations and belong to it. A single mark counts as
an opening only at a word start (after a space, a bracket, a dash or a double mark)
and before a letter or digit, and as a closing only at a word end; everything else
is an apostrophe (``don’t``, ``Lee’s``, ``players’``). Two apostrophes (``''``)
count as one straight double mark. A double quotation still open
at the end of its paragraph runs to the end of the paragraph (the newspaper style for
a quotation that goes on in the next paragraph); an unclosed single one is dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
_OPENING_CONTEXT = " \t\u00a0([{—–-/“\"‘'„«:"
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int  # offsets of the words inside the marks (trimmed of spaces)
    end: int
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark, or the paragraph end when unclosed
    closed: bool
    family: str  # "double" | "single"
    paragraph: int  # index of the line it sits on (non-empty lines only)


def _kind(text: str, i: int, pending: str | None) -> tuple[str, str] | None:
    """(family, "open"|"close") for the mark at ``i``, or None when it is no quotation mark."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in DOUBLE_OPEN:
        return ("double", "open")
    if ch in DOUBLE_CLOSE:
        return ("double", "close") if pending == "double" else (
            ("double", "open") if (prev in _OPENING_CONTEXT and nxt.isalnum()) else None)
    if ch == '"':
        if pending == "double":
            return ("double", "close")
        return ("double", "open") if not nxt.isspace() else None
    if ch in SINGLE_OPEN or ch in SINGLE_CLOSE or ch == "'":
        word_start = prev in _OPENING_CONTEXT or prev.isspace()
        if pending == "single" and not nxt.isalnum() and not prev.isspace():
            return ("single", "close")
        if ch != SINGLE_CLOSE and word_start and nxt.isalnum():
            if ch == "'" or ch == SINGLE_OPEN:
                # ’90s / '90s, 'em, 'n' are elisions, not openings
                if re.match(r"\d\ds\b|em\b|n\b|til\b|cause\b", text[i + 1:i + 7]):
                    return None
            return ("single", "open")
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] == "\x01"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "\x01"):
        end -= 1
    return start, end


def _paragraph_spans(text: str, p_start: int, p_end: int, index: int) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    outer: tuple[str, int] | None = None  # (family, offset of opening mark)
    inner: str | None = None  # the other family, open inside ``outer``
    for i in range(p_start, p_end):
        ch = text[i]
        if ch not in "“”„«»\"‘’'":
            continue
        if outer is None:
            kind = _kind(text, i, None)
            if kind is not None and kind[1] == "open":
                outer = (kind[0], i)
            continue
        if outer[0] == "double" and text[outer[1]] == '"' and ch in "“”":
            inner = "curly" if ch == "“" else (None if inner == "curly" else inner)
            continue  # curly marks inside a straight quotation are nested
        kind = _kind(text, i, outer[0])
        if kind is None or kind != (outer[0], "close"):
            kind = _kind(text, i, inner)
        if kind is None:
            continue
        family, role = kind
        if family == outer[0] and role == "close":
            s, e = _trim(text, outer[1] + 1, i)
            if any(c.isalnum() for c in text[s:e]):
                spans.append(QuoteSpan(s, e, outer[1], i, True, family, index))
            outer, inner = None, None
        elif family != outer[0] and inner != "curly":
            if inner is None and role == "open":
                inner = family
            elif inner == family and role == "close":
                inner = None
    if outer is not None and outer[0] == "double":
        s, e = _trim(text, outer[1] + 1, p_end)
        if any(c.isalnum() for c in text[s:e]):
            spans.append(QuoteSpan(s, e, outer[1], p_end, False, "double", index))
    return spans


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line."""
    return [m.span() for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def find_spans(text: str) -> list[QuoteSpan]:
    """Every top-level quoted span in ``text``, in order."""
    out: list[QuoteSpan] = []
    text = text.replace("''", '\x01"')  # same length: offsets hold
    for index, (s, e) in enumerate(paragraphs(text)):
        out.extend(_paragraph_spans(text, s, e, index))
    return out
