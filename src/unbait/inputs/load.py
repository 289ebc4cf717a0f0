"""Read the bytes of one input (a file, gzip or not, or a stream) without going over the size limit.

Sizes are checked before reading: a regular file by ``stat``, a stream or a gzip
member by reading at most one byte past the limit. OS errors become InputErrors.
"""
from __future__ import annotations

import errno
import zlib
from pathlib import Path
from typing import BinaryIO

from unbait.errors import DecodeFailed, InputError, TooLarge, UnsupportedInput

GZIP_MAGIC = b"\x1f\x8b"
SETTING = "max_input_bytes"


def _limit(max_bytes: int) -> str:
    return f"the {max_bytes:,}-byte limit (setting {SETTING})"


def os_reason(exc: OSError) -> str:
    """A one-line reason for an OS error, without the path (the source names it)."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if exc.errno == errno.ELOOP:
        return "too many levels of symbolic links"
    return (exc.strerror or type(exc).__name__).lower()


def _read_capped(stream: BinaryIO, max_bytes: int) -> bytes | None:
    """At most ``max_bytes`` from ``stream``; None when there is more."""
    data = stream.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def gunzip(data: bytes, source: str, max_bytes: int) -> bytes:
    """Decompress gzip ``data`` (every member), refusing output over the limit (a gzip bomb stops there)."""
    out = bytearray()
    rest = data
    while rest:
        decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            out += decompressor.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise DecodeFailed(source, f"corrupt gzip data ({exc})") from None
        if len(out) > max_bytes or decompressor.unconsumed_tail:
            raise TooLarge(source, f"decompresses to over {_limit(max_bytes)}")
        if not decompressor.eof:
            raise DecodeFailed(source, "corrupt gzip data (truncated)")
        rest = decompressor.unused_data.lstrip(b"\x00")  # members may be padded with NULs
    return bytes(out)


def read_stream(stream: BinaryIO, source: str, max_bytes: int) -> bytes:
    """Read a stream (standard input) to its end, within the limit; gunzip it if gzipped."""
    data = _read_capped(stream, max_bytes)
    if data is None:
        raise TooLarge(source, f"input is over {_limit(max_bytes)}")
    if isinstance(data, str):  # a text stream was handed in
        data = data.encode("utf-8")
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, source, max_bytes)
    return data


def read_file(path: Path, source: str, max_bytes: int) -> bytes:
    """The bytes of the file at ``path`` (decompressed when it ends in ``.gz``)."""
    try:
        st = path.stat()
    except OSError as exc:
        raise InputError(source, os_reason(exc)) from None
    if path.is_dir():
        raise UnsupportedInput(source, "is a directory")
    if st.st_size > max_bytes:
        raise TooLarge(source, f"file is {st.st_size:,} bytes, over {_limit(max_bytes)}")
    try:
        with open(path, "rb") as fh:
            data = _read_capped(fh, max_bytes)
    except OSError as exc:
        raise InputError(source, os_reason(exc)) from None
    if data is None:
        raise TooLarge(source, f"file is over {_limit(max_bytes)}")
    if path.suffix.lower() == ".gz":
        if not data.startswith(GZIP_MAGIC):
            raise DecodeFailed(source, "not gzip data, though the name ends in .gz")
        data = gunzip(data, source, max_bytes)
    return data


__all__ = ["gunzip", "os_reason", "read_file", "read_stream"]
