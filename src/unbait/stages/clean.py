"""Clean text: normalise whitespace and drop boilerplate lines from the body.

``analysis.article.text`` becomes ``analysis.text``: every Unicode space is a
plain space, runs collapse, each line is stripped, paragraphs are separated by
exactly one blank line, and lines that :mod:`unbait.boilerplate` scores as page
furniture (calls to action, credits and their caption stubs, comment prompts,
share rows, "read more" links, ads, bylines, and the headline-style links under a
related-articles heading: :mod:`unbait.link_lists`) are gone. Subheadings stay, each
its own paragraph.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from unbait import boilerplate
from unbait.link_lists import link_lines
from unbait.document import Analysis

log = logging.getLogger(__name__)

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"), None)
_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n"})
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace but a newline: tabs, NBSP, U+2000..U+200A, U+3000...
_BLANK_LINES = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class CleanResult:
    """The clean body and the lines taken out of it, in order."""

    text: str
    removed: tuple[str, ...] = ()


def blocks(text: str) -> list[list[str]]:
    """Paragraphs (split on blank lines) of whitespace-normalised, non-empty lines."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.translate(_LINE_BREAKS).translate(_INVISIBLE)
    out = []
    for chunk in _BLANK_LINES.split(text):
        lines = [_SPACES.sub(" ", line).strip() for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            out.append(lines)
    return out


def normalise_whitespace(text: str) -> str:
    """Whitespace normalised, nothing removed: lines stripped, one blank line between paragraphs."""
    return "\n\n".join("\n".join(lines) for lines in blocks(text))


def clean_body(text: str, *, title: str = "", authors: Sequence[str] = ()) -> CleanResult:
    """Normalise ``text`` and remove its boilerplate lines; ``title``/``authors`` help spot repeats."""
    paras = blocks(text)
    positions = [(b, i) for b, lines in enumerate(paras) for i in range(len(lines))]
    if not positions:
        return CleanResult("")
    first, last = positions[0], positions[-1]
    drop: set[tuple[int, int]] = set()
    credits: set[tuple[int, int]] = set()
    for b, i in positions:
        line = paras[b][i]
        verdict = boilerplate.score_line(
            line, authors=authors, title=title, first=(b, i) == first, last=(b, i) == last
        )
        if verdict.boilerplate:
            drop.add((b, i))
            log.debug("boilerplate %.2f %s: %r", verdict.score, ",".join(verdict.features), line)
        if "credit" in verdict.features and verdict.boilerplate:
            credits.add((b, i))
    captions = boilerplate.caption_lines(paras, credits)
    for b, i in sorted(captions - drop):
        log.debug("caption stub above a credit: %r", paras[b][i])
    drop |= captions
    links = link_lines(paras)
    for b, i in sorted(links - drop):
        log.debug("link under a related-articles heading: %r", paras[b][i])
    drop |= links
    kept = ["\n".join(line for i, line in enumerate(lines) if (b, i) not in drop)
            for b, lines in enumerate(paras)]
    removed = tuple(paras[b][i] for b, i in positions if (b, i) in drop)
    return CleanResult("\n\n".join(p for p in kept if p), removed)


class CleanText:
    """The ``clean`` stage: the article body, normalised and without boilerplate."""

    name = "clean"

    def __call__(self, analysis: Analysis) -> Analysis:
        article = analysis.article
        result = clean_body(article.text, title=article.title, authors=article.authors)
        return analysis.evolve(text=result.text)
