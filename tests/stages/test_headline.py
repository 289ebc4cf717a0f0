from __future__ import annotations

from unbait.document import Analysis, RawArticle
from unbait.stages.headline import JudgeHeadline, english_enough, headline_verdict


def test_a_withholding_headline_scores_above_an_informative_one():
    bait = headline_verdict("You Won't Believe What This Singer Did Backstage")
    plain = headline_verdict("Cable drama ends its run with a record 21.3% nationwide rating")
    assert bait.clickbait is not None and plain.clickbait is not None
    assert bait.clickbait > 0.5 > plain.clickbait


def test_non_english_and_empty_headlines_get_null_with_a_reason():
    korean = headline_verdict("드라마 최종회 시청률 역대 최고 기록")
    assert korean.clickbait is None and "English" in (korean.reason or "")
    assert headline_verdict("   ").clickbait is None and headline_verdict("").reason == "no headline"
    assert english_enough("Ratings rise for the finale") and not english_enough("12345")


def test_the_stage_fills_the_headline_from_the_title():
    a = JudgeHeadline()(Analysis(article=RawArticle("s", "These 7 Stars Have A Secret Nobody Knew", "Body.")))
    assert a.headline.clickbait is not None and 0.0 <= a.headline.clickbait <= 1.0
    assert a.headline.spoiler is None
