"""The headline verdict: how clickbait the headline is, and for a withheld action, person or words the spoiler.

Spoilers come only from three high-precision rules for now, in this order: the withheld
action between two people (:mod:`unbait.headline.action`), the withheld "who"
(:mod:`unbait.headline.withheld_person`) and a named person's withheld words
(:mod:`unbait.headline.withheld_speech`); the general extractor joins when it meets its bar.
"""
from __future__ import annotations

from dataclasses import replace

from unbait.document import Analysis, Headline

CLICKBAIT = 0.5  # spoilers are looked for only above this score


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
        verdict = headline_verdict(analysis.article.title)
        if verdict.clickbait is not None and verdict.clickbait >= CLICKBAIT:
            from unbait.headline.action import action_spoiler
            from unbait.headline.withheld_person import person_spoiler
            from unbait.headline.withheld_speech import speech_spoiler

            found = action_spoiler(analysis) or person_spoiler(analysis) or speech_spoiler(analysis)
            if found is not None:
                verdict = replace(verdict, spoiler=found)
        return analysis.evolve(headline=verdict)
