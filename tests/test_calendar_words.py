"""The shared month / weekday vocabulary."""
from __future__ import annotations

import re

from unbait.calendar_words import MONTH_ABBREVIATIONS, MONTH_NUMBER, MONTHS, WEEKDAYS, alternation


def test_month_numbers_cover_names_abbreviations_and_sept() -> None:
    assert MONTH_NUMBER["january"] == 1 and MONTH_NUMBER["dec"] == 12 and MONTH_NUMBER["sept"] == MONTH_NUMBER["sep"] == 9
    assert len(MONTHS) == 12 and len(WEEKDAYS) == 7 and "may" not in MONTH_ABBREVIATIONS


def test_alternation_prefers_the_longest_word() -> None:
    rx = re.compile(alternation(["sep", "sept", "september"]))
    assert rx.match("september").group() == "september" and rx.match("sept.").group() == "sept"
    assert re.fullmatch(alternation(WEEKDAYS, capitalise=True), "Wednesday")
