"""A local process pool for :func:`unbait.parallel.work`: workers forked with the model loaded, recycled, memory-capped."""
from __future__ import annotations

import sys
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain

from unbait.document import RawArticle, Rejected
from unbait.parallel import Inline, Outcome, Unit, limit_memory, work


def _prepare(memory_mb: int, path: list[str]) -> None:
    """A new worker: this process's memory cap, and the parent's import path as it is now (as spawn gives)."""
    sys.path[:] = path
    limit_memory(memory_mb)


class LocalPool(Inline):
    """Runs :func:`work` in ``workers`` local processes, at most ``2 × workers`` batches in flight.

    Workers are forked from a fork server that loaded the model once (:mod:`unbait.warm_worker`),
    so starting one, or replacing one after ``recycle`` batches, costs no model load (spawned
    where there is no fork server).

    The pool starts only once a second batch exists (one batch runs inline). A worker
    that dies or hangs costs only one document: its batch is re-run one unit at a time and the
    unit that kills a worker again is quarantined. ``make`` must be picklable by name.
    """

    def __init__(self, workers: int, batch_size: int = 16, extract_seconds: float = 10.0,
                 recycle: int = 50, memory_mb: int = 3072, make=None, batch_seconds: float = 600.0) -> None:
        super().__init__(batch_size, extract_seconds, make)
        self.workers, self.recycle, self.memory_mb = max(1, workers), recycle, memory_mb
        self.batch_seconds = batch_seconds  # a batch not back by then: its worker is taken as hung
        self._pool = None

    def _start(self):
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_all_start_methods, get_context

        if "forkserver" in get_all_start_methods():  # workers forked from a server with the model loaded
            context = get_context("forkserver")
            context.set_forkserver_preload(["unbait.warm_worker"])
        else:
            context = get_context("spawn")
        self._pool = ProcessPoolExecutor(self.workers, mp_context=context,
                                         max_tasks_per_child=self.recycle, initializer=_prepare,
                                         initargs=(self.memory_mb, list(sys.path)))
        for ready in [self._pool.submit(work, []) for _ in range(self.workers)]:
            ready.result()  # workers up and unbait imported before any batch's time bound starts
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
            return future.result(timeout=self.batch_seconds)
        except (BrokenProcessPool, TimeoutError):
            # the batch may have been lost to another one that broke the pool: its units run alone
            # first, in a fresh pool with nothing else in flight, then the rest of the window again
            self._stop()
            self._start()
            outcomes = [self._alone(unit) for unit in batch]
            self._resubmit(window)
            return outcomes

    def _stop(self) -> None:
        for process in list((getattr(self._pool, "_processes", None) or {}).values()):
            process.kill()  # a hung worker never exits by itself
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _resubmit(self, window: deque) -> None:
        for i, (batch, _) in enumerate(window):
            window[i] = (batch, self._pool.submit(work, batch, *self.args))

    def _alone(self, unit: Unit) -> Outcome:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._pool.submit(work, [unit], *self.args).result(timeout=self.batch_seconds)[0]
        except (BrokenProcessPool, TimeoutError) as exc:
            self._stop()
            self._start()
            source = unit.source if isinstance(unit, RawArticle) else unit.uri
            why = f"hung (over {self.batch_seconds:g} s)" if isinstance(exc, TimeoutError) else \
                "died (crash or memory bound)"
            return Rejected(source, f"the worker process {why} on this document")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
