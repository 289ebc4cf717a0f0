"""Which body sentence answers a clickbait post: a logistic scorer over MiniLM similarity and cues.

Each candidate sentence gets a few features: the cosine between the post's and the
sentence's mean-pooled MiniLM embeddings (the frozen ``all-MiniLM-L6-v2`` of
:mod:`unbait.headline.post_encoder`), its rank and gap to the best cosine in the article,
the same cosine with the article's own title (the post when there is none; the title
often names what the post withholds),
IDF-weighted word overlap with the post, the same for its neighbours (the answer often
follows the sentence that restates the post), position, length, and answer-type cues (a number
for "how much", "because" for "why", a quote, a teaser that withholds the answer itself,
capitalised words and numbers the post does not name), and two fine-tuned MiniLM readers:
the (post, sentence) cross-encoder of :mod:`unbait.headline.sentence_reader` (phrase and
passage posts) and, for phrase posts, the best span of the span reader
(:mod:`unbait.headline.span_reader`) starting in the sentence, each as its standardised
score, its gap to the article's best, its rank and its neighbours' scores
(:func:`score_block`). The spoiler type is known when
ranking: for phrase and multi posts the similarity and position features get their own
weights, and for phrase posts the new-name cues too (a phrase answer is a name or number).
A logistic model over standardised features (the scaling folded into the weights of
``sentence_ranker.json``, a few hundred bytes) is trained by
:mod:`unbait.headline.spoiler_train` on the sentence that holds the gold spoiler.
Only the first :data:`MAX_SENTENCES` sentences are read.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from unbait.headline.artifacts import MODELS_DIR
from unbait.headline.sentences import TEASER, Sentence, content_words

RANKER = "sentence_ranker.json"
MAX_SENTENCES, MAX_TOKENS, N_FEATURES = 80, 96, 71
_NUM = re.compile(r"\d")
_HOW = re.compile(r"\bhow (much|many|long|old|big)\b|\bwhat (percentage|age|price|year)\b|\bwhen\b", re.I)
_WHY = re.compile(r"\b(why|reason|because)\b", re.I)
_BECAUSE = re.compile(r"\bbecause\b|\bsince\b|\bdue to\b", re.I)
_QUOTE = re.compile(r"[\"“”]")
_CAPITALISED = re.compile(r"(?<=\w[\s,;:])([A-Z][a-zA-Z]+)")
_NUMBER = re.compile(r"\d[\d,.]*")


def embed(texts: Sequence[str]) -> np.ndarray:
    """(len(texts), 384) unit vectors: mean-pooled MiniLM, as sentence-transformers computes them."""
    import torch

    from unbait.headline.post_encoder import _base

    tok, base = _base()
    out = []
    for i in range(0, len(texts), 64):
        x = tok([t or " " for t in texts[i : i + 64]], padding=True, truncation=True, max_length=MAX_TOKENS,
                return_tensors="pt")
        with torch.inference_mode():
            h = base(**x).last_hidden_state
        mask = x["attention_mask"][..., None]
        out.append(torch.nn.functional.normalize((h * mask).sum(1) / mask.sum(1), dim=-1).numpy())
    return np.vstack(out) if out else np.zeros((0, 384), dtype=np.float32)


def _new_names(post: str, candidates: Sequence[Sentence]) -> np.ndarray:
    """Per sentence: capitalised words (not sentence-initial) and numbers the post does not name."""
    known, rows = content_words(post), []
    for s in candidates:
        caps = [w for w in _CAPITALISED.findall(s.text) if w.lower() not in known]
        new_number = any(n not in post for n in _NUMBER.findall(s.text))
        rows.append([math.log1p(len(caps)), float(bool(caps)), float(new_number),
                     math.log1p(len(content_words(s.text) - known))])
    return np.array(rows, dtype=float).reshape(len(candidates), 4)


def score_block(values: np.ndarray | None, n: int) -> np.ndarray:
    """(n, 5) features of one reader's per-sentence scores: z-score, gap to the best, 1/rank, neighbours' z."""
    if values is None or not n:
        return np.zeros((n, 5))
    values = np.asarray(values, dtype=float)[:n]
    z = (values - values.mean()) / (values.std() + 1e-6)
    rank = np.empty(n)
    rank[np.argsort(-values, kind="stable")] = np.arange(n)
    prev, after = np.concatenate([[z.min()], z[:-1]]), np.concatenate([z[1:], [z.min()]])
    return np.c_[z, values - values.max(), 1 / (1 + rank), prev, after]


def features(post: str, candidates: Sequence[Sentence], post_vec: np.ndarray, vecs: np.ndarray,
             title_vec: np.ndarray | None = None, kind: str = "passage", reader: np.ndarray | None = None,
             cross: np.ndarray | None = None) -> np.ndarray:
    """(len(candidates), :data:`N_FEATURES`) feature rows; ``title_vec`` defaults to ``post_vec``.

    ``reader``: the span reader's best span score per sentence (used for phrase posts),
    ``cross``: the sentence reader's score per sentence (used for phrase and passage posts);
    None gives zeros.
    """
    n = len(candidates)
    if not n:
        return np.zeros((0, N_FEATURES))
    cos = vecs @ post_vec
    rank = np.empty(n)
    rank[np.argsort(-cos)] = np.arange(n)
    bags = [content_words(s.text) for s in candidates]
    df = Counter(w for bag in bags for w in bag)
    wanted = content_words(post)
    overlap = np.array([sum(math.log(1 + n / df[w]) for w in wanted & bag) for bag in bags])
    how, why = float(bool(_HOW.search(post))), float(bool(_WHY.search(post)))
    rows = []
    for i, s in enumerate(candidates):
        words, number = len(s.text.split()), float(bool(_NUM.search(s.text)))
        rows.append([cos[i], cos[i] - cos.max(), 1 / (1 + rank[i]), overlap[i], overlap[i] / (overlap.max() + 1e-6),
                     1 / (1 + i), i / n, math.log1p(words), float(words < 8), float(bool(TEASER.search(s.text))),
                     number, how * number, why * float(bool(_BECAUSE.search(s.text))),
                     float(bool(_QUOTE.search(s.text))), float(s.text.endswith("?")),
                     len(wanted & bags[i]) / (len(wanted) + 1), float(i == 0)])
    own = np.array(rows, dtype=float)
    before = np.concatenate([[0.0], np.maximum.accumulate(cos)[:-1]])  # the best match so far
    seen = np.concatenate([[0.0], np.maximum.accumulate(own[:, 4])[:-1]])
    prev = np.vstack([np.zeros((1, 5)), own[:-1, :5]])  # the answer often follows the restatement
    after = np.vstack([own[1:, :5], np.zeros((1, 5))])
    title = vecs @ (post_vec if title_vec is None else title_vec)
    names, phrase, multi = _new_names(post, candidates), float(kind == "phrase"), float(kind == "multi")
    return np.hstack([own, prev, after, np.c_[before, before - cos, seen, before >= cos.max() - 1e-6],
                      np.c_[title, title - title.max(), cos * title, np.log1p(np.arange(n)), np.full(n, math.log1p(n))],
                      names, names * phrase, own[:, :6] * phrase, own[:, :6] * multi,
                      score_block(reader, n) * phrase, score_block(cross, n) * (1 - multi),
                      score_block(cross, n) * phrase])


@lru_cache(maxsize=None)
def _weights(path: Path) -> tuple[np.ndarray, float]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return np.array(raw["coef"]), float(raw["intercept"])


def cross_scores(post: str, candidates: Sequence[Sentence], kind: str, directory: Path = MODELS_DIR) -> np.ndarray | None:
    """The sentence reader's scores of the first :data:`MAX_SENTENCES` candidates; None for multi posts."""
    from unbait.headline import sentence_reader

    if kind == "multi":
        return None
    return sentence_reader.scores(post, [s.text for s in candidates[:MAX_SENTENCES]], directory)


