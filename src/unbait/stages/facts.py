"""Facts: ratings, episode counts, durations, air dates, box office, charts (placeholder)."""
from __future__ import annotations

from unbait.document import Analysis


class FindFacts:
    name = "facts"

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis
