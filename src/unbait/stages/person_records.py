"""The people records of an article: each person's canonical name, the forms written, mentions and roles.

The canonical surface is the most frequent full form (prose outranks Title Case lines, which re-case
names); a Hangul name in brackets after a form ("Park Seo-jun (박서준)") is an alias. Roles are
deduplicated: a characterless "actor" beside a named part in the same work (or in none) says nothing more.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from unbait.document import Person, Role
from unbait.names import name_key, strip_possessive
from unbait.stages.name_spans import NameSpan

_HANGUL = re.compile(r"[\uac00-\ud7a3]{2,4}(?: [\uac00-\ud7a3]{1,3})?")
_HANGUL_AFTER = re.compile(rf"\s*[(（]\s*({_HANGUL.pattern})\s*[)）]")


def canonical_surfaces(people_spans: list[NameSpan], chars: dict[str, str]) -> dict[str, str]:
    """entity -> canonical surface: the most frequent full form, the first on ties.

    Forms in prose outrank forms in Title Case lines, which re-case names.
    """
    by_key: dict[str, Counter] = defaultdict(Counter)
    for s in people_spans:
        by_key[s.key][strip_possessive(s.text)] += 0.01 if s.headline else 1.0
    full = {f"p:{k}": max(c, key=lambda form: c[form]) for k, c in by_key.items()}
    full.update({f"c:{k}": v for k, v in chars.items()})
    return full


def person_records(text: str, spans, full, mentions, facts, moved, stage: dict[str, str], title: str = "") -> list[Person]:
    """One :class:`Person` per name key of ``spans`` (not moved to a character): canonical name, the other forms
    written (with the Hangul in brackets after one, here or in the headline), mentions and roles, most mentioned
    first."""
    count = Counter(m.person for m in mentions)
    first: dict[str, int] = {}
    forms: dict[str, list[str]] = defaultdict(list)
    for s in spans:
        first.setdefault(s.key, s.start)
        if s.text not in forms[s.key]:
            forms[s.key].append(s.text)
        if (m := _HANGUL_AFTER.match(text, s.end)) and m.group(1) not in forms[s.key]:
            forms[s.key].append(m.group(1))  # "Park Seo-jun (박서준)": the name in Hangul
    in_title = [(m.start(), m.group(1)) for m in _HANGUL_AFTER.finditer(title)]
    for key, written in forms.items():  # the headline gives it too: "Actor Park Seo-jun (박서준) Confirms ..."
        for form in list(written):
            for at, hangul in in_title:
                if title[:at].endswith(form) and hangul not in written:
                    written.append(hangul)
    roles: dict[str, list[Role]] = defaultdict(list)
    for key, role in facts.plays + facts.roles:
        if role not in roles[key]:
            roles[key].append(role)
    out = []
    for key in first:
        ent = f"p:{key}"
        if ent in moved:
            continue
        name = full[ent]
        rs = roles.get(key, [])
        played = {r.work for r in rs if r.role == "actor" and r.character}
        if played:  # "actor in X" beside "actor as C in X" (or in no named work) says nothing more
            rs = [r for r in rs if not (r.role == "actor" and not r.character and (r.work in played or not r.work))]
        fuller = {r.role for r in rs if r.character or r.work}
        rs = [r for r in rs if r.character or r.work or r.role not in fuller]  # "actor" beside "actor in X"
        aliases = tuple(f for f in forms[key] if f != name and (name_key(f) == key or _HANGUL.fullmatch(f)))
        aliases += tuple(s for s, ent in stage.items() if ent == f"p:{key}" and s not in aliases)  # "V"
        out.append((first[key], Person(name, aliases, count[name], tuple(rs))))
    # by the key's first span: the canonical surface may key differently ("Pitt" standing for "Brad Pitt")
    out.sort(key=lambda kp: (-kp[1].mentions, kp[0]))
    return [p for _, p in out]
