"""Reference lists that seed the KB, as plain data: who is who, under which names, in what.

A reference file becomes one :class:`Reference`: entries (:class:`RefPerson`, each a
distinct person however common the name) and credits (:class:`RefCredit`: a person's
role in a work or group). Readers: ``unbait.kb.cast_csv`` (actor, work, character,
role) and ``unbait.kb.kpopnet`` (the kpopnet.json format). Errors name the line and
column (or field); nothing here touches the store.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from unbait.errors import ReferenceFileError


@dataclass(frozen=True, slots=True)
class RefPerson:
    ref: str  # identity within the reference source (an id, or the name's key)
    name: str
    aliases: tuple[str, ...]  # other spellings: Hangul, real name, stage name
    line: int


@dataclass(frozen=True, slots=True)
class RefCredit:
    ref: str  # the RefPerson's ref
    work: str
    kind: str | None  # tv_series, film, group ...
    character: str | None
    role: str
    line: int
    work_aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Reference:
    source: str
    format: str  # cast_csv | kpopnet
    people: tuple[RefPerson, ...]
    credits: tuple[RefCredit, ...]


def decode(data: bytes, source: str) -> str:
    """UTF-8 text (a BOM allowed), or an error naming the line and column of the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ReferenceFileError(f"{source}: line {line}, column {column}: not UTF-8 "
                                 f"(byte 0x{data[exc.start]:02x}); save the file as UTF-8") from None


def read_reference(path: str | Path) -> Reference:
    """Parse a reference file by its suffix: ``.csv`` cast table, ``.json`` kpopnet."""
    from unbait.kb.cast_csv import parse_cast_csv
    from unbait.kb.kpopnet import parse_kpopnet

    path = Path(path)
    readers = {".csv": parse_cast_csv, ".json": parse_kpopnet}
    if path.suffix.lower() not in readers:
        raise ReferenceFileError(f"{path}: unknown reference format (use .csv for cast tables, .json for kpopnet)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReferenceFileError(f"{path}: {exc.strerror or exc}") from exc
    return readers[path.suffix.lower()](decode(data, str(path)), str(path))
