"""Withheld words: "X Breaks Her Silence On ...", "X Opens Up About ...", "Here's What X Said".

When the headline names a person and says that they spoke without saying what they said,
the point of the article is their words. The spoiler is the first direct quotation the
quotes stage attributes to that person (a passage), at least :data:`MIN_WORDS` words long.

Only cues that promise the words themselves count: "opens up", "breaks her silence",
"responds", "speaks out", "hits back", "weighs in", "what X said". "Reveals", "admits" or
"explains" often announce a fact that the narration, not a quotation, gives, and do not
count. The person must be named in the headline before the cue. "What their agencies said"
withholds a company's words: the first quotation whose speaker is an agency, label or rep.
"""
from __future__ import annotations

import re

from unbait.document import Analysis, Spoiler
from unbait.headline.action import known_people, named_in

MIN_WORDS = 5
_CUE = re.compile(
    r"\b(?:opens?\s+up|opened\s+up|breaks?\s+(?:his|her|their|the)\s+silence|broke\s+(?:his|her|their|the)\s+silence"
    r"|responds?|responded|speaks?\s+out|spoke\s+out|hits?\s+back|claps?\s+back|weighs?\s+in|weighed\s+in"
    r"|(?:what|how)\b.{0,40}?\b(?:said|says|told))\b",
    re.IGNORECASE,
)


def speaker_withheld(title: str, names: list[tuple[int, str]]) -> str | None:
    """The person whose words ``title`` withholds: the last one it names before the cue, else None."""
    cue = _CUE.search(title)
    if cue is None:
        return None
    before = [name for at, name in names if at < cue.start()]
    if not before and cue.group().casefold().startswith(("what", "how")):
        before = [name for at, name in names if at < cue.end()]  # "Here's What X Said"
    return before[-1] if before else None


# "Here's What Their Agencies Said", "What His Label Had To Say": a company speaks for the people named
_AGENCY_CUE = re.compile(
    r"\bwhat\s+(?:(?:his|her|their|the|both)\s+|[\w\-]+['’]s?\s+)?(?:agenc(?:y|ies)|labels?|reps?|representatives?"
    r"|camps?|teams?|sides?)\s+(?:said|says|had\s+to\s+say|have\s+to\s+say|told)\b", re.IGNORECASE)
_AGENCY_SPEAKER = re.compile(r"\b(?:agenc(?:y|ies)|label|reps?|representatives?|spokes(?:person|man|woman)"
                             r"|Entertainment|Agency|Management|Company|Records)\b", re.IGNORECASE)


def speech_spoiler(analysis: Analysis) -> Spoiler | None:
    """The first quotation of the person whose words the headline withholds (or, for "what their agencies
    said", of an agency); else None."""
    title = analysis.article.title
    if _AGENCY_CUE.search(title):
        quote = next((q for q in analysis.quotes if q.speaker and _AGENCY_SPEAKER.search(q.speaker)
                      and len(q.text.split()) >= MIN_WORDS), None)
    elif _CUE.search(title) is None:
        return None
    elif (who := speaker_withheld(title, named_in(title, known_people(analysis)))) is None:
        return None
    else:
        quote = next((q for q in analysis.quotes if q.speaker == who and len(q.text.split()) >= MIN_WORDS), None)
    if quote is None:
        return None
    text = quote.text.rstrip(",;: ")  # “I knew it would divide people,” Sorvik said
    return Spoiler("passage", text, quote.start, quote.start + len(text))
