"""Lookup keys for titles of works: one key for the spellings of one title.

Stricter than ``unbait.works.titles.title_key`` (which keeps inner punctuation for
display-level comparison): this key also drops quotes, a trailing possessive and
all punctuation, so "Harbor of Lights", "the harbor of lights" and
"“HARBOR OF LIGHTS”’s" share ``"harbor of lights"``.
"""
from __future__ import annotations

import re
import unicodedata

_QUOTES = re.compile(r"[\"“”„«»‹›「」『』《》〈〉]")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_PUNCT = re.compile(r"[^\w\s]+")


def title_key(title: str) -> str:
    """Case, accents, quotes, punctuation, a leading "The"/"A"/"An" and a trailing "'s" removed."""
    text = unicodedata.normalize("NFKD", title)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _QUOTES.sub(" ", text).strip().replace("‘", "'")
    text = re.sub(r"['’]\s*$", "", text.strip())          # a closing single quote
    text = _POSSESSIVE.sub(lambda m: "s" if m.group(0).startswith("s") else "", text)
    text = _PUNCT.sub(" ", text.replace("'", "").replace("’", "")).casefold()
    return _LEADING_ARTICLE.sub("", " ".join(text.split()))
