"""Whether a web archive ends where its last record ends.

FastWARC stops without complaint when a file ends inside a record header, so a
file cut between two records would lose its last record silently. This check
reads only the last record again (from its offset) and what follows it.
"""
from __future__ import annotations

import re
import zlib
from pathlib import Path

_LENGTH = re.compile(rb"^content-length:\s*(\d+)\s*$", re.IGNORECASE | re.MULTILINE)
_MAX_TAIL = 64 * 1024 * 1024


def _plain_tail(block: bytes) -> bytes | None:
    """What follows the first record of ``block``; None when it cannot be told."""
    head_end = block.find(b"\r\n\r\n")
    match = _LENGTH.search(block[: max(head_end, 0)])
    if head_end < 0 or match is None:
        return None
    return block[head_end + 4 + int(match.group(1)):]


def _gzip_tail(block: bytes) -> bytes | None:
    """What follows the gzip member that starts ``block``; None when it is not one whole member."""
    inflater = zlib.decompressobj(wbits=31)
    try:
        inflater.decompress(block)
    except zlib.error:
        return None
    return inflater.unused_data if inflater.eof else None


def trailing_reason(path: str | Path, last_offset: int) -> str | None:
    """Why the bytes after the record at ``last_offset`` are not a clean end of file, or None."""
    with open(path, "rb") as stream:
        gzipped = stream.read(2) == b"\x1f\x8b"
        stream.seek(last_offset)
        block = stream.read(_MAX_TAIL)
    tail = _gzip_tail(block) if gzipped else _plain_tail(block)
    if tail is None or not tail.strip(b"\r\n\t \x00"):
        return None
    return f"{len(tail)} bytes after the last record are not a whole record (file cut short?)"
