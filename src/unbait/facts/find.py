"""Run the fact families over each sentence of the clean body and finish their facts.

Families run in a fixed order (ratings, viewer counts, box office, charts, awards, episodes,
air dates, durations) and a later family may not reuse a stretch of text an
earlier one took, so "24.85 percent on April 29" is a rating with its date,
not also an air date. Then each fact gets:

* ``about``: see :mod:`unbait.facts.about`;
* ``record``: the record claims of its sentence; a sentence with claims but no
  fact of its own ("It also became the most ... in history.") lends them to the
  facts of the sentence before it, and failing that states an ``other`` fact, unless the
  next sentence gives a rating, box-office or chart figure about the same thing ("X hit
  another personal best. ... X recorded 14.6 percent"), which then takes them;
* ``text``: the phrase, widened to its record claims in the same sentence.

An air date whose date lies inside a record claim is dropped: "the biggest
debut for an original film this year" claims a record, it dates no airing; so is a duration
inside a quotation ("I cried for an hour"): an anecdote, not a fact, unless its sentence is
about making the work ("we concluded shooting after 11 months").
"""
from __future__ import annotations

import re
from dataclasses import replace

from unbait.document import Analysis, Fact
from unbait.facts import air_dates, awards, box_office, charts, durations, episodes, ratings, viewers
from unbait.facts.about import about, subjects
from unbait.facts.hits import Hit
from unbait.facts.records import Claim, claims, record_text
from unbait.works.sentences import RELATIVE_CLAUSE, sentence_spans

FAMILIES = (ratings, viewers, box_office, charts, awards, episodes, air_dates, durations)
_BORROWS = ("rating", "box_office", "chart")
_MAKING = re.compile(r"\b(?:shoot(?:ing)?|shot|film(?:ing|ed)?|wrapped|production|season|episodes?|series|drama"
                     r"|album|tour|broadcast|record(?:ing)?|air(?:ing|ed)?|run|show|rehearsals?|training|preparing"
                     r"|prepared)\b", re.IGNORECASE)
# ", who helmed “Summer Rain,”"; an appositive: ", the title track of the album “Horizon,”"
_ASIDE = re.compile(rf"{RELATIVE_CLAUSE}|,\s+(?:the|a|an)\b[^,;]*,")
# "It debuted ...", "According to Hanteo, the album sold ...": the work of the sentence before
_ANAPHOR = re.compile(r"\s*(?:(?:According\s+to|Per)\s[^,]{1,40},\s*)?"
                      r"(?:It|[Tt]he\s+(?:album|song|single|track|EP|film|movie|drama|series|show))\b")
#: Spaces the families' patterns should read as plain ones; one character each, so offsets hold.
_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})


def find_facts(analysis: Analysis) -> tuple[Fact, ...]:
    text = analysis.text
    main = analysis.works[0].title if analysis.works else None
    found_subjects = subjects(analysis)
    facts: list[Fact] = []
    previous: list[int] = []  # indexes in ``facts`` of the previous sentence's facts
    lead: int | None = None  # index of the previous sentence's record-only ``other`` fact
    quoted = [(q.start, q.end) for q in analysis.quotes]
    kinds = {w.title: w.kind for w in analysis.works}
    spans = sentence_spans(analysis)
    for k, sentence in enumerate(spans):
        before = spans[k - 1] if k else None
        plain = text[sentence[0]:sentence[1]].translate(_SPACES)
        said = claims(plain, sentence[0])
        hits = [h for h in _hits(plain, sentence[0]) if not _inside_claim(h, said) and not _anecdote(h, quoted, plain)]
        if not hits and said:
            borrowers = [i for i in previous if facts[i].kind in _BORROWS]
            if borrowers:
                for i in borrowers:
                    facts[i] = _with_record(facts[i], said)
            elif any(not c.generic for c in said):
                lead = len(facts)
                facts.append(_record_fact(said, sentence, found_subjects, main, text))
                previous = []
                continue
            previous, lead = [], None
            continue
        previous = []
        anaphor = _ANAPHOR.match(plain) is not None
        excluded = [(c.start, c.end) for c in said] + _asides(text, before) + (_asides(text, sentence) if anaphor else [])
        for hit in hits:
            subject = about(found_subjects, sentence, (hit.start, hit.end), excluded, main, hit.person_first,
                            anaphor, hit.subject_inside, before, hit.person_only)
            if hit.kind == "rating" and hit.value.endswith("viewers") and _film(kinds, subject, main):
                hit = replace(hit, kind="box_office")  # "“X,” which drew 188,000 viewers" in cinemas
            record = record_text(said) if hit.kind in _BORROWS else None
            start, end = hit.start, hit.end
            if record:
                kept = [c for c in said if c.text in record]
                start = min([start, *(c.start for c in kept)])
                end = max([end, *(c.end for c in kept)])
            previous.append(len(facts))
            facts.append(Fact(hit.kind, hit.value, subject, text[start:end], start, end, hit.date, record))
        lead = _lend_forward(facts, lead, previous)
    return tuple(_unique([f for f in facts if f is not None]))


