"""BCubed precision, recall and F1 of a clustering against gold classes (Bagga & Baldwin 1998).

For each item, precision is the share of its predicted cluster that shares its gold class,
recall the share of its gold class that shares its predicted cluster; both are averaged
over items and F1 is their harmonic mean.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BCubed:
    precision: float
    recall: float
    f1: float
    n: int


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> BCubed:
    """Score ``predicted`` (item -> cluster) against ``gold`` (item -> class) over gold's items."""
    missing = set(gold) - set(predicted)
    if missing:
        raise ValueError(f"{len(missing)} gold items have no predicted cluster, e.g. {sorted(missing)[0]!r}")
    items = list(gold)
    if not items:
        return BCubed(0.0, 0.0, 0.0, 0)
    pair = Counter((predicted[i], gold[i]) for i in items)
    cluster = Counter(predicted[i] for i in items)
    klass = Counter(gold[i] for i in items)
    p = sum(pair[predicted[i], gold[i]] / cluster[predicted[i]] for i in items) / len(items)
    r = sum(pair[predicted[i], gold[i]] / klass[gold[i]] for i in items) / len(items)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return BCubed(p, r, f1, len(items))
