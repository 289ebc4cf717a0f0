"""Actors and characters the parser missed, found from the casting phrase between them.

spaCy often reads an invented character name as a place or an organisation
("Kwame Adjei as Tarin", "rookie firefighter Eli Novak"), and a Korean surname
standing alone as a nationality ("Han plays Oh Yu-na"). This adds the missing
name spans; :mod:`unbait.stages.roles` then reads the relation as usual:

* after a known name (or "the actress") and a casting phrase ("as", "plays", "co-stars as", "rounds
  out the cast as", with a descriptor: "state trooper", "the scheming chancellor"),
  the capitalised run that follows is the character;
* a surname alone right before a casting verb ("Han plays", "Boone has been cast as", "Aldous, 34, is best
  known for his role as")
  is an actor when exactly one full name in the article has that surname (it stands
  for that person).
"""
from __future__ import annotations

import re

from unbait.names import given_syllables, is_korean_surname, looks_korean, name_key
from unbait.stages.name_spans import NETWORKS, NameSpan
from unbait.stages.roles import ACTOR_THEN_CHAR, RANKS, two_actors_cast

# the character: up to three capitalised words, after a title ("Sheriff Eli Vance" -> "Eli Vance"); a title
# before one word stays ("Countess Vale", "Detective Oh": the name the story goes by)
_NAME = r"[A-Z][\w'’\-]*[a-z](?:[ \u00a0][A-Z][\w'’\-]*[a-z]){0,2}"
_CHAR = re.compile(rf"(?:(?P<rank>{RANKS})\s+)?(?P<name>{_NAME})(?![\w\-])")
_SECOND = re.compile(rf"\s+and\s+(?:{RANKS}\s+)?(?P<name>{_NAME})(?![\w\-])")  # "... play C and D"
_SURNAME_ACTOR = re.compile(r"(?<![\w\-’'])([A-Z][a-z]{0,11})(?=(?:,\s*\d{1,3},)?\s+(?:(?:will|also|has|have|had|is|was|been|be"
                            r"|next|(?:best\s+|widely\s+)?known\s+for)\s+){0,3}"
                            r"(?:play|plays|played|playing|portrays?|(?:co-?)?star(?:s|red)?\s+(?:as|in|alongside|opposite)"
                            r"|cast\s+as|returns?\s+as|(?:his|her|their)\s+(?:[a-z\-]+\s+)?role\s+as)"
                            r"|,\s+who\s+(?:first\s+)?(?:broke\s+out|rose\s+to\s+(?:fame|stardom))\s+in\b)")
_LOOKAHEAD = 80
_PERFORMER = re.compile(r"\b[Tt]he\s+(?:[a-z\-]+\s+){0,2}?(?:actress|actor|star|comedian|performer)\b")
# a lowercase word after the capitalised run that is no function word: the run modifies a noun
_MODIFIES = re.compile(r" (?!(?:in|on|at|and|or|but|who|whom|whose|which|that|from|with|for|to|of|opposite|alongside"
                       r"|while|when|as|is|was|will|would|has|had|after|before|since|until|because)\b)[a-z]")
# one to four capitalised words that end where a bracket opens, after a lowercase word, punctuation or a line start
_RECAP_RUN = re.compile(r"(?:(?<=[a-z,;:.!?\"”’)] )|(?<=^)|(?<=\n))[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3}$")


def cast_spans(text: str, spans: list[NameSpan], title_keys: set[str]) -> list[NameSpan]:
    """``spans`` with the missed actors and characters added, in text order."""
    found = list(spans) + _surname_actors(text, spans)
    found.sort(key=lambda s: s.start)
    added = []
    # "The actress, who played nurse Tess Harlow": a performer noun stands where a name would
    anchors = found + [NameSpan(m.start(), m.end(), m.group(), "", False, False, False) for m in _PERFORMER.finditer(text)
                       if not any(s.start <= m.start() < s.end for s in found)]
    anchors.sort(key=lambda s: s.start)
    for i, a in enumerate(anchors):
        nxt = next((s.start for s in anchors[i + 1:] if s.key), len(text))
        window = text[a.end:min(nxt, a.end + _LOOKAHEAD)]
        for m in _CHAR.finditer(window):
            if "\n" in window[:m.start()] or not ACTOR_THEN_CHAR.search(window[:m.start()]):
                continue
            if _MODIFIES.match(text, a.end + m.end()):
                break  # "praised X as a model American businessman": an adjective, not a character
            at = "rank" if m.group("rank") and " " not in m.group("name") else "name"
            surface, key = window[m.start(at):m.end()], name_key(window[m.start(at):m.end()])
            if nxt < len(text) and _titles_next(surface, text[a.end + m.end():nxt]):
                break  # a title before a known name ("Captain Rose Delgado"): roles reads it as it is
            if key not in title_keys and key not in NETWORKS and not is_korean_surname(surface):
                s = a.end + m.start(at)
                added.append(NameSpan(s, s + len(surface), surface, key, looks_korean(surface), False, False))
            break
    found = _second_parts(text, sorted(found + added, key=lambda s: s.start), title_keys)
    return sorted(found + _recap_characters(text, found, title_keys), key=lambda s: s.start)


