"""Ingest throughput on a synthetic web archive: reading alone, 1 and N workers, and bare spaCy.

Every figure comes from one call in this process, on an archive written by
:mod:`unbait.sources.synthetic`; worker counts run into fresh stores so no run sees
another's articles. Times include starting the workers (and their model loads).
"""
from __future__ import annotations

import os
import resource
import tempfile
import threading
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
    # (workers, CPU ms per stored document of this process — reader and writer —, of its worker processes);
    # CPU time, unlike the rates, is little disturbed by other jobs on the machine
    cpu_ms_per_doc: tuple[tuple[int, float, float], ...]
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


def _descendants() -> set[int]:
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    mine, grew = {os.getpid()}, True
    while grew:
        new = {p for p, parent in parents.items() if parent in mine} - mine
        mine, grew = mine | new, bool(new)
    return mine - {os.getpid()}


def _descendants_cpu_s() -> float:
    """CPU seconds of this process's descendants, with the children they reaped (pool workers are the fork
    server's children), and of the children this process reaped itself; 0 where /proc is absent."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    total, tick = used.ru_utime + used.ru_stime, os.sysconf("SC_CLK_TCK")
    for pid in _descendants():
        try:
            fields = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(f) for f in fields[11:15]) / tick  # utime, stime, cutime, cstime
        except (OSError, ValueError, IndexError):
            continue
    return total


class _WorkerPeak:
    """The largest peak RSS (VmHWM) among this process's descendants, sampled every 0.5 s.

    Pool workers are forked by a fork server, so they are not this process's children and
    ``RUSAGE_CHILDREN`` never sees them; where ``/proc`` is absent, that figure is kept.
    """

    def __init__(self) -> None:
        self.mb, self._stop = _mb(resource.RUSAGE_CHILDREN), threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(0.5):
            for pid in _descendants():
                try:
                    line = next(x for x in (Path("/proc") / str(pid) / "status").read_text().splitlines()
                                if x.startswith("VmHWM:"))
                    self.mb = max(self.mb, int(line.split()[1]) / 1024)
                except (OSError, StopIteration, ValueError):
                    continue

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return max(self.mb, _mb(resource.RUSAGE_CHILDREN))


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
        rates, cpu, digests, peak = [], [], [], _WorkerPeak()
        for count in workers:
            pool, mine, theirs = runner(count, batch_size=batch_size), time.process_time(), _descendants_cpu_s()
            try:
                with Store(Path(tmp) / f"w{count}.db") as store:
                    summary = run(plan([str(archive)]), store, Context(), pipeline, pool)
                    mine = time.process_time() - mine
                    digests = digests or list(store.digests())
            finally:
                pool.close()
            time.sleep(0.2)  # the fork server reaps the workers that pool.close() ended
            rates.append((count, summary.stored / summary.seconds))
            per_doc = 1000 / max(summary.stored, 1)
            cpu.append((count, mine * per_doc, (_descendants_cpu_s() - theirs) * per_doc))
        nlp, texts = load_nlp(), [d.text for d in digests]
        t0 = time.perf_counter()
        deque(nlp.pipe(texts, batch_size=batch_size), maxlen=0)
        spacy_rate = len(texts) / (time.perf_counter() - t0)
        with Store(Path(tmp) / "write.db") as store:
            t0 = time.perf_counter()
            for i in range(0, len(digests), batch_size):
                store.add_many(digests[i:i + batch_size])
            write_rate = len(digests) / (time.perf_counter() - t0)
    return IngestBench(n, read_rate, tuple(rates), spacy_rate, write_rate, tuple(cpu), _mb(resource.RUSAGE_SELF),
                       peak.stop())
