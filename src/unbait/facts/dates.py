"""Dates and times as articles write them: "May 4 and 5", "on Sunday", "every Saturday at 9 p.m. KST", "in 2025",
"in spring 2027", "from April to June 2025"."""
from __future__ import annotations

import re

from unbait.calendar_words import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS, alternation

_FULL_MONTH = alternation(MONTHS, capitalise=True)
_MONTH = rf"(?:{_FULL_MONTH}|{alternation(MONTH_ABBREVIATIONS, capitalise=True)}\.)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d|\.\d)"
_DAYS = rf"{_DAY}(?:\s*(?:,|and|&|to|through|-|–)\s*{_DAY}(?![\d,.]*\s*(?:percent|%)))*"
_WEEKDAY = rf"{alternation(WEEKDAYS, capitalise=True)}s?"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_TIME = (
    r"(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)"
    r"(?:\s*(?:\(\s*)?(?:KST|ET|EST|EDT|PT|PST|PDT|GMT|BST|JST|CST)\)?)?"
)
_CORE = (
    rf"(?:from\s+)?{_FULL_MONTH}(?:\s+\d{{4}})?\s+(?:to|through|until|-|–)\s+{_FULL_MONTH}(?:\s+\d{{4}})?(?!\s+\d)|"  # "April to June 2025"
    rf"(?:(?:this|next|last|every|on|from|since|until|by)\s+)?{_MONTH}\s+{_DAYS}(?:,?\s+\d{{4}})?(?!\d)"
    rf"|{_DAYS}\s+{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|(?:(?:every|on|this|next|last)\s+)?{_WEEKDAY}(?:\s*(?:and|&|,)\s*{_WEEKDAY})*"
    rf"(?:,?\s+{_MONTH}\s+{_DAY})?"
    rf"|(?:in|this|next|early|late|later this|in early|in late|by)\s+{_FULL_MONTH}(?:\s+\d{{4}})?"
    rf"|{_FULL_MONTH}\s+\d{{4}}"
    rf"|(?:(?:in|by|later|early|late|this|next)\s+)(?:in\s+)?(?:the\s+(?:first|second)\s+half\s+of\s+)?\d{{4}}"
    rf"|(?:this|next|later this|early next|late next)\s+(?:year|month|week|{_SEASON})"
    rf"|(?:this|next|last)\s+{_SEASON}|(?:today|tonight|tomorrow|yesterday)"
    rf"|(?:(?:in|by|early|late|in\s+early|in\s+late)\s+(?:the\s+)?)?(?i:{_SEASON})\s+(?:of\s+)?\d{{4}}"  # "in spring 2027"
)
DATE = re.compile(rf"\b(?:{_CORE})(?:\s*,?\s*{_TIME})?|\b{_TIME}")
_LEAD = re.compile(r"^(?:on|from|since|until|by|in|at)\s+", re.IGNORECASE)


def dates(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, phrase) for each date in ``text``; a bare month needs a capital ("May", not "may")."""
    found = []
    for m in DATE.finditer(text):
        phrase = m.group().rstrip(" ,")
        if phrase.islower() and not re.search(r"\d|day|year|month|week|tonight|tomorrow|today", phrase):
            continue
        found.append((m.start() + offset, m.start() + offset + len(phrase), phrase))
    return found


def bare(phrase: str) -> str:
    """The date without its leading preposition: "on April 29" -> "April 29"."""
    return _LEAD.sub("", phrase)
