"""The subject of a cue verb: from the parse, mended where the parse is known to slip.

Subjects in another paragraph are never taken (spaCy's sentences may run across
lines); a clause as subject hands the verb itself back (the resolver then takes the
name nearest before it); a noun just before a subjectless verb is taken when the
parse hung it elsewhere; dates, places and numbers never speak.
"""
from __future__ import annotations

from typing import Any

from unbait.quotes import lexicon as lx

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "GPE", "LOC", "FAC", "ORDINAL", "PERCENT", "MONEY"})


def _apart(a: Any, b: Any) -> bool:
    """Whether two tokens sit in different paragraphs (the parse may run across lines)."""
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.whitespace_ or "\n" in t.text for t in a.doc[lo:hi])


def subject_of(verb: Any, inside: Any) -> Any | None:
    """The subject of ``verb`` outside quotation marks, climbing to the verb it depends on."""
    seen = 0
    first = verb
    while verb is not None and seen < 4 and not _apart(first, verb):
        for child in verb.children:
            if _apart(first, child):
                continue
            if child.dep_ == "csubj" and not inside(child.idx):
                return verb  # the resolver looks for the name nearest before the verb
            if child.dep_ in _SUBJECTS and not inside(child.idx) and child.ent_type_ not in _NOT_SPEAKERS:
                if child.tag_ == "WP" or child.lower_ in ("who", "that"):
                    head = verb.head if verb.dep_ == "relcl" else None
                    return head
                return child
        if seen == 0:
            left = _left_nominal(verb, inside)
            if left is not None:
                return left
        if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ") and verb.head.pos_ in ("PROPN", "NOUN"):
            return verb.head  # a main verb the parse hung on its subject ("X, the director, compared")
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp", "relcl") and verb.head.i != verb.i:
            if verb.dep_ == "relcl":
                return verb.head
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def _left_nominal(verb: Any, inside: Any) -> Any | None:
    """A noun right before a subjectless verb, which the parse attached elsewhere ("X and the actress shared")."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in ("ADV", "AUX", "PART") and verb.doc[i].dep_ != "nsubj":
        i -= 1
    if i < 0 or inside(verb.doc[i].idx):
        return None
    t = verb.doc[i]
    if t.pos_ in ("NOUN", "PROPN", "PRON") and t.head.i != verb.i and t.dep_ in ("conj", "appos", "pobj", "dobj"):
        return t
    return None


def adjacent_name(verb: Any, inside: Any) -> Any | None:
    """When the parse gives no subject: a name or pronoun just before the verb, else just after."""
    doc = verb.doc
    near = [doc[i] for i in range(verb.i - 1, max(-1, verb.i - 7), -1)]
    near += [doc[i] for i in range(verb.i + 1, min(len(doc), verb.i + 3))]
    near = [t for t in near if not inside(t.idx) and t.ent_type_ not in _NOT_SPEAKERS and not _apart(t, verb)]
    for t in near:
        if t.ent_type_ in ("PERSON", "ORG") or (t.pos_ == "PRON" and t.lower_ in lx.PERSON_PRONOUNS):
            return t
    for t in near:
        if t.pos_ == "PROPN":
            return t
    return None
