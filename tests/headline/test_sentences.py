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
