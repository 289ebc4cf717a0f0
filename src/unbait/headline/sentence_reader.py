"""A cross-encoder over (post, sentence) pairs: how well one body sentence answers a clickbait post.

The sentence ranker's MiniLM cosine compares a post and a sentence embedded apart; here
they go through MiniLM (``all-MiniLM-L6-v2`` of :mod:`unbait.headline.post_encoder`) as
one pair of at most :data:`MAX_LEN` word pieces, so the sentence is read *against* the
post, and a linear head over the mean-pooled output gives one score. The lower
:data:`FROZEN` layers stay as shipped; the top four and the head are fine-tuned
(:func:`fit`, by :mod:`unbait.headline.sentence_reader_train`) listwise: among the
sentence that holds a training post's answer, up to three of its neighbours and random
others of the same article (:data:`GROUP` in all), the answer's must score highest.
Shipped in fp16 (``sentence_reader.safetensors``). The scores feed the sentence ranker
(:mod:`unbait.headline.sentence_ranker`) as features; they are not probabilities.
"""
from __future__ import annotations

import copy
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from unbait.headline.artifacts import MODELS_DIR
from unbait.headline.post_encoder import _base, load_top, lower_layers, run_layers, tune

SENTENCE_READER = "sentence_reader.safetensors"
FROZEN, MAX_LEN, MAX_POST, GROUP, NEIGHBOURS = 2, 96, 40, 8, 3
EPOCHS, LR, BATCH_GROUPS = 3, 1e-4, 4


def encode(post: str, texts: Sequence[str]) -> tuple[Any, Any, Any]:
    """Word-piece ids, mask and segment ids of the pairs (post, text) for each of ``texts``."""
    tok, _ = _base()
    post = tok.convert_tokens_to_string(tok.tokenize(post)[:MAX_POST]) or " "
    x = tok([post] * len(texts), [t or " " for t in texts], truncation="only_second", max_length=MAX_LEN,
            padding="max_length", return_tensors="pt")
    return x["input_ids"], x["attention_mask"], x["token_type_ids"]


def _top(layers: Any, head: Any, hidden: Any, mask: Any) -> Any:
    """One score per pair: the tuned layers, mean pooling over real tokens, the linear head."""
    hidden = run_layers(layers, hidden, mask)
    return head((hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True))[..., 0]


def group(answer: int, n: int, rng: random.Random) -> list[int] | None:
    """Sentence indices for one training list: the answer's first, then neighbours, then random others."""
    if n < GROUP or not 0 <= answer < n:
        return None
    near = [j for j in (answer - 1, answer + 1, answer - 2, answer + 2) if 0 <= j < n][:NEIGHBOURS]
    rest = [j for j in range(n) if j != answer and j not in near]
    return [answer, *near, *rng.sample(rest, GROUP - 1 - len(near))]


def lower(post: str, texts: Sequence[str]) -> tuple[Any, Any]:
    """Frozen hidden states (fp16) and mask of the pairs; computed once, before :func:`fit`."""
    ids, mask, types = encode(post, texts)
    return lower_layers(ids, mask, types, FROZEN).half(), mask


def fit(hidden: Any, mask: Any, path: Path, epochs: int = EPOCHS, seed: int = 0, lr: float = LR) -> None:
    """Fine-tune the top layers and head on (lists, :data:`GROUP`, tokens, 384) lower states, answer first."""
    import torch

    torch.manual_seed(seed)
    _, base = _base()
    layers, head = copy.deepcopy(base.encoder.layer[FROZEN:]).train(), torch.nn.Linear(384, 1)

    def loss_of(batch: Any) -> Any:
        m = mask[batch].flatten(0, 1)
        width = int(m.sum(1).max())
        logits = _top(layers, head, hidden[batch].float().flatten(0, 1)[:, :width], m[:, :width])
        return torch.nn.functional.cross_entropy(logits.view(len(batch), GROUP), torch.zeros(len(batch), dtype=torch.long))

    tune(layers, head, len(hidden), loss_of, path, epochs, lr, BATCH_GROUPS)


def scores(post: str, texts: Sequence[str], directory: Path = MODELS_DIR) -> np.ndarray:
    """One score per text (higher answers ``post`` better); empty for no texts."""
    import torch

    if not texts:
        return np.zeros(0)
    layers, head = load_top(directory / SENTENCE_READER, 1)
    out = []
    for i in range(0, len(texts), 32):
        ids, mask, types = encode(post or " ", texts[i : i + 32])
        width = int(mask.sum(1).max())
        ids, mask, types = ids[:, :width], mask[:, :width], types[:, :width]
        with torch.inference_mode():
            out.append(_top(layers, head, lower_layers(ids, mask, types, FROZEN), mask).numpy())
    return np.concatenate(out).astype(float)