def _lend_forward(facts: list, lead: int | None, current: list[int]) -> None:
    """"X climbed to another personal best. ... X recorded 14.6 percent": a record-only sentence's claim
    goes to the first rating, box-office or chart fact of the next sentence about the same thing, when
    that has no record of its own; the ``other`` fact it made is then dropped (left as None), as it is when
    that fact has a record of its own."""
    if lead is None:
        return None
    claim = facts[lead]
    target = next((i for i in current if facts[i].kind in _BORROWS), None)
    if target is not None and facts[target].about == claim.about:
        if not facts[target].record:
            facts[target] = _with_record(facts[target], claims(claim.record or ""))
        facts[lead] = None  # the next sentence's own record says it in full ("a new personal best")
    return None


def _asides(text: str, sentence: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Relative clauses and appositives of ``sentence`` ("Director X, who helmed “Y,” will direct the drama."):
    a work named there is not what the next sentence's "It" stands for, nor what "The song, the title track of
    “Y,” was released ..." is about."""
    if sentence is None:
        return []
    return [(m.start() + sentence[0], m.end() + sentence[0]) for m in _ASIDE.finditer(text[sentence[0]:sentence[1]])]


def _film(kinds: dict[str, str | None], subject: str | None, main: str | None) -> bool:
    """The fact is a film's: its work is a film, or, of no known kind, the article's main work is."""
    kind = kinds.get(subject or "")
    return kind == "film" or (kind is None and kinds.get(main or "") == "film")


def _hits(sentence: str, offset: int) -> list[Hit]:
    hits: list[Hit] = []
    for family in FAMILIES:
        for hit in family.find(sentence, offset):
            if not any(h.start < hit.end and hit.start < h.end for h in hits):
                hits.append(hit)
    return sorted(hits, key=lambda h: h.start)


def _inside_claim(hit: Hit, said: list[Claim]) -> bool:
    """A date that ends inside a record claim dates the record ("the biggest debut ... this year"), not an airing."""
    return hit.kind == "air_date" and any(c.start < hit.end <= c.end for c in said)


def _anecdote(hit: Hit, quoted: list[tuple[int, int]], sentence: str) -> bool:
    """A span of time someone mentions in a quotation ("I cried for an hour") is an anecdote, not a fact,
    unless the sentence is about the making of a work ("we concluded shooting after 11 months")."""
    return (hit.kind == "duration" and any(s <= hit.start and hit.end <= e for s, e in quoted)
            and _MAKING.search(sentence) is None)


def _with_record(fact: Fact, said: list[Claim]) -> Fact:
    extra = record_text(said)
    if fact.record and extra and extra not in fact.record:
        # the sentence before may hold only a generic claim ("broke a record"); a specific one replaces it
        record = extra if all(c.generic for c in claims(fact.record)) else f"{fact.record}; {extra}"
    else:
        record = fact.record or extra
    return Fact(fact.kind, fact.value, fact.about, fact.text, fact.start, fact.end, fact.date, record)


def _record_fact(said: list[Claim], sentence, found_subjects, main, text) -> Fact:
    claim = next(c for c in said if not c.generic)
    subject = about(found_subjects, sentence, (claim.start, claim.end), [], main, False, inside=False)
    return Fact("other", claim.text, subject, text[claim.start:claim.end], claim.start, claim.end, None, claim.text)


def _unique(facts: list[Fact]) -> list[Fact]:
    seen: set[tuple] = set()
    out = []
    for f in facts:
        key = (f.kind, f.value.casefold(), f.about, f.date)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
