"""Short references to a known name: a surname or given name alone, and one-word stage names.

"Chalamet" after "Timothée Chalamet", "Ga-young" after "Moon Ga-young": a partial
counts only when exactly one entity (person or character) could own it. A
Korean surname alone ("Kim") is a partial only when a single Kim is around.
A one-word name no full name explains ("Jennie", "IU") is a person only with
evidence that it is a stage name: a role noun before it ("singer IU") or a
group's possessive ("BLACKPINK's Jennie").
"""
from __future__ import annotations

import re
from collections import defaultdict

from unbait.names import given_key, is_korean_surname, looks_korean, name_key
from unbait.stages.name_spans import NameSpan
from unbait.stages.cast_forms import NAMES_SO_FAR
from unbait.stages.role_nouns import ROLE_NOUNS

_WORD = re.compile(r"(?<![\w\-’'])([A-Z][\w]*(?:-[A-Za-z][a-z]*)?(?:\s[A-Z][a-z]+)?)(?![\w\-])")
_FULL = r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){1,2}"
_REAL_NAME = re.compile(
    rf"\b(?P<stage>[A-Z][\w\-]*)\s*,\s*whose\s+(?:real|birth|legal)\s+name\s+is\s+(?P<real>{_FULL})"
    rf"|\b(?P<stage2>[A-Z][\w\-]*)\s*\(\s*(?:real|birth)\s+name\s*:?\s*(?P<real2>{_FULL})\s*\)"
    # "Kim Seok-jin, better known as Jin"
    rf"|\b(?P<real3>{_FULL}),?\s+(?:(?:better|professionally|also|widely)\s+)?known\s+as\s+(?P<stage3>[A-Z][\w\-]*)\b"
)
# "singer IU", "BLACKPINK's Jennie", and the rest of a list after a plural: "members Jennie and Lisa"
_STAGE_CUE = re.compile(
    r"(?:\b(?i:" + "|".join(ROLE_NOUNS) + r"|member|leader|maknae)\s+|\b[A-Z0-9][A-Za-z0-9&\-]*[A-Z0-9]['’]s\s+)$"
    r"|\b(?i:" + "|".join(ROLE_NOUNS) + r"|member|leader)s\s+" + NAMES_SO_FAR
)


def short_forms(full: dict[str, str]) -> dict[str, set[str]]:
    """key of a short form -> entities that could own it. ``full``: entity -> a surface."""
    owners: dict[str, set[str]] = defaultdict(set)
    for ent, surface in full.items():
        words = surface.split()
        if looks_korean(surface):
            gk = given_key(surface)
            if gk:
                owners[gk].add(ent)
            owners[name_key(words[0])].add(ent)
        elif len(words) >= 2:
            owners[name_key(words[-1])].add(ent)
            owners[name_key(words[0])].add(ent)
        elif ent.startswith("p:"):
            owners[name_key(surface)].add(ent)  # a stage name again later ("Jennie, 29, wore ...")
    return owners


def stage_aliases(text: str, full: dict[str, str]) -> dict[str, str]:
    """One-word stage names the article ties to a full name: "V, whose real name is Kim Tae-hyung",
    "Rain (real name: Jung Ji-hoon)", "Kim Seok-jin, better known as Jin". stage name -> the entity of the full name."""
    by_key = {name_key(surface): ent for ent, surface in full.items() if ent.startswith("p:")}
    out = {}
    for m in _REAL_NAME.finditer(text):
        stage = m.group("stage") or m.group("stage2") or m.group("stage3")
        real = m.group("real") or m.group("real2") or m.group("real3")
        words = real.split()  # "Singer Kim Seok-jin, better known as Jin": the name may follow a job noun
        ent = next((e for k in range(len(words) - 1) if (e := by_key.get(name_key(" ".join(words[k:])))) is not None),
                   None)
        if ent is not None and (m.group("stage3") or not is_korean_surname(stage)):
            out[stage] = ent  # "known as Jin" says it outright, even of a word that is also a surname
    return out


def find_partials(doc, text: str, full_spans: list[NameSpan], full: dict[str, str],
                  aliases: dict[str, str] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, entity) for each unambiguous short reference outside the full names (``aliases``:
    stage names -> entity, from :func:`stage_aliases`)."""
    owners = short_forms(full)
    for stage, ent in (aliases or {}).items():
        owners[name_key(stage)] = {ent}
    covered = [(s.start, s.end) for s in full_spans]
    out = []
    for m in _WORD.finditer(text):
        for s, e in ((m.start(), m.end()), (m.start(), m.start() + len(m.group(1).split()[0]))):
            key = name_key(text[s:e])
            ents = owners.get(key)
            if not ents or len(ents) != 1:
                continue
            if any(cs < e and s < ce for cs, ce in covered):
                break
            tok = doc.char_span(s, e, alignment_mode="expand") if doc is not None else None
            hyphenated = "-" in text[s:e]
            label = text[e:e + 1] == ":" and (s == 0 or text[s - 1] == "\n")  # "Calloway: I spent a week..."
            if tok is not None and not hyphenated and not label and not any(t.pos_ == "PROPN" for t in tok) \
                    and not _bare_subject(tok):
                break
            out.append((s, e, next(iter(ents))))
            break
    return out


def _bare_subject(tok) -> bool:  # noqa: ANN001 - a spaCy Span
    """"Benning appeared in 140 films": the tagger calls an unknown surname a common noun, but a capitalised
    singular noun with no determiner as a clause's subject is a name."""
    return len(tok) == 1 and tok[0].tag_ == "NN" and tok[0].dep_ in ("nsubj", "nsubjpass") \
        and not any(c.dep_ in ("det", "poss") for c in tok[0].children)


def is_stage_name(text: str, span: NameSpan, spans: list[NameSpan] = (), title: str = "") -> bool:
    """A one-word name with a stage-name cue before it ("singer IU", "BLACKPINK's Jennie"), here or in the
    ``title``, that no full name of ``spans`` explains: "member Ha-eun" beside "Jung Ha-eun" is her given name."""
    if len(span.words) != 1 or is_korean_surname(span.text):
        return False
    group = rf"\b[A-Z0-9][A-Za-z0-9&\-]*[A-Z0-9]['’]s\s+{re.escape(span.text)}\b"  # "BTS's Jimin Tops ..."
    if not (_STAGE_CUE.search(text[max(0, span.start - 40):span.start]) or re.search(group, title)):
        return False
    owners = {s.key for s in spans if len(s.words) > 1 and s.korean and given_key(s.text) == span.key}
    return len(owners) != 1
