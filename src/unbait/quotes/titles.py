"""Tell a quoted work title (“Night Shift”-style) from a quotation.

A quoted span is a title when it is one of ``analysis.works`` (title or alias, with or
without a possessive), or when it is short, Title-Cased, has no sentence punctuation
inside, and the words around it use it as a name: alone on its line or in brackets, a chart position or year
in brackets after it (“X” (No. 6), “X” (2019)), a possessive after it (“X”'s, or the
’s inside the marks), a determiner, possessive or preposition before it (his “X”, on
“X”, tvN’s “X”), a word that introduces a title (titled, dubbed, series) or a release or performance verb
(released “X”, performed “X”), or a
lowercase common noun right after it (the “X” time slot, his “X” partner).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from unbait.document import Work
from unbait.quotes.marks import QuoteSpan

_SMALL = frozenset("a an the and or of on in to for at with by from vs vs. de la le & nor but as".split())
_BEFORE = frozenset(
    """
    the a an his her their its our my your on in of for from at with about into by
    titled dubbed named entitled called series drama show film movie song album single
    program programme hit track sitcom musical play book novel webtoon variety
    released releasing dropped unveiled performed performing covered sang singing
    following replacing succeeding including
    """.split()
)
_POSSESSIVE = re.compile(r"[’']s?$")
_WORD = re.compile(r"[^\s]+")
# “Spark” (No. 14), “Heat” (1995), “Dune” (2021, Warner Bros.): a chart position or a year in brackets after it
_DATED = re.compile(r"\s?\((?:No\.\s?\d{1,3}|#\s?\d{1,3}|(?:19|20)\d\d\b)[^()\n]{0,30}\)")


def _core(text: str) -> tuple[str, bool]:
    core = text.strip().rstrip(" ,.;:!?")
    possessive = bool(re.search(r"[’']s$", core)) and len(core) > 2
    if possessive:
        core = core[:-2]
    return core, possessive


def _title_cased(words: list[str]) -> bool:
    if not words or len(words) > 8:
        return False
    for i, w in enumerate(words):
        first = next((c for c in w if c.isalnum()), "")
        if not first:
            continue
        if first.isupper() or first.isdigit():
            continue
        if i > 0 and w.casefold() in _SMALL:
            continue
        return False
    return True


def known_titles(works: Iterable[Work]) -> frozenset[str]:
    return frozenset(t.casefold() for w in works for t in (w.title, *w.aliases) if t)


def _alone(span: QuoteSpan, text: str) -> bool:
    """Whether the span is all of its line (a heading or a caption)."""
    start = text.rfind("\n", 0, span.open) + 1
    end = text.find("\n", span.close)
    end = len(text) if end < 0 else end
    return not text[start:span.open].strip() and not text[span.close + 1:end].strip(" ’'\"”")


def _bracketed(span: QuoteSpan, text: str) -> bool:
    """“Best Actress: Kim Tae-ri (“Jeongnyeon”)”: the span is all there is inside brackets."""
    return text[span.open - 1:span.open] == "(" and text[span.close + 1:span.close + 2] == ")"


def is_title(span: QuoteSpan, text: str, titles: frozenset[str], next_token: Any | None = None,
             tokens: Any = None) -> bool:
    """Whether ``span`` names a work rather than quoting someone.

    ``tokens`` (the parsed words inside the marks), when given, lets a Title-Cased
    name of two words or more with no verb or pronoun count as a title anywhere.
    """
    inner = text[span.start:span.end]
    core, possessive = _core(inner)
    if not core:
        return False
    if core.casefold() in titles:
        return True
    before = _WORD.findall(text[max(0, span.open - 30):span.open])
    prev = before[-1] if before else ""
    words = [w.strip("!?") for w in core.split()]
    owned = prev.endswith(("’s", "'s")) and len(words) <= 5 and len(set(words)) == len(words)  # MBC's “Show! Music Core”
    if (re.search(r"[.!?;:]\s", core) and not owned) or not _title_cased(core.split()):
        return False
    bare = not re.search(r"[.!?,]$", inner.strip())
    if bare and (_alone(span, text) or _bracketed(span, text)):
        return True
    unstopped = not re.search(r"[.!?]$", inner.strip())  # “Small Mercies,” was nominated: US-style comma
    if unstopped and tokens is not None and len(core.split()) >= 2 and not any(
            t.pos_ in ("VERB", "AUX", "PRON") for t in tokens):
        return True
    if bare and _DATED.match(text, span.close + 1):
        return True
    after = text[span.close + 1:span.close + 3]
    if possessive or _POSSESSIVE.match(after.strip()[:2] or " ") and after[:1] in "’'":
        return True
    if prev.casefold() in _BEFORE or prev.endswith(("’s", "'s")):
        return True
    if next_token is not None and next_token.pos_ == "NOUN" and next_token.text[:1].islower():
        return True
    return False
