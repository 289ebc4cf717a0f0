"""The per-document work (extract → analyse) as ONE function over a batch, and where it runs.

:func:`work` is what every runner calls, unchanged: :class:`Inline` in this process,
:class:`LocalPool` in local worker processes (each loads the model once and is
replaced after ``recycle`` batches so memory stays flat), and
:class:`unbait.dask_runner.DaskRunner` on a Dask cluster. Every runner yields the
outcomes of the batches in the order they were given, so the results (and the store
they end in) do not depend on where the work ran.
"""
from __future__ import annotations

import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain

from unbait.document import Digest, RawArticle, Rejected
from unbait.pipeline import Pipeline
from unbait.sources.warc import Candidate, extract

Unit = RawArticle | Candidate  # an article already read, or a page still to extract
Outcome = Digest | Rejected


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


def bounded_extract(candidate: Candidate, seconds: float) -> RawArticle | Rejected:
    try:
        with time_bound(seconds):
            return extract(candidate)
    except _Overtime:
        return Rejected(candidate.uri, f"extraction took over {seconds:g} s (pathological page?)")


def work(units: Sequence[Unit], batch_size: int = 16, extract_seconds: float = 10.0,
         make: Callable[[int], Pipeline] | None = None) -> list[Outcome]:
    """Extract the pages among ``units`` and analyse every article: one outcome per unit, in order.

    ``make(batch_size)`` gives the pipeline (default: :func:`unbait.pipeline`, built once per process).
    """
    import unbait

    read = [u if isinstance(u, RawArticle) else bounded_extract(u, extract_seconds) for u in units]
    digests = (make or unbait.pipeline)(batch_size).pipe(a for a in read if isinstance(a, RawArticle))
    return [next(digests) if isinstance(a, RawArticle) else a for a in read]


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


class LocalPool(Inline):
    """Runs :func:`work` in ``workers`` local processes, at most ``2 × workers`` batches in flight.

    The pool starts only once a second batch exists (one batch runs inline). A worker
    that dies takes down only its batch's retry: the batch is re-run one unit at a
    time and the unit that kills a worker again is quarantined.
    """

    def __init__(self, workers: int, batch_size: int = 16, extract_seconds: float = 10.0,
                 recycle: int = 50) -> None:
        super().__init__(batch_size, extract_seconds)
        self.workers, self.recycle = max(1, workers), recycle
        self._pool = None

    def _start(self):
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        self._pool = ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"),
                                         max_tasks_per_child=self.recycle)
        return self._pool

    def map(self, batches: Iterable[list[Unit]]) -> Iterator[list[Outcome]]:
        it = iter(batches)
        first = next(it, None)
        second = next(it, None)
        if first is None:
            return
        if second is None:
            yield work(first, *self.args)
            return
        window: deque[tuple[list[Unit], object]] = deque()
        for batch in chain((first, second), it):
            window.append((batch, (self._pool or self._start()).submit(work, batch, *self.args)))
            if len(window) >= 2 * self.workers:
                yield self._result(window)
        while window:
            yield self._result(window)

    def _result(self, window: deque) -> list[Outcome]:
        from concurrent.futures.process import BrokenProcessPool

        batch, future = window.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            self._restart(window)
            return [self._alone(unit) for unit in batch]

    def _restart(self, window: deque) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        pool = self._start()
        for i, (batch, _) in enumerate(window):
            window[i] = (batch, pool.submit(work, batch, *self.args))

    def _alone(self, unit: Unit) -> Outcome:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._pool.submit(work, [unit], *self.args).result()[0]
        except BrokenProcessPool:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._start()
            source = unit.source if isinstance(unit, RawArticle) else unit.uri
            return Rejected(source, "the worker process died on this document (crash or memory bound)")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def runner(workers: int | None = None, dask: str | None = None, *, batch_size: int = 16,
           extract_seconds: float = 10.0) -> Inline:
    """Inline for one worker, a local pool for more (default: all cores), Dask when an address is given."""
    if dask:
        from unbait.dask_runner import DaskRunner

        return DaskRunner(dask, batch_size, extract_seconds)
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        return Inline(batch_size, extract_seconds)
    return LocalPool(workers, batch_size, extract_seconds)
