"""The kpopnet.json format: ``{"idols": [...], "groups": [...]}``.

An idol is one reference entry (``name`` is the stage name; ``name_original``,
``real_name``, ``real_name_original`` and the comma-separated ``name_alias`` are
its other spellings, Hangul included), so two idols sharing a stage name stay two
people. A group membership becomes a credit: role ``member`` in a work of kind
``group`` (with the group's Hangul name and aliases as titles).
"""
from __future__ import annotations

import json
from typing import Any

from unbait.errors import ReferenceFileError
from unbait.kb.reference import RefCredit, Reference, RefPerson


def _line_of(text: str, value: str) -> int:
    at = text.find(json.dumps(value, ensure_ascii=False)) if value else -1
    return text.count("\n", 0, at) + 1 if at >= 0 else 0


def _names(*cells: Any) -> tuple[str, ...]:
    out = [n.strip() for c in cells if isinstance(c, str) for n in c.split(",")]
    return tuple(dict.fromkeys(n for n in out if n))


def _field(entry: Any, name: str, where: str, text: str, source: str) -> str:
    value = entry.get(name) if isinstance(entry, dict) else None
    if not isinstance(value, str) or not value.strip():
        ident = entry.get("id") if isinstance(entry, dict) else None
        line = _line_of(text, ident) if isinstance(ident, str) else 0
        raise ReferenceFileError(f"{source}: {f'line {line}, ' if line else ''}{where}: "
                                 f"field {name!r} missing or not a non-empty string")
    return value.strip()


def parse_kpopnet(text: str, source: str) -> Reference:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReferenceFileError(f"{source}: line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("idols"), list):
        raise ReferenceFileError(f"{source}: line 1: not the kpopnet format (an object with an 'idols' list)")
    groups = data.get("groups") or []
    if not isinstance(groups, list):
        raise ReferenceFileError(f"{source}: field 'groups' is not a list")
    people = []
    for i, idol in enumerate(data["idols"]):
        ident, name = _field(idol, "id", f"idols[{i}]", text, source), _field(idol, "name", f"idols[{i}]", text, source)
        aliases = _names(idol.get("name_original"), idol.get("real_name"), idol.get("real_name_original"),
                         idol.get("name_alias"))
        people.append(RefPerson(f"kpopnet:{ident}", name, tuple(a for a in aliases if a != name),
                                _line_of(text, ident)))
    known = {p.ref for p in people}
    credits = []
    for i, group in enumerate(groups):
        title = _field(group, "name", f"groups[{i}]", text, source)
        line = _line_of(text, group.get("id") if isinstance(group.get("id"), str) else "")
        titles = tuple(t for t in _names(group.get("name_original"), group.get("name_alias")) if t != title)
        for member in group.get("members") or []:
            ref = f"kpopnet:{member.get('idol_id')}" if isinstance(member, dict) else ""
            if ref in known:
                credits.append(RefCredit(ref, title, "group", None, "member", line, titles))
    return Reference(source, "kpopnet", tuple(people), tuple(credits))
