"""Whom or what a fact is about: the work (or person) named next to it, else the article's main work.

In its sentence, a work named inside the fact's phrase is its subject ("released
“X” in March"), else the nearest work named before the fact ("“X” recorded 12%"),
else the first one after it ("... 12% for “X”"), else, in a sentence that opens
with "It" or "The album", the first work the sentence before names. A work named inside a record claim ("replacing Y's record") is the
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
    anaphor: bool = False,
    inside: bool = True,
    previous: tuple[int, int] | None = None,
    person_only: bool = False,
) -> str | None:
    """``anaphor``: the sentence opens with "It" / "The album": the first work the ``previous`` sentence names
    may be its subject; ``inside``: a name inside the fact's phrase may be its subject; ``person_only``: the
    first person named before the fact, else nobody (never a work)."""
    here = [
        s for s in found
        if sentence[0] <= s.start < sentence[1]
        and (person_first or not s.person)
        and not any(a <= s.start < b for a, b in excluded)
    ]
    within = [s for s in here if fact[0] <= s.start and s.end <= fact[1]] if inside else []
    if within:  # "released “Night Bus” in March", "Best Actor: X": the work (or winner) inside the phrase
        return within[0].name
    here = [s for s in here if not fact[0] <= s.start < fact[1]]
    before = [s for s in here if s.end <= fact[0]]
    if person_only:  # the first person of the sentence: "Morrow and Reyes ... after five years together"
        return next((s.name for s in before if s.person), None)
    if before:
        return before[-1].name
    if anaphor and previous:  # "It debuted at No. 3": the first work the sentence before names ...
        earlier = [s for s in found if not s.person and previous[0] <= s.start < previous[1]
                   and not any(a <= s.start < b for a, b in excluded)]  # not one in a "who ..." aside
        if earlier:
            return earlier[0].name  # ... before a work named after the fact ("surpassing its previous album X")
    after = [s for s in here if s.start >= fact[1] and not s.person]
    if after:
        return after[0].name
    return main
