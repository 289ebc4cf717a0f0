"""Web pages: trafilatura finds the main text and the metadata; nothing is ever fetched.

Only :func:`trafilatura.bare_extraction` is called, on a string already in
memory: it parses and never opens a connection (``fetch_url`` is not used).
"""
from __future__ import annotations

import logging
import re

from unbait.document import RawArticle
from unbait.errors import NoArticle, UnsupportedInput

# trafilatura and htmldate log every odd page at WARNING; they are a library's
# diagnostics, not the user's business unless logging is configured to show them.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " » ")

# Shorter than this, an extraction is a stray caption or a cookie banner, not an article.
MIN_BODY_CHARS = 80


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its top, if any."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _config():
    from trafilatura.settings import use_config

    config = use_config()
    # The timeout uses SIGALRM, which only works on the main thread; the pipeline may not be there.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


_CONFIG = None


def _strip_site(title: str, site: str | None) -> str:
    """``"Headline | Site"`` -> ``"Headline"`` when the suffix is the site's name."""
    if not site:
        return title
    for sep in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head and tail.strip().casefold() == site.strip().casefold():
            return head.strip()
    return title


def paragraphs(text: str) -> str:
    """trafilatura's one-line-per-block text, with a blank line between blocks."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def parse_html(html: str, source: str) -> RawArticle:
    """The main article of a page: body (paragraphs kept), title, date, authors, site, URL."""
    global _CONFIG
    try:
        from trafilatura import bare_extraction
    except ImportError as exc:  # e.g. lxml without lxml_html_clean
        raise UnsupportedInput(source, f"cannot read HTML here: {exc}".split("\n")[0]) from None

    if _CONFIG is None:
        _CONFIG = _config()
    doc = bare_extraction(
        html,
        with_metadata=True,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        fast=True,  # no fallback extractors: faster, and no worse on the extraction benchmark (docs/ingest.md)
        config=_CONFIG,
    )
    body = paragraphs(doc.text or "") if doc is not None else ""
    if len(body) < MIN_BODY_CHARS:
        raise NoArticle(source, "no article text found")
    site = " ".join((doc.sitename or "").split()) or None
    title = _strip_site(" ".join((doc.title or "").split()), site)
    first, _, rest = body.partition("\n\n")
    if rest and title and first.casefold() == title.casefold():  # the page's <h1>, not body
        body = rest
    authors = tuple(dict.fromkeys(a.strip() for a in (doc.author or "").split(";") if a.strip()))
    date = doc.date if doc.date and _DAY.match(doc.date) else None
    return RawArticle(
        source=source,
        title=title,
        text=body,
        url=doc.url or None,
        published=date,
        site=site,
        authors=authors,
    )
