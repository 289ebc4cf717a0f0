"""Where things sit in the clean body: paragraphs, headline-like lines, quotations, titles.

All of it is regex over ``analysis.text``, so it costs one linear pass each and
needs no parse. The people stages use it to tell a subheading ("Lee Min Ho
Gives Fans A Big Hug") from prose, speech from narration, and a quoted
work title from a person's name.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from unbait.quotes.marks import find_spans

_SMALL = frozenset("a an and as at but by for from in into of on or the to vs with & x".split())
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_QUOTE = re.compile(r"“[^”\n]{1,1500}”|\"[^\"\n]{1,1500}\"|‘[^’\n]{1,120}’(?!\w)|(?<!\w)'[^'\n]{1,120}'(?!\w)")
_TITLE_SHAPE = re.compile(r"^[\s\W]*[A-Z0-9][^.!?]*$")


def _capitalised(line: str) -> tuple[int, int]:
    """(capitalised words, words) among the line's words that are not small words."""
    words = [w for w in _WORD.findall(line) if w.casefold() not in _SMALL]
    return sum(1 for w in words if w[0].isupper()), len(words)


def is_headline_like(line: str) -> bool:
    """Title Case line: nearly every non-small word capitalized."""
    caps, n = _capitalised(line)
    return n >= 2 and caps / n >= 0.8


def is_headline_line(line: str) -> bool:
    """A subheading or headline in the body: Title Case and unpunctuated, or every word but
    small ones capitalised in a long line. A sentence that ends like one and has a lower-case
    word ("Tom Hanks, Meryl Streep and Emma Stone attended the Golden Globes.") is prose, however
    many names it holds."""
    caps, n = _capitalised(line)
    if n < 2 or caps / n < 0.8:
        return False
    return not re.search(r"[.!?][\W]*$", line) or (n >= 6 and caps == n)


def is_title_like(span: str) -> bool:
    """A quoted span shaped like a work title: short, mostly capitalized, not a sentence."""
    words = _WORD.findall(span)
    if not 1 <= len(words) <= 8 or not _TITLE_SHAPE.match(span):
        return False
    return is_headline_like(span) or len(words) == 1


@dataclass(frozen=True)
class Layout:
    text: str
    line_starts: tuple[int, ...]
    headline_lines: frozenset[int]  # line indexes
    quotes: tuple[tuple[int, int], ...]  # (start, end) including the marks
    titles: tuple[tuple[int, int, str], ...]  # quoted spans shaped like titles (inner offsets)

    def line_of(self, pos: int) -> int:
        return bisect.bisect_right(self.line_starts, pos) - 1

    def in_headline(self, pos: int) -> bool:
        return self.line_of(pos) in self.headline_lines

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quotes, (pos, 1 << 60)) - 1
        return i >= 0 and self.quotes[i][0] < pos < self.quotes[i][1]

    speech: tuple[tuple[int, int], ...]  # quoted spans that are speech, not titles

    def in_speech(self, pos: int) -> bool:
        i = bisect.bisect_right(self.speech, (pos, 1 << 60)) - 1
        return i >= 0 and self.speech[i][0] < pos < self.speech[i][1]


def layout(text: str) -> Layout:
    starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    heads = set()
    for i, start in enumerate(starts):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(text)
        line = text[start:end].strip()
        if line and is_headline_line(line):
            heads.add(i)
    quotes, titles = [], []
    for m in _QUOTE.finditer(text):
        quotes.append((m.start(), m.end()))
        inner = m.group()[1:-1]
        if is_title_like(inner.strip()):
            titles.append((m.start() + 1, m.end() - 1, inner.strip()))
    title_spans = {(s - 1, e + 1) for s, e, _ in titles}
    speech = [q for q in quotes if q not in title_spans]
    # single-quoted speech with an apostrophe inside ('I've only played bright characters'), which the
    # pattern above cannot delimit: the quotation reader's spans
    for q in find_spans(text):
        if q.family == "single" and q.closed and not is_title_like(text[q.start:q.end]) \
                and not any(a < q.close + 1 and q.open < b for a, b in speech):
            speech.append((q.open, q.close + 1))
    speech = tuple(sorted(speech))
    return Layout(text, tuple(starts), frozenset(heads), tuple(quotes), tuple(titles), speech)
