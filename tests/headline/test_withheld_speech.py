"""Withheld words: the first quotation of the person whose words the headline promises."""
from __future__ import annotations

import pytest

import unbait
from unbait.document import RawArticle
from unbait.headline.withheld_speech import speaker_withheld, speech_spoiler

BODY = ("Filmmaker Lena Sorvik has addressed the backlash over the ending of her film \"Ashfall\".\n\n"
        "\"Yes,\" Sorvik said. \"I knew the ending would divide people,\" she added. \"I would not change it.\"\n\n"
        "Her producer, Omar Haddad, said: \"We stand by every frame of it.\"")


@pytest.fixture(scope="module")
def pipe():
    return unbait.pipeline()


def _analyse(pipe, title: str):
    return pipe.analyse(RawArticle(source="test", title=title, text=BODY))


@pytest.mark.parametrize("title,who", [
    ("Lena Sorvik Finally Breaks Her Silence On The Ending", "Lena Sorvik"),
    ("Lena Sorvik Opens Up About The Backlash", "Lena Sorvik"),
    ("Here's What Lena Sorvik Said About The Ending", "Lena Sorvik"),
    ("Lena Sorvik Reveals The Ending Was Planned", None),  # a revealed fact is usually narrated
    ("Omar Haddad Praises Lena Sorvik", None),
])
def test_whose_words_the_headline_withholds(title: str, who: str | None) -> None:
    names = [(title.find(n), n) for n in ("Lena Sorvik", "Omar Haddad") if n in title]
    assert speaker_withheld(title, sorted(names)) == who


def test_the_spoiler_is_the_first_real_quotation_of_that_person(pipe) -> None:
    a = _analyse(pipe, "Lena Sorvik Finally Breaks Her Silence On The Ending")
    found = speech_spoiler(a)
    assert found is not None and found.type == "passage"
    assert found.text == "I knew the ending would divide people"  # "Yes," is too short; the comma is dropped
    assert a.text[found.start : found.end] == found.text
    assert unbait.read_text(a.article.title, BODY).headline.spoiler == found


def test_no_quotation_of_the_person_no_spoiler(pipe) -> None:
    assert speech_spoiler(_analyse(pipe, "Ava Linden Opens Up About The Film")) is None


def test_what_their_agencies_said_is_the_first_agency_quotation(pipe) -> None:
    # regression: "Here's What Their Agencies Said" named no person, so nothing was spoiled
    body = ("Dating rumors have surfaced for actors Kang Min-ho and Lee Seo-jin.\n"
            'In response, Kang Min-ho\'s agency Orbit Entertainment stated, "They are simply close colleagues. The '
            'report is not true."\nA fan said, "I hope they are dating, honestly."')
    def analyse(title: str):
        return pipe.analyse(RawArticle(source="test", title=title, text=body))

    found = speech_spoiler(analyse("Are Kang Min-ho And Lee Seo-jin Dating? Here's What Their Agencies Said"))
    assert found is not None and found.text == "They are simply close colleagues. The report is not true."
    assert speech_spoiler(analyse("Are Kang Min-ho And Lee Seo-jin Dating?")) is None
