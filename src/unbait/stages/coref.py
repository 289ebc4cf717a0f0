"""Rule-based coreference: pronouns and nominals ("the actress") to people.

Entities are people and characters (characters compete as antecedents, so a
"his" about a character is not handed to an actor, but their mentions are
not emitted). Gender comes from the article: pronouns that follow a name in
its sentence, role nouns ("actress"), and what earlier resolutions settled.
A referring expression picks the candidate with the best score: recency in
narrative sentences (speech does not count), a bonus for having been a
subject, gender agreement, and no subject of its own clause for "him"/"her".
Pronouns inside quotation marks are left alone: they speak from the
speaker's point of view.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from unbait.stages.layout import Layout

PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
            "she": "f", "her": "f", "hers": "f", "herself": "f"}
REFLEXIVE = frozenset({"himself", "herself"})
PERFORMER = {"actor": "m?", "actress": "f", "star": "", "singer": "", "idol": "", "rapper": "",
             "artist": "", "performer": "", "musician": "", "heartthrob": "", "entertainer": "",
             "vocalist": "", "celebrity": "", "model": "", "comedian": "", "athlete": ""}
OFFICE = {"director": "director", "host": "host", "writer": "writer", "producer": "producer",
          "screenwriter": "writer", "filmmaker": "director", "ceo": "executive"}
_NOMINAL = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:[A-Za-z0-9][\w\-]*)\s+){0,2}?("
    + "|".join(sorted({*PERFORMER, *OFFICE}, key=len, reverse=True)) + r")\b(?![\w\-’'])"
)
_COSTAR = re.compile(r"\b([Hh]is|[Hh]er)\s+(co-?star|co-?actor|partner|scene\s+partner)\b(?![\w\-])")
_SAME_CLAUSE = re.compile(r"(?:[\s,]+(?!and\b|but\b|that\b|who\b|which\b|while\b|as\b)[a-z]+){1,4}\s+")
MAX_DIST = 4  # narrative sentences back for a pronoun
MAX_DIST_NOMINAL = 8


@dataclass
class NameMention:
    start: int
    end: int
    entity: str  # "p:<key>" for a person, "c:<key>" for a character
    kind: str  # name | partial
    subject: bool = False


@dataclass
class Resolved:
    start: int
    end: int
    entity: str
    kind: str  # pronoun | nominal


def pronoun_tokens(doc) -> list:
    """The tokens whose lower-case form is one of :data:`PRONOUNS`, in order.

    Found on the doc's LOWER column, so only these few tokens become Python objects."""
    wanted = {doc.vocab.strings[p] for p in PRONOUNS}
    return [doc[i] for i, lower in enumerate(doc.to_array("LOWER").tolist()) if lower in wanted]


class Sentences:
    def __init__(self, doc, lay: Layout) -> None:
        self.starts = [s.start_char for s in doc.sents]
        narrative, n = [], 0
        for st in self.starts:
            if not lay.in_speech(st + 1):
                n += 1
            narrative.append(n)
        self.narrative = narrative

    def index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def dist(self, a: int, b: int) -> int:
        return self.narrative[self.index(b)] - self.narrative[self.index(a)]


