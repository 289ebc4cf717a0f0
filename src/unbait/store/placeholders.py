"""SQL placeholders for an ``IN (...)`` list: the one way the store's modules build them."""
from __future__ import annotations


def marks(n: int) -> str:
    """``?,?,…`` with ``n`` marks (values are always bound, never formatted into SQL)."""
    return ",".join("?" * n)
