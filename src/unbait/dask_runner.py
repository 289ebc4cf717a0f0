"""Run :func:`unbait.parallel.work` on a Dask cluster: ``local:N`` starts one here, else an address.

Dask is an optional extra (``pip install unbait[dask]``); it is imported only here, only
when a Dask run is asked for. Workers import unbait, load the model once per process
and keep it; a ``local:N`` cluster caps each worker's memory (``memory_mb``, the
``worker_memory_mb`` setting; Dask's nanny restarts a worker past it). The single
writer (the store) stays in the calling process.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from unbait.errors import UnbaitError
from unbait.parallel import Inline, Outcome, Unit, work


class DaskRunner(Inline):
    """``DaskRunner("local:2")`` or ``DaskRunner("tcp://scheduler:8786")``; batches come back in order."""

    def __init__(self, address: str, batch_size: int = 16, extract_seconds: float = 10.0,
                 memory_mb: int | None = None) -> None:
        super().__init__(batch_size, extract_seconds)
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise UnbaitError("--dask needs the dask extra: pip install 'unbait[dask]'") from exc
        self._cluster = None
        try:
            if address.startswith("local:"):
                workers = int(address.removeprefix("local:") or 1)
                self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None, silence_logs=50,
                                             memory_limit=f"{memory_mb}MiB" if memory_mb else "auto")
                self._client = Client(self._cluster)
            else:
                self._client = Client(address, timeout="20s")
        except (OSError, ValueError, TimeoutError) as exc:
            raise UnbaitError(f"cannot reach the Dask cluster {address!r}: {exc}") from exc
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})))

    def map(self, batches: Iterable[list[Unit]]) -> Iterator[list[Outcome]]:
        window: deque = deque()
        for batch in batches:
            window.append(self._client.submit(work, batch, *self.args, pure=False))
            if len(window) >= 2 * self.workers:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
