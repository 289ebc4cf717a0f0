"""What a fact family finds in one sentence, before the article-level details are added."""
from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
)
#: A count as written: 16, 1,200, 2.5, sixteen, twenty-four.
NUMBER = rf"(?:\d+(?:[.,]\d+)*|(?:{_NUMBER_WORDS})(?:[- ](?:{_NUMBER_WORDS}))?)"


@dataclass(frozen=True, slots=True)
class Hit:
    """One fact stated in a sentence: offsets are into the clean body.

    ``start``/``end`` cover the phrase that states it (value, and its date when
    the family reads one), which is also what later families may not reuse.
    """

    kind: str
    value: str
    start: int
    end: int
    date: str | None = None
    person_first: bool = False  # the fact is as likely about a person (an award, a chart place)
    person_only: bool = False  # a person's, when the sentence names one before it (a rest, a relationship)
    # a name inside the phrase is what the fact is about ("released “X” in March"), not part of its value
    # ("won a Best Actress Golden Globe")
    subject_inside: bool = True


def span(match: re.Match[str], offset: int, group: int | str = 0) -> tuple[int, int]:
    return match.start(group) + offset, match.end(group) + offset
