"""Sentence offsets of the clean body: spaCy's sentences when parsed, else a plain split."""
from __future__ import annotations

import re

from unbait.document import Analysis

_SPLIT = re.compile(r"[^.!?\n]+(?:[.!?]+[”\"’']?|\n|$)")


def sentence_spans(analysis: Analysis) -> list[tuple[int, int]]:
    """(start, end) offsets in ``analysis.text`` of each sentence, in order.

    spaCy sometimes runs a sentence across a paragraph break; those are cut at
    the newline so a caption line never joins the sentence under it.
    """
    text = analysis.text
    if analysis.doc is not None:
        spans = [(s.start_char, s.end_char) for s in analysis.doc.sents]
    else:
        spans = [(m.start(), m.end()) for m in _SPLIT.finditer(text) if m.group().strip()]
    out = []
    for start, end in spans:
        for line in re.finditer(r"[^\n]+", text[start:end]):
            if line.group().strip():
                out.append((start + line.start(), start + line.end()))
    return out
