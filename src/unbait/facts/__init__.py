"""Facts an article states: ratings, episode counts, durations, air dates, box office, charts, awards.

One module per family; each finds :class:`~unbait.facts.hits.Hit` s in one
sentence. :mod:`unbait.facts.find` runs them and settles what each fact is
about and which record it claims.
"""
from __future__ import annotations

from unbait.facts.find import find_facts

__all__ = ["find_facts"]
