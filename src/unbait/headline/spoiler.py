"""A first extractive spoiler: the body sentence that best answers the post, or a span of it.

* passage: the best sentence by a scorer: by default the post words it shares, weighted
  by how rare the word is within the article (IDF over its sentences), plus a prior for
  early sentences; ``spoil`` and ``eval`` pass the learned
  :func:`unbait.headline.sentence_ranker.scores` instead.
* phrase: the first entity, in the three best sentences, that the post does not already
  name and that is of the type the post's question asks for (who -> person, where ->
  place, how much / how many -> number or money, when -> date) or, when it asks for none,
  a name (person, organisation, place, work, product...); else, in the best sentence, a
  noun chunk or any entity.
* multi: when the article is a list (numbered paragraphs "3. Baking soda for ...", or
  two or more short paragraphs of at most 8 words after the first, like "Name – £3.8m"),
  the first ``N`` item heads, ``N`` being the number the post promises ("5 things"),
  else 5, and never more than 5 (Webis multi spoilers have at most five parts: taking
  five of a "23 things" list scores better than 23); otherwise the ``N`` (else 4, at most
  5) best sentences in article order. Parts are joined by spaces.

Offsets index ``text`` (paragraphs joined by blank lines, see :func:`join_paragraphs`).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from unbait.document import Spoiler
from unbait.headline.sentences import MAX_CHARS, TEASER, Sentence, content_words, join_paragraphs, sentences
from unbait.headline.spoiler_type import post_number

__all__ = ["MAX_CHARS", "extract", "join_paragraphs", "list_items", "overlap_scores", "sentences"]
PRIOR = 1.5  # weight of the early-sentence prior
_ITEM = re.compile(r"^\s*(?:No\.\s*)?\d+\s*[.):\-–]\s*(.+?)(?:[.:!?](?:\s|$)|$)")
MAX_ITEM_WORDS, MAX_ITEMS, MULTI_SENTENCES = 8, 5, 4  # Webis multi spoilers have at most 5 parts
_ANSWER_TYPES = (
    (re.compile(r"\bhow (much|many|long|old|big)\b|\bwhat (percentage|age|price)\b", re.I),
     ("MONEY", "CARDINAL", "PERCENT", "QUANTITY", "DATE", "TIME")),
    (re.compile(r"\bwho\b|\b(this|which|what) (person|man|woman|actor|actress|star|celebrity|player|company)\b", re.I),
     ("PERSON", "ORG", "NORP")),
    (re.compile(r"\bwhere\b|\b(this|which|what) (place|city|country|state|town|restaurant)\b", re.I),
     ("GPE", "LOC", "FAC", "ORG")),
    (re.compile(r"\bwhen\b|\bwhat (year|day|time)\b", re.I), ("DATE", "TIME")),
)
_NAMES = frozenset("PERSON ORG GPE PRODUCT WORK_OF_ART NORP LOC FAC EVENT LAW LANGUAGE".split())
LOOKAHEAD = 3  # a phrase answer (typed: "how much" -> a number; else a name) is looked for in the 3 best sentences
Scorer = Callable[[str, Sequence[Sentence]], np.ndarray]


def overlap_scores(post: str, candidates: Sequence[Sentence], prior: float = PRIOR) -> np.ndarray:
    """IDF-weighted overlap with the post plus an early-position prior; -inf for teasers."""
    bags = [content_words(s.text) for s in candidates]
    df = Counter(w for bag in bags for w in bag)
    n, wanted = len(candidates), content_words(post)
    return np.array([-math.inf if TEASER.search(s.text) else
                     sum(math.log(1 + n / df[w]) for w in wanted & bag) + prior / (1 + s.index)
                     for s, bag in zip(candidates, bags)], dtype=float)


def _phrase(post: str, ranked: Sequence[Sentence]) -> tuple[int, int] | None:
    from unbait.nlp import load_nlp

    nlp, known = load_nlp(), content_words(post)
    wanted = next((types for rx, types in _ANSWER_TYPES if rx.search(post)), ())
    for sentence in ranked[:LOOKAHEAD]:  # the answer's type, else a name, in the best few sentences
        found = [e for e in nlp(sentence.text).ents if e.label_ in (wanted or _NAMES)
                 and not content_words(e.text) <= known]
        if found:
            return sentence.start + found[0].start_char, sentence.start + found[0].end_char
    sentence = ranked[0]
    doc = nlp(sentence.text)
    spans = [e for e in doc.ents if not content_words(e.text) <= known]
    chunks = [c for c in doc.noun_chunks if content_words(c.text) and not content_words(c.text) <= known]
    best = ([] if wanted else spans) or chunks or spans
    if not best:
        return None
    return sentence.start + best[0].start_char, sentence.start + best[0].end_char


def list_items(text: str) -> list[tuple[int, int]]:
    """(start, end) of each list item head: numbered paragraphs, else short paragraphs after the first."""
    paras, offset = [], 0
    for raw in text[:MAX_CHARS].split("\n\n"):
        paras.append((offset, raw))
        offset += len(raw) + 2
    numbered = [(at + m.start(1), at + m.end(1)) for at, raw in paras if (m := _ITEM.match(raw))]
    if len(numbered) >= 2:
        return numbered
    short = []
    for at, raw in paras[1:]:
        body = raw.strip()
        if 0 < len(body.split()) <= MAX_ITEM_WORDS and not body.endswith(("?", ":")) and "http" not in body \
                and "photo" not in body.lower():
            lead = len(raw) - len(raw.lstrip())
            short.append((at + lead, at + lead + len(body)))
    return short if len(short) >= 2 else []


def extract(post: str, text: str, kind: str, scorer: Scorer = overlap_scores,
            candidates: Sequence[Sentence] | None = None) -> Spoiler | None:
    """The spoiler of ``kind`` (phrase | passage | multi) for ``post`` from ``text``; None if no sentence.

    ``scorer`` ranks the candidate sentences (default: word overlap; the learned
    :func:`unbait.headline.sentence_ranker.scores` is used by ``spoil`` and ``eval``);
    ``candidates``: ``sentences(text)`` when the caller has split it already.
    """
    candidates = sentences(text) if candidates is None else candidates
    if not candidates or not post.strip():
        return None
    scores = np.asarray(scorer(post, candidates), dtype=float)
    order = [i for i in np.argsort(-scores, kind="stable") if np.isfinite(scores[i])]
    if not order:
        return None
    ranked = [candidates[i] for i in order]
    best = ranked[0]
    if kind == "multi":
        items = list_items(text)[: min(post_number(post) or MAX_ITEMS, MAX_ITEMS)]
        if items:
            return Spoiler("multi", " ".join(text[a:b] for a, b in items), items[0][0], items[-1][1])
        chosen = sorted(ranked[: min(post_number(post) or MULTI_SENTENCES, MAX_ITEMS)], key=lambda s: s.index)
        return Spoiler("multi", " ".join(s.text for s in chosen), chosen[0].start, chosen[-1].end)
    if kind == "phrase":
        span = _phrase(post, ranked)
        if span is not None:
            return Spoiler("phrase", text[span[0] : span[1]], *span)
    return Spoiler(kind if kind in ("phrase", "passage") else "passage", best.text, best.start, best.end)
