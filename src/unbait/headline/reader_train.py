"""``unbait train spoiler-reader``: fine-tune the span reader on Webis *training* posts, score it on all of dev.

The reader (:mod:`unbait.headline.span_reader`) learns from the 1,367 phrase-spoiler
training posts with article text and answer offsets (``train_phrase_squad_1367.jsonl``);
it never sees a dev post, so its dev BLEU (whole extractor, gold types, per type) is
measured on every dev post without cross-validation. Each training post gives the
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
from unbait.headline.corpus import WEBIS_DEV, paragraphs, post_text, read_jsonl, spoiler_type
from unbait.headline.sentences import join_paragraphs

WEBIS_SQUAD = "data/webis22/train_phrase_squad_1367.jsonl"
EPOCHS, BATCH = 2, 64


def _answer(row: dict) -> tuple[int, int] | None:
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
        answer = _answer(row)
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


def train_reader(shared: Path, directory: Path = MODELS_DIR, epochs: int = EPOCHS) -> Manifest:
    import torch

    from unbait.headline.spoiler_train import _per_type

    torch.set_num_threads(2)
    start = time.monotonic()
    hidden, mask, starts, ends = training_set(read_jsonl(shared / WEBIS_SQUAD))
    span_reader.fit(hidden, mask, starts, ends, directory / span_reader.READER, epochs=epochs)
    trained = time.monotonic() - start
    rows = read_jsonl(shared / WEBIS_DEV)
    predicted = [dev_spoiler(r, directory) for r in rows]
    metrics = _per_type("dev_bleu", rows, predicted) | {"dev_n": float(len(rows)), "train_windows": float(len(starts))}
    manifest = Manifest(
        model=span_reader.READER, command="unbait train spoiler-reader  (unbait.headline.reader_train.train_reader)",
        data=data_hashes(shared, WEBIS_SQUAD, WEBIS_DEV), metrics=metrics,
        notes=f"MiniLM span reader: top {6 - span_reader.FROZEN} layers + start/end head fine-tuned for {epochs} "
              f"epochs on {WEBIS_SQUAD} (training posts only); dev_bleu*: whole extractor with gold types on "
              f"all dev posts, which the reader never saw",
        size_bytes=(directory / span_reader.READER).stat().st_size, train_seconds=round(trained, 1))
    manifest.write(directory)
    return manifest


def dev_spoiler(row: dict, directory: Path = MODELS_DIR) -> str:
    from unbait.headline.reader_extract import extract

    found = extract(post_text(row), join_paragraphs(paragraphs(row)), spoiler_type(row), directory)
    return found.text if found else ""
