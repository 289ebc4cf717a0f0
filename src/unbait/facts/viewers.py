"""Audience counts as ratings: "averaged 7.9 million viewers", "drew 8.4 million viewers".

A count of viewers (or households) is a rating when a verb of drawing an
audience brings it ("averaged", "drew", "attracted", "was watched by"), so
"viewers aged 20 to 49" and "3,000 viewers in theaters" are not. The date is
the episode or date the sentence names, as for percentage ratings.
"""
from __future__ import annotations

import re

from unbait.facts.dates import bare, dates
from unbait.facts.hits import Hit
from unbait.facts.ratings import episode_of

_COUNT = re.compile(
    r"\b(?:averag(?:ed|es|ing)|dr(?:ew|aws|awing)|attract(?:ed|s|ing)|pull(?:ed|s|ing) in|brought in|"
    r"(?:was|were|been) (?:watched|seen) by|reach(?:ed|es|ing)|(?:scored|garnered|logged|posted)|with)\s+"
    r"(?:(?:an?\s+)?(?:average|audience|total)\s+of\s+)?(?:(?:over|more than|nearly|almost|about|around|some)\s+)?"
    r"(?P<value>\d+(?:[.,]\d+)*\s?(?:million|thousand)?\s+(?:total\s+)?(?:viewers|households))\b"
    r"(?!\s+in\s+(?:theaters|theatres|cinemas))",
    re.IGNORECASE,
)


def find(sentence: str, offset: int) -> list[Hit]:
    found = []
    for m in _COUNT.finditer(sentence):
        when = dates(sentence)
        date = bare(when[0][2]) if when else None
        episode = episode_of(sentence, m.start("value"), m.end())
        if episode:
            date = f"{episode}, {date}" if date else episode
        found.append(Hit("rating", m.group("value"), m.start("value") + offset, m.end() + offset, date))
    return found
