"""Cast tables as CSV: a header naming ``actor, work, character, role`` (any order, more allowed).

Optional columns: ``id`` (tells apart two actors with one name), ``aliases`` (other
spellings, ``;``-separated: Hangul, real name), ``kind`` (tv_series, film ...).
Within one file one spelling (or one ``id``) is one person. Errors name the line
and the column; an empty role means ``actor``.
"""
from __future__ import annotations

import csv
import io

from unbait.errors import ReferenceFileError
from unbait.kb.reference import RefCredit, Reference, RefPerson
from unbait.kb.variants import variant_key

REQUIRED = ("actor", "work", "character", "role")


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(a.strip() for a in (cell or "").split(";") if a.strip())


def parse_cast_csv(text: str, source: str) -> Reference:
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(rows)]
    except StopIteration:
        raise ReferenceFileError(f"{source}: line 1: empty file; a header {','.join(REQUIRED)} is required") from None
    except csv.Error as exc:
        raise ReferenceFileError(f"{source}: line 1: {exc}") from None
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ReferenceFileError(f"{source}: line 1: missing column(s) {', '.join(missing)} "
                                 f"(header has: {', '.join(header) or 'nothing'})")
    col = {name: i for i, name in reversed(list(enumerate(header)))}
    people: dict[str, RefPerson] = {}
    credits = []
    try:
        for row in rows:
            line = rows.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise ReferenceFileError(f"{source}: line {line}: {len(row)} field(s), the header has {len(header)}")
            cell = {name: row[i].strip() for name, i in col.items()}
            for name in ("actor", "work"):
                if not cell[name]:
                    raise ReferenceFileError(f"{source}: line {line}, column {col[name] + 1} ({name}): empty")
            ref = f"id:{cell['id']}" if cell.get("id") else f"key:{variant_key(cell['actor'])}"
            known = people.get(ref)
            aliases = _split(cell.get("aliases"))
            people[ref] = RefPerson(ref, cell["actor"], tuple(dict.fromkeys(
                (*(known.aliases if known else ()), *((known.name,) if known and known.name != cell["actor"] else ()),
                 *aliases))), known.line if known else line)
            credits.append(RefCredit(ref, cell["work"], cell.get("kind") or None, cell["character"] or None,
                                     cell["role"].lower() or "actor", line))
    except csv.Error as exc:
        raise ReferenceFileError(f"{source}: line {rows.line_num}: {exc}") from None
    return Reference(source, "cast_csv", tuple(people.values()), tuple(credits))
