"""Which facts the articles of one story agree and disagree on.

Facts are compared when they state the same kind of thing about the same work on the
same date ("rating of X on April 29"); two articles agree when their values read the
same once spaces and case are ignored ("19.0 %" vs "18.952 %" disagree).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from unbait.document import Digest
from unbait.kb.titles import title_key


@dataclass(frozen=True, slots=True)
class FactComparison:
    kind: str
    about: str | None
    date: str | None
    values: tuple[tuple[str, str], ...]  # (article id, value as written), in article order

    @property
    def agree(self) -> bool:
        return len({_value_key(v) for _, v in self.values}) == 1


def _value_key(value: str) -> str:
    return "".join(value.split()).casefold()


def compare_facts(digests: Iterable[Digest]) -> tuple[FactComparison, ...]:
    """Facts stated by at least two articles, agreeing or not, in first-seen order."""
    groups: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    shown: dict[tuple[str, str, str], tuple[str | None, str | None]] = {}
    for d in digests:
        for f in d.facts:
            key = (f.kind, title_key(f.about) if f.about else "", (f.date or "").casefold())
            shown.setdefault(key, (f.about, f.date))
            values = groups.setdefault(key, [])
            if d.id not in {a for a, _ in values}:
                values.append((d.id, f.value))
    return tuple(FactComparison(k[0], *shown[k], tuple(v)) for k, v in groups.items() if len(v) > 1)
