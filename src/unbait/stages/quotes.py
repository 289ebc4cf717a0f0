"""Direct quotations and their speakers (placeholder)."""
from __future__ import annotations

from unbait.document import Analysis


class FindQuotes:
    name = "quotes"

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis
