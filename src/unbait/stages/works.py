"""Works (shows, films, albums) and the networks linked to them (placeholder)."""
from __future__ import annotations

from unbait.document import Analysis


class FindWorks:
    name = "works"

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis
