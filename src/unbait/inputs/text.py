"""Plain-text articles: the headline on the first line, then (usually) a blank line, then the body."""
from __future__ import annotations

from unbait.document import RawArticle
from unbait.errors import NoArticle

# A first line longer than this is body prose, not a headline.
MAX_HEADLINE_CHARS = 300


def parse_text(text: str, source: str) -> RawArticle:
    """Split ``text`` into headline and body.

    The first non-blank line is the headline and everything after it the body,
    whether or not a blank line separates them. A file whose first line is too long
    to be a headline is all body, with an empty title. The body is kept as written;
    the clean stage normalises it.
    """
    lines = text.strip("\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise NoArticle(source, "no article text found")
    first = lines[0].strip()
    if len(first) > MAX_HEADLINE_CHARS:
        return RawArticle(source=source, title="", text="\n".join(lines).strip())
    body = "\n".join(lines[1:]).strip()
    if not body:
        raise NoArticle(source, "no article text after the headline")
    return RawArticle(source=source, title=" ".join(first.split()), text=body)
