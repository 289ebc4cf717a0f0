"""Withheld reasons: the body sentence that gives the cause of the headline's action."""
from __future__ import annotations

import pytest

import unbait
from unbait.headline.withheld_reason import reason_spoiler, withheld_verbs

TURNED_DOWN = ("Oscar winner Wren Haldane has turned down a role in the superhero film \"Iron Choir\" because she "
               "does not want to spend a year in front of a green screen.\n\n"
               "Haldane made the comments on a late-night show on Thursday. She turned down two other offers last "
               "year.\n\n"
               "The part went to Lola Brandt instead.")



@pytest.mark.parametrize("title,verbs", [
    ("Wren Haldane Turned Down A Superhero Role, And The Reason Is Surprising", {("turn", "down")}),
    ("Here's Why Wren Haldane Quit The Band", {("quit", "")}),
    ("The Real Reason Wren Haldane Left Will Surprise You", {("leave", "")}),
    ("Wren Haldane Turned Down A Superhero Role", set()),  # no reason cue
])
def test_the_withheld_reason_and_its_verb(title: str, verbs: set) -> None:
    assert withheld_verbs(title, ["Wren Haldane"]) == verbs


def test_the_spoiler_is_the_sentence_with_the_cause(analyse) -> None:
    a = analyse("This Oscar Winner Just Turned Down A Superhero Role, And The Reason Is Surprising", TURNED_DOWN)
    found = reason_spoiler(a)
    assert found is not None and found.type == "passage"
    assert found.text.startswith("Oscar winner Wren Haldane has turned down") and found.text.endswith("green screen.")
    assert a.text[found.start:found.end] == found.text
    assert unbait.read_text(a.article.title, TURNED_DOWN).headline.spoiler == found  # `unbait read` shows it


def test_no_cause_or_another_person_no_spoiler(analyse) -> None:
    body = "Wren Haldane has turned down a role in the superhero film \"Iron Choir\".\n\nThe part went to Lola Brandt."
    assert reason_spoiler(analyse("Wren Haldane Turned Down A Role, And The Reason Is Surprising", body)) is None
    # the headline names Lola Brandt: Haldane's cause is not hers
    a = analyse("Why Lola Brandt Turned Down A Superhero Role", TURNED_DOWN)
    assert reason_spoiler(a) is None


def test_a_name_the_headline_says_is_a_subject_even_when_the_people_stage_dropped_it(analyse) -> None:
    # regression: "Why Jin Cried ..." found no subject, as "Jin" was no person of the article
    body = ("The singer performed in Seoul on Saturday night.\n"
            "Jin cried during the encore because it was his first concert in two years.")
    found = reason_spoiler(analyse("Why Jin Cried On Stage At The Seoul Concert", body))
    assert found is not None and found.text.startswith("Jin cried during the encore because")


def test_a_verb_that_says_the_same_as_the_headlines(analyse) -> None:
    # regression: "Here's Why X Left" found nothing when the body says "X quit ... due to ..."
    body = ('Dana Lowe exited the hospital drama "Night Shift" last month.\n\n'
            "Lowe quit the series due to a scheduling conflict with her new film, her representative confirmed.")
    found = reason_spoiler(analyse('Here\'s Why Dana Lowe Left "Night Shift"', body))
    assert found is not None and found.text.startswith("Lowe quit the series due to")
