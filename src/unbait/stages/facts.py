"""Facts: ratings, episode counts, durations, air dates, box office, charts, awards.

Runs after works (``analysis.works[0]`` is the main work, the default subject)
and people (``analysis.mentions`` let an award or chart place be a person's).
See :mod:`unbait.facts`.
"""
from __future__ import annotations

from unbait.document import Analysis
from unbait.facts import find_facts


class FindFacts:
    name = "facts"

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis.evolve(facts=find_facts(analysis))
