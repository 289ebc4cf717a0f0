"""Roles from the nouns next to a name: "actress Han Ji-min", "Its director, Ana Ruiz", "hosted by A and B".

A job noun before the name (or in an appositive after it, or a plural before a list of names) is the
person's role; a credit ("directed by", "is set to direct") or an info box's label ("Cast: A, B",
"Director: X") is one too, and a genre's star ("pop star X") a
singer. A role of a work (director, writer, co-star ...) goes
to the work of the sentence; an office ("Executive Director") is no credit, and a title between the noun
and the name ("The report's author, Professor X") is skipped. Kin and gendered nouns vote for a gender.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from unbait.document import Role
from unbait.stages.cast_forms import NAMES_SO_FAR
from unbait.stages.name_cues import HONORIFICS
from unbait.stages.name_spans import NameSpan

if TYPE_CHECKING:
    from unbait.stages.roles import RoleFacts

ROLE_NOUNS = {
    "actor": "actor", "actress": "actor", "singer": "singer", "rapper": "singer",
    "vocalist": "singer", "idol": "singer", "director": "director", "filmmaker": "director",
    "producer": "producer", "writer": "writer", "screenwriter": "writer", "author": "writer",
    "host": "host", "mc": "host", "presenter": "host", "comedian": "comedian",
    "model": "model", "dancer": "dancer", "composer": "composer", "songwriter": "songwriter",
    "musician": "musician", "ceo": "executive", "showrunner": "showrunner", "creator": "creator",
    "guest": "guest", "co-star": "actor", "costar": "actor",
}
FEMALE_NOUNS = frozenset("actress sister mother daughter wife girlfriend queen princess lady woman".split())
MALE_NOUNS = frozenset("actor brother father son husband boyfriend king prince man".split())
_NOUN_BEFORE = re.compile(r"\b((?:[Cc]o-)?[A-Za-z]+)\s+$"
                          # an appositive: "The film's lead actor, Jonah Frey", "Its director, Ana Ruiz"
                          r"|\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\w+['’]s)\s+(?:[a-z\-]+\s+){0,2}?([a-z]+),\s+$")
# a plural role noun before a list of names: "hosts Kim Dae-ho and Lee Seul-gi", "singers A, B and C"
_PLURAL_BEFORE = re.compile(rf"\b([A-Za-z][a-z]+s|MCs|DJs)\s+{NAMES_SO_FAR}")
_CREDITS = {"directed": "director", "helmed": "director", "written": "writer", "penned": "writer",
            "produced": "producer", "composed": "composer", "created": "creator", "co-created": "creator",
            "hosted": "host"}
_CREDIT_BEFORE = re.compile(rf"\b((?i:{'|'.join(_CREDITS)}))\s+by\s+{NAMES_SO_FAR}")  # "hosted by A and B"
# "X is set to direct", "X will direct", "with X attached to write": a credit to come
_CREDIT_VERBS = {"direct": "director", "helm": "director", "write": "writer", "pen": "writer", "produce": "producer",
                 "score": "composer"}
_CREDIT_AFTER = re.compile(
    r",?\s+(?:(?:is|was|has\s+been|will\s+be|also)\s+)*(?:(?:set|attached|tapped|slated|hired|signed\s+on|expected"
    r"|in\s+talks)\s+)?to\s+(direct|helm|write|pen|produce|score)\b|,?\s+(?:will|would)\s+(?:also\s+)?(direct|helm|write"
    r"|produce)\b", re.IGNORECASE)
# an info box's line: "Cast: A, B, C", "Director: X", "Written by: Y"
_LABELS = {"cast": "actor", "starring": "actor", "director": "director", "directors": "director",
           "directed by": "director", "writer": "writer", "writers": "writer", "written by": "writer",
           "screenwriter": "writer", "screenplay": "writer", "producer": "producer", "producers": "producer",
           "host": "host", "hosts": "host", "music": "composer", "composer": "composer"}
_LABEL_BEFORE = re.compile(rf"\s*((?i:{'|'.join(sorted(_LABELS, key=len, reverse=True))}))\s*:\s*{NAMES_SO_FAR}")
_GENRE_STAR = re.compile(r"\b(?:pop|k-pop|j-pop|rock|country|r&b|hip-hop|rap|latin|folk)\s+star\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"^,\s+(?:the|a|an)\s+(?:[a-z\-]+\s+){0,2}?([a-z]+)\b")


# "The drama's lead actress, X", "the film's star, X": the role is in the work of the sentence
_WORKS_OWN = re.compile(r"\b(?:drama|film|movie|series|show|sitcom|musical)['’]s?\s+(?:[a-z\-]+\s+){0,2}?[a-z]+,?\s+$",
                        re.IGNORECASE)
_OFFICE = re.compile(r"\b(?i:executive|managing|national|regional|general|communications|finance|technical|medical"
                     r"|athletic|program|policy|campaign|deputy|associate|assistant)\s+$")
_OF_A_WORK = frozenset({"director", "writer", "producer", "showrunner", "creator", "co-star", "costar"})


def _singular(noun: str) -> str | None:
    """The role noun a plural names ("hosts" -> "host", "actresses" -> "actress"), else None."""
    return next((s for s in (noun[:-1], noun[:-2]) if s in ROLE_NOUNS), None)


def role_nouns(facts: RoleFacts, text: str, a: NameSpan, work_at) -> None:
    """Add the role (and gender vote) a noun next to ``a`` gives: "actress X", "X, the director", "hosted by X"."""
    if credit := _CREDIT_BEFORE.search(text[max(0, a.start - 90):a.start]):  # "Directed by Kathryn Vale"
        role = _CREDITS[credit.group(1).casefold()]
        # a ceremony or a concert is "hosted by" someone too: a host's work is one the sentence names
        facts.roles.append((a.key, Role(role, work=work_at(a.start, role == "host"))))
        return
    line_start = text.rfind("\n", 0, a.start) + 1
    if label := _LABEL_BEFORE.match(text[line_start:a.start]):  # a drama's info box: "Director: Oh Seung-hyun"
        facts.roles.append((a.key, Role(_LABELS[label.group(1).casefold()], work=work_at(a.start))))
        return
    if after := _CREDIT_AFTER.match(text, a.end, a.end + 80):  # "with Peter Finch set to direct"
        facts.roles.append((a.key, Role(_CREDIT_VERBS[(after.group(1) or after.group(2)).casefold()],
                                        work=work_at(a.start))))
    before = text[max(0, a.start - 52):a.start]
    if (title := re.search(r"(\S+)\s+$", before)) and title.group(1).casefold() in HONORIFICS:
        before = before[:title.start()]  # "The report's author, Professor X": the noun before the title
    m = _NOUN_BEFORE.search(before[-40:])
    noun = (m.group(1) or m.group(2)).casefold() if m else None
    if noun == "star" and _GENRE_STAR.search(before):
        noun = "singer"  # "Pop star Taylor Brooks"
    if m and _OFFICE.search(before[-40:][:m.start()]):
        return  # "Executive Director X", "Managing Editor X": an office, not a credit
    if noun not in ROLE_NOUNS and (plural := _PLURAL_BEFORE.search(text[max(0, a.start - 120):a.start])):
        noun = _singular(plural.group(1).casefold())  # "hosts Kim Dae-ho and Lee Seul-gi"
    if noun not in ROLE_NOUNS and noun not in FEMALE_NOUNS | MALE_NOUNS:
        m2 = _NOUN_AFTER.search(text[a.end:a.end + 60])
        noun = m2.group(1).casefold() if m2 else None
    if noun is None:
        return
    if noun in FEMALE_NOUNS:
        facts.gender[(a.key, "f")] += 2
    elif noun in MALE_NOUNS:
        facts.gender[(a.key, "m")] += 1  # "actor" is used for women too
    if noun in ROLE_NOUNS:
        role = ROLE_NOUNS[noun]
        of_work = role in _OF_A_WORK or noun in _OF_A_WORK or _WORKS_OWN.search(text[max(0, a.start - 60):a.start])
        facts.roles.append((a.key, Role(role, work=work_at(a.start) if of_work else None)))
