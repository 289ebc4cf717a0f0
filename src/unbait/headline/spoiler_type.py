"""Which kind of spoiler a clickbait post withholds: phrase, passage or multi.

Two stages. (1) A TF-IDF + logistic model over the post text with cue tokens
(a leading number, "this/these", a question, why/how, wh-words), trained on the
3,200 Webis training posts (``train_light_3200.jsonl``, no bodies), and a MiniLM post
reader fine-tuned on the same posts (:mod:`unbait.headline.post_encoder`). (2) A small
logistic stacker over both models' log-probabilities and article features (paragraph and
sentence counts and lengths, numbered paragraphs, post cues (a question, wh-words, plurals
such as "ways" or "things"), whether the post's number N matches N list-like
paragraphs), fit on the dev posts, the only ones with bodies: its quality is
therefore reported by 10-fold cross-validation on dev, never on posts it saw, and its
regularisation is chosen by an inner cross-validation (nested CV; see
:mod:`unbait.headline.spoiler_type_train`, which fits both stages).
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from unbait.headline import post_encoder
from unbait.headline.artifacts import MODELS_DIR
from unbait.headline.corpus import paragraphs, post_text
from unbait.headline.linear_text import LinearTextModel
from unbait.headline.sentences import join_paragraphs, sentences

TEXT_MODEL, STACKER = "spoiler_type.npz", "spoiler_type_stack.json"
TYPES = ("phrase", "passage", "multi")
_WORDNUM = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_CUES = (
    ("xxstartnum", re.compile(r"^\W*(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.I)),
    ("xxanynum", re.compile(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
                            r"(?!\s*(%|percent|years?|year-old|million|billion))", re.I)),
    ("xxthis", re.compile(r"\b(this|these)\b", re.I)),
    ("xxquestion", re.compile(r"\?\s*$")),
    ("xxwhyhow", re.compile(r"\b(why|how)\b", re.I)),
    ("xxwh", re.compile(r"\b(who|what|which|where|when)\b", re.I)),
)
_NUMBERED = re.compile(r"^\s*\d+[.):]\s")
_PLURAL = re.compile(r"\b(these|ways|things|reasons|tips|photos|times)\b", re.I)
_WH, _WHY = re.compile(r"\b(who|what|which|where|when)\b", re.I), re.compile(r"\b(why|how)\b", re.I)


def with_cues(post: str) -> str:
    return " ".join([post] + [name for name, rx in _CUES if rx.search(post)])


def post_number(post: str) -> int:
    """The list size a post promises ("7 things", "five ways"), else 0."""
    for tok in re.findall(r"\b\w+\b", post.lower()):
        n = int(tok) if tok.isdigit() else _WORDNUM.get(tok, 0)
        if 1 < n < 60:
            return n
    return 0


def article_features(post: str, paragraphs: Sequence[str]) -> list[float]:
    paras = [p for p in paragraphs if p.strip()] or [""]
    lens = [len(p.split()) for p in paras]
    n, numbered, short = post_number(post), sum(bool(_NUMBERED.match(p)) for p in paras), sum(x < 20 for x in lens)
    return [math.log1p(len(paras)), math.log1p(sum(lens) / len(lens)), short / len(lens), math.log1p(numbered),
            float(n > 0), float(n > 0 and numbered >= n - 1), float(n > 0 and short >= n), math.log1p(n),
            float(len(post.split()) < 8), math.log1p(len(sentences(join_paragraphs(paras)))), float("?" in post),
            len(post.split()) / 20, float(bool(_PLURAL.search(post))), float(bool(_WH.search(post))),
            float(bool(_WHY.search(post))), sum(x < 15 for x in lens) / len(lens)]


@dataclass(frozen=True, slots=True)
class Stacker:
    coef: np.ndarray  # (3, 3 + 3 + features)
    intercept: np.ndarray
    classes: tuple[str, ...]
    C: float = 0.1  # the logistic regularisation it was fit with (chosen by cross-validation on dev)

    def predict(self, text_proba: np.ndarray, encoder_proba: np.ndarray, features: Sequence[float]) -> str:
        z = np.concatenate([np.log(text_proba + 1e-6), np.log(encoder_proba + 1e-6), np.asarray(features, dtype=float)])
        return self.classes[int(np.argmax(self.coef @ z + self.intercept))]


@lru_cache(maxsize=None)
def _models(directory: Path = MODELS_DIR) -> tuple[LinearTextModel, Stacker]:
    raw = json.loads((directory / STACKER).read_text(encoding="utf-8"))
    stack = Stacker(np.array(raw["coef"]), np.array(raw["intercept"]), tuple(raw["classes"]), float(raw.get("C", 0.1)))
    return LinearTextModel.load(directory / TEXT_MODEL), stack


def classify(post: str, paragraphs: Sequence[str] = ()) -> str:
    """phrase | passage | multi for a post and (when there is one) its article's paragraphs."""
    text, stack = _models()
    encoded = post_encoder.proba([post])[0]
    return stack.predict(text.proba(with_cues(post)), encoded, article_features(post, paragraphs))


def balanced_accuracy(truth: Sequence[str], pred: Sequence[str]) -> float:
    recalls = [np.mean([p == t for t, p in zip(truth, pred) if t == c]) for c in sorted(set(truth))]
    return float(np.mean(recalls))


def stacker_inputs(text: LinearTextModel, rows: Sequence[dict], directory: Path = MODELS_DIR) -> np.ndarray:
    """The stacker's rows for Webis records: both stages' log-probabilities and article features."""
    probs = np.array([text.proba(with_cues(post_text(r))) for r in rows])
    encoded = post_encoder.proba([post_text(r) for r in rows], directory)
    articles = [article_features(post_text(r), paragraphs(r)) for r in rows]
    return np.hstack([np.log(probs + 1e-6), np.log(encoded + 1e-6), articles])
