"""Month and weekday names as English articles write them: one vocabulary for every stage.

Lower-case; callers build their own patterns from these (:func:`alternation`) or look words
up (:data:`MONTH_NUMBER`), so "Sept." and "sept" mean September everywhere.
"""
from __future__ import annotations

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# full names, three-letter abbreviations and "sept"
MONTH_NUMBER = {name: n for n, name in enumerate(MONTHS, 1)} | {name[:3]: n for n, name in enumerate(MONTHS, 1)} | {
    "sept": 9}
MONTH_ABBREVIATIONS = tuple(sorted(set(MONTH_NUMBER) - set(MONTHS)))


def alternation(words: tuple[str, ...] | list[str], capitalise: bool = False) -> str:
    """A regex group matching any of ``words`` (longest first, so no word stops inside another)."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(w.capitalize() if capitalise else w for w in ordered) + ")"
