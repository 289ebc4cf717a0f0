"""Web archives (``.warc``, ``.warc.gz``) to articles, with FastWARC; cheap filters first.

Reading happens in two steps. :meth:`WarcRead.candidates` walks the records and keeps
only HTML responses with status 200 that pass the cheap filters (URL patterns,
site, language, keyword); it never parses HTML. :func:`read_warc` turns each
candidate into a :class:`RawArticle` with the HTML reader, or a :class:`Rejected`.

Nothing is lost silently: every record is counted in :class:`WarcStats`, either as a
candidate or under the reason it was passed over, and a damaged archive ends the
read with a ``Rejected`` naming the byte offset where it broke.
"""
from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from unbait.document import RawArticle, Rejected
from unbait.errors import InputError
from unbait.inputs.decode import decode_bytes
from unbait.inputs.html import declared_charset, parse_html
from unbait.sources.filters import HTML_TYPES, Filters
from unbait.sources.tail import trailing_reason

log = logging.getLogger(__name__)

DEFAULT_MAX_RECORD_BYTES = 10_000_000

Item = RawArticle | Rejected


@dataclass(frozen=True, slots=True)
class WarcStats:
    """Counts of one read: ``records == candidates + unreadable + sum of filtered counts``."""

    records: int = 0
    responses: int = 0
    candidates: int = 0
    unreadable: int = 0
    filtered_by_reason: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Candidate:
    """An HTML response that passed the cheap filters: its target URI, body and HTTP charset."""

    uri: str
    body: bytes
    charset: str | None = None


class WarcRead:
    """The candidates of one archive, iterated once; :attr:`stats` counts what was seen so far."""

    def __init__(self, path: str | Path, filters: Filters, max_record_bytes: int) -> None:
        self.path = str(path)
        self.filters = filters
        self.max_record_bytes = max_record_bytes
        self._counts: Counter[str] = Counter()
        self._records = self._responses = self._candidates = self._unreadable = 0

    @property
    def stats(self) -> WarcStats:
        return WarcStats(
            records=self._records,
            responses=self._responses,
            candidates=self._candidates,
            unreadable=self._unreadable,
            filtered_by_reason=tuple(sorted(self._counts.items())),
        )

    def _reason(self, record) -> str | None:
        from fastwarc.warc import WarcRecordType

        if record.record_type != WarcRecordType.response:
            return f"{record.record_type} record"
        self._responses += 1
        http = record.http_headers
        if http is None or http.status_code is None:
            return "not http"
        if http.status_code != 200:
            return f"http status {http.status_code}"
        if (record.http_content_type or "").lower() not in HTML_TYPES:
            return "not html"
        if record.content_length > self.max_record_bytes:
            return "too large"
        return self.filters.uri_reason(record.headers.get("WARC-Target-URI") or "")

    def candidates(self) -> Iterator[Candidate | Rejected]:
        from fastwarc.warc import ArchiveIterator, WarcRecordType

        offset, counted = 0, False
        try:
            with open(self.path, "rb") as stream:
                records = ArchiveIterator(
                    stream, record_types=WarcRecordType.any_type, parse_http=True, fsspec_args=False
                )
                for record in records:
                    self._records += 1
                    counted, offset = True, record.stream_pos
                    if record.headers.get("Content-Length") is None:  # a header cut short
                        raise OSError("record header without Content-Length")
                    expected = record.content_length
                    reason = self._reason(record)
                    if reason is None:
                        body = record.reader.read()
                        got = len(body)
                    else:
                        got = record.reader.consume()
                    if got < expected:  # the archive ends inside this record
                        raise OSError(f"truncated record ({got} of {expected} bytes)")
                    if reason is None:
                        language = record.http_headers.get("Content-Language")
                        reason = self.filters.body_reason(body, language)
                    counted = False
                    if reason is not None:
                        self._counts[reason] += 1
                        continue
                    self._candidates += 1
                    uri = record.headers.get("WARC-Target-URI")
                    yield Candidate(uri, body, record.http_charset)
        except OSError as exc:
            self._records += 0 if counted else 1
            self._unreadable += 1
            yield Rejected(f"{self.path}@{offset}", f"damaged WARC: {exc}".split("\n")[0][:300])
            return
        trailing = trailing_reason(self.path, offset) if counted or self._records else None
        if trailing is not None:
            self._records += 1
            self._unreadable += 1
            yield Rejected(f"{self.path}@{offset}", f"damaged WARC: {trailing}")
        if self._records == 0:
            self._records = self._unreadable = 1
            yield Rejected(self.path, "no WARC records (not a web archive, or empty)")

    def __iter__(self) -> Iterator[Item]:
        for item in self.candidates():
            yield item if isinstance(item, Rejected) else extract(item)


def extract(candidate: Candidate) -> Item:
    """The article of one candidate page, or a rejection saying why there is none."""
    try:
        declared = candidate.charset or declared_charset(candidate.body)
        text = decode_bytes(candidate.body, candidate.uri, declared=declared)
        return replace(parse_html(text, candidate.uri), url=candidate.uri)
    except InputError as exc:
        return Rejected(exc.source, exc.reason)
    except Exception as exc:  # noqa: BLE001 - one pathological page must not end the read
        log.debug("extraction failed for %s", candidate.uri, exc_info=True)
        return Rejected(candidate.uri, f"could not extract: {type(exc).__name__}: {exc}"[:300])


def read_warc(
    path: str | Path,
    *,
    site: str | None = None,
    keyword: str | None = None,
    languages: tuple[str, ...] | None = ("en",),
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
) -> WarcRead:
    """Articles and rejections from a ``.warc``/``.warc.gz``; never raises for bad input.

    Iterate the result for articles (``.candidates()`` for the cheap step alone); its
    ``stats`` then account for every record. ``languages=None`` accepts any language.
    """
    return WarcRead(path, Filters(site=site, keyword=keyword, languages=languages), max_record_bytes)
