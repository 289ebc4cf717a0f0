"""Untrusted text made safe for HTML: paragraphs with marked spans, highlighted snippets, links.

Nothing from an article is trusted. Text is cut into (piece, marked) segments that the
templates escape; the one place HTML is built here (search snippets) escapes first and
then passes the result through nh3's allowlist, which keeps nothing but ``<mark>``.
"""
from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

import nh3
from markupsafe import Markup

OPEN, CLOSE = "\ue000", "\ue001"  # private-use characters: match marks no article text contains


def paragraphs(text: str, span: tuple[int, int] | None) -> list[list[tuple[str, bool]]]:
    """The clean body as paragraphs of (text, marked) pieces; ``span`` (offsets) is marked."""
    out, at = [], 0
    for block in text.split("\n"):
        start, end = at, at + len(block)
        at = end + 1
        if not block.strip():
            continue
        if span and span[0] < end and span[1] > start:
            a, b = max(span[0], start) - start, min(span[1], end) - start
            pieces = [(block[:a], False), (block[a:b], True), (block[b:], False)]
            out.append([p for p in pieces if p[0]])
        else:
            out.append([(block, False)])
    return out


def snippet_html(snippet: str) -> Markup:
    """A search snippet with OPEN/CLOSE as ``<mark>``; everything else escaped."""
    html = escape(snippet.replace(OPEN, "").replace(CLOSE, "")) if snippet.count(OPEN) != snippet.count(CLOSE) \
        else escape(snippet).replace(OPEN, "<mark>").replace(CLOSE, "</mark>")
    return Markup(nh3.clean(html, tags={"mark"}, attributes={}))


def plain_snippet(snippet: str) -> str:
    """The snippet for JSON: match marks as ``[`` and ``]``."""
    return snippet.replace(OPEN, "[").replace(CLOSE, "]")


def safe_url(url: str | None) -> str | None:
    """The URL when it is http(s), else None: no ``javascript:`` or ``data:`` link is ever shown."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in {"http", "https"} else None
