"""Sentence candidates: offsets into the text, short fragments dropped, long texts cut."""
from __future__ import annotations

from unbait.headline.sentences import MAX_CHARS, content_words, join_paragraphs, sentences


def test_offsets_index_the_joined_text() -> None:
    text = join_paragraphs(["  The cast met on Monday. Ok.", "", "Filming starts in March!  "])
    found = sentences(text)
    assert [s.text for s in found] == ["The cast met on Monday.", "Filming starts in March!"]
    assert all(text[s.start : s.end] == s.text for s in found) and [s.index for s in found] == [0, 1]


def test_content_words_drop_stopwords_and_teaser_fillers() -> None:
    assert content_words("The one thing this Actor REVEALED") == {"actor", "revealed"}


def test_only_the_start_of_a_long_text_is_split() -> None:
    found = sentences("A season was renewed today. " * 5_000)
    assert found and found[-1].end <= MAX_CHARS


def test_periods_inside_numbers_initials_and_titles_end_no_sentence() -> None:
    # regression: the splitter cut at every period, so "24.85%", "Dr. Vela" and "No. 1" broke sentences
    text = ("The finale drew 24.85% on Cablenet.com last night. Dr. Vela thanked J.R. Okafor and the U.S. crew. "
            "She called herself ‘No. 1’ on the call sheet! Was it \"worth it?\" The director said yes.")
    assert [s.text for s in sentences(text)] == [
        "The finale drew 24.85% on Cablenet.com last night.",
        "Dr. Vela thanked J.R. Okafor and the U.S. crew.",
        "She called herself ‘No. 1’ on the call sheet!",
        'Was it "worth it?"',
        "The director said yes.",
    ]


def test_a_period_before_lower_case_or_a_line_break_is_handled() -> None:
    # regression: a line without end punctuation before a line break was dropped whole
    text = "Some old rules still stand... and many apply today\nA new line starts here without a stop"
    found = sentences(text)
    assert [s.text for s in found] == ["Some old rules still stand... and many apply today",
                                       "A new line starts here without a stop"]
    assert all(text[s.start : s.end] == s.text for s in found)


def test_paragraphs_glued_without_a_separator_still_split() -> None:
    # the phrase training contexts join paragraphs with no space: "...a hit.The sequel..."
    assert [s.text for s in sentences("The pilot was a hit.The sequel opens in May. See Tixhub.com for more.")] == [
        "The pilot was a hit.", "The sequel opens in May.", "See Tixhub.com for more."]