def scores(post: str, candidates: Sequence[Sentence], directory: Path = MODELS_DIR, title: str = "",
           kind: str = "passage", reader: np.ndarray | None = None) -> np.ndarray:
    """One score per candidate (higher answers the post better; -inf past :data:`MAX_SENTENCES`).

    ``title`` is the article's own title (``targetTitle``; the post stands in when it is
    empty), ``kind`` the spoiler type wanted (phrase | passage | multi), ``reader`` the span
    reader's best score per candidate (:func:`unbait.headline.reader_extract.sentence_scores`;
    phrase posts). The sentence reader runs here, for phrase and passage posts.
    """
    out = np.full(len(candidates), -np.inf)
    read = list(candidates[:MAX_SENTENCES])
    if read:
        coef, intercept = _weights(directory / RANKER)
        vecs = embed([post, title.strip() or post] + [s.text for s in read])
        x = features(post, read, vecs[0], vecs[2:], vecs[1], kind, reader,
                     cross_scores(post, read, kind, directory))
        out[: len(read)] = x @ coef + intercept
    return out


def save(coef: np.ndarray, intercept: float, directory: Path = MODELS_DIR) -> None:
    (directory / RANKER).write_text(json.dumps({"coef": [float(c) for c in coef], "intercept": float(intercept)}) + "\n")
    _weights.cache_clear()
