"""Which networks a work airs or streams on.

Three rules, strongest first:

1. **Attached**: the network is written against the title — ``tvN's new drama
   “X”``, ``Netflix original “X”``, ``“X” (JTBC)``, ``X, now streaming on
   Disney+``. Any platform type counts, and it links only that work.
2. **Airing**: a sentence says something airs, streams, premieres or is
   released *on* the network (``aired on MBC``); it links the work named in
   that sentence (the nearest one before the network), else the main work.
3. **Context**: any other mention of a broadcaster or streaming service (not
   YouTube or music services, which are promo channels and charts as often as
   venues) in the body, the headline or a photo credit links the main work —
   but only when the main work is a show or film (not a song or album), and not
   when that network was attached to another work. A network that owns the
   thing named (``tvN's YouTube channel``) is the evidence; the owned platform
   (YouTube) is not.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from unbait.networks import BROADCAST_TYPES, NetworkMention
from unbait.works.mentions import Occurrence

_ATTACHED_BEFORE = re.compile(
    r"^(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,3}[“\"‘']?$"  # tvN's new drama “ / Netflix original “
)
_ATTACHED_AFTER = re.compile(
    r"^[”\"’']?(?:['’]s)?\s*(?:\(\s*"
    r"|,?\s+(?:(?:which|that)\s+)?(?:(?:is|was|were|will|be|been|has|had|now|currently|also|exclusively"
    r"|only|first|originally|globally)\s+)*"
    r"(?:(?:stream(?:s|ing|ed)?|air(?:s|ing|ed)?|broadcast(?:s|ing)?|premier(?:es|ed|ing)|available"
    r"|released?|out|launch(?:es|ed)?|debut(?:s|ed)?)\s+)?(?:on|via|through)\s+)$"
)
_AIRING_BEFORE = re.compile(
    r"\b(?:airs?|aired|airing|broadcast(?:s|ed|ing)?|stream(?:s|ed|ing)?|premier(?:es|ed|ing)"
    r"|available|releas(?:es|ed|ing)|debut(?:s|ed|ing)?|launch(?:es|ed|ing)?|return(?:s|ed|ing)?"
    r"|exclusively)\b[^.;!?]{0,40}?\b(?:on|via|through)\s+$",
    re.IGNORECASE,
)
_MAX_GAP = 60
_MUSIC_KINDS = frozenset({"song", "album"})


def attached(text: str, occurrences: list[Occurrence], networks: list[NetworkMention]) -> dict[int, str]:
    """Rule 1: for each network mention (by index) attached to an occurrence, that work's title."""
    links: dict[int, str] = {}
    for i, net in enumerate(networks):
        for occ in occurrences:
            if 0 <= occ.start - net.end <= _MAX_GAP and _ATTACHED_BEFORE.match(text[net.end:occ.start]):
                links[i] = occ.work
                break
            if 0 <= net.start - occ.end <= _MAX_GAP and _ATTACHED_AFTER.match(text[occ.end:net.start]):
                links[i] = occ.work
                break
    return links


def airing(
    text: str,
    sentences: list[tuple[int, int]],
    occurrences: list[Occurrence],
    networks: list[NetworkMention],
    main: str | None,
    taken: dict[int, str],
) -> dict[int, str]:
    """Rule 2: network mentions introduced by an airing verb, linked to the sentence's work."""
    links: dict[int, str] = {}
    for i, net in enumerate(networks):
        if i in taken or not _AIRING_BEFORE.search(text[max(0, net.start - 60):net.start]):
            continue
        sentence = next(((s, e) for s, e in sentences if s <= net.start < e), (0, len(text)))
        named = [o for o in occurrences if sentence[0] <= o.start < sentence[1]]
        before = [o for o in named if o.end <= net.start]
        chosen = before[-1].work if before else named[0].work if named else main
        if chosen:
            links[i] = chosen
    return links


def context(
    networks: Iterable[NetworkMention], main: str | None, main_kind: str | None, attached_elsewhere: set[str]
) -> list[str]:
    """Rule 3: broadcast networks mentioned anywhere, for a main show or film."""
    if main is None or main_kind in _MUSIC_KINDS:
        return []
    return [n.name for n in networks if n.type in BROADCAST_TYPES and n.name not in attached_elsewhere]