def resolve(doc, text: str, names: list[NameMention], lay: Layout, gender: dict[str, str],
            roles: dict[str, set[str]]) -> list[Resolved]:
    """Resolve pronouns and nominals in text order; ``roles``: entity -> role names."""
    sents = Sentences(doc, lay)
    events: list[tuple[int, int, object]] = [(m.start, 0, m) for m in names]
    name_starts = {m.start for m in names}
    for tok in pronoun_tokens(doc):
        if tok.pos_ == "PRON" and not lay.in_speech(tok.idx):
            events.append((tok.idx, 1, tok))
    for m in _NOMINAL.finditer(text):
        after = re.match(r",?\s*", text[m.end():]).end() + m.end()
        if after not in name_starts and not lay.in_speech(m.start()) and not lay.in_headline(m.start()):
            events.append((m.start(), 1, m))
    for m in _COSTAR.finditer(text):
        after = re.match(r",?\s*", text[m.end():]).end() + m.end()
        if after not in name_starts and not lay.in_speech(m.start()):
            events.append((m.start(), 2, m))
    events.sort(key=lambda e: (e[0], e[1]))
    last: dict[str, tuple[int, bool]] = {}  # entity -> (pos, subject)
    out: list[Resolved] = []
    refs = list(names)  # grows with resolved expressions, for the clause-subject check
    for pos, _, ev in events:
        if isinstance(ev, NameMention):
            last[ev.entity] = (ev.start, ev.subject)
            continue
        if isinstance(ev, re.Match) and ev.re is _COSTAR:
            owner = _best(last, pos, sents, gender, PRONOUNS[ev.group(1).lower()], MAX_DIST, set())
            if owner:
                other = _best(last, pos, sents, gender, "", MAX_DIST_NOMINAL, {owner}, people_only=True)
                if other:
                    out.append(Resolved(ev.start(2), ev.end(2), other, "nominal"))
                    last[other] = (pos, False)
            continue
        if isinstance(ev, re.Match):
            noun = ev.group(1).lower()
            subject = _is_subject(doc, ev.start(1))
            if noun in OFFICE:
                holders = [e for e in last if OFFICE[noun] in roles.get(e, ())]
                ent = max(holders, key=lambda e: last[e][0]) if holders else f"anon:{noun}:{pos}"
            else:
                ent = _best(last, pos, sents, gender, PERFORMER[noun], MAX_DIST_NOMINAL, set(),
                            people_only=True, roles=roles)
            if ent:
                if ent.startswith("p:"):
                    out.append(Resolved(ev.start(), ev.end(), ent, "nominal"))
                    if PERFORMER.get(noun) == "f":
                        gender.setdefault(ent, "f")
                last[ent] = (pos, subject)
                refs.append(NameMention(ev.start(), ev.end(), ent, "nominal", subject))
            continue
        tok = ev
        g = PRONOUNS[tok.lower_]
        banned = _clause_subjects(tok, refs, text) | _fronted(tok, refs) if tok.lower_ not in REFLEXIVE else set()
        ent = _best(last, pos, sents, gender, g, MAX_DIST, banned)
        if ent:
            out.append(Resolved(tok.idx, tok.idx + len(tok.text), ent, "pronoun"))  # a person's or a character's
            gender.setdefault(ent, g)
            # "X is speaking about her breakup with Y": a possessive keeps X the subject of her own sentence
            was = last.get(ent)
            kept = was is not None and was[1] and sents.dist(was[0], pos) == 0
            last[ent] = (pos, tok.dep_.startswith("nsubj") or kept)
            refs.append(NameMention(tok.idx, tok.idx + len(tok.text), ent, "pronoun", last[ent][1]))
    return out


def _best(last, pos, sents, gender, want, max_dist, banned, people_only=False, roles=None):
    best, best_score = None, None
    for ent, (where, subject) in last.items():
        if ent in banned or (people_only and not ent.startswith("p:")):
            continue
        dist = sents.dist(where, pos)
        if dist > max_dist:
            continue
        have = gender.get(ent)
        score = -1.0 * dist + (1.5 if subject else 0.0) + where / 1e7
        if want in ("f", "m"):
            if have and have != want:
                continue
            score += 1.0 if have == want else 0.0
        elif want == "m?":
            score += {"m": 1.0, "f": -2.0}.get(have, 0.0)
        if roles is not None and roles.get(ent) and not roles[ent] & {"actor", "singer"}:
            score -= 2.0
        if best_score is None or score > best_score:
            best, best_score = ent, score
    return best


def _is_subject(doc, char: int) -> bool:
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    return bool(tok) and is_subject_token(tok[0])


def is_subject_token(tok) -> bool:
    """A subject, or in apposition to one ("X's mother, Y, visited")."""
    return tok.dep_.startswith("nsubj") or (tok.dep_ == "appos" and tok.head.dep_.startswith("nsubj"))


def _fronted(tok, names: list[NameMention]) -> set[str]:
    """Entities named in a phrase fronted before a subject pronoun's verb: "Regarding her co-star X, she said"."""
    if not tok.dep_.startswith("nsubj"):
        return set()
    banned = set()
    doc = tok.doc
    for m in names:
        if m.kind not in ("name", "partial") or not tok.sent.start_char <= m.start < tok.idx:
            continue  # "her" in "Regarding her co-star X" is still the subject's
        node = doc.char_span(m.start, m.end, alignment_mode="expand")
        node = node.root if node is not None else None
        while node is not None and node.dep_ in ("compound", "appos", "pobj", "poss", "amod") and node.head.i != node.i:
            node = node.head
        if node is not None and node.dep_ == "prep" and node.head.i == tok.head.i:
            banned.add(m.entity)
    return banned


def _clause_subjects(tok, names: list[NameMention], text: str) -> set[str]:
    """Entities that are the subject of the verb a "him"/"her" object hangs from."""
    if tok.dep_ not in ("dobj", "pobj", "dative", "obj", "iobj"):
        return set()
    banned = set()
    near = max((m for m in names if m.end <= tok.idx), key=lambda m: m.end, default=None)
    if near and _SAME_CLAUSE.fullmatch(text[near.end:tok.idx]):
        banned.add(near.entity)  # "X hugged her", whatever the parse made of it
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    while not subjects and verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head  # "X went to ... and embraced him": X is the subject of both
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    for s in subjects:
        for m in names:
            if m.start <= s.idx < m.end:
                banned.add(m.entity)
    return banned
