"""Ingest throughput on a synthetic web archive: reading alone, 1 and N workers, and bare spaCy.

Every figure comes from one call in this process, on an archive written by
:mod:`unbait.sources.synthetic`; worker counts run into fresh stores so no run sees
another's articles. Times include starting the workers (and their model loads).
"""
from __future__ import annotations

import resource
import tempfile
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

import unbait
from unbait.ingest_run import run
from unbait.nlp import load_nlp
from unbait.parallel import runner
from unbait.sources.dispatch import Context, plan
from unbait.sources.filters import Filters
from unbait.sources.synthetic import write_synthetic_warc
from unbait.sources.warc import WarcRead
from unbait.store import Store


@dataclass(frozen=True, slots=True)
class IngestBench:
    documents: int
    read_records_per_s: float  # WARC → candidate HTML, no extraction
    docs_per_s: tuple[tuple[int, float], ...]  # (workers, documents/s) of the whole ingest
    spacy_docs_per_s: float  # bare nlp.pipe on the same clean texts, one process
    write_docs_per_s: float  # the single writer alone: Store.add_many (with KB resolution) of the digests
    peak_rss_mb_self: float
    peak_rss_mb_worker: float

    @property
    def ratio_1_worker_vs_spacy(self) -> float:
        return dict(self.docs_per_s).get(1, 0.0) / self.spacy_docs_per_s if self.spacy_docs_per_s else 0.0

    @property
    def speedup(self) -> float:
        rates = dict(self.docs_per_s)
        return max(rates.values()) / rates[1] if rates.get(1) else 0.0


def _mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def bench_ingest(n: int, workers: tuple[int, ...] = (1, 2), batch_size: int = 16) -> IngestBench:
    with tempfile.TemporaryDirectory(prefix="unbait-bench-") as tmp:
        archive = Path(tmp) / "bench.warc.gz"
        write_synthetic_warc(archive, n, seed=11)
        read = WarcRead(archive, Filters(), 10_000_000)
        t0 = time.perf_counter()
        deque(read.candidates(), maxlen=0)
        read_rate = read.stats.records / (time.perf_counter() - t0)
        pipeline = unbait.pipeline(batch_size)
        deque(pipeline.pipe([unbait.RawArticle("warm", "Warm up", "A model loads once.")]), maxlen=0)
        rates, digests = [], []
        for count in workers:
            pool = runner(count, batch_size=batch_size)
            try:
                with Store(Path(tmp) / f"w{count}.db") as store:
                    summary = run(plan([str(archive)]), store, Context(), pipeline, pool)
                    digests = digests or list(store.digests())
            finally:
                pool.close()
            rates.append((count, summary.stored / summary.seconds))
        nlp, texts = load_nlp(), [d.text for d in digests]
        t0 = time.perf_counter()
        deque(nlp.pipe(texts, batch_size=batch_size), maxlen=0)
        spacy_rate = len(texts) / (time.perf_counter() - t0)
        with Store(Path(tmp) / "write.db") as store:
            t0 = time.perf_counter()
            for i in range(0, len(digests), batch_size):
                store.add_many(digests[i:i + batch_size])
            write_rate = len(digests) / (time.perf_counter() - t0)
    return IngestBench(n, read_rate, tuple(rates), spacy_rate, write_rate,
                       _mb(resource.RUSAGE_SELF), _mb(resource.RUSAGE_CHILDREN))
