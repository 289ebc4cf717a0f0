"""A local process pool for :func:`unbait.parallel.work`: spawned workers, recycled, memory-capped."""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain

from unbait.document import RawArticle, Rejected
from unbait.parallel import Inline, Outcome, Unit, limit_memory, work


class LocalPool(Inline):
    """Runs :func:`work` in ``workers`` local processes, at most ``2 × workers`` batches in flight.

    The pool starts only once a second batch exists (one batch runs inline). A worker
    that dies takes down only its batch's retry: the batch is re-run one unit at a
    time and the unit that kills a worker again is quarantined.
    """

    def __init__(self, workers: int, batch_size: int = 16, extract_seconds: float = 10.0,
                 recycle: int = 50, memory_mb: int = 3072) -> None:
        super().__init__(batch_size, extract_seconds)
        self.workers, self.recycle, self.memory_mb = max(1, workers), recycle, memory_mb
        self._pool = None

    def _start(self):
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        self._pool = ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"),
                                         max_tasks_per_child=self.recycle, initializer=limit_memory,
                                         initargs=(self.memory_mb,))
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
