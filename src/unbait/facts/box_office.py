"""Box office: "$120 million worldwide", "3 million admissions", "topped the box office", "opened to $45.2 million".

Money counts only in a sentence about takings (box office, grossed, opened to,
ticket sales...; or, in a sentence about a film, added, a global opening, its
domestic total...) and not as a budget or a fee; every sum in such a sentence counts
("added $61.5 million overseas, for a global opening of $109.7 million"). Admissions and "topped the box
office" speak for themselves.
"""
from __future__ import annotations

import re

from unbait.facts.hits import Hit

_SCOPE = r"(?:\s+(?:worldwide|globally|domestically|overseas|internationally|in North America|in Korea|in China|at home))?"
_MONEY = re.compile(
    r"(?:US|U\.S\.\s?)?\$\s?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:million|billion|thousand|[mMbB]n?\b|[kK]\b))?" + _SCOPE
    + r"|\b\d(?:[\d,]*\d)?(?:\.\d+)?\s?(?:million|billion|trillion)?\s+won\b" + _SCOPE
    + r"|₩\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion))?" + _SCOPE
    + r"|(?:₹|Rs\.?\s?|INR\s?)\d[\d,]*(?:\.\d+)?(?:\s?(?:crore|lakh|million|billion))?" + _SCOPE  # "₹500 crore"
)
_TAKINGS = re.compile(
    r"\b(?:box[- ]office|gross(?:ed|es|ing)?|opened (?:to|with)|opening weekend|ticket sales|theatrical|"
    r"domestic (?:total|tally|haul))\b", re.IGNORECASE
)
# Money words that are takings only in a sentence about a film
_EARNINGS = re.compile(
    r"\b(?:earn(?:ed|s|ing)?|takings|haul(?:ed)?|sales|revenue|raked in|pulled in|brought in|collected|add(?:ed|s|ing)|"
    r"opening|launch|start|debut|(?:domestic|global|worldwide|overseas|international|cumulative|running) total|"
    r"(?:first|second|third) place)\b",
    re.I,
)
_FILM = re.compile(r"\b(?:films?|movies?|sequel|franchise|theaters|theatres|cinemas?|screens)\b", re.IGNORECASE)
_NOT_TAKINGS = re.compile(r"\b(?:budget|cost|costs|paid|salary|fee|deal|worth|fine|donat\w+|lawsuit)\b[^.]{0,25}$", re.IGNORECASE)
_NOT_TAKINGS_AFTER = re.compile(r"^[\s-]*(?:budget|salary|fee|deal|fine|donation|settlement)\b", re.IGNORECASE)
_ADMISSIONS = re.compile(
    r"\b\d[\d,]*(?:\.\d+)?\s?(?:million|thousand)?\s+(?:cumulative\s+)?(?:admissions|moviegoers|tickets sold|viewers in theaters)\b",
    re.IGNORECASE,
)
_TOPPED = re.compile(
    r"\b(?:topped|tops|topping|led|leads|leading|ruled|dominated|debuted atop|opened atop|(?:took|claimed) (?:the )?(?:No\.\s?1|top) spot at|"
    r"(?:No\.\s?1|number one|first place) at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}box[- ]office\b",
    re.IGNORECASE,
)


def find(sentence: str, offset: int) -> list[Hit]:
    found = [Hit("box_office", m.group(), m.start() + offset, m.end() + offset) for m in _ADMISSIONS.finditer(sentence)]
    found += [Hit("box_office", m.group(), m.start() + offset, m.end() + offset) for m in _TOPPED.finditer(sentence)]
    if _TAKINGS.search(sentence) or (_EARNINGS.search(sentence) and _FILM.search(sentence)):
        for m in _MONEY.finditer(sentence):
            if not (_NOT_TAKINGS.search(sentence[max(0, m.start() - 40):m.start()])
                    or _NOT_TAKINGS_AFTER.match(sentence[m.end():m.end() + 20])):
                found.append(Hit("box_office", m.group().strip(), m.start() + offset, m.end() + offset))
    return found
