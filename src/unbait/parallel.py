"""The per-document work (extract → analyse) as ONE function over a batch, and where it runs.

:func:`work` is what every runner calls, unchanged: :class:`Inline` in this process,
:class:`unbait.local_pool.LocalPool` in local worker processes (each loads the model once and is
replaced after ``recycle`` batches so memory stays flat), and
:class:`unbait.dask_runner.DaskRunner` on a Dask cluster. Every runner yields the
outcomes of the batches in the order they were given, so the results (and the store
they end in) do not depend on where the work ran.
"""
from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from unbait.document import RawArticle, Rejected
from unbait.filing import Filing, filing
from unbait.pipeline import Pipeline
from unbait.sources.warc import Candidate, extract

Unit = RawArticle | Candidate  # an article already read, or a page still to extract
Outcome = Filing | Rejected


class _Overtime(BaseException):
    """Raised by the alarm inside an extraction that ran past its time bound."""


@contextmanager
def time_bound(seconds: float) -> Iterator[None]:
    """Interrupt the body after ``seconds`` with :class:`_Overtime` (main thread only; else unbounded)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def ring(signum, frame):  # noqa: ARG001
        raise _Overtime

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def limit_memory(megabytes: int) -> None:
    """Cap this process's address space: past it, allocations raise MemoryError (a pool initializer)."""
    import resource

    cap = megabytes * 1024 * 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard < 0 else min(cap, hard), hard))


def bounded_extract(candidate: Candidate, seconds: float) -> RawArticle | Rejected:
    try:
        with time_bound(seconds):
            return extract(candidate)
    except _Overtime:
        return Rejected(candidate.uri, f"extraction took over {seconds:g} s (pathological page?)")


def work(units: Sequence[Unit], batch_size: int = 16, extract_seconds: float = 10.0,
         make: Callable[[int], Pipeline] | None = None) -> list[Outcome]:
    """Extract the pages among ``units`` and analyse every article: one outcome per unit, in order.

    An analysed article comes back as its :class:`~unbait.filing.Filing` (the digest with what the
    writer needs of it precomputed here, where it runs in parallel); an unreadable one as Rejected.

    ``make(batch_size)`` gives the pipeline (default: :func:`unbait.pipeline`, built once per process).
    """
    import unbait

    read = [u if isinstance(u, RawArticle) else bounded_extract(u, extract_seconds) for u in units]
    digests = (make or unbait.pipeline)(batch_size).pipe(a for a in read if isinstance(a, RawArticle))
    return [filing(next(digests)) if isinstance(a, RawArticle) else a for a in read]


class Inline:
    """Runs :func:`work` in this process."""

    def __init__(self, batch_size: int = 16, extract_seconds: float = 10.0,
                 make: Callable[[int], Pipeline] | None = None) -> None:
        self.args = (batch_size, extract_seconds, make)

    def map(self, batches: Iterable[list[Unit]]) -> Iterator[list[Outcome]]:
        for batch in batches:
            yield work(batch, *self.args)

    def close(self) -> None:
        pass


def runner(workers: int | None = None, dask: str | None = None, *, batch_size: int = 16,
           extract_seconds: float = 10.0, memory_mb: int = 3072) -> Inline:
    """Inline for one worker, a local pool for more (default: all cores), Dask when an address is given."""
    if dask:
        from unbait.dask_runner import DaskRunner

        return DaskRunner(dask, batch_size, extract_seconds, memory_mb=memory_mb)
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        return Inline(batch_size, extract_seconds)
    from unbait.local_pool import LocalPool

    return LocalPool(workers, batch_size, extract_seconds, memory_mb=memory_mb)
