"""``unbait train sentence-reader``: fine-tune the (post, sentence) cross-encoder on Webis *training* posts.

The cross-encoder (:mod:`unbait.headline.sentence_reader`) learns from the 1,367
phrase-spoiler training posts with article text (``train_phrase_squad_1367.jsonl``): the
sentence holding the answer against its neighbours and random others. It never sees a
dev post, so its dev numbers are measured on every dev post without cross-validation:
how often its best sentence is the best one (the sentence with the highest BLEU against
the gold spoiler, as the ranker is taught), per gold type.
"""
from __future__ import annotations

import random
import time
from pathlib import Path

import numpy as np

from unbait.headline import sentence_reader
from unbait.headline.artifacts import MODELS_DIR, Manifest, data_hashes
from unbait.headline.corpus import WEBIS_DEV, paragraphs, post_text, read_jsonl, spoiler_type
from unbait.headline.reader_train import WEBIS_SQUAD, answer_offsets
from unbait.headline.sentence_ranker import MAX_SENTENCES
from unbait.headline.sentences import join_paragraphs, sentences


def training_set(rows: list[dict], seed: int = 0) -> tuple:
    """Lower hidden states (lists, GROUP, tokens, 384) and masks, the answer's sentence first in each list."""
    import torch

    rng, hidden, masks = random.Random(seed), [], []
    for row in rows:
        answer = answer_offsets(row)
        if answer is None:
            continue
        cands = sentences(row["context"])[:MAX_SENTENCES]
        at = next((i for i, s in enumerate(cands) if s.start <= answer[0] < s.end), -1)
        picked = sentence_reader.group(at, len(cands), rng)
        if picked is not None:
            h, m = sentence_reader.lower(post_text(row), [cands[j].text for j in picked])
            hidden.append(h)
            masks.append(m)
    return torch.stack(hidden), torch.stack(masks)


def dev_scores(shared: Path, directory: Path = MODELS_DIR) -> dict[str, float]:
    """Per gold type: how often the cross-encoder's best sentence is a best-BLEU sentence, on every dev post."""
    from unbait.headline.spoiler_train import best_sentences

    hits: dict[str, list[bool]] = {"phrase": [], "passage": [], "multi": []}
    for row in read_jsonl(shared / WEBIS_DEV):
        cands = sentences(join_paragraphs(paragraphs(row)))[:MAX_SENTENCES]
        if cands:
            found = sentence_reader.scores(post_text(row), [s.text for s in cands], directory)
            hits.setdefault(spoiler_type(row), []).append(bool(best_sentences(row["spoiler"], cands)[int(np.argmax(found))]))
    return {f"dev_hit_at_1_{t}": float(np.mean(v)) for t, v in hits.items() if v} | {
        "dev_n_with_sentences": float(sum(len(v) for v in hits.values()))}


def train_sentence_reader(shared: Path, directory: Path = MODELS_DIR) -> Manifest:
    import torch

    from unbait.headline.post_encoder import _base

    _base()  # loading the base sets one thread (for inference); training takes both cores
    torch.set_num_threads(2)
    start = time.monotonic()
    hidden, mask = training_set(read_jsonl(shared / WEBIS_SQUAD))
    sentence_reader.fit(hidden, mask, directory / sentence_reader.SENTENCE_READER)
    seconds = time.monotonic() - start
    metrics = dev_scores(shared, directory) | {"train_lists": float(len(hidden))}
    return Manifest.record(
        directory, sentence_reader.SENTENCE_READER,
        "unbait train sentence-reader  (unbait.headline.sentence_reader_train.train_sentence_reader)",
        data_hashes(shared, WEBIS_SQUAD, WEBIS_DEV), metrics,
        f"MiniLM (post, sentence) cross-encoder: top {6 - sentence_reader.FROZEN} layers + linear head, "
        f"listwise over {sentence_reader.GROUP} sentences of an article, {sentence_reader.EPOCHS} epochs on "
        f"{WEBIS_SQUAD} (training posts only, never dev). dev_hit_at_1_*: its best sentence is a best-BLEU "
        f"sentence, per gold type, on every dev post. Used as features of the sentence ranker.", seconds)
