"""An extractive reader: the span of the article that answers a clickbait post (SQuAD-style).

The post and a window of the article go through MiniLM (``all-MiniLM-L6-v2`` of
:mod:`unbait.headline.post_encoder`) as one pair; a linear head gives each article token
a start and an end logit, and a span scores start + end. Long articles are read in
overlapping windows of :data:`MAX_LEN` word pieces (at most :data:`MAX_WINDOWS`). The
embeddings stay as shipped; all six layers above them (:data:`FROZEN` = 0 frozen) and the
head are fine-tuned (:func:`fit`, by :mod:`unbait.headline.reader_train`) and shipped in
fp16 (``span_reader.safetensors``, 21 MB). A window without the answer is taught
to point at ``[CLS]``, so span scores compare across windows.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from unbait.headline.artifacts import MODELS_DIR
from unbait.headline.post_encoder import FROZEN, _base, load_top, lower_layers, run_layers, tune

READER = "span_reader.safetensors"
MAX_LEN, STRIDE, MAX_POST, MAX_WINDOWS, MAX_ANSWER = 192, 64, 40, 12, 24


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # character offsets into the article text
    end: int
    score: float


def _windows(post: str, text: str) -> Any:
    tok, _ = _base()
    post = tok.convert_tokens_to_string(tok.tokenize(post)[:MAX_POST]) or " "
    enc = tok(post, text or " ", truncation="only_second", max_length=MAX_LEN, stride=STRIDE,
              return_overflowing_tokens=True, return_offsets_mapping=True, padding="longest", return_tensors="pt")
    keep = min(MAX_WINDOWS, enc["input_ids"].shape[0])
    context = [[s == 1 for s in enc.sequence_ids(i)] for i in range(keep)]
    return enc["input_ids"][:keep], enc["attention_mask"][:keep], enc["token_type_ids"][:keep], \
        enc["offset_mapping"][:keep].numpy(), np.array(context, dtype=bool)


def _lower(ids: Any, mask: Any, types: Any) -> Any:
    return lower_layers(ids, mask, types, FROZEN)


def _top(layers: Any, head: Any, hidden: Any, mask: Any) -> Any:
    """(batch, tokens, 2) start and end logits."""
    return head(run_layers(layers, hidden, mask))


def fit(hidden: Any, mask: Any, starts: Any, ends: Any, path: Path, epochs: int = 2, seed: int = 0,
        lr: float = 8e-5) -> None:
    """Fine-tune the top layers and head on precomputed lower hidden states; save them (fp16) to ``path``."""
    import torch
    torch.manual_seed(seed)
    _, base = _base()
    layers, head = copy.deepcopy(base.encoder.layer[FROZEN:]).train(), torch.nn.Linear(384, 2)

    def loss_of(batch: Any) -> Any:
        m = mask[batch]
        logits = _top(layers, head, hidden[batch].float(), m).masked_fill(~m.bool()[..., None], -1e4)
        return (torch.nn.functional.cross_entropy(logits[..., 0], starts[batch])
                + torch.nn.functional.cross_entropy(logits[..., 1], ends[batch])) / 2

    tune(layers, head, len(starts), loss_of, path, epochs, lr)


def spans(post: str, text: str, directory: Path = MODELS_DIR, top: int = 20) -> list[Span]:
    """The ``top`` best non-overlapping answer spans of ``text`` for ``post``, best first."""
    import torch

    if not text.strip() or not post.strip():
        return []
    layers, head = load_top(directory / READER, 2)
    ids, mask, types, offsets, context = _windows(post, text)
    with torch.inference_mode():
        logits = _top(layers, head, _lower(ids, mask, types), mask).numpy()
    found: dict[tuple[int, int], float] = {}
    for w in range(len(ids)):
        s_log, e_log = logits[w, :, 0], logits[w, :, 1]
        idx = np.flatnonzero(context[w])
        if not len(idx):
            continue
        for i in idx[np.argsort(-s_log[idx])[:top]]:
            js = idx[(idx >= i) & (idx < i + MAX_ANSWER)]
            j = js[np.argmax(e_log[js])]
            key = (int(offsets[w, i, 0]), int(offsets[w, j, 1]))
            found[key] = max(found.get(key, -np.inf), float(s_log[i] + e_log[j]))
    chosen: list[Span] = []
    for (a, b), score in sorted(found.items(), key=lambda kv: -kv[1]):
        if all(b <= c.start or a >= c.end for c in chosen):
            chosen.append(Span(a, b, score))
        if len(chosen) == top:
            break
    return chosen


def targets(offsets: np.ndarray, context: np.ndarray, answer: tuple[int, int]) -> list[tuple[int, int]]:
    """(start token, end token) of ``answer`` (character offsets) per window; (0, 0) where it does not fit."""
    a, b = answer
    out = []
    for w in range(len(offsets)):
        idx = np.flatnonzero(context[w])
        if len(idx) and offsets[w, idx[0], 0] <= a and offsets[w, idx[-1], 1] >= b:
            out.append((int(idx[offsets[w, idx, 1] > a][0]), int(idx[offsets[w, idx, 0] < b][-1])))
        else:
            out.append((0, 0))
    return out
