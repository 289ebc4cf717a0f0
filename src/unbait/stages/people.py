"""People, their roles and characters, and their mentions (placeholder)."""
from __future__ import annotations

from unbait.document import Analysis


class FindPeople:
    name = "people"

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis
