"""What happened, read from an article's lead: "predicate|role|argument" triples.

For each content verb of the lead (the title and the first sentences of the body) a
triple names its lemma, the role (``subj``, ``obj`` or the preposition) and the head of a
named or numeric argument: "Klitschko stops Thompson" gives ``stop|subj|klitschko`` and
``stop|obj|thompson``. Passives are turned around (``nsubjpass`` is the object, the
``by`` agent the subject). Reporting verbs (say, tell, report…) are left out. Nothing here
names a topic: the triples come from the parse alone.

The clusterer uses them twice: as a channel (shared triples: one event told again) and
through :func:`clash_share`: a lead whose subject or object of a predicate is filled by
someone the story never had in that slot (fired Cheeks / fired O'Brien, stopped Rahman /
stopped Thompson) probably tells another occasion of the same topic.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from unbait.stages.token_rules import lemma_of

LEAD_SENTENCES = 3  # of the body; the title counts one more
LEAD_CHARS = 1000  # what :func:`lead_text` keeps of a body to parse (the lead's sentences fit)
CLASH_ROLES = frozenset({"subj", "obj"})
_SKIP = frozenset("say tell be have do report accord update publish post add write".split())
_ARG_ENTS = frozenset("PERSON ORG GPE NORP FAC LOC PRODUCT EVENT WORK_OF_ART CARDINAL MONEY QUANTITY ORDINAL".split())


def _argument(tok: Any) -> str | None:
    if tok.pos_ in ("PROPN", "NUM") or tok.ent_type_ in _ARG_ENTS:
        return tok.text.lower().strip(".'").replace("|", "") or None
    return None


def _roles(verb: Any) -> Iterator[tuple[str, Any]]:
    for c in verb.children:
        if c.dep_ == "nsubj":
            yield "subj", c
        elif c.dep_ in ("dobj", "nsubjpass"):
            yield "obj", c
        elif c.dep_ in ("agent", "prep"):
            role = "subj" if c.dep_ == "agent" else lemma_of(c).lower().replace("|", "")
            yield from ((role, g) for g in c.children if g.dep_ == "pobj")


def event_triples(parsed: Any, sentences: int = LEAD_SENTENCES) -> tuple[str, ...]:
    """The distinct triples of the first ``sentences`` sentences of a spaCy ``Doc``."""
    found: dict[str, None] = {}
    for i, sent in enumerate(parsed.sents):
        if i >= sentences:
            break
        for verb in sent:
            if verb.pos_ != "VERB" or (pred := lemma_of(verb).lower()) in _SKIP:
                continue
            for role, head in _roles(verb):
                for tok in (head, *(c for c in head.children if c.dep_ == "conj")):
                    if arg := _argument(tok):
                        found[f"{pred}|{role}|{arg}"] = None
    return tuple(found)


def lead_triples(title: Any | None, body: Any | None) -> tuple[str, ...]:
    """Triples of a parsed title (its first sentence) and of a parsed body's lead; either may be None."""
    head = event_triples(title, 1) if title is not None else ()
    return tuple(dict.fromkeys((*head, *(event_triples(body) if body is not None else ()))))


def lead_text(title: str, text: str) -> str:
    """The start of ``text`` to parse for its lead: the title dropped if the body repeats it."""
    body = text[len(title):].lstrip() if title and text.startswith(title) else text
    if len(body) <= LEAD_CHARS:
        return body
    cut = body.rfind("\n", 0, LEAD_CHARS)
    return body[: cut if cut > LEAD_CHARS // 2 else LEAD_CHARS]


def slot_of(triple: str) -> str:
    return triple.rpartition("|")[0]


def clash_share(doc: Iterable[str], story: Mapping[str, float], story_slots: frozenset[str]) -> float:
    """Of ``doc``'s subject and object slots that ``story`` fills too, the share it fills with others only.

    ``story`` is the story's triple counts, ``story_slots`` their slots (``pred|role``).
    """
    mine: dict[str, list[str]] = {}
    for t in doc:
        slot = slot_of(t)
        if slot in story_slots and slot.rpartition("|")[2] in CLASH_ROLES:
            mine.setdefault(slot, []).append(t)
    if not mine:
        return 0.0
    return sum(not any(t in story for t in triples) for triples in mine.values()) / len(mine)
