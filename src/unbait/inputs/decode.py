"""Bytes to text: refuse binary data, then try UTF-8, a declared charset and a detector.

Every failure is an :class:`~unbait.errors.InputError` with a one-line reason.
"""
from __future__ import annotations

import codecs
import re

from unbait.errors import BinaryInput, DecodeFailed, EmptyInput

# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Magic numbers of common non-text files.
_MAGIC = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh91AY&SY", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"MZ\x90\x00", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"),
    (b"OggS", "audio"),
    (b"ID3", "audio"),
    (b"fLaC", "audio"),
)

# Single-byte Latin code pages a detector confuses on short texts; Windows-1252 is
# by far the commonest of them for English news, so it wins when it decodes.
_LATIN = frozenset({
    "cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_3",
    "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15",
    "iso8859_16", "mac_roman", "mac_latin2", "mac_iceland", "mac_turkish", "cp437", "cp850",
    "cp858", "cp1258",
})

_SNIFF = 8192
_MAX_CONTROL_SHARE = 0.02


def binary_kind(data: bytes) -> str | None:
    """What kind of binary file ``data`` is (by magic number or NUL bytes), or None for text."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if b"\x00" in data[:_SNIFF]:
        return "NUL bytes"
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_ascii(data: bytes) -> bool:
    """True when under a fifth of the bytes are non-ASCII: Western text with a few accents or curly quotes."""
    sample = data[:_SNIFF]
    return sum(b >= 0x80 for b in sample) < 0.2 * max(1, len(sample))


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    if _mostly_ascii(data):
        text = _strict(data, "cp1252")
        if text is not None:
            return text
    best = from_bytes(data).best()
    if best is None:
        return None
    encoding = codecs.lookup(best.encoding).name.replace("-", "_")
    if encoding in _LATIN or encoding.startswith("iso8859"):
        return _strict(data, "cp1252") or _strict(data, "latin_1")
    return str(best)


# Unicode category Cc (C0 and C1 controls) less the whitespace controls \t \n \v \f \r.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _control_share(text: str) -> float:
    sample = text[:_SNIFF]
    return len(_CONTROLS.findall(sample)) / max(1, len(sample))


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode ``data`` to text with ``\\n`` line ends; raise an InputError when it is not text.

    Order: a byte-order mark; UTF-8; the charset the document declares (HTML
    ``<meta charset>``); charset-normalizer, with Windows-1252 preferred among
    Latin single-byte guesses.
    """
    if not data:
        raise EmptyInput(source, "empty file")
    kind = binary_kind(data)
    if kind is not None:
        raise BinaryInput(source, f"binary file, not text ({kind})")
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is None:
                raise DecodeFailed(source, f"cannot decode text (bad {encoding} after its byte-order mark)")
            break
    if text is None:
        text = _strict(data, "utf-8")
    if text is None and declared:
        text = _strict(data, declared)
    if text is None:
        text = _detect(data)
    if text is None:
        raise DecodeFailed(source, "cannot decode text (not UTF-8, and no encoding fits)")
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise BinaryInput(source, "binary file, not text (control characters)")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInput(source, "empty file (only whitespace)")
    return text
