"""Role nouns the headline puts before a name the body gives: "Veteran Host Tom Ridley Steps Down".

The body may never say "host Tom Ridley" again ("The longtime host announced ..."), so the
headline's noun is the person's role, when the body names that person in full and gives them
no role of that kind. Headlines are Title Case, so the noun is matched without regard to case.
"""
from __future__ import annotations

import re

from unbait.document import Role
from unbait.stages.name_spans import NameSpan
from unbait.stages.role_nouns import ROLE_NOUNS

_NOUN_BEFORE = re.compile(r"\b([A-Za-z]+)[ \u00a0]+$")


def title_roles(title: str, spans: list[NameSpan], known: list[tuple[str, Role]]) -> list[tuple[str, Role]]:
    """(person key, role) for each full name of ``spans`` right after a role noun in ``title``."""
    have = {(key, role.role) for key, role in known}
    out = []
    folded = title.lower()
    for key, surface in {s.key: s.text for s in spans if len(s.words) >= 2}.items():
        at = folded.find(surface.lower())  # a plain search: one pattern per name would be compiled per article
        if at > 0 and not re.match(r"[\w\-]", title[at + len(surface):at + len(surface) + 1]):
            noun = _NOUN_BEFORE.search(title[:at])
            role = ROLE_NOUNS.get(noun.group(1).casefold()) if noun else None
            if role and (key, role) not in have:
                have.add((key, role))
                out.append((key, Role(role)))
    return out
