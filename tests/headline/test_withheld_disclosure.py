"""Withheld disclosures: the clause the body gives as what the headline's person revealed."""
from __future__ import annotations

import pytest

from unbait.headline.withheld_disclosure import disclosure_spoiler

BODY = ("Actress Marta Lindqvist has confirmed that she will star in the limited series \"The Salt Flats,\" playing "
        "a park ranger.\n\n"
        "\"I wanted this part for years,\" Lindqvist said on Tuesday.")



@pytest.mark.parametrize("title", [
    "Fans Can't Believe What Marta Lindqvist Revealed About Her Next Role",
    "Marta Lindqvist Finally Confirms The Rumours",
])
def test_the_spoiler_is_the_clause_the_person_disclosed(analyse, title: str) -> None:
    a = analyse(title, BODY)
    found = disclosure_spoiler(a)
    assert found is not None and found.type == "passage"
    assert found.text == "she will star in the limited series \"The Salt Flats,\" playing a park ranger"
    assert a.text[found.start:found.end] == found.text


def test_a_topic_or_a_quotation_is_not_the_news(analyse) -> None:
    title = "Marta Lindqvist Reveals The Secret Behind Her Accent"
    topic = "Marta Lindqvist revealed how she came up with her character's accent."
    assert disclosure_spoiler(analyse(title, topic)) is None
    # nor is a quotation alone: the narration tells what was revealed as often as the quotes do
    quote = "\n\n\"I listened to my grandmother for weeks,\" Lindqvist said."
    assert disclosure_spoiler(analyse(title, topic + quote)) is None


def test_no_disclosure_verb_or_no_named_person_no_spoiler(analyse) -> None:
    assert disclosure_spoiler(analyse("Marta Lindqvist Stuns In New Photos", BODY)) is None
    assert disclosure_spoiler(analyse("You Won't Believe What This Actress Revealed", BODY)) is None


def test_a_clause_before_the_verb_is_not_what_was_revealed(analyse) -> None:
    # regression: a run-on scraped paragraph made the previous sentence the verb's clause
    body = ("It started with, of all things, a summer job on a fishing boat In an upcoming interview, "
            "Marta Lindqvist reveals the odd way she found her voice.")
    assert disclosure_spoiler(analyse("Marta Lindqvist Reveals The Secret Behind Her Voice", body)) is None


def test_what_a_named_person_said_is_the_clause_she_said(analyse) -> None:
    # regression: with no quotation, "What X Said About ..." had no spoiler
    body = ("Actress Rhea Lund appeared on a talk show on Monday.\n"
            "Lund said that her co-star Tom Ellery is the funniest person she has ever worked with.")
    found = disclosure_spoiler(analyse("You Won't Believe What Rhea Lund Said About Her Co-Star", body))
    assert found is not None and found.text == "her co-star Tom Ellery is the funniest person she has ever worked with"
