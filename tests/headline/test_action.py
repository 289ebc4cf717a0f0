"""Withheld actions between two people: the verb phrase that says what A did to B."""
from __future__ import annotations

import pytest

from unbait.headline.action import action_spoiler, withholds_action

CASES = [
    ("Mara Quinn Did THIS To Devon Holt At The Premiere",
     "The premiere of the comedy drew a large crowd on Saturday night.\n\n"
     "Mara Quinn arrived late and greeted the photographers.\n\n"
     "Later in the evening, Mara Quinn kissed Devon Holt on the cheek in front of the cameras.\n\n"
     "Devon Holt laughed and waved to the fans.",
     "kissed Devon Holt on the cheek in front of the cameras"),
    ("What Rhea Castell Did To Tomas Brandt On Set Left Everyone Stunned",
     "The final week of filming was tense, according to crew members.\n\n"
     "During a rehearsal, Rhea Castell slapped Tomas Brandt for a scene that was not in the script.\n\n"
     "Tomas Brandt said he was not hurt and that the scene was planned.",
     "slapped Tomas Brandt"),
    ("Owen Marsh Spotted Doing THIS To Lila Fenn Backstage",
     "The singers performed together at the awards show.\n\n"
     "Owen Marsh said he was nervous before the show.\n\n"
     "After the duet, the singer hugged his bandmate Lila Fenn backstage.\n\n"
     "Lila Fenn later posted a photo online.",
     "hugged his bandmate Lila Fenn backstage"),
    ("This Is What Nora Vale Did For Caleb Reyes After The Finale",
     "The cast gathered for a farewell dinner after the finale aired.\n\n"
     "Nora Vale thanked Caleb Reyes for two years of patience on set.\n\n"
     "Caleb Reyes told reporters that he would miss the show.",
     "thanked Caleb Reyes for two years of patience on set"),
    ("Jonah Pike Caught Doing THIS To Ava Linden On Her Birthday",
     "The actress celebrated her birthday on the set of the thriller.\n\n"
     "Jonah Pike, her co-star, surprised Ava Linden with a gift during the lunch break.\n\n"
     "Ava Linden said the gesture moved her.",
     "surprised Ava Linden with a gift during the lunch break"),
]



@pytest.mark.parametrize("title,body,expected", CASES, ids=[c[2].split()[0] for c in CASES])
def test_the_withheld_action_is_the_verb_phrase(analyse, title: str, body: str, expected: str) -> None:
    a = analyse(title, body)
    found = action_spoiler(a)
    assert found is not None and found.type == "phrase"
    assert found.text == expected
    assert a.text[found.start : found.end] == found.text


def test_a_passive_sentence_names_the_action(analyse) -> None:
    a = analyse("Watch What Ivy Stone Did To Marco Bell",
                 "The two hosts met again on the morning show.\n\n"
                 "Marco Bell was hugged by Ivy Stone at the end of the broadcast.\n\n"
                 "Viewers loved it.")
    found = action_spoiler(a)
    assert found is not None and found.text.startswith("hugged")


def test_a_lower_case_this_in_the_body_is_not_a_teaser(analyse) -> None:
    a = analyse("Mara Quinn Did THIS To Devon Holt At The Premiere",
                 "At this year's premiere, Mara Quinn kissed Devon Holt on the cheek.")
    found = action_spoiler(a)
    assert found is not None and found.text.startswith("kissed Devon Holt")


def test_reporting_verbs_and_the_teaser_are_not_answers(analyse) -> None:
    a = analyse("Mara Quinn Did THIS To Devon Holt At The Premiere",
                 "Mara Quinn did this to Devon Holt, and the crowd went wild.\n\n"
                 "Mara Quinn told Devon Holt that the film was a triumph.\n\n"
                 "The film opens next week.")
    assert action_spoiler(a) is None


def test_no_withheld_action_no_spoiler(analyse) -> None:
    assert not withholds_action("Mara Quinn and Devon Holt star in this new comedy")
    assert withholds_action("Mara Quinn's Reaction To Devon Holt's Speech")
    a = analyse("Mara Quinn and Devon Holt star in a new comedy",
                 "Mara Quinn kissed Devon Holt in the trailer.")
    assert action_spoiler(a) is None
    one_person = analyse("Mara Quinn Did THIS At The Premiere", "Mara Quinn kissed the trophy.")
    assert action_spoiler(one_person) is None


def test_seed_000_names_the_embrace(analyse, seed) -> None:
    # regression: the seed was read from a fixed /work/shared path, so on a machine with ../shared elsewhere
    # the test skipped instead of running
    article = seed("000")
    a = analyse(article.title, article.text)
    found = action_spoiler(a)
    assert found is not None and found.type == "phrase"
    assert "embrace" in found.text.lower() and a.text[found.start : found.end] == found.text


def test_doing_this_with_b_may_be_what_b_did(analyse) -> None:
    # regression: "A Caught Doing THIS With B" found nothing when the body says what B did to A ("B can be seen
    # holding an umbrella over A's head")
    body = ("Behind-the-scenes photos from the set of the drama were released on Monday.\n"
            "In the photos, Ian Marsh can be seen holding an umbrella over Lena Cole's head while she reads her script.")
    found = action_spoiler(analyse("Lena Cole Caught Doing THIS With Ian Marsh On Set", body))
    assert found is not None and found.text == "holding an umbrella over Lena Cole's head"


def test_a_reaction_is_what_a_did_when_b_is_named(analyse) -> None:
    # regression: "A's Reaction To B's Speech" found nothing: A's reaction has no object B
    body = ("A video of actor Leo Hart at the film awards has gone viral.\n"
            "When Mina Cole thanked him in her acceptance speech, Leo Hart covered his face with both hands.")
    found = action_spoiler(analyse("Leo Hart's Reaction To Mina Cole's Award Speech Goes Viral", body))
    assert found is not None and found.text == "covered his face with both hands"
