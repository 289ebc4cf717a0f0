"""The headline verdict: how clickbait the headline is, and for a withheld action, person or words the spoiler.

Spoilers come only from high-precision rules for now, in this order: the withheld action
between two people (:mod:`unbait.headline.action`), the withheld reason
(:mod:`unbait.headline.withheld_reason`), the withheld "who" or "this star"
(:mod:`unbait.headline.withheld_person`), a named person's withheld words
(:mod:`unbait.headline.withheld_speech`) and what a named person revealed
(:mod:`unbait.headline.withheld_disclosure`); the general extractor joins when it meets its bar.
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
            from unbait.headline.withheld_disclosure import disclosure_spoiler
            from unbait.headline.withheld_person import person_spoiler
            from unbait.headline.withheld_reason import reason_spoiler
            from unbait.headline.withheld_speech import speech_spoiler

            found = next((s for rule in (action_spoiler, reason_spoiler, person_spoiler, speech_spoiler,
                                         disclosure_spoiler) if (s := rule(analysis)) is not None), None)
            if found is not None:
                verdict = replace(verdict, spoiler=found)
        return analysis.evolve(headline=verdict)
