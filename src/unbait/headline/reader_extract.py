"""The spoiler from the span reader's answers (:mod:`unbait.headline.span_reader`).

* phrase: the best span.
* passage: the sentence that holds the best span.
* multi: the article's list item heads when it is a list (as :func:`unbait.headline.spoiler.extract`
  does), else the sentences that hold the ``N`` best spans (``N`` the number the post
  promises, else 4, at most 5), in article order.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from unbait.document import Spoiler
from unbait.headline.artifacts import MODELS_DIR
from unbait.headline.sentences import Sentence, sentences
from unbait.headline.span_reader import Span, spans
from unbait.headline.spoiler import MAX_ITEMS, MULTI_SENTENCES, list_items
from unbait.headline.spoiler_type import post_number


def holding(span: Span, candidates: Sequence[Sentence]) -> Sentence | None:
    """The sentence in which ``span`` starts (None when it starts between sentences)."""
    return next((s for s in candidates if s.start <= span.start < s.end), None)


def from_spans(post: str, text: str, kind: str, found: Sequence[Span]) -> Spoiler | None:
    if not found:
        return None
    if kind == "phrase":
        best = found[0]
        return Spoiler("phrase", text[best.start : best.end], best.start, best.end)
    candidates = sentences(text)
    held = [s for s in (holding(span, candidates) for span in found) if s is not None]
    held = list(dict.fromkeys(held))
    if kind == "multi":
        wanted = min(post_number(post) or MAX_ITEMS, MAX_ITEMS)
        items = list_items(text)[:wanted]
        if items:
            return Spoiler("multi", " ".join(text[a:b] for a, b in items), items[0][0], items[-1][1])
        chosen = sorted(held[: min(post_number(post) or MULTI_SENTENCES, MAX_ITEMS)], key=lambda s: s.index)
        if chosen:
            return Spoiler("multi", " ".join(s.text for s in chosen), chosen[0].start, chosen[-1].end)
    if held:
        return Spoiler("passage", held[0].text, held[0].start, held[0].end)
    best = found[0]
    return Spoiler("passage", text[best.start : best.end], best.start, best.end)


def extract(post: str, text: str, kind: str, directory: Path = MODELS_DIR) -> Spoiler | None:
    """The spoiler of ``kind`` (phrase | passage | multi) for ``post`` from ``text``; None if the reader finds none."""
    return from_spans(post, text, kind, spans(post, text, directory))
