"""Cheap tests that decide, before any extraction, whether a crawled page may be an article.

Each test returns ``None`` (keep) or a short reason (drop); the reasons are the keys
under which a reader counts what it passed over, so every record is accounted for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# Path segments of listing, navigation and machine pages rather than articles.
_NOT_ARTICLE_SEGMENTS = frozenset({
    "tag", "tags", "category", "categories", "author", "authors", "search", "feed", "feeds",
    "rss", "topic", "topics", "page", "login", "signin", "subscribe", "amp-stories", "wp-json",
    "wp-admin", "wp-content", "wp-includes", "static", "assets", "cdn-cgi",
})
_STATIC_SUFFIXES = (
    ".css", ".js", ".mjs", ".json", ".xml", ".rss", ".atom", ".txt", ".png", ".jpg", ".jpeg", ".gif",
    ".svg", ".webp", ".ico", ".avif", ".bmp", ".pdf", ".woff", ".woff2", ".ttf", ".otf", ".mp3", ".mp4",
    ".webm", ".m3u8", ".zip", ".gz",
)
_SEARCH_KEYS = re.compile(r"(?:^|&)(?:s|q|query|search)=", re.IGNORECASE)
_LANG = re.compile(rb"""<html[^>]*?\slang\s*=\s*["']?\s*([A-Za-z]{2,3})""", re.IGNORECASE)
_META_LANG = re.compile(
    rb"""<meta[^>]+http-equiv\s*=\s*["']?content-language["']?[^>]+content\s*=\s*["']?\s*([A-Za-z]{2,3})""",
    re.IGNORECASE,
)


def url_reason(url: str) -> str | None:
    """Why ``url`` is not an article page (a tag listing, a feed, an image), or None."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "bad url"
    if parts.scheme not in ("http", "https"):
        return "not an http url"
    path = parts.path.lower()
    if path in ("", "/", "/index.html", "/index.php"):
        return "not an article url"
    if path.endswith(_STATIC_SUFFIXES):
        return "not an article url"
    if any(segment in _NOT_ARTICLE_SEGMENTS for segment in path.split("/")):
        return "not an article url"
    if _SEARCH_KEYS.search(parts.query):
        return "not an article url"
    return None


def on_site(url: str, site: str) -> bool:
    """Whether ``url``'s host is ``site`` or one of its subdomains (``www.`` ignored)."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    site = site.lower().strip().removeprefix("www.")
    return host == site or host.endswith("." + site)


def declared_language(head: bytes, header: str | None = None) -> str | None:
    """The primary language subtag a page declares (``<html lang>``, a meta tag, Content-Language)."""
    match = _LANG.search(head) or _META_LANG.search(head)
    if match:
        return match.group(1).decode("ascii").lower()
    if header:
        return header.split(",")[0].split("-")[0].strip().lower() or None
    return None


@dataclass(frozen=True, slots=True)
class Filters:
    """The cheap filters of one read: optional site and keyword, accepted languages (None: any)."""

    site: str | None = None
    keyword: str | None = None
    languages: tuple[str, ...] | None = ("en",)

    def uri_reason(self, uri: str) -> str | None:
        reason = url_reason(uri)
        if reason is None and self.site and not on_site(uri, self.site):
            reason = "other site"
        return reason

    def body_reason(self, body: bytes, content_language: str | None = None) -> str | None:
        """Why a page body is not a candidate (language, missing keyword), or None."""
        if self.languages is not None:
            language = declared_language(body[:4096], content_language)
            if language is not None and language not in self.languages:
                return f"language {language}"
        if self.keyword and self.keyword.lower().encode() not in body.lower():
            return "keyword absent"
        return None
