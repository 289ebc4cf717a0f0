"""RSS and Atom feeds to the URLs of their entries, with feedparser, from bytes only.

The bytes come from our own fetcher: feedparser is never handed a URL or a path,
so it never opens one. Documents that declare entities (billion laughs, external
entities) are refused before parsing.
"""
from __future__ import annotations

import re

from unbait.errors import BadRecord, TooLarge

MAX_FEED_BYTES = 5_000_000
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


def read_feed(data: bytes, source: str, *, max_bytes: int = MAX_FEED_BYTES) -> list[str]:
    """The http(s) URLs of a feed's entries, in feed order, without repeats. Raises InputError."""
    if not isinstance(data, bytes):
        raise TypeError("read_feed takes the feed's bytes, never a URL or a path")
    if len(data) > max_bytes:
        raise TooLarge(source, f"feed of {len(data)} bytes is over the {max_bytes}-byte cap")
    if _ENTITY.search(data):
        raise BadRecord(source, "feed declares XML entities; refused")
    import feedparser

    parsed = feedparser.parse(
        data, resolve_relative_uris=True, sanitize_html=False,
        response_headers={"content-location": source},
    )
    urls: dict[str, None] = {}
    for entry in parsed.entries:
        link = entry.get("link") or next(
            (item.get("href") for item in entry.get("links", ()) if item.get("rel") == "alternate"), None
        )
        if link and link.strip().lower().startswith(("http://", "https://")):
            urls[link.strip()] = None
    if not urls and parsed.bozo:
        problem = str(parsed.get("bozo_exception", "not a feed")).split("\n")[0][:200]
        raise BadRecord(source, f"malformed feed: {problem}")
    if not urls and not parsed.get("version"):
        raise BadRecord(source, "not an RSS or Atom feed")
    return list(urls)
