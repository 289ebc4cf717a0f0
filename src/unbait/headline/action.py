"""Withheld actions between two people: "A Spotted Doing THIS To B", "What A Did To B".

When the headline hides what one named person did to another, the body usually says it
in one sentence whose subject is A (by name, or a pronoun / nominal the coreference stage
resolved to A) and whose object is B: "A candidly embraced his co-star B". The spoiler is
that verb phrase, found by the dependency parse:

* the verb is a main verb whose subject's noun phrase holds a mention of A (a verb with no
  subject of its own takes it from the verb it is conjoined to or complements), or whose
  passive agent is A ("B was hugged by A");
* its direct object, dative or prepositional object noun phrase holds a mention of B ("doing THIS *with*
  B" is mutual: failing A's action on B, B's on A counts);
* it reports no speech (no clausal complement, no reporting lemma), and its sentence does
  not itself withhold the action ("doing THIS to");
* "A's Reaction To B's ..." withholds what A did when B did something: any main verb of A in a sentence
  that names B.

Prose wins over title-cased subheadings (which restate the headline and parse poorly), then
the earliest. The phrase runs from the verb over its objects and at most two clause-free
prepositional phrases, stopping at a coordinated clause ("... and said").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from unbait.document import Analysis, Mention, Person, Spoiler
from unbait.stages.token_rules import lemma_of

_WITHHELD = re.compile(
    r"\b(?:doing|did|does|do|done)\s+(?:this|that|these)\b"
    r"|\bwhat\b.{1,60}?\b(?:did|does|do|done)\b(?:\s+(?:to|for|with))?"
    r"|['’]s\s+reaction\s+to\b|\breacts?\s+to\b"
    r"|\bthis\s+is\s+what\b|(?-i:\b(?:THIS|THESE)\b)",
    re.IGNORECASE,
)
_REACTION = re.compile(r"['’]s\s+reaction\s+to\b|\breacts?\s+to\b", re.IGNORECASE)
_MUTUAL = re.compile(r"\b(?:doing|did|does|do)\s+(?:this|that|these)\s+with\b", re.IGNORECASE)
_TEASER = re.compile(r"(?-i:\b(?:THIS|THESE)\b)|\b(?:doing|did|does|do)\s+(?:this|that)\b", re.IGNORECASE)
_REPORTING = frozenset({"say", "tell", "ask", "add", "reveal", "note", "explain", "share", "write", "report",
                        "claim", "confirm", "describe", "recall", "mention", "admit", "state", "post", "reply",
                        "announce", "insist", "comment", "tweet", "express", "be", "have", "do", "become"})
_OBJECT = frozenset({"dobj", "obj", "dative", "iobj"})
_ATTACHED = frozenset({"dobj", "obj", "dative", "iobj", "prep", "prt", "agent", "advmod", "npadvmod", "acomp",
                       "oprd", "attr"})
_NP_CUT = frozenset({"relcl", "acl", "prep", "advcl", "punct", "cc"})
_SUBJECT_HEADS = frozenset({"conj", "xcomp", "advcl"})
MAX_PHRASE_CHARS = 200
MAX_PREPS = 2


def withholds_action(title: str) -> bool:
    """True when ``title`` hides an action ("doing THIS to", "what X did to", "X's reaction to")."""
    return bool(_WITHHELD.search(title))


def named_in(title: str, people: Iterable[Person]) -> list[tuple[int, str]]:
    """(position, canonical name) of each person the title names, in title order."""
    found = []
    folded = title.casefold()
    for p in people:
        spots = [m.start() for n in (p.name, *p.aliases) if len(n) > 2
                 for m in re.finditer(r"(?<!\w)" + re.escape(n.casefold()) + r"(?!\w)", folded)]
        if spots:
            found.append((min(spots), p.name))
    return sorted(found)


def _proper_names(doc) -> Iterable[str]:
    """Multi-word proper names of the parse: PERSON entities and PROPN compound chains ("Caleb Reyes")."""
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            yield ent.text
    for token in doc:
        if token.pos_ == "PROPN" and token.dep_ != "compound":
            chain = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            if chain and chain[-1].i == token.i - 1 and all(t.text[:1].isupper() for t in (*chain, token)):
                yield doc[chain[0].i : token.i + 1].text


def known_people(analysis: Analysis) -> tuple[Person, ...]:
    """The article's people, plus proper names of the body that the headline names and the people stage missed."""
    people = list(analysis.people)
    seen = {n.casefold() for p in people for n in (p.name, *p.aliases)}
    seen |= {n.casefold() for w in analysis.works for n in (w.title, *w.aliases)}
    title = analysis.article.title.casefold()
    for name in _proper_names(analysis.doc) if analysis.doc is not None else ():
        name = " ".join(name.split())
        if len(name.split()) >= 2 and name.casefold() not in seen and name.casefold() in title:
            seen.add(name.casefold())
            people.append(Person(name))
    return tuple(people)


def title_names(analysis: Analysis) -> tuple[list[tuple[int, str]], list[str]]:
    """The people the headline names ((position, canonical name), in title order), and the spellings it uses."""
    people = known_people(analysis)
    title = analysis.article.title
    named = named_in(title, people)
    canonical = {name for _, name in named}
    spelled = [n for p in people if p.name in canonical for n in (p.name, *p.aliases) if n.lower() in title.lower()]
    return named, spelled


