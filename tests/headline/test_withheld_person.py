"""Withheld people: the name the body gives as the subject of the headline's "who" verb."""
from __future__ import annotations

import pytest

import unbait
from unbait.headline.withheld_person import person_spoiler, withheld_verbs

CASTING = ("Oscar winner Imogen Slate is joining the cast of the drama \"Harrow Lane\" for its second season, "
           "the streamer confirmed on Tuesday.\n\n"
           "Slate will play a retired judge opposite series lead Dev Okafor.\n\n"
           "Dev Okafor said he was thrilled to work with her.")



@pytest.mark.parametrize("title,verbs", [
    ("You Won't Believe Who Just Joined The Cast Of 'Harrow Lane'", {"join"}),
    ("Find Out Who Will Play The Villain", {"play"}),
    ("Here's Who Is Set To Play The Villain", {"set", "play"}),
    ("Who Won Best Actor At The Awards?", {"win"}),
])
def test_the_withheld_who_and_its_verb(title: str, verbs: set[str]) -> None:
    assert withheld_verbs(title) == verbs


@pytest.mark.parametrize("title", [
    "Actor Who Starred In Hit Film Dies At 80",  # a relative clause withholds nobody
    "Who Knew The Finale Would Be This Good?",  # rhetorical
    "Who Is The New Host?",  # "be": nothing for a body verb to say
    "The Cast Of 'Harrow Lane' Is Back",
])
def test_headlines_that_withhold_nobody(title: str) -> None:
    assert withheld_verbs(title) == frozenset()


def test_the_spoiler_is_the_name_the_body_gives(analyse) -> None:
    a = analyse("You Won't Believe Who Just Joined The Cast Of 'Harrow Lane'", CASTING)
    found = person_spoiler(a)
    assert found is not None and found.type == "phrase" and found.text == "Imogen Slate"
    assert a.text[found.start : found.end] == found.text
    assert unbait.read_text(a.article.title, CASTING).headline.spoiler == found  # `unbait read` shows it


def test_a_person_the_headline_names_is_not_the_answer(analyse) -> None:
    a = analyse("Guess Who Imogen Slate Joined On Set", CASTING)
    assert person_spoiler(a) is None


def test_no_subject_with_the_verb_no_spoiler(analyse) -> None:
    a = analyse("Find Out Who Will Host The Awards", CASTING)
    assert person_spoiler(a) is None


@pytest.mark.parametrize("title,verbs", [
    ("This Oscar Winner Is Joining The Cast Of 'Harrow Lane'", {"join"}),
    ("These Two Stars Will Host The Awards", {"host"}),
    ("You Won't Guess Which Star Just Joined 'Harrow Lane'", {"join"}),  # regression: "which star" withheld nobody
])
def test_a_person_noun_after_this_is_withheld_too(title: str, verbs: set[str]) -> None:
    assert withheld_verbs(title) == verbs


@pytest.mark.parametrize("title", [
    "This Show Is Joining The Netflix Lineup",  # not a person
    "This Is Why The Cast Joined",  # "this" stands alone
])
def test_this_before_something_else_withholds_nobody(title: str) -> None:
    assert withheld_verbs(title) == frozenset()


def test_this_oscar_winner_is_the_name_the_body_gives(analyse) -> None:
    a = analyse("This Oscar Winner Just Joined The Cast Of A Hit Drama", CASTING)
    found = person_spoiler(a)
    assert found is not None and found.text == "Imogen Slate"


def test_which_star_is_the_name_the_body_gives(analyse) -> None:
    a = analyse("You Won't Guess Which Star Just Joined 'Harrow Lane'", CASTING)
    found = person_spoiler(a)
    assert found is not None and found.text == "Imogen Slate"


def test_a_casting_verb_stands_for_another(analyse) -> None:
    # regression: "Guess Who Has Been Cast As ..." found nobody when the body says "will play"
    body = ("The BBC has found its new Doctor.\n"
            'Newcomer Amara Obi will play the lead role in the tenth season of "Time Rangers," the BBC said.')
    found = person_spoiler(analyse('Guess Who Has Been Cast As The New Doctor In "Time Rangers"', body))
    assert found is not None and found.text == "Amara Obi"


def test_a_replacing_verb_stands_for_taking_over_a_role(analyse) -> None:
    # regression: "Who Just Replaced X" found nobody when the body says "will take over the role ... from X"
    body = ('The streamer has found a new lead for "Salt Flats."\n'
            "Delia Marsh will take over the role of Sheriff Ada Quill from Corinne Pate, who left the series in May.")
    found = person_spoiler(analyse("You Won't Guess Who Just Replaced Corinne Pate In 'Salt Flats'", body))
    assert found is not None and found.text == "Delia Marsh"
