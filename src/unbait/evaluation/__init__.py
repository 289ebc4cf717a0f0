"""Quality as a test: each evaluation returns a :class:`Report` of named metrics with pinned floors."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from unbait.errors import DataMissing


@dataclass(frozen=True, slots=True)
class Metric:
    name: str
    value: float
    floor: float | None = None  # the pinned minimum; CI fails below it
    n: int = 0  # how many items it was computed over
    help: str = ""

    @property
    def ok(self) -> bool:
        return self.floor is None or self.value >= self.floor


@dataclass(frozen=True, slots=True)
class Report:
    name: str
    data: str  # the data set it was measured on
    metrics: tuple[Metric, ...]

    @property
    def ok(self) -> bool:
        return all(m.ok for m in self.metrics)

    def metric(self, name: str) -> Metric:
        for m in self.metrics:
            if m.name == name:
                return m
        raise KeyError(name)


def shared_dir() -> Path:
    """Where the third-party data lives: $UNBAIT_SHARED, else ../shared next to the checkout or cwd."""
    env = os.environ.get("UNBAIT_SHARED")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [Path.cwd() / "../shared", here.parents[3] / "../shared"]
    for c in candidates:
        if (c / "data").is_dir():
            return c.resolve()
    raise DataMissing("../shared/data not found (set UNBAIT_SHARED to the folder that holds data/)")
