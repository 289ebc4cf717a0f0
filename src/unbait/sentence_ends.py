"""Where sentences end in plain text, for code that has no spaCy parse.

A sentence ends at ``.``, ``!`` or ``?`` (and closing quotes / brackets) before whitespace
and a capital, digit or opening quote, directly before a capitalised word (paragraphs glued
without a separator: "...a hit.The sequel..."), or at the end of a line. A period after a
single letter ("O.J.", "U.S.") or a title / month abbreviation ("Rep.", "No. 1", "Sept.")
ends none, and a period inside a word or number ("24.85", "Amazon.com") never does.

Used for the spoiler candidates (:mod:`unbait.headline.sentences`) and for the works and
facts stages when an article was not parsed (:mod:`unbait.works.sentences`). Not the rule
of :mod:`unbait.headline.bleu`, which copies NLTK's Punkt as the official scorer ran it and
must stay bit-for-bit.
"""
from __future__ import annotations

import re

_END = re.compile(r"([.!?]+)[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9]|\s*$|[A-Z][a-z])")
_ABBREVIATION = re.compile(r"(?:^|[\s(\"'“‘.])(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Gov|Sen|Rep|Rev|Lt|Col|Capt|Sgt|"
                           r"Mt|Ft|vs|No|Nos|Vol|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$")


def ends_in_abbreviation(before: str) -> bool:
    """Whether the period ending ``before`` closes an abbreviation or initial ("Dr.", "J.", "Sept."), not a sentence."""
    return bool(_ABBREVIATION.search(before))


def pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence-sized piece of ``text``, in order: its lines, cut where a sentence ends.

    Pieces keep their surrounding spaces and may be blank (an empty line); callers strip and skip.
    """
    out, offset = [], 0
    for line in text.split("\n"):
        start = 0
        for m in _END.finditer(line):
            if m.group(1) == "." and ends_in_abbreviation(line[start : m.start() + 1]):
                continue
            out.append((offset + start, offset + m.end()))
            start = m.end()
        out.append((offset + start, offset + len(line)))
        offset += len(line) + 1
    return out
