"""Record claims: "replacing X's record", "the most highly rated series in <network>'s history", "a personal best",
"the fastest film this year to pass the 5 million mark", "the drama's highest so far".

A claim is generic ("broke a record") or specific (it says whose record, or
what kind of best); a fact keeps the specific claims and falls back on the
generic one when there is nothing better.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_SPECIFIC = re.compile(
    r"\b(?:replac|surpass|overt(?:ak|ook)|beat|break|broke|eclips|exceed|outperform|outdo|top)\w*"
    r"\s+[^.;!?]{0,60}?['’]s?\s*[”\"’']?\s*(?:own\s+|previous\s+|former\s+)?records?\b"
    r"|\b(?:became|becoming|becomes|is|was|now|as|remains?)?\s*(?:the|its|their)\s+"
    r"(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[- ])?"  # "the fifth"
    r"(?:(?:most|highest|best|fastest)[- ](?:highly[- ])?(?:rated|watched|viewed|streamed|grossing|selling|charting"
    r"|played|liked|downloaded|subscribed|searched|ranked)|(?:biggest|largest|best|highest|fastest)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:opening|debut|premiere|audience|viewership|ratings?|sales|weekend|launch))"
    r"[^.;!?]{0,60}?\b(?:in\s+(?:the\s+)?(?:[\w+]+['’]s\s+)?(?:history|[\w+ ]{0,20}history)|ever|of all time"
    r"|to date|on record|since\s+\d{4}|this year|of the year)\b"
    r"|\b(?:a|an|its|their|his|her|the|own|another)\s+(?:new\s+)?(?:personal|career|all-time|series|self)[- ]"
    r"(?:best|high|highs|record)\b"
    r"|\b(?:highest|best)[- ]ever\b|\ball-time high\b"
    # "the drama's highest so far", "its highest viewership ratings yet"
    r"|\b(?:the|its|their|(?:the\s+)?[\w+\-]+['’]s?)\s+(?:own\s+)?(?:highest|best|biggest|largest)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:so\s+far|yet|to\s+date)\b"
    # "the fastest film this year to pass the 5 million mark", "the first K-drama to top the chart"
    r"|\b(?:the|its)\s+(?:fastest|quickest|first)\s+(?:[\w'’+-]+\s+){0,6}?to\s+(?:pass|surpass|reach|cross|top|hit"
    r"|exceed|break|sell|rank|debut|enter)\b[^.;!?]{0,50}?(?:\d[\d,.]*\s*(?:million|billion|thousand|%|percent)?"
    r"(?:\s+(?:mark|milestone|admissions|viewers|copies|streams|views))?|mark|milestone|No\.\s?1|number one|chart"
    r"|top\s+\d+)\b",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"\b(?:broke|breaks|breaking|set|sets|setting|made|makes|hit|hits|achieved|achieves)\s+"
    r"(?:a|the|new|another|its|their)\s+(?:new\s+)?records?\b|\brecord[- ](?:breaking|high|setting)\b"
    r"|\bnew records?\b|\bfor the first time in [^.;,]{0,40}?history\b",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^(?:became|becoming|becomes|is|was|now|as|remains?)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Claim:
    text: str
    start: int
    end: int
    generic: bool


def claims(sentence: str, offset: int = 0) -> list[Claim]:
    found = [_claim(m, offset, False) for m in _SPECIFIC.finditer(sentence)]
    for m in _GENERIC.finditer(sentence):
        if not any(c.start <= m.start() + offset < c.end for c in found):
            found.append(_claim(m, offset, True))
    return sorted(found, key=lambda c: c.start)


def _claim(m: re.Match[str], offset: int, generic: bool) -> Claim:
    text = m.group().strip()
    lead = _LEAD.match(text)
    start = m.start() + (len(m.group()) - len(m.group().lstrip())) + (lead.end() if lead else 0)
    text = text[lead.end():] if lead else text
    return Claim(text, start + offset, start + offset + len(text), generic)


def record_text(found: list[Claim]) -> str | None:
    """The record field: the specific claims joined, else the generic one."""
    specific = [c.text for c in found if not c.generic]
    chosen = specific or [c.text for c in found]
    return "; ".join(dict.fromkeys(chosen)) or None
