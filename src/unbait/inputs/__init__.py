"""Readers: paths (files, directories, ``-`` for standard input) to articles, in input order.

:func:`read_inputs` never raises for bad input: each input that cannot become an
article yields a :class:`~unbait.document.Rejected` with its source (the path,
``path:LINE`` for a JSON line, ``-`` for standard input) and a one-line reason.
"""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from unbait.document import RawArticle, Rejected
from unbait.errors import InputError
from unbait.inputs import formats
from unbait.inputs.decode import decode_bytes
from unbait.inputs.html import declared_charset, parse_html
from unbait.inputs.jsonl import parse_jsonl
from unbait.inputs.load import os_reason, read_file, read_stream
from unbait.inputs.text import parse_text

__all__ = ["DEFAULT_MAX_BYTES", "STDIN", "iter_directory", "parse_bytes", "read_inputs", "read_path"]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 10_000_000
STDIN = "-"

Item = RawArticle | Rejected


def parse_bytes(data: bytes, source: str, kind: str | None) -> Iterator[Item]:
    """Decode ``data`` and read it as ``kind`` (sniffed when None). Raises InputError."""
    declared = declared_charset(data) if kind in (None, formats.HTML) else None
    text = decode_bytes(data, source, declared=declared)
    if kind is None or (kind == formats.TEXT and formats.looks_like_html(text)):
        kind = formats.sniff(text)
    if kind == formats.JSONL:
        yield from parse_jsonl(text, source)
    elif kind == formats.HTML:
        yield parse_html(text, source)
    else:
        yield parse_text(text, source)


def _guarded(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """Pass ``items`` through, turning any error into a rejection of ``source``."""
    try:
        yield from items
    except InputError as exc:
        yield Rejected(exc.source, exc.reason)
    except OSError as exc:
        yield Rejected(source, os_reason(exc))
    except Exception as exc:  # noqa: BLE001 - bad input must never end the batch
        log.debug("unexpected error reading %s", source, exc_info=True)
        yield Rejected(source, f"could not read: {type(exc).__name__}: {exc}"[:300])


def _read_file(path: Path, source: str, max_bytes: int, kind: str | None) -> Iterator[Item]:
    yield from parse_bytes(read_file(path, source, max_bytes), source, kind)


def _read_stdin(stdin: BinaryIO | None, max_bytes: int) -> Iterator[Item]:
    stream = stdin if stdin is not None else sys.stdin
    if stream is None:
        raise InputError(STDIN, "no standard input")
    stream = getattr(stream, "buffer", stream)
    yield from parse_bytes(read_stream(stream, STDIN, max_bytes), STDIN, None)


def iter_directory(root: Path) -> Iterator[Path | Rejected]:
    """Every supported file under ``root``, recursively, sorted by path; hidden entries skipped.

    Files of other kinds are not inputs and are passed over (logged at debug level);
    an unreadable subdirectory yields a rejection.
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield Rejected(str(root), os_reason(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from iter_directory(path)
        elif formats.kind_for_name(entry.name) is not None:
            yield path
        else:
            log.debug("skipping %s: unbait reads %s", path, formats.SUPPORTED)


def read_path(name: str, *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """The articles of one input: a file, a directory (recursively) or ``-``."""
    if name == STDIN:
        yield from _guarded(STDIN, _read_stdin(stdin, max_bytes))
        return
    path = Path(name)
    if path.is_dir():
        found = False
        for item in iter_directory(path):
            found = True
            if isinstance(item, Rejected):
                yield item
            else:
                source = str(item)
                yield from _guarded(source, _read_file(item, source, max_bytes, formats.kind_for_name(item)))
        if not found:
            yield Rejected(name, f"no article files in directory; unbait reads {formats.SUPPORTED}")
        return
    kind = formats.kind_for_name(path)
    if kind is None and formats.has_extension(path) and path.exists():
        ext = formats.extension(path)
        yield Rejected(name, f"unsupported file type '{ext}'; unbait reads {formats.SUPPORTED}")
        return
    yield from _guarded(name, _read_file(path, name, max_bytes, kind))


def read_inputs(
    paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Articles and rejections from ``paths``, in input order; never raises for bad input.

    A path may be a ``.txt``/``.html``/``.jsonl`` file (each optionally ``.gz``), a file
    without an extension (its content is sniffed), a directory (every supported file in
    it, recursively, sorted) or ``-`` for ``stdin`` (default: ``sys.stdin``; sniffed).
    """
    for name in paths:
        yield from read_path(str(name), max_bytes=max_bytes, stdin=stdin)
