"""Spelling-variant keys for person names: one key for every spelling of one name.

A Korean-shaped name (a known surname, then one to three romanized syllables,
see ``unbait.names.looks_korean``) or a Hangul name gets the key
``"surname|given"``: the surname's spelling group (``unbait.kb.surnames``) and
the given-name syllables folded to a coarse form and joined::

    variant_key("Park Bo-young") == variant_key("Pak Po-yŏng")   # MR, accents and all
        == variant_key("BAK BOYOUNG") == variant_key("박보영") == "park|boyung"

Syllable folding (decided on kpopnet collisions, see ``unbait.kb.collisions``):
``oo``->u, ``ee``->i, ``ou``->u, ``wu``->u (Woo = U), ``eui``/``ui``->i (Hee = Hui),
``weo``->wo, a closed ``eo``->u (Hyeon = Hyun, Seok = Suk, Yeon = Yun) while an
open ``eo`` stays (Seo is not Su), ``ah``/``oh``/``uh``->a/o/u, onsets
sh->s, k->g, p->b, l->r, doubled onsets single, codas g->k, b->p. ``eu``
stays apart from ``u`` (Seung is not Sung), ``ae`` from ``e``, ``ch`` from ``j``,
``t`` from ``d``. The syllables are joined without a boundary, so an
unhyphenated "Jieun" that splits as jie+un still meets ji+eun.

Anything else (Western names, Chinese names such as "Sun Li", stage names) is
only normalised: case, accents, spaces and hyphens (``unbait.names.name_key``),
and never collides with a Korean key (those contain ``|``).
"""
from __future__ import annotations

import re
import unicodedata

from unbait.kb.hangul import has_hangul, is_syllable, romanize_name
from unbait.kb.surnames import SURNAME_GROUPS, surname_key
from unbait.names import is_korean_surname, looks_korean, name_key, split_syllables

_MR = str.maketrans({"ŏ": "eo", "ŭ": "eu", "Ŏ": "Eo", "Ŭ": "Eu", "ǒ": "eo", "ǔ": "eu"})
_APOSTROPHES = re.compile(r"['’‘`ʼ]")
_HYPHENS = re.compile(r"\s*[-‐‑‒–—]\s*")
_CODA = r"(?:ng|[nmlkpbgr])"
# Spellings folded before splitting, so that the syllable grammar of unbait.names accepts them.
_PREFOLDS = {"eui": "ui", "you": "yu", "oung": "ung"}
_PREFOLD = re.compile(r"(?<=\w)(?:eui|you|oung)|\b(?:eui|you)", re.IGNORECASE)
_FOLDS: tuple[tuple[str, str], ...] = (
    (r"oo", "u"), (r"ee", "i"), (r"ou", "u"), (r"wu", "u"), (r"eui", "ui"), (r"ui", "i"),
    (r"weo", "wo"), (r"oi", "oe"), (rf"([aeou])h(?={_CODA}?$)", r"\1"), (rf"eo(?={_CODA}$)", "u"),
    (r"^yi", "i"), (r"^sh", "s"), (r"^(?:kk|gg|k)", "g"), (r"^(?:pp|bb|p)", "b"), (r"^ss", "s"),
    (r"^jj", "j"), (r"^tt", "t"), (r"^l", "r"), (r"(?<!n)g$", "k"), (r"b$", "p"), (r"r$", "l"),
)


def fold_syllable(syllable: str) -> str:
    """The coarse form of one romanized syllable: "hyeon" and "hyun" -> "hyun"; "seo" stays."""
    s = syllable.casefold()
    for pattern, repl in _FOLDS:
        s = re.sub(pattern, repl, s)
    return s


def clean_latin(name: str) -> str:
    """MR breves spelled out (ŏ -> eo), other accents and apostrophes dropped, hyphens tightened."""
    text = unicodedata.normalize("NFC", name).translate(_MR)
    text = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_HYPHENS.sub("-", text).split())


def split_given(token: str) -> list[str] | None:
    """Syllables of one given-name token: hyphens first, then the preferred split of each piece
    into up to three syllables (:func:`unbait.names.split_syllables`)."""
    out: list[str] = []
    for piece in (p for p in token.casefold().split("-") if p):
        got = split_syllables(piece, most=3)
        if got is None:
            return None
        out.extend(got)
    return out or None


def korean_parts(name: str) -> tuple[str, list[str]] | None:
    """(surname, given syllables) of a romanized Korean-shaped name, else None.

    Accepts given-name-first order when the given name is hyphenated ("Bo-young Park").
    A one-syllable given name starting with "l" rules the name out: Korean names write
    that sound "r", and pinyin names ("Sun Li") are not Korean.
    """
    text = _PREFOLD.sub(lambda m: _PREFOLDS[m.group(0).casefold()], clean_latin(name))
    parts = text.split()
    if len(parts) >= 2 and "-" in parts[0] and not is_korean_surname(parts[0]) and (
            is_korean_surname(parts[-1]) or parts[-1].casefold() in SURNAME_GROUPS):
        parts = [parts[-1], *parts[:-1]]
    if len(parts) < 2:
        return None
    known = parts[0] if is_korean_surname(parts[0]) else SURNAME_GROUPS.get(parts[0].casefold(), "")
    if not known or not looks_korean(" ".join([known, *parts[1:]])):
        return None
    syllables: list[str] = []
    for part in parts[1:]:
        got = split_given(part)
        if got is None:
            return None
        syllables.extend(got)
    if len(syllables) == 1 and syllables[0].startswith("l"):
        return None
    return parts[0], syllables


def _hangul_name(name: str) -> bool:
    letters = "".join(name.split())
    return 2 <= len(letters) <= 5 and all(is_syllable(c) for c in letters)


def variant_key(name: str) -> str:
    """The key that spelling variants of one name share ("kim|suhyun"-style for Korean names)."""
    if has_hangul(name):
        if not _hangul_name(name):
            return name_key(name)
        parsed = romanize_name(name)
        return f"{surname_key(parsed.surname_press)}|" + "".join(map(fold_syllable, parsed.given_rr))
    parts = korean_parts(name)
    if parts is None:
        return name_key(clean_latin(name))
    surname, syllables = parts
    return f"{surname_key(surname)}|" + "".join(map(fold_syllable, syllables))


def same_person_candidates(a: str, b: str) -> bool:
    """True when two spellings may name the same person (same key); context must still decide."""
    return variant_key(a) == variant_key(b)
