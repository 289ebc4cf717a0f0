"""Which reader an input needs: by its file name, or by sniffing its text.

Kinds: ``"text"`` (headline, blank line, body), ``"html"`` (a web page) and
``"jsonl"`` (one JSON article per line). Any of them may be gzipped (``.gz``).
"""
from __future__ import annotations

import re
from pathlib import PurePath

TEXT, HTML, JSONL = "text", "html", "jsonl"

EXTENSIONS: dict[str, str] = {
    ".txt": TEXT,
    ".text": TEXT,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".jsonl": JSONL,
    ".ndjson": JSONL,
}

SUPPORTED = ".txt, .html/.htm or .jsonl/.ndjson, optionally gzipped"

_HTML_START = re.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|!--)", re.IGNORECASE)
_HTML_TAG = re.compile(r"<(?:body|article|main|div|p|h1|title|meta)[\s>/]", re.IGNORECASE)


def extension(name: str | PurePath) -> str:
    """The extension that names the format, looking through a trailing ``.gz``: ``a.html.gz`` -> ``.html``."""
    path = PurePath(name)
    if path.suffix.lower() == ".gz":
        path = PurePath(path.stem)
    return path.suffix.lower()


def kind_for_name(name: str | PurePath) -> str | None:
    """The kind a file name declares, or None when its extension is not one unbait reads."""
    return EXTENSIONS.get(extension(name))


def has_extension(name: str | PurePath) -> bool:
    return bool(extension(name))


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document or is mostly markup."""
    head = text.lstrip()[:4096]
    if not head.startswith("<"):
        return False
    return bool(_HTML_START.match(head) or _HTML_TAG.search(head))


def looks_like_jsonl(text: str) -> bool:
    """True when the first non-blank line starts a JSON object."""
    for line in text.splitlines():
        if line.strip():
            return line.lstrip().startswith("{")
    return False


def sniff(text: str) -> str:
    """The kind of an input that has no telling name (standard input, a file without extension)."""
    if looks_like_jsonl(text):
        return JSONL
    if looks_like_html(text):
        return HTML
    return TEXT
