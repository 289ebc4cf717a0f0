"""JSON Lines: one article per line, ``{"title": ..., "text": ..., "url", "published", "site", "authors"}``.

A bad line becomes a :class:`~unbait.document.Rejected` named ``path:LINE``; the
other lines still go through. Blank lines are skipped.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from unbait.document import RawArticle, Rejected
from unbait.errors import BadRecord

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_DAY_FORMATS = ("%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y")


def published_day(value: Any) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or datetime (or a few spelled-out forms), else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    match = _ISO_DAY.match(value)
    if match:
        try:
            return datetime.strptime("-".join(match.groups()), "%Y-%m-%d").date().isoformat()
        except ValueError:
            return None
    for fmt in _DAY_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _string(record: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _authors(record: dict[str, Any]) -> tuple[str, ...]:
    value = record.get("authors", record.get("author"))
    if isinstance(value, str):
        value = value.split(";")
    if not isinstance(value, list):
        return ()
    names = (" ".join(str(v).split()) for v in value if isinstance(v, (str, int)))
    return tuple(dict.fromkeys(n for n in names if n))


def parse_record(record: Any, source: str) -> RawArticle:
    """One decoded JSON value to an article; BadRecord when it cannot be one."""
    if not isinstance(record, dict):
        raise BadRecord(source, f"a JSON {type(record).__name__}, not an object")
    if "text" not in record:
        raise BadRecord(source, 'no "text" field')
    text = record["text"]
    if not isinstance(text, str):
        raise BadRecord(source, f'"text" is a {type(text).__name__}, not a string')
    if not text.strip():
        raise BadRecord(source, '"text" is empty')
    title = record.get("title")
    if title is not None and not isinstance(title, str):
        raise BadRecord(source, f'"title" is a {type(title).__name__}, not a string')
    return RawArticle(
        source=source,
        title=" ".join((title or "").split()),
        text=text.replace("\r\n", "\n").replace("\r", "\n").strip(),
        url=_string(record, "url", "link"),
        published=published_day(record.get("published", record.get("date"))),
        site=_string(record, "site", "sitename", "source"),
        authors=_authors(record),
    )


def parse_jsonl(text: str, source: str) -> Iterator[RawArticle | Rejected]:
    """Every non-blank line of ``text`` as an article or a rejection named ``source:LINE``."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            message = getattr(exc, "msg", "nested too deeply")
            yield Rejected(where, f"not valid JSON ({message} at column {getattr(exc, 'colno', '?')})")
            continue
        try:
            yield parse_record(record, where)
        except BadRecord as exc:
            yield Rejected(exc.source, exc.reason)
