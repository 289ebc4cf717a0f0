"""Chart places: "No. 1 on the Billboard 200", "debuted at No. 5 on the Hot 100",
"topped Melon's real-time chart", "Top 10 in 80 countries on Netflix".

The value is the place with the chart it is on, as written. A place without a
chart ("No. 1") is too vague to keep unless a chart word follows.
"""
from __future__ import annotations

import re

from unbait.facts.hits import Hit

_CHART = (
    r"(?:charts?|Hot 100|Billboard 200|Global 200|Global Excl\. U\.S\.|Top \d{1,3}(?: list| chart)?|rankings?|list|"
    r"Oricon\b[\w ]{0,20}|iTunes[\w ]{0,20}|Spotify[\w ]{0,20}|Apple Music[\w ]{0,20})"
)
_PLACE = r"(?:No\.\s?|number\s|#)(?:\d{1,3}|one)\b|(?:the\s+)?(?:top|first|1st|second|third)\s+(?:spot|place|position)"
_ON_CHART = rf"\s+(?:on|in|of|atop)\s+(?:the\s+)?(?:[\w'’+.-]+\s+){{0,5}}?{_CHART}"
_COUNTRIES = r"(?:\s+in\s+\d{1,3}\s+(?:countries|regions|countries and regions))"
_PATTERNS = (
    re.compile(rf"\b(?:{_PLACE})(?:{_ON_CHART}|{_COUNTRIES}(?:\s+on\s+[A-Z][\w+]*)?)"),
    re.compile(
        rf"\b(?:topped|tops|topping|swept|sweeping|ruled|led|dominated|conquered|ranked first on|took first place on|"
        rf"claimed the top spot on)\s+(?:the\s+)?(?:[\w'’+.-]+\s+){{0,5}}?{_CHART}",
        re.IGNORECASE,
    ),
    re.compile(rf"\bTop\s?\d{{1,3}}{_COUNTRIES}(?:\s+on\s+[A-Z][\w+]*(?:['’]s)?(?:\s+(?:global\s+)?Top\s\d+)?)?"),
    re.compile(rf"\b(?:ranked|placed|charted|landed|debuted)\s+(?:at\s+)?(?:{_PLACE}){_COUNTRIES}"),
    re.compile(
        rf"\b(?:entered|re-entered|debuted on|charted on|landed on|returned to)\s+(?:the\s+)?(?:[\w'’+.-]+\s+){{0,4}}?"
        rf"{_CHART}\s+at\s+(?:{_PLACE})"
    ),
)
_LEAD = re.compile(r"^(?:at|in)\s+", re.IGNORECASE)


def find(sentence: str, offset: int) -> list[Hit]:
    found: list[Hit] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            start, end = m.start() + offset, m.end() + offset
            if "box office" in m.group().lower() or any(h.start < end and start < h.end for h in found):
                continue
            found.append(Hit("chart", _LEAD.sub("", m.group().strip()), start, end, person_first=True))
    return found
