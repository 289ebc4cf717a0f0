"""Lists of where to read from: OPML files (their feeds) and text files of page URLs.

OPML is XML; a document with a DOCTYPE or entity declarations is refused before
parsing (no billion laughs, no external entities).
"""
from __future__ import annotations

import re
from pathlib import Path

from unbait.errors import BadRecord, InputError
from unbait.inputs.load import read_file

_DECLARATIONS = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


def opml_feeds(path: str | Path, max_bytes: int) -> list[str]:
    """The feed URLs (``xmlUrl``) of an OPML file, in order, without repeats. Raises InputError."""
    import xml.etree.ElementTree as ET

    source = str(path)
    data = read_file(Path(path), source, max_bytes)
    if _DECLARATIONS.search(data):
        raise BadRecord(source, "OPML declares a DOCTYPE or entities; refused")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise BadRecord(source, f"malformed OPML: {exc}") from None
    urls = {o.get("xmlUrl", "").strip(): None for o in root.iter("outline") if o.get("xmlUrl")}
    if not urls:
        raise BadRecord(source, "no feeds (outline xmlUrl) in OPML")
    return list(urls)


def url_list(path: str | Path, max_bytes: int, *, strict: bool = True) -> list[str]:
    """The URLs of a text file of page URLs (blank lines and ``#`` comments skipped).

    With ``strict=False`` a file that is not such a list gives ``[]`` instead of an error.
    """
    source = str(path)
    try:
        lines = read_file(Path(path), source, max_bytes).decode("utf-8").splitlines()
    except (InputError, UnicodeDecodeError) as exc:
        if strict:
            raise exc if isinstance(exc, InputError) else BadRecord(source, "URL list is not UTF-8") from None
        return []  # not a list: the file readers will say what it is
    urls = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not urls or not all(_URL.match(u) for u in urls):
        if strict:
            raise BadRecord(source, "not a list of http(s) URLs, one per line")
        return []
    return urls
