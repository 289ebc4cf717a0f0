"""The spoiler BLEU of the Webis Clickbait Challenge (SemEval-2023 Task 5), without NLTK.

The official evaluator (``bleu_score`` in the organisers' ``evaluation.py`` of the
pan-clickbait-spoiling-evaluator image; it cites webis-de/acl22-clickbait-spoiling,
``evaluation/meteor-metric.py``) does, for every post:

1. join a multi spoiler's parts with spaces, drop newlines, ``word_tokenize``;
2. drop tokens found in NLTK's English stopword list (case-sensitively, *before*
   lower-casing: "The" survives as "the"), lower-case, then drop tokens that are a
   substring of ``string.punctuation`` (so "." and "," go, "``" and "..." stay);
3. ``sentence_bleu([truth], prediction, weights)`` without smoothing, where the
   weights are uniform over 4, 3, 2 n-gram orders when both token lists are longer
   than 3, 2, 1 tokens, else ``(1, 0)``;
4. average over posts.

NLTK without smoothing ("method0") replaces a zero n-gram precision by the smallest
float, and returns exactly 0 when no unigram matches; we do the same, so scores are
bit-for-bit those of NLTK for the same tokens. ``word_tokenize`` is re-implemented
below after NLTK's ``NLTKWordTokenizer`` regexes as of 2022 (the evaluator's era: an
opening single quote stays on its word, "'hooking"; NLTK 3.9 later splits it). Checked
against NLTK 3.10 ``NLTKWordTokenizer`` (with that one 2022 rule) and ``sentence_bleu``
on 7,247 truth/candidate pairs from the Webis dev posts: identical tokens and scores.
Punkt sentence splitting (which only
decides whether a sentence-final period is split off a word) is approximated by a
rule: a period before whitespace and a capital, digit or quote ends a sentence unless
the word is a single letter or a common title abbreviation.
"""
from __future__ import annotations

import math
import re
import string
import sys
from collections import Counter
from collections.abc import Sequence

from unbait.headline.stopwords import ENGLISH_STOPWORDS

_STOP = frozenset(ENGLISH_STOPWORDS)
_SUBS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), s)
    for p, s in (
        # starting quotes
        (r"([«“‘„]|[`]+)", r" \1 "),
        (r'^"', r"``"),
        (r"(``)", r" \1 "),
        (r"([ (\[{<])(\"|'{2})", r"\1 `` "),
        (r"(?i)(\')(?!re|ve|ll|m|t|s|d|n)(\w)\b", r"\1 \2"),
        # punctuation
        (r"([^.])(\.)([\])}>\"'»”’ ]*)\s*$", r"\1 \2 \3 "),
        (r"([:,])([^\d])", r" \1 \2"),
        (r"([:,])$", r" \1 "),
        (r"\.{2,}", r" \g<0> "),
        (r"[;@#$%&]", r" \g<0> "),
        (r"[\u2012-\u2015]", r" \g<0> "),
        (r"([^.])(\.)([\])}>\"']*)\s*$", r"\1 \2\3 "),
        (r"[?!]", r" \g<0> "),
        (r"([^'])' ", r"\1 ' "),
        (r"[*]", r" \g<0> "),
        (r"[\]\[(){}<>]", r" \g<0> "),
        (r"--", r" -- "),
    )
)
_ENDING: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), s)
    for p, s in (
        (r"([»”’])", r" \1 "),
        (r"''", " '' "),
        (r'"', " '' "),
        (r"\s+", " "),
        (r"([^' ])('[sS]|'[mM]|'[dD]|') ", r"\1 \2 "),
        (r"([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", r"\1 \2 "),
    )
)
_CONTRACTIONS = tuple(
    re.compile(p)
    for p in (
        r"(?i)\b(can)(not)\b", r"(?i)\b(d)('ye)\b", r"(?i)\b(gim)(me)\b", r"(?i)\b(gon)(na)\b",
        r"(?i)\b(got)(ta)\b", r"(?i)\b(lem)(me)\b", r"(?i)\b(more)('n)\b", r"(?i)\b(wan)(na)(?=\s)",
        r"(?i) ('t)(is)\b", r"(?i) ('t)(was)\b",
    )
)
_SENTENCE_END = re.compile(r"(?<=[.!?])([\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Gov|Sen|Rep|vs|No|Vol)\.$")


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text[start : m.start()]):
            continue
        out.append(text[start : m.end(1)])
        start = m.end()
    out.append(text[start:])
    return [s for s in out if s.strip()]


def _tokenize_sentence(text: str) -> list[str]:
    for pattern, sub in _SUBS:
        text = pattern.sub(sub, text)
    text = f" {text} "
    for pattern, sub in _ENDING:
        text = pattern.sub(sub, text)
    for pattern in _CONTRACTIONS:
        text = pattern.sub(r" \1 \2 ", text)
    return text.split()


def word_tokenize(text: str) -> list[str]:
    """Tokens as NLTK's ``word_tokenize`` gives them (Punkt approximated)."""
    return [t for s in _sentences(text) for t in _tokenize_sentence(s)]


def spoiler_tokens(text: str | Sequence[str]) -> list[str]:
    """The tokens the official scorer compares: stopwords and punctuation removed, lower-cased."""
    if not isinstance(text, str):
        text = " ".join(text)
    tokens = [t for t in word_tokenize(text.replace("\n", "")) if t not in _STOP]
    return [low for low in (t.lower() for t in tokens) if low not in string.punctuation]


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def sentence_bleu(reference: Sequence[str], hypothesis: Sequence[str], weights: Sequence[float]) -> float:
    """NLTK's ``sentence_bleu([reference], hypothesis, weights)`` with no smoothing."""
    precisions: list[tuple[int, int]] = []
    for n in range(1, len(weights) + 1):
        hyp, ref = _ngrams(hypothesis, n), _ngrams(reference, n)
        clipped = sum(min(c, ref[g]) for g, c in hyp.items())
        precisions.append((clipped, max(1, sum(hyp.values()))))
    if precisions[0][0] == 0:
        return 0.0
    r, c = len(reference), len(hypothesis)
    bp = 1.0 if c > r else math.exp(1 - r / c)
    logs = (w * math.log(num / den if num else sys.float_info.min) for w, (num, den) in zip(weights, precisions))
    return bp * math.exp(math.fsum(logs))


def bleu_weights(truth_len: int, prediction_len: int) -> tuple[float, ...]:
    """The official evaluator's n-gram order for a pair of token-list lengths."""
    shortest = min(truth_len, prediction_len)
    if shortest > 3:
        return (0.25, 0.25, 0.25, 0.25)
    if shortest > 2:
        return (1 / 3, 1 / 3, 1 / 3)
    if shortest > 1:
        return (0.5, 0.5)
    return (1.0, 0.0)


def spoiler_bleu(truth: str | Sequence[str], prediction: str | Sequence[str]) -> float:
    """BLEU of one predicted spoiler against the true one (multi parts are joined by spaces)."""
    t, p = spoiler_tokens(truth), spoiler_tokens(prediction)
    return sentence_bleu(t, p, bleu_weights(len(t), len(p)))


def mean_bleu(truths: Sequence[str | Sequence[str]], predictions: Sequence[str | Sequence[str]]) -> float:
    """The official score: :func:`spoiler_bleu` averaged over posts (0 for no posts)."""
    if len(truths) != len(predictions):
        raise ValueError(f"{len(truths)} truths but {len(predictions)} predictions")
    if not truths:
        return 0.0
    return math.fsum(spoiler_bleu(t, p) for t, p in zip(truths, predictions)) / len(truths)
