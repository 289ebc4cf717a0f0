"""Whom or what a fact is about: the work (or person) named next to it, else the article's main work.

In its sentence, the nearest work named before the fact is its subject
("“X” recorded 12%"); failing that the first one after it ("... 12% for
“X”"). A work named inside a record claim ("replacing Y's record") is the
record's, not the fact's. Awards and chart places may be a person's: there the
nearest person mentioned before the fact competes with the nearest work.
"""
from __future__ import annotations

from dataclasses import dataclass

from unbait.document import Analysis
from unbait.works.mentions import find_occurrences


@dataclass(frozen=True, slots=True)
class Subject:
    name: str
    start: int
    end: int
    person: bool


def subjects(analysis: Analysis) -> list[Subject]:
    """Every work and person mention in the body, left to right."""
    found = [Subject(o.work, o.start, o.end, False) for o in find_occurrences(analysis.text, analysis.works)]
    if analysis.mentions:
        found += [Subject(m.person, m.start, m.end, True) for m in analysis.mentions]
    elif analysis.doc is not None:
        found += [Subject(e.text, e.start_char, e.end_char, True) for e in analysis.doc.ents if e.label_ == "PERSON"]
    return sorted(found, key=lambda s: s.start)


def about(
    found: list[Subject],
    sentence: tuple[int, int],
    fact: tuple[int, int],
    excluded: list[tuple[int, int]],
    main: str | None,
    person_first: bool,
) -> str | None:
    here = [
        s for s in found
        if sentence[0] <= s.start < sentence[1]
        and (person_first or not s.person)
        and not any(a <= s.start < b for a, b in excluded)
    ]
    before = [s for s in here if s.end <= fact[0]]
    if before:
        return before[-1].name
    after = [s for s in here if s.start >= fact[1] and not s.person]
    return after[0].name if after else main
