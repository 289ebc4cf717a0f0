"""Awards: "won Best Actress at the Baeksang Arts Awards", "earned her an Emmy nomination",
"taking home four trophies including Best Picture", "Best Actor went to X", and the lines of a
winners' list ("Best Actor: X (“Work”)").

The value is the phrase from the verb to the award (and its ceremony), as
written, so a nomination reads as one. An award phrase needs an award word
(Best, Award, Prize, Daesang, Emmy...) so that "won hearts" is not an award.
"""
from __future__ import annotations

import re

from unbait.facts.hits import Hit

_VERB = (
    r"(?:won|wins|winning|took home|takes home|taking home|bagged|snagged|clinched|scooped|picked up|received|receives|"
    r"earned|earns|claimed|(?:was|were|is|are|been) awarded|(?:was|were|is|are|been|got|be) nominated for|"
    r"nominated for|(?:a |the )?nominations? for|(?:a )?nominee for|(?:a )?nods? for|shortlisted for"
    r"|(?:was|were|is|are|been) named)"
)
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|d['’][A-Z]\w*|\d{4}|\d+(?:st|nd|rd|th)|of|for|in|a|an|the|and|&|-)(?![\w'’])"  # "Palme d'Or"
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
_AWARD = (
    rf"(?:{_COUNT}\s+(?:trophies|awards|prizes|statuettes|wins),?\s+(?:including|among them)\s+)?"
    rf"(?:(?:the|a|an|his|her|their|its|{_COUNT})\s+)?[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{0,9}}"
)
_EVENT = rf"(?:\s+(?:at|from)\s+the\s+(?:\d{{4}}\s+|\d+(?:st|nd|rd|th)\s+)?[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{0,8}})?"
_PHRASE = re.compile(
    rf"\b{_VERB}\s+(?:(?:her|him|them|it)\s+(?=(?:a|an|the|{_COUNT})\s))?(?P<award>{_AWARD})"
    rf"(?:\s+(?:nominations?|nods?))?{_EVENT}"
)
# "Best Actor went to X", "Best Actress was awarded to X": the award first, its winner after
_GIVEN = re.compile(
    rf"\b(?:the\s+)?(?:Best|Outstanding|Daesang|Grand Prize|Grand Prix|Top Excellence|Rookie)(?:\s+{_NAME_WORD}){{0,6}}?"
    r"\s+(?:went|goes|was awarded|was given|was presented|was handed)\s+to\s+[“\"‘']?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:,?[”\"’'])?"
)
_AWARD_WORD = re.compile(
    r"\b(?:Best|Awards?|Prizes?|Daesang|Bonsang|Emmys?|Oscars?|Grammys?|Golden Globes?|Trophy|Trophies|"
    r"Medal|Rookie|Excellence|Achievement|Palme|Lion|Bear|Baeksang|Artist of the Year|of the Year|Honor|Grand Prix)\b"
)
# a winners' list line: "Best Actor: Ji Chang-wook (“Gangnam Nights”)", "Daesang: “The Glory Road”"
_LISTED = re.compile(
    r"^\s*(?P<award>(?:Best|Outstanding|Top Excellence|Excellence|Rookie|Popularity|Daesang|Grand Prize|Bonsang"
    r"|Lifetime Achievement)\b[^:\n]{0,60}?)\s*:\s+(?P<winner>[A-Z“\"‘'][^\n]*?)\s*$"
)
_TRAILING = re.compile(r"(?:\s+(?:of|for|in|a|an|the|and|&|-))+$")


def find(sentence: str, offset: int) -> list[Hit]:
    if listed := _LISTED.match(sentence):  # the line is the fact; its winner is what it is about
        return [Hit("award", listed.group("award"), listed.start("award") + offset, listed.end() + offset,
                    person_first=True)]
    found = []
    given = [m.start() for m in _GIVEN.finditer(sentence)]
    for m in [*_PHRASE.finditer(sentence), *_GIVEN.finditer(sentence)]:
        if not _AWARD_WORD.search(m.group()) or any(h.start <= m.start() + offset < h.end for h in found):
            continue
        value = _TRAILING.sub("", m.group())
        if value.endswith(".") and value.rsplit(None, 1)[-1].count(".") == 1:
            value = value[:-1]  # the sentence's full stop, not an abbreviation's
        end = m.start() + offset + len(value)
        value = re.sub(r",([”\"’'])$", r"\1", value)  # US style: went to “Hollow Sun,” -> “Hollow Sun”
        found.append(Hit("award", value, m.start() + offset, end, person_first=True,
                         subject_inside=m.start() in given))  # "Best Actor went to X": X is the winner
    return found
