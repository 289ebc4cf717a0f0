"""A line chart of a work's ratings over time, as numbers for a server-side SVG.

Points come from rating facts whose value holds a number ("24.85%", "19.0 percent");
they are ordered by their date when it reads as a month and a day ("April 29",
"2024-04-29"), else kept in the order the facts came. No JavaScript draws anything.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from unbait.calendar_words import MONTH_NUMBER
from unbait.kb.views import FactView

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_MONTH_DAY = re.compile(r"\b([a-z]{3,9})\.?(?:\s+(\d{1,2})\b)?")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
WIDTH, HEIGHT, PAD = 640, 240, 60


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float
    value: str  # as written
    label: str  # the date as written, or "#n"


@dataclass(frozen=True, slots=True)
class Chart:
    points: tuple[Point, ...]
    top: float  # the value at the top of the plot area
    width: int = WIDTH
    height: int = HEIGHT
    pad: int = PAD

    @property
    def polyline(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)


def _when(date: str | None) -> tuple[int, int, int] | None:
    text = (date or "").casefold()
    if m := _ISO.search(text):
        return int(m[1]), int(m[2]), int(m[3])
    for m in _MONTH_DAY.finditer(text):
        if month := MONTH_NUMBER.get(m[1]):
            return 0, month, int(m[2] or 0)
    return None


def ratings_chart(facts: Iterable[FactView]) -> Chart | None:
    """The chart of the rating facts, or None when fewer than one has a number."""
    found = []
    for n, f in enumerate(facts):
        if f.kind == "rating" and (m := _NUMBER.search(f.value)):
            found.append((_when(f.date) or (9999, 0, n), float(m[0]), f.value, f.date or f"#{len(found) + 1}"))
    if not found:
        return None
    found.sort(key=lambda item: item[0])
    top = max(v for _, v, _, _ in found) * 1.25 or 1.0
    step = (WIDTH - 2 * PAD) / max(len(found) - 1, 1)
    return Chart(tuple(Point(PAD + i * step, HEIGHT - PAD - (v / top) * (HEIGHT - 2 * PAD), value, label[:24])
                       for i, (_, v, value, label) in enumerate(found)), top)
