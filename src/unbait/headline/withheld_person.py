"""Withheld people: "Guess Who Just Joined The Cast", "This Oscar Winner Just Turned Down A Role".

When the headline hides *who* did something, the body usually names them as the subject
of the same verb: "Oscar winner Marguerite Doyle is joining the cast". The spoiler is that
name as the body writes it (a phrase):

* in the headline's parse (lower-cased but for the article's people it names: Title Case
  parses poorly, and "Amber Rose" lower-cased reads as a verb), "who" (or a person noun after
  "this" / "these" / "which": "this oscar winner", "these two stars", "which star") is the subject of a
  verb that is not a relative clause ("Actor Who Starred In X Dies" withholds nobody) nor
  "be" or a rhetorical "who knew"; the verb's lemma, and that of an open complement ("who is set to play"), is
  what the body must say (a casting verb stands for any other: "who has been cast as" / "will play"; a replacing verb for any
  other or a casting one: "who replaced X" / "will take over the role");
* a body verb with that lemma has a subject whose noun phrase holds a mention of a person
  the headline does not name; a name mention is the answer (a surname or pronoun stands
  for the person's first full-name mention);
* prose wins over title-cased subheadings (which restate the headline), then the earliest.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from unbait.document import Analysis, Mention, Spoiler
from unbait.headline.action import first_in_prose, is_heading, noun_phrase, subjects_of, title_names, verb_line
from unbait.stages.token_rules import lemma_of

_RELATIVE = frozenset({"relcl", "acl"})
_HINT = re.compile(r"\b(?:who|this|these|which)\b", re.IGNORECASE)
# what "This Oscar Winner" / "These Two Stars" may stand for: a person, never a show or a song
PERSON_NOUNS = frozenset(("actor actress star singer rapper idol winner nominee celebrity legend icon member "
                          "veteran alum host comedian director musician model producer athlete player "
                          "personality influencer artist").split())
_RHETORICAL = frozenset({"be", "have", "do", "know", "care"})  # "Who knew ...?", "Who cares?" withhold nobody
# verbs a body may use for the headline's: "Guess Who Has Been Cast As X" -> "Y will play X"
_CASTING = frozenset({"cast", "play", "star", "join", "land", "portray", "lead"})
# "Who Just Replaced X" -> "Y will take over the role from X", "Y steps in for X"; a recasting is a casting too
_REPLACING = frozenset({"replace", "succeed", "take", "step", "fill"})


def lowered(title: str, names: Iterable[str]) -> str:
    """``title`` lower-cased except where it spells one of ``names``."""
    out = title.lower()
    for name in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", out):
            out = out[: m.start()] + name + out[m.end():]
    return out


def withheld_verbs(title: str, names: Iterable[str] = ()) -> frozenset[str]:
    """Lemmas of the verb(s) whose subject the headline withholds as "who"; empty when it withholds nobody.

    ``names``: people the headline names, kept capitalised for the parse.
    """
    from unbait.nlp import load_nlp

    if _HINT.search(title) is None:
        return frozenset()
    verbs: set[str] = set()
    for who in load_nlp()(lowered(title, names)):
        if who.dep_ not in ("nsubj", "nsubjpass") or not (
                (who.lower_ == "who" and who.tag_ == "WP") or _demonstrative_person(who)):
            continue
        verb = who.head
        if verb.dep_ in _RELATIVE or verb.pos_ not in ("VERB", "AUX"):
            continue
        verbs |= {lemma_of(v).lower() for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp"))}
    return frozenset(verbs - _RHETORICAL)


def _demonstrative_person(token) -> bool:
    """"this oscar winner", "these two stars", "which star": a person noun that "this" / "these" / "which"
    points at."""
    return lemma_of(token).lower() in PERSON_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("this", "these", "which") for c in token.children)


def _answer(mentions: tuple[Mention, ...], person: str, start: int, end: int) -> Mention:
    inside = [m for m in mentions if m.person == person and start <= m.start and m.end <= end]
    names = [m for m in inside if m.kind == "name"]
    if names:
        return names[0]
    return next((m for m in mentions if m.person == person and m.kind == "name"), inside[0])


def person_spoiler(analysis: Analysis) -> Spoiler | None:
    """The name of the person the headline withholds as "who", said by the body; else None."""
    doc, title = analysis.doc, analysis.article.title
    if doc is None or _HINT.search(title) is None:
        return None
    named_at, spelled = title_names(analysis)
    named = {name for _, name in named_at}
    verbs = withheld_verbs(title, spelled)
    if not verbs:
        return None
    if verbs & _REPLACING:
        verbs |= _REPLACING | _CASTING
    if verbs & _CASTING:
        verbs |= _CASTING
    return first_in_prose(_named_subjects(analysis, doc, verbs, named))


def _named_subjects(analysis: Analysis, doc, verbs: frozenset[str], named: set[str]):
    for sentence in doc.sents:
        for verb in sentence:
            if verb.pos_ != "VERB" or lemma_of(verb).lower() not in verbs:
                continue
            for subject in subjects_of(verb):
                start, end = noun_phrase(subject)
                hits = [m for m in analysis.mentions if start <= m.start and m.end <= end and m.person not in named]
                if not hits:
                    continue
                answer = _answer(analysis.mentions, hits[0].person, start, end)
                line_start, line_stop = verb_line(analysis.text, sentence, verb)
                yield (is_heading(analysis.text[line_start:line_stop]), verb.idx,
                       Spoiler("phrase", analysis.text[answer.start:answer.end], answer.start, answer.end))
