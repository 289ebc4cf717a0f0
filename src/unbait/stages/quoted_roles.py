"""A name used only inside an actor's own words, with a farewell cue, is their character.

Actors signing off a drama talk about their role by name: "I hope you
continue to love X until the end", "goodbye to X", "playing X was...". When
such a name never appears in the narration (so the article never presents it
as a person), and the speaker (the person the narration referred to just
before the quotation) is an actor in an article about a work, the name is
the speaker's character, not a person.
"""
from __future__ import annotations

import re

from unbait.stages.coref import NameMention, Resolved
from unbait.stages.layout import Layout

_CUE = re.compile(
    r"\b(?:love|loving|loved|cherish|remember|miss|goodbye\s+to|farewell\s+to|bid\s+farewell\s+to|"
    r"send(?:ing)?\s+off|let(?:ting)?\s+go\s+of|play|playing|played|portray|portraying|portrayed|"
    r"being|became|become|becoming|role\s+of|character|as)\s+$"
)


def quoted_characters(text: str, lay: Layout, names: list[NameMention], resolved: list[Resolved],
                      roles: dict[str, set[str]], about_work: bool) -> dict[str, tuple[str, str]]:
    """entity -> (speaker entity, surface) for names that are really the speaker's character."""
    inside: dict[str, list[NameMention]] = {}
    outside: set[str] = set()
    for m in names:
        if not m.entity.startswith("p:"):
            continue
        if lay.in_speech(m.start):
            inside.setdefault(m.entity, []).append(m)
        else:
            outside.add(m.entity)
    refs = sorted([(m.start, m.entity) for m in names if not lay.in_speech(m.start)]
                  + [(r.start, r.entity) for r in resolved])
    out: dict[str, tuple[str, str]] = {}
    for ent, ms in inside.items():
        if ent in outside or ent in out:
            continue
        for m in ms:
            q = _quote_of(lay, m.start)
            if q is None or not _CUE.search(text[max(q[0], m.start - 40):m.start]):
                continue
            speaker = _speaker(refs, q[0], text)
            if speaker is None or speaker == ent:
                continue
            if about_work or "actor" in roles.get(speaker, ()):
                out[ent] = (speaker, text[m.start:m.end])
                break
    return out


def _quote_of(lay: Layout, pos: int) -> tuple[int, int] | None:
    return next(((s, e) for s, e in lay.speech if s < pos < e), None)


def _speaker(refs: list[tuple[int, str]], qstart: int, text: str) -> str | None:
    """The last person the narration referred to before the quotation, within two paragraphs."""
    before = [r for r in refs if r[0] < qstart]
    if not before:
        return None
    pos, ent = before[-1]
    if text.count("\n\n", pos, qstart) > 1 or not ent.startswith("p:"):
        return None
    return ent