def _titles_next(surface: str, tail: str) -> bool:
    """The match is a title of the next known name: "Captain " or "Dr. " before "Rose Delgado"."""
    return bool(re.fullmatch(r"[ \u00a0]{0,2}", tail) or (
        tail[:1] == "." and not tail[1:].strip(" \u00a0") and re.fullmatch(RANKS, surface + ".")))


def _second_parts(text: str, spans: list[NameSpan], title_keys: set[str]) -> list[NameSpan]:
    """``spans`` with the second character of "A and B, who play C and D" added when the parser missed it."""
    added = []
    for i in range(len(spans) - 2):
        a, b, c = spans[i:i + 3]
        if not two_actors_cast(text, a, b, c):
            continue
        m = _SECOND.match(text[c.end:c.end + _LOOKAHEAD])
        nxt = spans[i + 3].start if i + 3 < len(spans) else len(text)
        if m and c.end + m.start("name") < nxt and name_key(m.group("name")) not in title_keys:
            s, name = c.end + m.start("name"), m.group("name")
            added.append(NameSpan(s, s + len(name), name, name_key(name), looks_korean(name), False, False))
    return sorted(spans + added, key=lambda s: s.start)


def _recap_characters(text: str, spans: list[NameSpan], title_keys: set[str]) -> list[NameSpan]:
    """Recap style: "Goo Won (Lee Jun-ho)", "Queen Mother Yoon (Kim Hae-sook)", "Hae-in (Han Ye-ri)": the
    capitalised run right before an actor's full name in brackets is the character, when it starts with a
    Korean surname or a title, or is a hyphenated Korean given name."""
    added = []
    for b in spans:
        if len(b.words) < 2 or text[b.start - 2:b.start] != " (" or text[b.end:b.end + 1] != ")":
            continue
        m = _RECAP_RUN.search(text, max(0, b.start - 60), b.start - 2)
        if m is None or any(s.start < m.end() and m.start() < s.end for s in spans):
            continue
        first = m.group().split()[0]
        key = name_key(m.group())
        given = " " not in m.group() and "-" in first and len(given_syllables(first) or ()) == 2  # "Hae-in (Han Ye-ri)"
        if (given or is_korean_surname(first) or re.fullmatch(RANKS, first)) and key not in title_keys \
                and key not in NETWORKS:
            added.append(NameSpan(m.start(), m.end(), m.group(), key, looks_korean(m.group()), False, False))
    return added


def _surname_actors(text: str, spans: list[NameSpan]) -> list[NameSpan]:
    """A surname alone before a casting verb ("Han plays Oh Yu-na", "Stone will play Vivian") that exactly one
    full name of the article has: a Korean name's first word, another name's last."""
    out = []
    for m in _SURNAME_ACTOR.finditer(text):
        word = m.group(1)
        # a western surname, or a Chinese one that comes first ("Wang plays" for "Wang Yibo")
        owners = {s.key for s in spans if not s.korean and len(s.words) >= 2 and word in (s.words[-1], s.words[0])}
        if is_korean_surname(word):  # "Park" stands for "Park Ji-min", or for "Lena Park"
            owners |= {s.key for s in spans if s.korean and s.text.split()[0] == word}
        if len(owners) == 1 and not any(s.start <= m.start() < s.end for s in spans):
            out.append(NameSpan(m.start(), m.end(), word, name_key(word), False, False, False))
    return out
