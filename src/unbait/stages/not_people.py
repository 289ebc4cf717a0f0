"""Name-shaped spans that name a thing, not a person.

* the article's own site or an outlet quoted as a source ("told Marquee Daily",
  "according to Screen Daily"): the site itself, or a name ending in an outlet word;
* the members of a list after a plural noun of things ("streaming services Melody
  Wave, Tunebox and Sorisae", "platforms such as X and Y");
* an award category ("Best Picture", "Best Supporting Actress", "Outstanding Drama Series");
* a magazine's national edition ("Marie Claire Korea", "Vogue Japan").

Organisation head words ("Hanteo Chart", "Polar Records") are dropped earlier,
by :data:`unbait.stages.name_spans.ORG_WORDS`.
"""
from __future__ import annotations

import re

from unbait.names import name_key
from unbait.stages.name_spans import NameSpan

_OUTLET_WORDS = frozenset(("daily weekly herald journal tribune gazette reporter wire insider review today ilbo news "
                           "sports times media magazine").split())
_OUTLET_FIRST = frozenset("sports news star ilgan".split())  # "told Sports Chosun", "according to News Lens"
_SOURCE_BEFORE = re.compile(r"\b(?:told|according\s+to|reported\s+by|in\s+an\s+interview\s+with)\s+$", re.IGNORECASE)
_THINGS = (r"services|platforms|channels|charts|labels|agencies|companies|networks|outlets|sites|websites|apps"
           r"|stations|broadcasters|streamers|brands|retailers|stores|studios|distributors|publications")
_NAMES = r"(?:[A-Z][\w'’+.&-]*(?:[ \u00a0][A-Z0-9][\w'’+.&-]*)*)"
_LIST_BEFORE = re.compile(
    rf"\b(?:{_THINGS})(?:,?\s+(?:such\s+as|including|like))?,?\s+(?:{_NAMES}(?:\s*,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+))*$"
)
# a magazine's edition ("Marie Claire Korea", "Vogue Japan"): no one's surname is a country
# ("Brian France" is a person: countries that are also surnames are left out)
_COUNTRIES = frozenset(("korea japan china taiwan australia uk usa italia germany spain thailand philippines "
                        "singapore indonesia vietnam malaysia mexico brasil arabia").split())
_WINDOW = 120
_CATEGORY = re.compile(r"(?:Best|Outstanding|Favorite|Favourite)\s")


def names_a_thing(text: str, span: NameSpan, site: str | None) -> bool:
    if site and span.key == name_key(site):
        return True
    if _CATEGORY.match(span.text) or (len(span.words) >= 2 and span.words[-1].casefold() in _COUNTRIES):
        return True
    before = text[max(0, span.start - _WINDOW):span.start]
    if _SOURCE_BEFORE.search(before) and (name_key(span.words[-1]) in _OUTLET_WORDS
                                          or name_key(span.words[0]) in _OUTLET_FIRST):
        return True
    return _LIST_BEFORE.search(before) is not None
