"""What each ``unbait ingest`` argument is, and the items it yields, in a fixed order.

An argument is a web archive (``.warc``, ``.warc.gz``, globs allowed), an OPML file
(its feeds), a text file of page URLs (one per line), a URL (a page or a feed, told
apart by what comes back), or files and directories (the local readers). Each source
yields one item per input record — a :class:`~unbait.sources.warc.Candidate` page to
extract, a :class:`RawArticle`, a :class:`Rejected`, or a :class:`Known` URL already
stored — so that ``items(start)`` resumes after the first ``start`` of them.
"""
from __future__ import annotations

import glob
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from unbait.document import RawArticle, Rejected
from unbait.errors import InputError
from unbait.inputs import read_path
from unbait.sources.filters import HTML_TYPES, Filters
from unbait.sources.lists import opml_feeds, url_list
from unbait.sources.warc import DEFAULT_MAX_RECORD_BYTES, Candidate, WarcRead

_SCHEME = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|file:)", re.IGNORECASE)
_FEED_TYPES = ("xml", "rss", "atom")
_FEED_STARTS = (b"<?xml", b"<rss", b"<feed", b"<rdf")


@dataclass(frozen=True, slots=True)
class Known:
    """A page whose URL is already stored: a duplicate, skipped before fetching or extracting."""

    url: str


Item = Candidate | RawArticle | Rejected | Known
KnownUrl = Callable[[str], bool]


@dataclass
class Context:
    """What reading needs: the cheap filters, the byte cap, the fetcher (made on first use), stored URLs."""

    filters: Filters = field(default_factory=Filters)
    max_bytes: int = 10_000_000
    fetcher_factory: Callable[[], object] | None = None
    known_url: KnownUrl = lambda url: False
    _fetcher: object = None

    @property
    def fetcher(self):
        if self._fetcher is None:
            from unbait.sources.fetch import Fetcher

            self._fetcher = (self.fetcher_factory or (lambda: Fetcher(max_bytes=self.max_bytes)))()
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()


def _page(ctx: Context, url: str, fetched=None) -> Item:
    """One page URL to a candidate to extract (or why not), fetching it unless ``fetched`` is given."""
    if ctx.known_url(url):
        return Known(url)
    try:
        got = fetched or ctx.fetcher.fetch(url)
    except InputError as exc:
        return Rejected(url, exc.reason)
    kind = (got.content_type or "").split(";")[0].strip().lower()
    if got.status != 200:
        return Rejected(url, f"http status {got.status}")
    if kind and kind not in HTML_TYPES:
        return Rejected(url, f"not html ({kind})")
    charset = (got.content_type or "").partition("charset=")[2].strip(' "') or None
    return Candidate(url, got.body, charset)


class Source:
    """A local input (file or directory) read by :func:`unbait.inputs.read_path`."""

    def __init__(self, key: str) -> None:
        self.key = key

    def items(self, ctx: Context, start: int = 0) -> Iterator[Item]:
        return islice(read_path(self.key, max_bytes=ctx.max_bytes), start, None)

    def filtered(self) -> dict[str, int]:
        return {}

    def total(self, ctx: Context) -> int | None:
        """How many items the source will yield, when known before reading it."""
        return None


class WarcSource(Source):
    def items(self, ctx: Context, start: int = 0) -> Iterator[Item]:
        self._read = WarcRead(self.key, ctx.filters, min(ctx.max_bytes, DEFAULT_MAX_RECORD_BYTES))
        for item in islice(self._read.candidates(), start, None):
            yield Known(item.uri) if isinstance(item, Candidate) and ctx.known_url(item.uri) else item

    def filtered(self) -> dict[str, int]:
        read = getattr(self, "_read", None)
        return dict(read.stats.filtered_by_reason) if read else {}


class UrlListSource(Source):
    """A text file of page URLs, one per line."""

    def total(self, ctx: Context) -> int | None:
        try:
            return len(url_list(self.key, ctx.max_bytes))
        except InputError:
            return 1

    def items(self, ctx: Context, start: int = 0) -> Iterator[Item]:
        try:
            urls = url_list(self.key, ctx.max_bytes)
        except InputError as exc:
            yield Rejected(exc.source, exc.reason)
            return
        for url in urls[start:]:
            yield _page(ctx, url)


class UrlSource(Source):
    """A URL: one page, or a feed whose entries are pages (one item each)."""

    def items(self, ctx: Context, start: int = 0) -> Iterator[Item]:
        try:
            got = ctx.fetcher.fetch(self.key)
        except InputError as exc:
            yield Rejected(self.key, exc.reason)
            return
        kind = (got.content_type or "").lower()
        if got.status == 200 and (any(t in kind for t in _FEED_TYPES) or got.body.lstrip()[:5] in _FEED_STARTS):
            from unbait.sources.feeds import read_feed

            try:
                entries = read_feed(got.body, self.key)
            except InputError as exc:
                yield Rejected(self.key, exc.reason)
                return
            for url in entries[start:]:
                yield _page(ctx, url)
        elif start == 0:
            yield _page(ctx, self.key, got)


def _is_url(arg: str) -> bool:
    return bool(_SCHEME.match(arg))


def plan(args: list[str], max_bytes: int = 10_000_000) -> list[Source | Rejected]:
    """The sources named by the command line, in order (globs expanded); unreadable lists rejected."""
    out: list[Source | Rejected] = []
    for arg in args:
        if _is_url(arg):
            out.append(UrlSource(arg))
            continue
        names = sorted(glob.glob(arg)) if any(c in arg for c in "*?[") and not Path(arg).exists() else [arg]
        for name in names or [arg]:
            lower = name.lower()
            if lower.endswith((".warc", ".warc.gz")):
                out.append(WarcSource(name))
            elif lower.endswith(".opml"):
                try:
                    out.extend(UrlSource(url) for url in opml_feeds(name, max_bytes))
                except InputError as exc:
                    out.append(Rejected(exc.source, exc.reason))
            elif lower.endswith((".txt", ".urls")) and url_list(name, max_bytes, strict=False):
                out.append(UrlListSource(name))
            else:
                out.append(Source(name))
    return out
