"""Throughput of the whole pipeline against bare spaCy ``nlp.pipe`` on the same texts, in one process."""
from __future__ import annotations

import resource
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from dataclasses import dataclass

from unbait.document import RawArticle
from unbait.nlp import load_nlp
from unbait.pipeline import Pipeline


@dataclass(frozen=True, slots=True)
class BenchResult:
    articles: int
    words: int
    spacy_seconds: float  # best of the rounds
    pipeline_seconds: float
    peak_rss_mb: float

    @property
    def ratio(self) -> float:
        """Pipeline throughput as a fraction of bare spaCy's (1.0 = no overhead)."""
        return self.spacy_seconds / self.pipeline_seconds if self.pipeline_seconds else 0.0

    @property
    def spacy_docs_per_s(self) -> float:
        return self.articles / self.spacy_seconds if self.spacy_seconds else 0.0

    @property
    def pipeline_docs_per_s(self) -> float:
        return self.articles / self.pipeline_seconds if self.pipeline_seconds else 0.0


def _timed(stream: Callable[[], Iterable[object]]) -> float:
    """Seconds to exhaust a stream, holding no item (so memory is the stages', not ours)."""
    t0 = time.perf_counter()
    deque(stream(), maxlen=0)
    return time.perf_counter() - t0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench(articles: Sequence[RawArticle], pipeline: Pipeline, rounds: int = 3) -> BenchResult:
    """Time ``pipeline.pipe`` and bare ``nlp.pipe`` over the pipeline's own clean texts.

    Both run in this process on the same model; rounds alternate so that drift
    in machine load hits both alike, and the best round of each counts.
    """
    nlp = load_nlp()
    texts = [d.text for d in pipeline.pipe(articles)]  # warm-up, and the texts spaCy sees
    words = sum(len(t.split()) for t in texts)
    spacy_best = pipe_best = float("inf")
    for _ in range(rounds):
        spacy_best = min(spacy_best, _timed(lambda: nlp.pipe(texts, batch_size=pipeline.batch_size)))
        pipe_best = min(pipe_best, _timed(lambda: pipeline.pipe(articles)))
    return BenchResult(len(articles), words, spacy_best, pipe_best, peak_rss_mb())


def bench_corpus(n: int) -> list[RawArticle]:
    """``n`` news articles: PolNeAR's training texts and the seeds when ../shared is there, else the examples."""
    import gzip
    import json
    from pathlib import Path

    from unbait.errors import DataMissing
    from unbait.evaluation import shared_dir

    found: list[RawArticle] = []
    try:
        shared = shared_dir()
    except DataMissing:
        shared = None
    if shared is not None:
        for seed in sorted((shared / "seeds").glob("*.txt")):
            title, _, body = seed.read_text(encoding="utf-8").partition("\n")
            found.append(RawArticle(str(seed), title.strip(), body))
        with gzip.open(shared / "data/polnear/train.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in islice(fh, max(0, n - len(found))):
                doc = json.loads(line)
                title, _, body = doc["text"].partition("\n")
                found.append(RawArticle(doc["doc_id"], title.strip(), body))
    else:
        from unbait.inputs import read_inputs

        examples = Path(__file__).resolve().parents[2] / "examples"
        found = [a for a in read_inputs([str(examples)]) if isinstance(a, RawArticle)]
    if not found:
        raise DataMissing("no articles to benchmark on")
    return [found[i % len(found)] for i in range(n)]
