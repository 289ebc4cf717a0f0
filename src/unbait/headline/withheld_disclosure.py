"""Withheld news a person gave: "What X Revealed About Her Next Role", "X Confirms The Rumours".

When the headline names a person as the subject of a verb of disclosure ("reveals",
"confirms", "admits", "announces") and clickbait hides what was disclosed, the body usually
reports it as that person's clausal complement: "X has confirmed *she will star in Y*". The
spoiler is that clause (a passage):

* in the headline's parse (lower-cased but for the people it names) a disclosure verb, or
  "said" / "told" with "what" as its object, has a subject inside the span of a named person;
* in the body, a verb of disclosure or speech whose subject holds a mention of that person
  (by name, or a pronoun the coreference stage resolved) has a clausal complement of at
  least :data:`MIN_WORDS` words after it that states something (not "how he came up with it"); the
  clause, without "that" and end punctuation, is the answer;
* the clause is narration, not a quotation: "X reveals a shocking fact" is as often told
  by the narration around the quotes as by them;
* prose wins over title-cased subheadings, then the earliest.
"""
from __future__ import annotations

import re

from unbait.document import Analysis, Spoiler
from unbait.headline.action import first_in_prose, is_heading, noun_phrase, persons_in, subjects_of, title_names, verb_line
from unbait.headline.withheld_person import lowered
from unbait.headline.withheld_speech import MIN_WORDS
from unbait.stages.token_rules import lemma_of

DISCLOSE = frozenset({"reveal", "confirm", "admit", "announce", "disclose", "confess", "share", "spill", "hint",
                      "tease", "acknowledge"})
_REPORT = DISCLOSE | {"say", "tell", "explain", "add", "note", "write", "post"}
_WH = frozenset({"how", "what", "why", "where", "when", "who", "whom", "which", "if", "whether"})
_HINT = re.compile(r"\b(?:reveal|confirm|admit|announce|disclose|confess|share|spill|hint|tease|acknowledge)\w*"
                   r"|\bwhat\b.*\b(?:said|says|told)\b", re.IGNORECASE)


def discloser(title: str, named: list[tuple[int, str]], spelled: list[str]) -> str | None:
    """The named person the headline makes the subject of a disclosure verb; else None."""
    from unbait.nlp import load_nlp

    if not named or _HINT.search(title) is None:
        return None
    for verb in load_nlp()(lowered(title, spelled)):
        asked = lemma_of(verb).lower() in ("say", "tell") and any(c.lower_ == "what" for c in verb.children)
        if verb.pos_ != "VERB" or not (lemma_of(verb).lower() in DISCLOSE or asked):
            continue  # "What X Said About ..." asks too
        for subject in subjects_of(verb):
            before = [name for at, name in named if at <= subject.idx]
            if before and subject.pos_ == "PROPN":
                return before[-1]
    return None


def disclosure_spoiler(analysis: Analysis) -> Spoiler | None:
    """What the person the headline names disclosed, as the body reports it; else None."""
    doc, title = analysis.doc, analysis.article.title
    if doc is None or _HINT.search(title) is None:
        return None
    named, spelled = title_names(analysis)
    who = discloser(title, named, spelled)
    if who is None:
        return None
    return first_in_prose(_clauses(analysis, doc, who))


def _clauses(analysis: Analysis, doc, who: str):
    for sentence in doc.sents:
        for verb in sentence:
            if verb.pos_ != "VERB" or lemma_of(verb).lower() not in _REPORT:
                continue
            if not any(who in persons_in(analysis.mentions, *noun_phrase(s)) for s in subjects_of(verb)):
                continue
            start, stop = verb_line(analysis.text, sentence, verb)
            for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
                found = _clause(analysis.text, clause, start, stop)
                quoted = found is not None and any(q.start < found.end and found.start < q.end for q in analysis.quotes)
                if found is not None and not quoted and len(found.text.split()) >= MIN_WORDS:
                    yield is_heading(analysis.text[start:stop]), verb.idx, found


def _clause(text: str, clause, start: int, stop: int) -> Spoiler | None:
    """The clause's words on the line, without a leading "that" nor trailing punctuation and quote marks."""
    if clause.left_edge.lower_ in _WH:
        return None  # "revealed how he came up with the voice": a topic, not the news
    tokens = [t for t in clause.subtree if start <= t.idx < stop and not (t.i == clause.left_edge.i and t.lower_ == "that")]
    if not tokens:
        return None
    lo, hi = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    piece = text[lo:hi]
    trimmed = piece.rstrip(" ,.;:!?\"'“”‘’")
    lead = len(trimmed) - len(trimmed.lstrip(" \"'“”‘’"))
    if not trimmed[lead:]:
        return None
    return Spoiler("passage", trimmed[lead:], lo + lead, lo + len(trimmed))
