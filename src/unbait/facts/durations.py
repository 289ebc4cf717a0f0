"""Durations: "after 11 months", "for almost a year", "a two-hour special".

A span of time counts when a preposition or verb of duration introduces it
("after", "for", "over", "spanning", "been", "took"; a running time: "runs 2 hours
and 28 minutes", "runs about 50 minutes"), or when it is the length of
a thing ("a two-hour special"). "In two weeks" is a relative date, not a
duration, and is left to the air-date family. A hiatus, break or tour is as likely an artist's
as a work's (``person_first``); time away or together ("two years without work", "a month off",
"rest for three months", "five years together") and a career's length ("spent a decade playing villains", "appeared in 90 films over
four decades") are the person's the sentence names (``person_only``).
"""
from __future__ import annotations

import re

from unbait.facts.hits import NUMBER, Hit

_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)"
_AMOUNT = (
    r"(?:(?:almost|nearly|about|around|over|more than|less than|roughly|approximately|just|just over|"
    r"just under|some|a full|an entire|the past|the last|the next)\s+)?"
    rf"(?:{NUMBER}(?:\s+and\s+a\s+half)?|an?|several|a few|a couple of)\s+(?:more\s+)?{_UNIT}(?:\s+and\s+a\s+half)?"
    rf"(?:,?\s+(?:and\s+)?{NUMBER}\s+{_UNIT})?"  # "2 hours and 28 minutes"
)
_INTRODUCED = re.compile(
    rf"\b(?:after|for|over|spanning|lasting|lasts|lasted|last|been|took|spent|throughout|runs|run|running|clocks in at|"
    rf"running time of|runtime of)\s+(?P<value>{_AMOUNT})\b(?!\s+(?:old|ago|later|earlier))",
    re.IGNORECASE,
)
_LENGTH = re.compile(
    rf"\b(?P<value>{NUMBER}[- ](?:hour|minute|day|week|month|year|episode-hour)s?)(?:-long)?\s+"
    r"(?P<thing>special|episode|film|movie|show|shoot|concert|broadcast|hiatus|break|run|tour|live|stream|documentary"
    r"|version|cut)\b",
    re.IGNORECASE,
)

_PERSONAL = frozenset({"hiatus", "break", "tour"})
# "would rest for about three months", "will serve for 18 months", "in a relationship for six months": a person's
_RESTS = re.compile(r"\b(?:rest|resting|rested|recover(?:s|ed|ing)?|recuperat\w+|serve|serving|served|enlist\w*"
                    r"|stay\s+away|step\s+away|away|relationship|dating|married|together)\s+$", re.IGNORECASE)
# "after two years without work", "three months off": time away, a person's before a work's
_AWAY = re.compile(r"\s+(?:without\s+(?:work|a\s+job|acting)|off\b|away\b|together\b|out\s+of\s+work"
                   r"|of\s+(?:silence|rest|hiatus|dating|marriage))",
                   re.IGNORECASE)
# "spent a decade playing good guys", "appeared in 140 films over six decades", "a career spanning 30 years": a
# career's length, the person's
_DOING = re.compile(r"\s+(?:playing|acting|working|performing|singing|writing|making|hosting|modelling|modeling"
                    r"|in\s+the\s+(?:industry|business|spotlight))\b", re.IGNORECASE)
# "trained in fencing for three months for the role": a skill the actor learned (not "preparing for the comeback",
# which is the work's making)
_TRAINED = re.compile(r"\b(?:trained|training|studied|studying|learned|learning|took\s+(?:\w+\s+)?lessons)\b"
                      r"[^.,;!?]{0,30}$", re.IGNORECASE)
_CAREER = re.compile(r"\b(?:career|appeared\s+in|has\s+appeared|acted\s+in|starred\s+in\s+(?:more\s+than|over|some)"
                     r"|roles?\s+in\s+(?:more\s+than|over|some)\s+\d)", re.IGNORECASE)


def find(sentence: str, offset: int) -> list[Hit]:
    found = []
    for pattern in (_INTRODUCED, _LENGTH):
        for m in pattern.finditer(sentence):
            personal = "thing" in m.groupdict() and m.group("thing").casefold() in _PERSONAL
            away = _AWAY.match(sentence, m.end()) is not None or _RESTS.search(sentence, max(0, m.start() - 30),
                                                                                 m.start()) is not None
            away = away or _DOING.match(sentence, m.end()) is not None or _CAREER.search(sentence, 0, m.start()) is not None \
                or _TRAINED.search(sentence, max(0, m.start() - 40), m.start()) is not None
            found.append(Hit("duration", m.group("value"), m.start() + offset, m.end() + offset,
                             person_first=personal or away, person_only=away))
    return found
