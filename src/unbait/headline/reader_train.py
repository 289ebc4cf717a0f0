"""``unbait train spoiler-reader``: fine-tune the span reader on Webis *training* posts, score it on all of dev.

The reader (:mod:`unbait.headline.span_reader`) learns from the 1,367 phrase-spoiler
training posts with article text and answer offsets (``train_phrase_squad_1367.jsonl``);
it never sees a dev post, so its dev numbers (alone, on the phrase posts) are measured
on every dev post without cross-validation. Each training post gives the
windows that hold its answer (at most two) and one window that does not (taught to
point at ``[CLS]``).
"""
from __future__ import annotations

import random
import time
from pathlib import Path

import numpy as np

from unbait.headline import span_reader
from unbait.headline.artifacts import MODELS_DIR, Manifest, data_hashes
from unbait.headline.bleu import spoiler_bleu
from unbait.headline.corpus import WEBIS_DEV, paragraphs, post_text, read_jsonl, spoiler_type
from unbait.headline.post_encoder import FROZEN, _base
from unbait.headline.sentences import join_paragraphs, sentences

WEBIS_SQUAD = "data/webis22/train_phrase_squad_1367.jsonl"
EPOCHS, BATCH, LR = 3, 64, 8e-5


def answer_offsets(row: dict) -> tuple[int, int] | None:
    context, text = row["context"], row["answer_text"][0]
    start = row["answer_start"][0]
    if context[start : start + len(text)] != text:
        start = context.find(text)
    return (start, start + len(text)) if start >= 0 and text.strip() else None


def training_set(rows: list[dict], seed: int = 0) -> tuple:
    """Lower hidden states (fp16), masks and start / end targets of the chosen windows of ``rows``."""
    import torch

    rng = random.Random(seed)
    picked_ids, picked_mask, picked_types, starts, ends = [], [], [], [], []
    for row in rows:
        answer = answer_offsets(row)
        if answer is None:
            continue
        ids, mask, types, offsets, context = span_reader._windows(post_text(row), row["context"])
        marks = span_reader.targets(offsets, context, answer)
        positive = [w for w, t in enumerate(marks) if t != (0, 0)][:2]
        negative = [w for w, t in enumerate(marks) if t == (0, 0)]
        for w in positive + ([rng.choice(negative)] if negative else []):
            pad = span_reader.MAX_LEN - ids.shape[1]
            picked_ids.append(torch.nn.functional.pad(ids[w], (0, pad)))
            picked_mask.append(torch.nn.functional.pad(mask[w], (0, pad)))
            picked_types.append(torch.nn.functional.pad(types[w], (0, pad)))
            starts.append(marks[w][0])
            ends.append(marks[w][1])
    ids, mask, types = torch.stack(picked_ids), torch.stack(picked_mask), torch.stack(picked_types)
    hidden = torch.cat([span_reader._lower(ids[i : i + BATCH], mask[i : i + BATCH], types[i : i + BATCH]).half()
                        for i in range(0, len(ids), BATCH)])
    return hidden, mask, torch.tensor(starts), torch.tensor(ends)


def dev_scores(shared: Path, directory: Path = MODELS_DIR) -> dict[str, float]:
    """The reader alone on every dev phrase post (it never saw dev): BLEU of its best span, and how often
    that span starts in a best-BLEU sentence. The extractor that ``spoil`` runs (the reader as a ranker
    feature) is scored by ``unbait train spoiler``."""
    from unbait.headline.spoiler_train import best_sentences

    bleu, hits = [], []
    for row in read_jsonl(shared / WEBIS_DEV):
        if spoiler_type(row) != "phrase":
            continue
        text = join_paragraphs(paragraphs(row))
        found = span_reader.spans(post_text(row), text, directory)
        bleu.append(spoiler_bleu(row["spoiler"], text[found[0].start : found[0].end] if found else ""))
        cands = sentences(text)
        best = best_sentences(row["spoiler"], cands)
        hits.append(bool(found) and any(b and s.start <= found[0].start < s.end for s, b in zip(cands, best)))
    return {"dev_bleu_phrase_reader_alone": float(np.mean(bleu)), "dev_hit_at_1_phrase": float(np.mean(hits)),
            "dev_n_phrase": float(len(bleu))}


def train_reader(shared: Path, directory: Path = MODELS_DIR, epochs: int = EPOCHS) -> Manifest:
    import torch

    _base()  # loading the base sets one thread (for inference); training takes both cores
    torch.set_num_threads(2)
    start = time.monotonic()
    hidden, mask, starts, ends = training_set(read_jsonl(shared / WEBIS_SQUAD))
    span_reader.fit(hidden, mask, starts, ends, directory / span_reader.READER, epochs=epochs, lr=LR)
    return write_manifest(shared, directory, time.monotonic() - start, len(starts), epochs)


def write_manifest(shared: Path, directory: Path, seconds: float, windows: int, epochs: int = EPOCHS) -> Manifest:
    metrics = dev_scores(shared, directory) | {"train_windows": float(windows)}
    return Manifest.record(
        directory, span_reader.READER, "unbait train spoiler-reader  (unbait.headline.reader_train.train_reader)",
        data_hashes(shared, WEBIS_SQUAD, WEBIS_DEV), metrics,
        f"MiniLM span reader: top {6 - FROZEN} layers + start/end head fine-tuned for {epochs} epochs "
        f"(lr {LR}) on {WEBIS_SQUAD} (training posts only, never dev). dev_*: the reader alone on every dev "
        f"phrase post: BLEU of its best span, and how often it starts in a best-BLEU sentence. The whole "
        f"extractor (the reader as a sentence-ranker feature) is scored by unbait train spoiler.", seconds)
