"""Broadcasters and platforms: a gazetteer (``data/networks.tsv``) and a matcher over text.

A mention is a canonical network name with its offsets. Names that are also
ordinary words or surnames ("Max", "Fox", "Melon") are marked ambiguous in the
gazetteer and count only in a platform context: ``on X``, ``via X``, ``X's``,
``(X)``, ``X original``, not after another capitalised word ("Megan Fox").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: Types whose mentions say where a show or film airs; "video" and "music"
#: platforms (YouTube, Spotify) are as often a promo channel or a chart.
BROADCAST_TYPES = frozenset({"tv", "streaming"})

_CONTEXT_BEFORE = re.compile(r"(?:\b(?:on|via|through|from|to|at)\s+|\(\s*)$")
_CONTEXT_AFTER = re.compile(r"^(?:['’]s\b|\s*\)|\s+(?:original|series|drama|network|channel))")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.-]*\s+$")
_CREDIT = re.compile(
    r"\(?\b(?:Photos?|Images?|Credits?|Sources?|Screenshot|Captured?|Video)\b"
    r"\s*(?:by|from|credits?|courtesy(?:\s+of)?)?\s*[:：|/-]\s*([^)\n]{1,80})",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Network:
    name: str
    type: str


@dataclass(frozen=True, slots=True)
class NetworkMention:
    name: str
    type: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[re.Pattern[str], dict[str, tuple[Network, bool]]]:
    table: dict[str, tuple[Network, bool]] = {}
    text = resources.files("unbait").joinpath("data/networks.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, variants = line.split("\t")
        for variant in variants.split("|"):
            ambiguous = variant.startswith("?")
            table[variant.lstrip("?")] = (Network(name, kind), ambiguous)
    alternatives = "|".join(re.escape(v) for v in sorted(table, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w+&-])(?:{alternatives})(?![\w+&-])")
    return pattern, table


def find_networks(text: str, offset: int = 0) -> list[NetworkMention]:
    """Every network named in ``text``, left to right; offsets shifted by ``offset``."""
    pattern, table = _gazetteer()
    found = []
    for m in pattern.finditer(text):
        network, ambiguous = table[m.group()]
        if ambiguous and not _in_platform_context(text, m.start(), m.end()):
            continue
        found.append(NetworkMention(network.name, network.type, m.start() + offset, m.end() + offset))
    return found


def _in_platform_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12):start]
    if _CAPITALISED_BEFORE.search(before) and not _CONTEXT_BEFORE.search(before):
        return False
    return bool(_CONTEXT_BEFORE.search(before) or _CONTEXT_AFTER.match(text[end:end + 12]))


def credited_networks(raw_text: str) -> list[NetworkMention]:
    """Networks named in photo or video credits ("(Photo : Netflix)") of the raw article.

    The clean stage drops credit lines, but a credit is evidence of the platform
    that holds the pictures, so the works stage reads them from the raw text.
    Offsets are into ``raw_text``.
    """
    found = []
    for m in _CREDIT.finditer(raw_text):
        found.extend(find_networks(m.group(1), offset=m.start(1)))
    return found
