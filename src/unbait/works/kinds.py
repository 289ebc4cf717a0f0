"""What kind of work a title names, from the words around it.

A cue right next to the title ("tvN's new drama “X”", "“X” OST", "the film
“X”") is strong; cue words elsewhere in a sentence that names the title
("... viewership rating ...", "... the album ...") are weak votes. The kind with
the most weight wins; no cue, no kind.
"""
from __future__ import annotations

import re
from collections import Counter

#: Cue words and the kind each one says, longest first so "variety show" beats "show".
_KIND_WORDS: tuple[tuple[str, str], ...] = (
    (r"(?:variety|reality|talk|survival|music|game|dating|cooking|travel|entertainment) (?:show|program(?:me)?)s?", "show"),
    (r"audition (?:show|program(?:me)?)", "show"),
    (r"web ?toons?|manhwa|web novels?", "webtoon"),
    (r"k-?dramas?|dramas?|series|sitcoms?|mini-?series|episodes?|seasons?|finale|show|time slot|viewership|broadcasts?",
     "tv_series"),
    (r"Billboard 200|(?:mini|full|studio|special|solo|debut|repackage)[- ]?albums?|albums?|EPs?|LPs?", "album"),
    (r"Hot 100|(?:title |b-side )?tracks?|singles?|songs?|music videos?|MVs?|OST (?:track|song)|ballads?", "song"),
    (r"films?|movies?|sequels?|prequels?|box office|blockbusters?|theaters|theatres|cinemas?|admissions"
     r"|romantic comed(?:y|ies)|rom-?coms?|(?:horror|slasher|indie|sleeper|box[- ]office) hits?|flicks?|biopics?", "film"),
)
_KIND_OF = {}
_ALTERNATIVES = []
for _i, (_words, _kind) in enumerate(_KIND_WORDS):
    _ALTERNATIVES.append(f"(?P<k{_i}>{_words})")
    _KIND_OF[f"k{_i}"] = _kind
_ANY = "|".join(_ALTERNATIVES)

_CUE = re.compile(rf"\b(?:{_ANY})\b", re.IGNORECASE)
# "tvN's new drama “", "the upcoming film ", "her second mini album, "
_BEFORE = re.compile(
    rf"\b(?:{_ANY})(?:\s+(?:titled|called|named|dubbed)|\s+of(?:\s+(?:the|[\w+]+['’]s))?)?\s*[,:]?\s*[“\"‘']?$",
    re.IGNORECASE,
)
# "” OST", "’s finale", " drama", " season 2"
_AFTER = re.compile(
    r"^(?:['’]s)?[”\"’']?(?:['’]s)?\s+(?:(?P<tv>OST|soundtrack|finale|episodes?|season|series|drama|special)"
    r"|(?P<film>film|movie|sequel)|(?P<album>album|EP|mini[- ]album)|(?P<song>music video|MV|single|song))\b",
    re.IGNORECASE,
)
_AFTER_KIND = {"tv": "tv_series", "film": "film", "album": "album", "song": "song"}
# an appositive that says what the title is: "“X,” the upcoming Hulu drama" (not "the drama's director")
_APPOSITIVE = re.compile(rf"^[”\"’']?,[”\"’']?\s+(?:the|a|an|its|their|his|her)\s+(?:[\w+\-]+\s+){{0,3}}?(?:{_ANY})\b(?!['’])",
                         re.IGNORECASE)

STRONG = 3.0
WEAK = 1.0


def kind_next_to(text: str, start: int, end: int) -> str | None:
    """The kind a cue right before ``text[start:end]`` (or right after it) states."""
    before = _BEFORE.search(text[max(0, start - 40):start])
    if before:
        return _kind_of(before)
    after = _AFTER.match(text[end:end + 30])
    if after:
        return _AFTER_KIND[after.lastgroup]
    after = text[end:end + 60]
    if text[max(0, end - 2):end].rstrip("”\"’'").endswith(","):  # US style: “X,” the upcoming drama
        after = "," + after.lstrip("”\"’'")
    appositive = _APPOSITIVE.match(after)
    return _kind_of(appositive) if appositive else None


def cue_kinds(text: str) -> list[str]:
    """The kinds that cue words anywhere in ``text`` (a sentence) suggest, one per cue."""
    return [_kind_of(m) for m in _CUE.finditer(text)]


def _kind_of(match: re.Match[str]) -> str:
    for name, value in match.groupdict().items():
        if value is not None and name in _KIND_OF:
            return _KIND_OF[name]
    raise AssertionError("a cue matched no group")


def decide(votes: Counter[str]) -> str | None:
    """The winning kind, or None when nothing voted (or the weak votes tie)."""
    if not votes:
        return None
    ranked = votes.most_common(2)
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0] if ranked[0][1] >= WEAK / 2 else None
