"""Actors cast in a work without a named character, from the words around their name.

"X plays a retired judge", "X, who stars in the film Y", "X's breakout role in Y", "X will play the lead
role in Y", "starring
A and X", "the film stars A, B and X", "starring X as his former fiancée", "A has joined the
cast of Y", "starred in Y alongside X", "the role went to X", "X, who broke out in Y"; and "A played alongside B" (sports say that too, so
:mod:`unbait.stages.roles` counts it only in a sentence that names a work).
"""
from __future__ import annotations

import re

from unbait.stages.name_cues import STARRING_CUE
from unbait.stages.name_spans import NameSpan

# cast as a part that has no name: "X plays a disgraced prosecutor", "starring X as his former fiancée"
# ... but not "played a key role in the deal", "plays the guitar", "starred in a show"
_NOT_A_PART = (r"(?!(?:[a-z'’\-]+\s+){0,3}?(?:role|roles|part|parts|game|games|match|matches|song|songs|music|piano|"
               r"guitar|drums|violin|bass|instrument|show|shows|concert|gig|set|card|joke|prank|trick|tune|hand|video|"
               r"clip|track|record|note|sport|golf|tennis|football|basketball|soccer|chess|host|venue|stage)\b)")
PART_AFTER = re.compile(r"^,?\s*(?:who\s+)?(?:will\s+)?(?:stars?|starred|plays?|played|portrays?|portrayed)\s+(?:as\s+)?"
                        rf"(?:a|an|the|his|her|their)\s+{_NOT_A_PART}[a-z]")
_AS_PART = re.compile(rf"^\s+as\s+(?:(?:a|an|the|his|her|their)\s+{_NOT_A_PART}[a-z]|[A-Z][\w\-]*['’]s\s+[a-z])")
# "Marin, who stars in the upcoming film X": an actor in the work the sentence names
# ... "Holt, 29, most recently starred in", "Holt will next star alongside Y in"
# "(his) breakout role in" a work, not "a key role in the deal"
ROLE_IN = (r"\s+(?:[a-z\-]+\s+){0,2}(?:role|turn)\s+in\s+(?=[\"“‘'A-Z]|the\s+(?:[a-z\-]+\s+)?(?:film|drama|series|movie"
           r"|show|musical|play|sitcom|thriller|comedy)\b)")
_NAMES_AFTER = r"(?:(?:,|,?\s+and)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})*"  # "A[, B and C] star in"
_STARS_IN = re.compile(rf"^['’]s{ROLE_IN}"  # "X's breakout role in"
                       rf"|^(?:,\s*\d{{1,3}}\s*,)?{_NAMES_AFTER},?\s*(?:who\s+)?(?:(?:will|also|has|had|have|is|was|most|recently"
                       r"|next|previously|currently|last|once)\s+)*(?:co-?)?(?:stars?|starred|starring)\s+"
                       r"(?:(?:alongside|opposite|with)\s+[^.!?\n]{1,60}?\s+)?in\b"
                       # "Vane, 29, will also appear in the film X" (not "appeared in court")
                       rf"|^(?:,\s*\d{{1,3}}\s*)?,?\s+(?:who\s+)?(?:(?:will|also|has|had|have|is|was|to|last|recently|previously"
                       r"|most|first)\s+)*appear(?:s|ed|ing)?\s+in\s+"
                       r"(?=[\"“‘']|the\s+(?:[a-z\-]+\s+)?(?:film|drama|series|movie|show|musical|play|sitcom)\b)"
                       rf"|^{_NAMES_AFTER}\s+(?:(?:has|have|had|will|also)\s+)*(?:join(?:s|ed|ing)?|rounds?\s+out)\s+the\s+cast"
                       r"\s+of\b"
                       # "X will play the lead role in", "X landed a supporting role in"
                       r"|^,?\s*(?:(?:who|will|also|has|have|had)\s+)*(?:play(?:s|ed)?|take(?:s|n)?|took|land(?:s|ed)?)\s+"
                       r"(?:the|a)\s+(?:lead|leading|title|main|starring|supporting)\s+role\s+in\b")
#: The names of a list before the current one: "A, B and " in "starring A, B and C".
NAMES_SO_FAR = r"(?:[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}\s*(?:,|,?\s+and)\s+)*$"
# "starred in X alongside Y", "cast opposite Y": a co-star
_ALONGSIDE = re.compile(rf"\b(?:(?:co-?)?(?:stars?|starred|starring)|cast|appear(?:s|ed|ing)?)\b[^.!?\n]{{0,80}}?"
                        rf"\b(?:alongside|opposite)\s+{NAMES_SO_FAR}")
# "A played alongside B in the drama X": both act in it, when the sentence names a work (not "in Barcelona")
_PLAYED_WITH_AFTER = re.compile(r"^\s+(?:play(?:s|ed)?|act(?:s|ed)?)\s+(?:alongside|opposite)\s")
_PLAYED_WITH_BEFORE = re.compile(rf"\b(?:play(?:s|ed)?|act(?:s|ed)?)\s+(?:alongside|opposite)\s+{NAMES_SO_FAR}")
# a cast list: "starring Han So-hee and Park Hyung-sik", "co-starring A, B and C", "the film stars A and B"
_STARRING = re.compile(rf"{STARRING_CUE}{NAMES_SO_FAR}")
# "the role eventually went to X", "the part was given to X"
_WENT_TO = re.compile(r"\b(?:role|part)\s+(?:(?:eventually|ultimately|later|instead|then)\s+)?(?:went|was\s+given)\s+to\s+$")
_CAST_BEFORE = re.compile(r"\b(?:starring|stars|starred|co-starring|featuring|cast)\b[^.!?\n]*$", re.IGNORECASE)


def cast_without_character(text: str, a: NameSpan) -> bool:
    """"X plays a retired judge", "X, who stars in the film Y", "starring A and X", "starring X as a ..."."""
    after, before = text[a.end:a.end + 60], text[max(0, a.start - 120):a.start]
    return bool(PART_AFTER.match(after) or _STARS_IN.match(after) or _STARRING.search(before) or _ALONGSIDE.search(before)
                or (_AS_PART.match(after) and _CAST_BEFORE.search(before)) or _WENT_TO.search(before))


def played_with(text: str, a: NameSpan) -> bool:
    """"A played alongside B": an actor, when the sentence names the work (the caller checks)."""
    return bool(_PLAYED_WITH_AFTER.match(text[a.end:a.end + 30])
                or _PLAYED_WITH_BEFORE.search(text[max(0, a.start - 120):a.start]))


# "Rao, who broke out in Netflix's “Monsoon Hearts,”", "X rose to fame in the drama Y"
_BROKE_OUT = re.compile(r"(?:,\s*\d{1,3}\s*,)?,?\s+(?:who\s+)?(?:(?:first|famously|originally)\s+)?(?:broke\s+out"
                        r"|rose\s+to\s+(?:fame|stardom)|made\s+(?:his|her|their)\s+(?:acting\s+|screen\s+)?debut)\s+"
                        r"(?:in|with)\s+")


def broke_out_in(text: str, a: NameSpan) -> int | None:
    """Where the work an actor "broke out in" is named (a work the caller finds there), else None."""
    m = _BROKE_OUT.match(text, a.end, a.end + 80)
    return m.end() if m else None
