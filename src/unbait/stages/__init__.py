"""The stages of the default pipeline, in order."""
from __future__ import annotations

from unbait.pipeline import Stage


def default_stages() -> list[Stage]:
    from unbait.stages.clean import CleanText
    from unbait.stages.events import ReadEvents
    from unbait.stages.facts import FindFacts
    from unbait.stages.headline import JudgeHeadline
    from unbait.stages.parse import Parse
    from unbait.stages.people import FindPeople
    from unbait.stages.quotes import FindQuotes
    from unbait.stages.works import FindWorks

    return [CleanText(), Parse(), ReadEvents(), FindWorks(), FindPeople(), FindQuotes(), FindFacts(), JudgeHeadline()]
