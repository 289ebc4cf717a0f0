"""Where sentences end without a parse: lines cut at sentence ends, offsets into the text."""
from __future__ import annotations

from unbait.sentence_ends import pieces


def cut(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in pieces(text) if text[a:b].strip()]


def test_pieces_cover_the_text_in_order_line_by_line() -> None:
    text = "First one. Second one!\n\nThird, without a stop\n"
    found = pieces(text)
    assert cut(text) == ["First one.", "Second one!", "Third, without a stop"]
    assert [a for a, _ in found] == sorted(a for a, _ in found)
    assert "".join(text[a:b] for a, b in found) == text.replace("\n", "")


def test_numbers_initials_titles_and_months_end_no_sentence() -> None:
    text = "It drew 24.85% on Sept. 3 at Tixhub.com. Dr. Vela met J.R. Okafor in the U.S. yesterday."
    assert cut(text) == ["It drew 24.85% on Sept. 3 at Tixhub.com.", "Dr. Vela met J.R. Okafor in the U.S. yesterday."]


def test_a_lower_case_word_after_a_stop_continues_the_sentence() -> None:
    assert cut("Wait... it gets better. Really?") == ["Wait... it gets better.", "Really?"]