def actor_and_target(title: str, people: Iterable[Person]) -> tuple[str, str] | None:
    """(A, B): the person named before the withheld action and the one it is done to."""
    named = named_in(title, people)
    if len(named) < 2 or not withholds_action(title):
        return None
    cue = _WITHHELD.search(title)
    assert cue is not None
    before = [n for at, n in named if at < cue.start()]
    after = [n for at, n in named if at >= cue.start() and (not before or n != before[-1])]
    if before and after:
        return before[-1], after[0]
    return named[0][1], named[1][1]


def persons_in(mentions: Iterable[Mention], start: int, end: int) -> set[str]:
    return {m.person for m in mentions if m.start < end and start < m.end}


def noun_phrase(token) -> tuple[int, int]:
    """Character extent of the noun phrase headed by ``token`` (no clauses or prepositional tails)."""
    keep = [token]
    stack = [c for c in token.children if c.dep_ not in _NP_CUT]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _NP_CUT)
    return min(t.idx for t in keep), max(t.idx + len(t) for t in keep)


def _refers(token, person: str, mentions: tuple[Mention, ...]) -> bool:
    start, end = noun_phrase(token)
    if person in persons_in(mentions, start, end):
        return True
    return re.search(r"(?<!\w)" + re.escape(person) + r"(?!\w)", token.doc.text[start:end]) is not None


def subjects_of(verb) -> list:
    node = verb
    for _ in range(4):
        subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj or node.dep_ not in _SUBJECT_HEADS or node.head is node:
            return subj
        node = node.head
    return []


def _objects(verb) -> list:
    direct = [c for c in verb.children if c.dep_ in _OBJECT]
    preps = [g for c in verb.children if c.dep_ in ("prep", "prt") for g in c.children if g.dep_ == "pobj"]
    return direct + preps + [g for o in direct for g in o.conjuncts]


def _is_action(verb, a: str, b: str, mentions: tuple[Mention, ...], reaction: bool = False) -> bool:
    """``reaction``: "A's Reaction To B's Speech": any action of A in a sentence that names B counts."""
    if lemma_of(verb).lower() in _REPORTING or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return False
    subjects = subjects_of(verb)
    # "B can be seen holding ...": the subject of a perception passive the verb hangs from does it too
    active = any((s.dep_ == "nsubj" or s.head is not verb) and _refers(s, a, mentions) for s in subjects)
    if reaction:
        return active and verb.dep_ in ("ROOT", "conj")
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    passive = any(_refers(g, a, mentions) for g in agents) and any(
        s.dep_ == "nsubjpass" and _refers(s, b, mentions) for s in subjects)
    return passive or (active and any(_refers(o, b, mentions) for o in _objects(verb)))


def _phrase_end(verb) -> int:
    """End of the verb's objects and up to :data:`MAX_PREPS` prepositional phrases without a clause."""
    end, preps = verb.idx + len(verb), 0
    for child in verb.rights:
        clause = any(t.pos_ in ("VERB", "AUX") for t in child.subtree)
        if child.dep_ not in _ATTACHED or (child.dep_ == "prep" and (clause or preps == MAX_PREPS)):
            break
        preps += child.dep_ == "prep"
        end = max(end, child.right_edge.idx + len(child.right_edge))
    return end


def verb_line(text: str, sentence, verb) -> tuple[int, int]:
    """The part of ``sentence`` on the verb's line: the parser may run a heading into the next paragraph."""
    start = max(sentence.start_char, text.rfind("\n", 0, verb.idx) + 1)
    stop = text.find("\n", verb.idx)
    return start, min(sentence.end_char, stop if stop >= 0 else len(text))


def is_heading(line: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", line)
    caps = sum(w[0].isupper() for w in words)
    return not line.rstrip().endswith((".", "!", "?", '"', "”")) or caps > 0.6 * max(1, len(words))


def first_in_prose(found: Iterable[tuple[bool, int, Spoiler]]) -> Spoiler | None:
    """From (is a heading, position, answer) triples: the earliest answer in prose, else in a heading, else None.

    Title-cased subheadings restate the headline and parse poorly, so prose wins over them.
    """
    best = min(found, key=lambda f: f[:2], default=None)
    return best[2] if best else None


def action_spoiler(analysis: Analysis) -> Spoiler | None:
    """The verb phrase that says what A did to B, when the headline withholds it; else None."""
    doc = analysis.doc
    pair = actor_and_target(analysis.article.title, known_people(analysis)) if doc is not None else None
    if pair is None:
        return None
    a, b = pair
    mutual = _MUTUAL.search(analysis.article.title) is not None
    for actor, target in ((a, b), (b, a)) if mutual else ((a, b),):  # "A doing THIS with B": B may be the doer
        spots = [(m.start, m.end) for m in analysis.mentions if m.person == target]
        spots += [(m.start(), m.end()) for m in re.finditer(re.escape(target), analysis.text)]
        if (found := first_in_prose(_actions(analysis, doc, actor, target, spots))) is not None:
            return found
    return None


def _actions(analysis: Analysis, doc, a: str, b: str, spots: list[tuple[int, int]]):
    reaction = _REACTION.search(analysis.article.title) is not None
    for sentence in doc.sents:
        if not any(sentence.start_char < e and st < sentence.end_char for st, e in spots):
            continue  # B is not in it
        for verb in sentence:
            if verb.pos_ != "VERB" or not _is_action(verb, a, b, analysis.mentions, reaction):
                continue
            start, stop = verb_line(analysis.text, sentence, verb)
            end = min(_phrase_end(verb), stop)
            if _TEASER.search(analysis.text[start:stop]) or end - verb.idx > MAX_PHRASE_CHARS:
                continue
            yield is_heading(analysis.text[start:stop]), verb.idx, Spoiler("phrase", analysis.text[verb.idx:end],
                                                                           verb.idx, end)
