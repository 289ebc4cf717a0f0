"""Episode counts: "16 episodes", "the 12-episode series", "all sixteen episodes", an info box's "Episodes: 12".

"Episode 8" and "the finale" name one episode, not a count: they are not facts
of their own but the date of a rating or an air date stated with them
(see :mod:`unbait.facts.ratings`). "The first two episodes" and "two episodes
left" count a part of the run, not the run, so they are left out; so are the batches it is released in
("premieres with two episodes", "three episodes a week").
"""
from __future__ import annotations

import re

from unbait.facts.hits import NUMBER, Hit

_COUNT = re.compile(rf"\b(?P<n>{NUMBER})[- ](?:episodes?\b|part\s+(?:(?:[a-z\-]+\s+)?(?:series|drama|documentary|"
                    r"thriller|comedy|miniseries|limited\s+series|adaptation)\b))", re.IGNORECASE)
_PART = re.compile(r"\b(?:first|last|final|remaining|next|latest|previous|new|other|two more|more)\s+$", re.IGNORECASE)
_LEFT = re.compile(r"^\s+(?:left|remaining|to go)\b", re.IGNORECASE)
# "premieres Friday with two episodes", "drops three episodes a week": a batch of the run, not its length
_BATCH = re.compile(r"\b(?:premier\w*|debut\w*|launch\w*|return\w*|arriv\w*|open\w*)\b[^.;!?]{0,40}\bwith\s+(?:the\s+)?$"
                    r"|\b(?:drop\w*|releas\w*|air\w*|stream\w*)\s+$", re.IGNORECASE)
_RATE = re.compile(r"^\s*(?:a|per|each|every)\s+(?:week|day|month|night|weekend)|^\s*(?:weekly|daily|at\s+once)", re.IGNORECASE)


# an info box's line: "Episodes: 12"
_LABEL = re.compile(r"^\s*(?:(?:No\.|Number)\s+of\s+)?[Ee]pisodes\s*:\s*(?P<n>\d{1,3})\s*$")


def find(sentence: str, offset: int) -> list[Hit]:
    if label := _LABEL.match(sentence):
        return [Hit("episodes", label.group("n"), label.start("n") + offset, label.end("n") + offset)]
    found = []
    for m in _COUNT.finditer(sentence):
        if _PART.search(sentence[max(0, m.start() - 20):m.start()]) or _LEFT.match(sentence[m.end():m.end() + 12]):
            continue
        if _BATCH.search(sentence[max(0, m.start() - 60):m.start()]) or _RATE.match(sentence[m.end():m.end() + 16]):
            continue
        if m.group("n").lower() in {"one", "1"}:
            continue  # "one episode" is not a run
        found.append(Hit("episodes", m.group("n"), m.start() + offset, m.end() + offset))
    return found
