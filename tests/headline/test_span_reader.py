"""The span reader: answer targets per window, and spoilers built from its spans."""
from __future__ import annotations

from unbait.headline import span_reader
from unbait.headline.reader_extract import from_spans
from unbait.headline.sentences import join_paragraphs
from unbait.headline.span_reader import Span

BODY = join_paragraphs([
    "The studio announced its summer schedule on Monday.",
    "The lead actor moved to Lisbon for a new film.",
    "Filming of the second season starts in Vancouver next March.",
])


def test_targets_mark_the_answer_tokens_only_in_windows_that_hold_it() -> None:
    text = "Fans waited. " * 60 + "He moved to Lisbon last year. " + "Fans cried. " * 120
    ids, _, _, offsets, context = span_reader._windows("Where did he move?", text)
    assert len(ids) > 2
    a = text.index("Lisbon")
    marks = span_reader.targets(offsets, context, (a, a + len("Lisbon")))
    held = [w for w, m in enumerate(marks) if m != (0, 0)]
    assert held and len(held) < len(marks)
    s, e = marks[held[0]]
    assert offsets[held[0], s, 0] == a and offsets[held[0], e, 1] == a + len("Lisbon")


def test_spoilers_from_spans() -> None:
    a = BODY.index("Lisbon")
    b = BODY.index("Vancouver")
    found = [Span(a, a + 6, 3.0), Span(b, b + 9, 2.0)]
    assert from_spans("Where did he go?", BODY, "phrase", found).text == "Lisbon"
    passage = from_spans("Where did he go?", BODY, "passage", found)
    assert passage.text == "The lead actor moved to Lisbon for a new film." and BODY[passage.start : passage.end] == passage.text
    multi = from_spans("2 places", BODY, "multi", found[::-1])
    assert multi.text.startswith("The lead actor") and multi.text.endswith("next March.")
    assert from_spans("post", BODY, "phrase", []) is None
