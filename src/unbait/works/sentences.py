"""Sentence offsets of the clean body: spaCy's sentences when parsed, else :mod:`unbait.sentence_ends`."""
from __future__ import annotations

import re

from unbait.document import Analysis
from unbait.sentence_ends import pieces

#: A relative clause between commas: ", who broke out in “X,”" (a comma inside the marks may end it). A work named
#: there is not the one its sentence is about.
RELATIVE_CLAUSE = r",\s+(?:who|which)\b[^,;]*,"


def sentence_spans(analysis: Analysis) -> list[tuple[int, int]]:
    """(start, end) offsets in ``analysis.text`` of each sentence, in order.

    spaCy sometimes runs a sentence across a paragraph break; those are cut at
    the newline so a caption line never joins the sentence under it; a sentence the
    parser ended at a colon inside a line joins the rest of its line. Offsets exclude
    surrounding spaces.
    """
    text = analysis.text
    if analysis.doc is not None:
        spans = [(s.start_char, s.end_char) for s in analysis.doc.sents]
    else:
        spans = [(a, b) for a, b in pieces(text) if text[a:b].strip()]
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for line in re.finditer(r"\S[^\n]*", text[start:end]):
            a, b = start + line.start(), start + line.start() + len(line.group().rstrip())
            if out and text[out[-1][1] - 1:out[-1][1]] == ":" and "\n" not in text[out[-1][1]:a]:
                out[-1] = (out[-1][0], b)  # "Best New Actress: Roh Yoon-seo": a colon in a line ends nothing
            else:
                out.append((a, b))
    return out
