"""Pages of query results with opaque cursors, and the filters of the article list.

A cursor is the sort key of the last item shown, as URL-safe base64 of a JSON list;
the next page starts strictly after it, so pages never repeat or skip an item even
while articles are being added.
"""
from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from unbait.errors import QueryError

T = TypeVar("T")
MAX_ID = 2**63 - 1  # SQLite's largest integer: ids and offsets beyond it are bad input, not a crash
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: tuple[T, ...]
    next: str | None  # cursor of the following page; None on the last one


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    person: int | None = None  # KB person id
    work: int | None = None  # KB work id
    site: str | None = None
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive
    hide_clickbait: bool = False

    def __post_init__(self) -> None:
        for day in (self.since, self.until):
            if day is not None and not _DATE.fullmatch(day):
                raise QueryError(f"dates are YYYY-MM-DD, not {day!r}")


def encode_cursor(key: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(key, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None, arity: int, types: tuple[type, ...]) -> list[Any] | None:
    """The key inside ``cursor`` (None for the first page); QueryError when it is not one of ours."""
    if cursor is None:
        return None
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise QueryError("unreadable page cursor") from exc
    if not (isinstance(key, list) and len(key) == arity and all(isinstance(k, t) for k, t in zip(key, types))
            and all(-MAX_ID <= k <= MAX_ID for k in key if isinstance(k, int))):
        raise QueryError("unreadable page cursor")
    return key
