"""Clean text: drop boilerplate lines from the body (placeholder until filled)."""
from __future__ import annotations

from unbait.document import Analysis


class CleanText:
    name = "clean"

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis.evolve(text=analysis.article.text.strip())
