"""`unbait eval stories`: BCubed of the online clusterer on ECB+ (gold event per document).

Weights were tuned on the odd-numbered ECB+ topics only, by the mean F1 over their file
order and five random orders; the even topics are held out. The report gives both halves and all documents clustered together (the
hardest setting: every topic competes for every document). This is the clusterer ingest
runs (``unbait.store`` drives it over SQL), with the lead's event triples parsed by the
same spaCy model as ingest's ``events`` stage. The issue asks for 0.92 on all documents;
it reaches 0.926 in file order (held-out topics 0.938). Misses are mostly ECB+'s paired
events (the same team or people, another year: "fired" vs "hired").

Online clustering depends on arrival order, and the file order (topic by topic) is a
kind one: the report also clusters all documents in ``SHUFFLE_SEEDS`` fixed random
orders and gives the mean and the worst F1 (0.900 and 0.876 where file order gives
0.926), so a change that only suits one order shows up: in random orders 0.92 is not reached.
"""
from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

from unbait.errors import DataMissing
from unbait.evaluation import Metric, Report, shared_dir
from unbait.nlp import load_nlp
from unbait.stages.events import parse_titles  # the events stage's own title parse
from unbait.stories.bcubed import BCubed, bcubed
from unbait.stories.cluster import cluster_stories
from unbait.stories.events import lead_text, lead_triples
from unbait.stories.features import StoryDoc, story_doc
from unbait.stories.similarity import Weights

DATA = Path("data") / "ecbplus" / "stories.jsonl"
F1_FLOOR: float | None = 0.92  # reached 0.926 (0.917 before the event triples and the year bonus)
SHUFFLE_SEEDS = (0, 1, 2, 3, 4)
SHUFFLED_FLOOR: float | None = 0.89  # mean over the shuffled orders; reached 0.900 (0.897 before)


def read_ecbplus(path: Path) -> tuple[list[StoryDoc], dict[str, str], dict[str, int]]:
    """Documents in file order, gold story per id and topic per id."""
    if not path.is_file():
        raise DataMissing(f"{path} not found")
    docs, gold, topic = [], {}, {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                docs.append(story_doc(rec["id"], rec.get("title") or "", rec["text"]))
                gold[rec["id"]], topic[rec["id"]] = rec["story"], int(rec["topic"])
    return with_events(docs), gold, topic


def with_events(docs: list[StoryDoc]) -> list[StoryDoc]:
    """``docs`` with the event triples of their parsed title and lead (what ingest's events stage gives)."""
    titles = parse_titles(d.title for d in docs)
    leads = load_nlp().pipe((lead_text(d.title, d.text) for d in docs), batch_size=64)
    return [replace(d, event=lead_triples(t, b)) for d, t, b in zip(docs, titles, leads, strict=True)]


def score_docs(docs: list[StoryDoc], gold: dict[str, str], weights: Weights | None = None) -> BCubed:
    predicted = {i: s.id for s in cluster_stories(docs, weights) for i in s.doc_ids}
    return bcubed(predicted, {d.id: gold[d.id] for d in docs})


def evaluate_stories(shared: str | Path | None = None, weights: Weights | None = None) -> Report:
    path = Path(shared or shared_dir()) / DATA
    docs, gold, topic = read_ecbplus(path)
    whole = score_docs(docs, gold, weights)
    tune = score_docs([d for d in docs if topic[d.id] % 2 == 1], gold, weights)
    held = score_docs([d for d in docs if topic[d.id] % 2 == 0], gold, weights)
    shuffled = [score_docs(shuffle(docs, seed), gold, weights).f1 for seed in SHUFFLE_SEEDS]
    orders = f"{len(shuffled)} random orders of all documents (seeds {SHUFFLE_SEEDS})"
    return Report("stories", str(path), (
        Metric("bcubed_precision", whole.precision, None, whole.n, "all documents clustered together"),
        Metric("bcubed_recall", whole.recall, None, whole.n, "all documents clustered together"),
        Metric("bcubed_f1", whole.f1, F1_FLOOR, whole.n, "all documents; the issue asks for 0.92"),
        Metric("bcubed_f1_tuning_topics", tune.f1, None, tune.n, "odd topics, used to pick the weights"),
        Metric("bcubed_f1_heldout_topics", held.f1, None, held.n, "even topics, never used for tuning"),
        Metric("bcubed_f1_shuffled_mean", sum(shuffled) / len(shuffled), SHUFFLED_FLOOR, whole.n, orders),
        Metric("bcubed_f1_shuffled_min", min(shuffled), None, whole.n, orders),
    ))


def shuffle(docs: list[StoryDoc], seed: int) -> list[StoryDoc]:
    """``docs`` in a fixed random order (the same for one seed on every machine)."""
    out = list(docs)
    random.Random(seed).shuffle(out)
    return out
