"""Withheld reasons: "X Turned Down The Role, And The Reason Is Surprising", "Here's Why X Quit".

When the headline says that something happened and hides *why*, the body usually says it
in one sentence: the same verb, and a cause ("because", "due to", "citing"). The spoiler
is that sentence (a passage):

* the headline carries a reason cue ("the (real) reason", "here's why", "this is why",
  "why") and a content verb that is not the teaser's own ("will surprise you", "believe");
  in its parse (lower-cased but for the people it names) the verb's lemma and particle
  ("turned *down*") are what the body must say;
* a body verb with that lemma and particle (or one that says the same: "broke up" / "split",
  "quit" / "left", "turned down" / "declined"), whose subject holds a person mention (one the
  headline names, when it names any), in a sentence that gives a cause after the verb;
* prose wins over title-cased subheadings (which restate the headline), then the earliest.
"""
from __future__ import annotations

import re

from unbait.document import Analysis, Spoiler
from unbait.headline.action import first_in_prose, is_heading, noun_phrase, persons_in, subjects_of, title_names, verb_line
from unbait.headline.withheld_person import lowered
from unbait.stages.token_rules import lemma_of

_CUE = re.compile(r"\bthe\s+(?:\w+\s+)?reasons?\b|\bhere['’]?s\s+why\b|\bthis\s+is\s+why\b|\bwhy\b", re.IGNORECASE)
_CAUSE = re.compile(r"\b(?:because|due\s+to|owing\s+to|citing|as\s+a\s+result\s+of|for\s+fear)\b", re.IGNORECASE)
# the teaser's own verbs: "the reason will surprise you", "you won't believe why"
_TEASER = frozenset({"be", "have", "do", "surprise", "shock", "stun", "amaze", "believe", "guess", "know", "see",
                     "find", "explain", "reveal", "break", "melt", "make", "love", "want", "need", "get", "say"})


# verbs a body may use for the headline's: "Why X And Y Broke Up" -> "they split because ..."
_SAME = (frozenset({("break", "up"), ("split", ""), ("split", "up"), ("divorce", ""), ("separate", "")}),
         frozenset({("leave", ""), ("quit", ""), ("exit", ""), ("depart", ""), ("step", "down"), ("walk", "away")}),
         frozenset({("cancel", ""), ("axe", ""), ("scrap", "")}),
         frozenset({("turn", "down"), ("reject", ""), ("decline", ""), ("refuse", "")}))


def with_synonyms(verbs: frozenset[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """``verbs`` and every verb that says the same in a body (:data:`_SAME`)."""
    return frozenset(verbs.union(*(group for group in _SAME if group & verbs)))


def withheld_verbs(title: str, names: list[str]) -> frozenset[tuple[str, str]]:
    """(lemma, particle) of each content verb of a headline that withholds a reason; empty when it withholds none."""
    from unbait.nlp import load_nlp

    if _CUE.search(title) is None:
        return frozenset()
    found = set()
    for verb in load_nlp()(lowered(title, names)):
        lemma = lemma_of(verb).lower()
        if verb.pos_ == "VERB" and lemma not in _TEASER:
            found.add((lemma, _particle(verb)))
    return frozenset(found)


def _particle(verb) -> str:
    return next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")


def reason_spoiler(analysis: Analysis) -> Spoiler | None:
    """The sentence that says why, when the headline withholds the reason; else None."""
    doc, title = analysis.doc, analysis.article.title
    if doc is None or _CUE.search(title) is None:
        return None
    named_at, spelled = title_names(analysis)
    named = {name for _, name in named_at}
    verbs = withheld_verbs(title, spelled)
    if not verbs:
        return None
    return first_in_prose(_causes(analysis, doc, with_synonyms(verbs), named))


def _causes(analysis: Analysis, doc, verbs: frozenset[tuple[str, str]], named: set[str]):
    for sentence in doc.sents:
        for verb in sentence:
            if verb.pos_ != "VERB" or (lemma_of(verb).lower(), _particle(verb)) not in verbs:
                continue
            start, stop = verb_line(analysis.text, sentence, verb)
            if not _CAUSE.search(analysis.text[verb.idx:stop]) or not _subject_is_person(analysis, verb, named):
                continue
            line = analysis.text[start:stop]
            lead = len(line) - len(line.lstrip())
            text = line.strip()
            yield is_heading(line), verb.idx, Spoiler("passage", text, start + lead, start + lead + len(text))


def _subject_is_person(analysis: Analysis, verb, named: set[str]) -> bool:
    """The verb's subject holds a person mention: one the headline names, when it names any."""
    title = analysis.article.title.casefold()
    for subject in subjects_of(verb):
        persons = persons_in(analysis.mentions, *noun_phrase(subject))
        if persons and (not named or persons & named):
            return True
        if subject.pos_ == "PROPN" and re.search(rf"(?<!\w){re.escape(subject.lower_)}(?!\w)", title):
            return True  # a name the headline says that the people stage did not keep ("Jin")
    return False
