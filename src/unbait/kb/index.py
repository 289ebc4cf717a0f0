"""An index from name spellings to person ids that keeps homonyms apart.

Two ids whose names share a variant key are both returned by ``lookup``: the
index proposes candidates and never merges ids on its own (context — works,
groups, co-occurring people — must choose between homonyms)::

    index = NameIndex()
    index.add("Lee Min-ho", "actor-1")
    index.add("Lee Minho", "actor-1")
    index.add("이민호", "singer-7")       # a different Lee Min-ho
    index.lookup("LEE MIN HO")          # {"actor-1", "singer-7"}
"""
from __future__ import annotations

from collections import defaultdict

from unbait.kb.variants import variant_key


class NameIndex:
    def __init__(self) -> None:
        self._ids: dict[str, set[str]] = defaultdict(set)
        self._spellings: dict[str, set[str]] = defaultdict(set)

    def add(self, name: str, person_id: str) -> str:
        """Record one spelling of one person; returns the key it was filed under."""
        key = variant_key(name)
        self._ids[key].add(person_id)
        self._spellings[person_id].add(name)
        return key

    def lookup(self, name: str) -> set[str]:
        """Every id with a spelling that shares ``name``'s key (empty set when none)."""
        return set(self._ids.get(variant_key(name), ()))

    def is_ambiguous(self, name: str) -> bool:
        """More than one person answers to this name."""
        return len(self.lookup(name)) > 1

    def spellings(self, person_id: str) -> set[str]:
        """The spellings recorded for one id."""
        return set(self._spellings.get(person_id, ()))

    def __len__(self) -> int:
        return len(self._spellings)
