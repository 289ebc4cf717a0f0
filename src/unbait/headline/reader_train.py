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

from unbait.headline import span_reader
from unbait.headline.artifacts import MODELS_DIR, Manifest, data_hashes
from unbait.headline.corpus import WEBIS_DEV, paragraphs, post_text, read_jsonl, spoiler_type
from unbait.headline.post_encoder import FROZEN
from unbait.headline.sentences import join_paragraphs, sentences

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


def dev_scores(shared: Path, directory: Path = MODELS_DIR) -> dict[str, float]:
    """Dev BLEU per gold type: ranker + reader (:mod:`unbait.headline.reader_extract`) vs the ranker alone.

    The ranker was fit on dev, so its scores here are 5-fold cross-validated (the folds of
    ``unbait train spoiler``); the reader never saw dev.
    """
    from unbait.headline import sentence_ranker, spoiler_train
    from unbait.headline.reader_extract import READER_TYPES, answer

    rows = read_jsonl(shared / WEBIS_DEV)
    posts, texts = [post_text(r) for r in rows], [join_paragraphs(paragraphs(r)) for r in rows]
    cands = [sentences(t)[: sentence_ranker.MAX_SENTENCES] for t in texts]
    held = spoiler_train.cross_validated(*spoiler_train.gold_features(rows, posts, cands))[0]
    both, alone = [], []
    for post, text, row, scores in zip(posts, texts, rows, held):
        kind = spoiler_type(row)
        ranker = spoiler_train._fixed(scores)(post, sentences(text))
        found = span_reader.spans(post, text, directory) if kind in READER_TYPES and len(scores) else []
        for out, spans in ((both, found), (alone, [])):
            spoiler = answer(post, text, kind, ranker, spans) if len(scores) else None
            out.append(spoiler.text if spoiler else "")
    return (spoiler_train._per_type("dev_bleu_cv5_with_reader", rows, both)
            | spoiler_train._per_type("dev_bleu_cv5_ranker_alone", rows, alone) | {"dev_n": float(len(rows))})


def train_reader(shared: Path, directory: Path = MODELS_DIR, epochs: int = EPOCHS) -> Manifest:
    import torch

    torch.set_num_threads(2)
    start = time.monotonic()
    hidden, mask, starts, ends = training_set(read_jsonl(shared / WEBIS_SQUAD))
    span_reader.fit(hidden, mask, starts, ends, directory / span_reader.READER, epochs=epochs)
    return write_manifest(shared, directory, time.monotonic() - start, len(starts), epochs)


def write_manifest(shared: Path, directory: Path, seconds: float, windows: int, epochs: int = EPOCHS) -> Manifest:
    metrics = dev_scores(shared, directory) | {"train_windows": float(windows)}
    manifest = Manifest(
        model=span_reader.READER, command="unbait train spoiler-reader  (unbait.headline.reader_train.train_reader)",
        data=data_hashes(shared, WEBIS_SQUAD, WEBIS_DEV), metrics=metrics,
        notes=f"MiniLM span reader: top {6 - FROZEN} layers + start/end head fine-tuned for {epochs} epochs "
              f"on {WEBIS_SQUAD} (training posts only, never dev). dev_bleu_cv5_with_reader*: the extractor "
              f"of unbait.headline.reader_extract (ranker + reader for phrase and passage, ranker alone for "
              f"multi), gold types, ranker scores 5-fold cross-validated on dev; dev_bleu_cv5_ranker_alone*: the "
              f"same without the reader. ALPHA chosen on dev among 0.25/0.5/1.",
        size_bytes=(directory / span_reader.READER).stat().st_size, train_seconds=round(seconds, 1))
    manifest.write(directory)
    return manifest
