"""Headline-style link lines under a "Related Articles" / "Read more" / "You may also like" heading.

The heading itself is boilerplate (:func:`unbait.boilerplate.score_line`); the
links under it are other articles' headlines, which look like nothing on their
own. So after a bare heading, the run of short title-like lines that follows
(Title Case, no sentence punctuation, no quoted speech, across blank lines too)
goes with it, up to the first prose line.
"""
from __future__ import annotations

from collections.abc import Sequence

from unbait.boilerplate import is_quoted, is_related_heading, is_titleish, words

_MAX_WORDS = 16


def link_lines(blocks: Sequence[Sequence[str]]) -> set[tuple[int, int]]:
    """``(block, line)`` positions of the link lines under each related-articles heading."""
    positions = [(b, i) for b, lines in enumerate(blocks) for i in range(len(lines))]
    found: set[tuple[int, int]] = set()
    inside = False
    for b, i in positions:
        line = blocks[b][i]
        if is_related_heading(line):
            inside = True
        elif inside and _link_like(line):
            found.add((b, i))
        else:
            inside = False
    return found


def _link_like(line: str) -> bool:
    return len(words(line)) <= _MAX_WORDS and is_titleish(line) and not is_quoted(line)
