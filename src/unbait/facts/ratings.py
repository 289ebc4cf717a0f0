"""Viewership ratings: "a viewership rating of 24.85 percent on April 29", "recorded 19.0%".

A percentage is a rating when its sentence talks about ratings or viewership,
or a rating verb ("recorded", "peaked at", "came in at") introduces it in a
sentence about a broadcast (a broadcast word, or a broadcaster named before it) and not
about business (shares, revenue). A change ("up 2.1
percent") is not a rating, nor the value it is compared with ("up from 13.1 percent", "breaking the record held
by “X” (17.5 percent)"). The date is the nearest date in the sentence after
the value (else before it), with the episode when one is named.
"""
from __future__ import annotations

import re

from unbait.facts.dates import bare, dates
from unbait.facts.hits import Hit
from unbait.networks import BROADCAST_TYPES, find_networks

_PERCENT = re.compile(r"(?<![\d.])(?P<num>\d{1,2}(?:\.\d{1,2})?)\s*(?:%|percent\b|per\s?cent\b)", re.IGNORECASE)
_CUE = re.compile(r"\b(?:viewership|Nielsen|TNmS|audience share|household share|(?:TV|viewer|household) ratings?)\b", re.I)
# "ratings" or a rating verb is a TV rating only in a sentence about a broadcast (not approval ratings, not GDP)
_RATING_WORD = re.compile(r"\bratings?\b", re.IGNORECASE)
_RATING_OF = re.compile(r"\bratings?\s+of\s+$", re.IGNORECASE)
_BROADCAST = re.compile(
    r"\b(?:episodes?|dramas?|series|shows?|broadcasts?|finale|premiere|channel|aired|airing|time slot|network|"
    r"season|viewers|program(?:me)?s?|K-?dramas?)\b",
    re.IGNORECASE,
)
_BUSINESS = re.compile(r"\b(?:stocks?|shares|subscri\w+|market|revenue|growth|profits?|price|stake)\b", re.IGNORECASE)
_VERB = re.compile(
    r"\b(?:recorded|records|recording|scored|garnered|averaged|peaked at|reached|achieved|hit|posted|logged|with|"
    r"(?:held|stayed|remained)(?: steady| firm)? at|rose to|climbed to|soared to|jumped to|dropped to|fell to|dipped to|"
    r"(?:came|comes|coming) in at|(?:stood|stands|settled|finished|ended) (?:at|with)|drew|earned|registered)\s+(?:an?\s+|its\s+)?"
    r"(?:(?:nationwide|average|peak|personal best|all-time high|new high)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_NOT_RATING = re.compile(
    r"\b(?:by|up|down|rise of|drop of|increase of|decrease of)\s+$|\bRotten Tomatoes\b|\bapproval\b"
    # the value it is compared with: "up from its previous record of 13.1 percent", "rose from 5.1 percent"
    r"|\bfrom\s+(?:(?:its|the|a|their|his|her)\s+)?(?:(?:previous|last|prior|earlier|former|personal|all-time|own|week['’]s"
    r"|episode['’]s)\s+)*(?:(?:record|high|best|rating|share|mark|peak)\s+)?(?:of\s+)?$", re.IGNORECASE
)
_HOLDER = re.compile(r"\b(?:held\s+by|set\s+by|surpass\w*|overt\w*|beat(?:ing|s)?|break\w*|broke|topp\w*)\b"
                     r"[^.;()]{0,80}\(\s*$", re.IGNORECASE)
_LEAD_IN = re.compile(
    r"\b(?:(?:a|an|its|their|the)\s+)?(?:(?:nationwide|metropolitan|average|viewership|household|peak|highest|"
    r"personal|best|new|all-time|TV|audience|record|Nielsen|Korea)\s+){0,3}"
    r"(?:ratings?|share|viewership|average|peak|high)\s+of\s+$",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:drop|decline|increase|rise|jump|gain|fall|decrease|boost|dip|surge|more|less|higher|lower|of\s+(?:the|all|its|their)\b)",
    re.IGNORECASE,
)
_EPISODE = re.compile(
    r"\b(?:episode|ep\.)\s*(?P<n>\d{1,3})\b|\b\d{1,3}(?:st|nd|rd|th)\s+episode\b"
    r"|\b(?:the\s+)?(?:(?:series|season)\s+)?finale\b"
    r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|final|last|latest|premiere)\s+episode\b",
    re.IGNORECASE,
)


_CLAUSE = re.compile(r";|,?\s+(?:while|whereas)\s+|,\s+but\s+")


def find(sentence: str, offset: int) -> list[Hit]:
    percent = _PERCENT.search(sentence)
    if percent is None:
        return []
    # a broadcaster named in the sentence ("SBS's “X” held steady at 7.2 percent") makes it about a broadcast
    broadcast = _BROADCAST.search(sentence) is not None or (_BUSINESS.search(sentence) is None and any(
        n.type in BROADCAST_TYPES for n in find_networks(sentence[:percent.start()])))
    cued = _CUE.search(sentence) is not None or (broadcast and _RATING_WORD.search(sentence) is not None)
    verb_led = broadcast and _BUSINESS.search(sentence) is None  # "the network's shares fell to 3 percent" is no rating
    if "Rotten Tomatoes" in sentence:
        return []
    found = []
    for m in _PERCENT.finditer(sentence):
        before = sentence[max(0, m.start() - 40):m.start()]
        if _HOLDER.search(sentence[max(0, m.start() - 120):m.start()]):
            continue  # "breaking the record previously held by “X” (17.5 percent)": the old record, not a rating
        if _NOT_RATING.search(before) or _CHANGE_AFTER.match(sentence[m.end():m.end() + 12]) or not (cued or _RATING_OF.search(before) or verb_led and _VERB.search(before)):
            continue
        start, end = m.start(), m.end()
        lead_in = _LEAD_IN.search(before)
        if lead_in:
            start -= len(before) - lead_in.start()
        when = _date_after(sentence, end) or _date_before(sentence, start)
        date = bare(when[2]) if when else None
        if when and when[0] >= end and when[0] - end <= 4:
            end = when[1]  # "24.85 percent on April 29": the date is part of the phrase
        episode = episode_of(sentence, m.start(), m.end())
        if episode:
            date = f"{episode}, {date}" if date else episode
        found.append(Hit("rating", f"{m.group('num')}%", start + offset, end + offset, date))
    return found


def _date_after(sentence: str, end: int):
    return next(((s + end, e + end, t) for s, e, t in dates(sentence[end:end + 60])), None)


def _date_before(sentence: str, start: int):
    found = dates(sentence[:start])
    return found[-1] if found else None


def episode_of(sentence: str, start: int = 0, end: int | None = None) -> str | None:
    """The episode a sentence names ("episode 8", "the finale"), if any; with ``start``/``end`` (a value's
    offsets), only in that value's clause: "X scored 2.2 percent, while Y recorded 6.4 percent in its
    sixth episode" gives X no episode."""
    end = start if end is None else end
    cuts = list(_CLAUSE.finditer(sentence))
    lo = max([m.end() for m in cuts if m.end() <= start], default=0)
    hi = min([m.start() for m in cuts if m.start() >= end], default=len(sentence))
    episode = _EPISODE.search(sentence, lo, hi)
    return episode.group().strip() if episode else None
