"""Air and release dates: "will return this May 4 and 5", "premieres on June 3", "airs every Saturday at 9 p.m. KST".

A date counts when an airing or release verb governs it: the verb comes first
and the date follows within a few words, or the date opens the clause ("On
June 3, the drama premiered"). Dates a rating already took ("24.85 percent on
April 29") are not air dates (the families run ratings first), nor is a report's date ("Billboard reported
Sunday") or a career's start ("debuted in 2022 under Starlight Entertainment").
"""
from __future__ import annotations

import re

from unbait.facts.dates import bare, dates
from unbait.facts.hits import Hit
from unbait.works.titles import Shape, quoted_spans, shape

_VERB = re.compile(
    r"\b(?:premier(?:es|ed|ing|e)|air(?:s|ed|ing)?|broadcast(?:s|ed|ing)?|return(?:s|ed|ing)?|releas(?:es|ed|ing|e)"
    r"|debut(?:s|ed|ing)?|stream(?:s|ed|ing)?|launch(?:es|ed|ing)?|drop(?:s|ped|ping)?|arriv(?:es|ed|ing|e)"
    r"|hit(?:s|ting)?\s+(?:theaters|theatres|screens)|open(?:s|ed|ing)?\s+in\s+(?:theaters|theatres|cinemas)"
    r"|comeback|come\s+back|slated|scheduled|set\s+to|conclud(?:es|ed|ing|e)|end(?:s|ed)?|wrap(?:s|ped)?\s+up)\b",
    re.IGNORECASE,
)
# An airing verb that says so on its own; the others ("released", "set to", "returns") need a media word
_PLAIN_AIRING = re.compile(r"\b(?:premier|air|broadcast|stream|hit|open|debut)", re.IGNORECASE)
_MEDIA = re.compile(
    r"\b(?:episodes?|dramas?|series|shows?|broadcasts?|finale|season|specials?|films?|movies?|albums?|EPs?|singles?|"
    r"songs?|tracks?|music videos?|MVs?|trailers?|teasers?|comeback|time slot|theaters|theatres|"
    r"webtoons?|sequel|documentary|program(?:me)?s?|K-?dramas?)\b",
    re.IGNORECASE,
)
_GAP = 60
_COUNTED = re.compile(r"\d[\d,.]*\s*(?:million|billion|thousand|[mbk])?\s+$", re.IGNORECASE)  # "31.2 million streams": a noun
# "Billboard reported Sunday", "the studio confirmed on Tuesday": the date of the report, not of an airing
_REPORTED = re.compile(r"\b(?:reported|said|says|announced|confirmed|revealed|told\s+[A-Z][\w.’'&]*(?:\s+[A-Z][\w.’'&]*)*"
                       r"|(?:estimates|figures|data|numbers|statement)\s+(?:released|issued|published))"
                       r"\s+(?:on\s+|late\s+|early\s+)?$")
# "debuted in 2022 under Starlight Entertainment", "debuted as a soloist": a career's start, not a release
_CAREER_START = re.compile(r"\bdebut(?:s|ed)?\b[^.;!?]{0,50}?\b(?:under\s+[A-Z]|as\s+(?:an?\s+)?(?:member|soloist|solo\s+artist"
                           r"|singer|rapper|actor|actress|idol|trainee|model|group)|with\s+(?:the\s+)?(?:members|group))")
_TRACKING = re.compile(r"\b(?:(?:week|period)\s+(?:ending|of)|dated)\s+$", re.IGNORECASE)  # a chart's week, not a release


def find(sentence: str, offset: int) -> list[Hit]:
    titles = quoted_spans(sentence)
    # a media word, or a quoted title ("“Glass Garden” will be released on October 4")
    media = _MEDIA.search(sentence) is not None or any(shape(q.text) is Shape.TITLE for q in titles)
    verbs = [(m.start(), m.end()) for m in _VERB.finditer(sentence) if (media or _PLAIN_AIRING.match(m.group()))
             and not _COUNTED.search(sentence[max(0, m.start() - 20):m.start()])
             and not _CAREER_START.match(sentence, m.start())]
    if not verbs:
        return []
    quoted = [(q.outer_start, q.outer_end) for q in titles]
    found = []
    for start, end, phrase in dates(sentence):
        if any(a <= start < b for a, b in quoted) or _TRACKING.search(sentence[max(0, start - 20):start]) \
                or _REPORTED.search(sentence[max(0, start - 40):start]):
            continue  # a date inside a title ("Last Friday Night"), a chart's week ("the week ending May 2"), a report's
        governing = [v for v in verbs if 0 <= start - v[1] <= _GAP and not re.search(r"[.;!?]", sentence[v[1]:start])]
        if governing:
            found.append(Hit("air_date", bare(phrase), governing[-1][0] + offset, end + offset))
        elif start <= 3 and verbs[0][0] - end <= _GAP:  # "On June 3, the drama premiered"
            found.append(Hit("air_date", bare(phrase), start + offset, verbs[0][1] + offset))
    return found
