"""Chart places and sales: "No. 1 on the Billboard 200", "debuted at No. 5 on the Hot 100",
"topped Melon's real-time chart", "Top 10 in 80 countries on Netflix", "sold 412,000 copies in its first week",
"drew 8.7 million views", "ranked first in its time slot".

The value is the place (or count) with the chart it is on, never the verb that
brings it: "topped the X chart" is "No. 1 on the X chart", "entered the
Billboard 200 at No. 12" is "No. 12 on the Billboard 200". A place without a
chart ("No. 1") is too vague to keep. A chart place is its work's: the song or
album, not the singer (so ``person_first`` stays off).
"""
from __future__ import annotations

import re

from unbait.facts.hits import NUMBER, Hit

_BRAND = r"(?:Oricon|iTunes|Spotify|Apple Music|Billboard|Melon|Hanteo|Circle|Gaon)"
_CHART = (
    rf"(?:{_BRAND}(?:['’]s)?(?-i:\s+(?:[A-Z][\w'’-]*|\d{{1,3}}))*(?:(?:\s+[\w-]+){{0,3}}?\s+[Cc]harts?)?|[Cc]harts?|"
    r"Hot 100|Billboard 200|"
    r"Global 200|Global Excl\. U\.S\.|Top \d{1,3}(?: list| chart)?|rankings?|list)"
)
_PLACE = r"(?:No\.\s?|number\s|#)(?:\d{1,3}|one)\b|(?:the\s+)?(?:top|first|1st|second|third)\s+(?:spot|place|position)"
_WORDS = r"(?:[\w'’+.-]+\s+){0,5}?"
_COUNTRIES = r"(?:\s+in\s+\d{1,3}\s+(?:countries and regions|countries|regions|markets))"
_ON = rf"\s+(?:on|in|of|atop)\s+(?P<chart>(?:the\s+)?{_WORDS}{_CHART})"
_PATTERNS = (
    # No. 3 on the Melon Top 100 chart; No. 1 in 23 countries on Netflix
    re.compile(rf"\b(?P<place>{_PLACE})(?:{_ON}(?P<where>{_COUNTRIES})?|(?P<where2>{_COUNTRIES})(?:\s+on\s+[A-Z][\w+]*)?)"),
    # topped the iTunes Top Albums chart in 23 regions
    re.compile(
        rf"\b(?:topped|tops|topping|swept|sweeping|ruled|led|dominated|conquered|ranked first on|took first place on|"
        rf"claimed the top spot on)\s+(?P<chart>(?:the\s+)?{_WORDS}{_CHART})(?P<where>{_COUNTRIES})?",
        re.IGNORECASE,
    ),
    re.compile(rf"\bTop\s?\d{{1,3}}{_COUNTRIES}(?:\s+on\s+[A-Z][\w+]*(?:['’]s)?(?:\s+(?:global\s+)?Top\s\d+)?)?"),
    re.compile(
        rf"\b(?:entered|re-entered|debuted on|charted on|landed on|returned to)\s+(?P<chart>(?:the\s+)?"
        rf"(?:[\w'’+.-]+\s+){{0,4}}?{_CHART})\s+at\s+(?P<place>{_PLACE})"
    ),
)
_SOLD = re.compile(
    rf"\b(?:sold|sells|selling|shifted|moved|earned|earning|with)\s+(?:(?:over|more than|nearly|almost|about|around|some)\s+)?"
    rf"(?P<value>{NUMBER}(?:\s+(?:million|thousand))?\s+(?:physical\s+)?(?:copies|units|albums"
    r"|(?:equivalent\s+)?album(?:-equivalent)?\s+units))"  # "with 612,000 equivalent album units"
    r"(?:\s+(?:in|on|during|within)\s+(?:its|their|the)\s+(?P<when>first\s+(?:day|week|month|hour)s?))?",
    re.IGNORECASE,
)

_COUNTED = rf"{NUMBER}(?:\s+(?:million|billion|thousand))?\s+(?:views|streams|hours\s+viewed|viewing\s+hours)"
_DAY = r"(?i:[A-Z][a-z]{2,8}\.?)\s+\d{1,2}"  # "March 10", "Nov. 3"
# streaming counts: "drew 8.7 million views", "surpassed 100 million streams", "12.4 million hours viewed"
_STREAMED = re.compile(
    rf"\b(?:drew|draws|racked up|racks up|garnered|recorded|amassed|surpassed|passed|topped|hit|reached|earned|logged"
    rf"|with|clocked|accumulated)\s+(?:(?:over|more than|nearly|almost|about|around|some)\s+)?"
    rf"(?P<value>{_COUNTED})"
    rf"(?P<more>\s+and\s+{_COUNTED})?"  # "6.3 million views and 42.1 million hours viewed": both
    r"(?:\s+(?:in|on|during|within)\s+(?:its|their|the)\s+(?P<when>first\s+(?:day|week|month|hour|\d+\s+hours)s?)"
    rf"|\s+(?:between|from)\s+(?P<span>{_DAY}\s+(?:and|to|through)\s+{_DAY}))?",
    re.IGNORECASE,
)


# "also ranked No. 1 among all programs aired on cable channels in its time slot": first in its slot
_SLOT = re.compile(r"\b(?:ranked|placed|came\s+in|took|claimed|finished)\s+(?P<place>No\.\s?\d{1,2}|first|second|third"
                   r"|number\s+one|(?:the\s+)?(?:first|top)\s+(?:place|spot))\b[^.;]{0,100}?\bin\s+(?:its|their|the)\s+time\s*slot",
                   re.IGNORECASE)
_ORDINAL = {"second": "2", "third": "3"}  # "first", "number one", "the top spot": 1


def _slot_place(place: str) -> str:
    """"first", "the top spot", "No.1" -> "No. 1"; "second" -> "No. 2"."""
    words = place.casefold().removeprefix("the ").split()
    number = re.search(r"\d+", " ".join(words))
    return f"No. {number.group() if number else _ORDINAL.get(words[0], '1')}"


def find(sentence: str, offset: int) -> list[Hit]:
    found: list[Hit] = []
    for m in _SLOT.finditer(sentence):
        found.append(Hit("chart", f"{_slot_place(m.group('place'))} in its time slot", m.start() + offset, m.end() + offset))
    for pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            start, end = m.start() + offset, m.end() + offset
            if "box office" in m.group().lower() or any(h.start < end and start < h.end for h in found):
                continue
            found.append(Hit("chart", _value(m), start, end))
    for m in [*_SOLD.finditer(sentence), *_STREAMED.finditer(sentence)]:
        when, more = m.groupdict().get("span") or m.group("when"), m.groupdict().get("more")
        found.append(Hit("chart", m.group("value"), m.start() + offset, (m.start("more") if more else m.end()) + offset,
                         when))
        if more:
            found.append(Hit("chart", re.sub(r"^\s+and\s+", "", more), m.start("more") + offset, m.end() + offset, when))
    return found


def _value(m: re.Match[str]) -> str:
    """The place with its chart: "No. 1 on the X chart in 23 regions"."""
    groups = m.groupdict()
    if "chart" not in groups:
        return m.group().strip()
    place = groups.get("place") or "No. 1"  # "topped"
    where = (groups.get("where") or groups.get("where2") or "").strip()
    if not groups.get("chart"):
        return f"{place} {where}".strip()
    return f"{place} on {groups['chart']}" + (f" {where}" if where else "")
