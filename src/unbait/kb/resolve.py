"""Which known person a newly read name is: the decision, apart from any storage.

The store proposes candidates (every known person with a spelling that shares the
new name's ``variant_key``) together with what is known about each; this module
picks one or none and says why. Context is compared as sets of keys: work ids,
character keys and the name keys of co-occurring people.

* no candidate: a new person;
* one candidate: the same person unless the context contradicts it — both sides
  have works and they share no work, no character and no co-occurring person;
* several candidates (homonyms): the one with the most shared context; a tie or no
  shared context at all gives a new person, never a blind merge.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Context:
    """What surrounds a name: in one article, or accumulated for one known person."""

    works: frozenset[int] = frozenset()
    characters: frozenset[int] = frozenset()  # character ids (resolved within their work)
    people: frozenset[str] = frozenset()  # variant keys of co-occurring people


@dataclass(frozen=True, slots=True)
class Candidate:
    person_id: int
    name: str
    context: Context


@dataclass(frozen=True, slots=True)
class Decision:
    person_id: int | None  # None: create a new person
    reason: str


def _shared(a: Context, b: Context) -> tuple[int, str]:
    works, chars, people = a.works & b.works, a.characters & b.characters, a.people & b.people
    parts = [f"{len(s)} shared {label}" for s, label in
             ((works, "work(s)"), (chars, "character(s)"), (people, "co-occurring people")) if s]
    return 2 * len(chars) + 2 * len(works) + len(people), ", ".join(parts)


def resolve_person(name: str, key: str, context: Context, candidates: list[Candidate]) -> Decision:
    """The known person ``name`` (filed under ``key``) is, or None with the reason for a new one."""
    if not candidates:
        return Decision(None, f"new: no known person under key {key!r}")
    if len(candidates) == 1:
        c = candidates[0]
        score, why = _shared(context, c.context)
        if score:
            return Decision(c.person_id, f"{name!r} ~ {c.name!r}: same key {key!r}; {why}")
        if context.works and c.context.works:
            return Decision(None, f"new: same key {key!r} as {c.name!r} (#{c.person_id}) but no shared "
                                  "work, character or co-occurring person")
        return Decision(c.person_id, f"{name!r} ~ {c.name!r}: same key {key!r}; no context to contradict")
    scored = sorted(((*_shared(context, c.context), c) for c in candidates),
                    key=lambda t: (-t[0], t[2].person_id))
    (best, why, winner), runner_up = scored[0], scored[1][0]
    if best and best > runner_up:
        return Decision(winner.person_id, f"{name!r} ~ {winner.name!r}: same key {key!r} as "
                                          f"{len(candidates)} people; context picks #{winner.person_id} ({why})")
    return Decision(None, f"new: {len(candidates)} people share key {key!r} and no context picks one")
