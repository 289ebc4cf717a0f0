"""The headline verdict: how clickbait the headline is (the spoiler joins when it meets its bar)."""
from __future__ import annotations

from unbait.document import Analysis, Headline


def english_enough(title: str) -> bool:
    """True when most letters of ``title`` are Latin: the clickbait model was trained on English."""
    letters = [c for c in title if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) / len(letters) >= 0.7


def headline_verdict(title: str) -> Headline:
    """A calibrated clickbait probability, or a null score with the reason."""
    from unbait.headline import clickbait

    title = " ".join(title.split())
    if not title:
        return Headline(reason="no headline")
    if not english_enough(title):
        return Headline(reason="headline is not English; the clickbait model reads English only")
    return Headline(clickbait=round(clickbait.score(title), 4))


class JudgeHeadline:
    name = "headline"

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis.evolve(headline=headline_verdict(analysis.article.title))
