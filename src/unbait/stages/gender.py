"""A person's (or character's) grammatical gender, from evidence in the article.

Votes: a possessive or reflexive pronoun after a name in its sentence goes to
the nearest preceding subject name (reflexives: the nearest name); a main-clause
"he"/"she" likewise; object pronouns and subordinate subjects do not vote
("X asked why he lied" is often about someone else). Role nouns next to a
name ("actress Y") add strong votes. Ties stay unknown.
"""
from __future__ import annotations

import bisect
from collections import Counter

from unbait.stages.coref import PRONOUNS, REFLEXIVE, NameMention, Sentences, pronoun_tokens
from unbait.stages.layout import Layout


def infer_gender(doc, names: list[NameMention], lay: Layout, hints: Counter) -> dict[str, str]:
    """Votes from pronouns after a name in the same sentence, plus role-noun hints."""
    votes = Counter({(f"p:{k}", g): v for (k, g), v in hints.items()})
    sents = Sentences(doc, lay)
    starts = [m.start for m in names]
    for tok in pronoun_tokens(doc):
        g = PRONOUNS[tok.lower_]
        if lay.in_speech(tok.idx) or tok.dep_ in ("dobj", "pobj", "dative", "iobj"):
            continue  # an object "him"/"her" is seldom the subject before it
        if tok.dep_.startswith("nsubj") and tok.head.dep_ not in ("ROOT", "conj"):
            continue  # "X asked why he lied": a subordinate "he" is often someone else
        sent = sents.index(tok.idx)
        i = bisect.bisect_left(starts, tok.idx) - 1
        before = []
        while i >= 0 and sents.index(names[i].start) == sent:
            before.append(names[i])
            i -= 1
        if not before:
            continue
        pick = before[0]
        if tok.lower_ not in REFLEXIVE:
            pick = next((m for m in before if m.subject), before[0])
        weight = 1.0 if len({m.entity for m in before}) == 1 else 0.5
        votes[(pick.entity, g)] += weight
    out: dict[str, str] = {}
    for ent in {e for e, _ in votes}:
        f, m = votes[(ent, "f")], votes[(ent, "m")]
        if f != m:
            out[ent] = "f" if f > m else "m"
    return out
