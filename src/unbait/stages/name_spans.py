"""Find the stretches of text that name a person (or a character): spaCy plus repairs.

Two sources, merged: a scan for romanized Korean names (surname + one or two
given syllables, spaced or hyphenated), which wins where it overlaps, and
spaCy's PERSON entities, trimmed of possessives and non-name words. Names
that equal a work title, contain a network, or sit only in a Title Case
subheading without support elsewhere are dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from unbait.names import (
    ENGLISH_LOOKALIKES,
    given_syllables,
    hyphen_rest,
    is_korean_surname,
    looks_korean,
    name_key,
    strip_possessive,
)
from unbait.stages.layout import Layout
from unbait.stages.name_cues import cued_names, full_forms, person_words, strip_job_noun

NETWORKS = frozenset(name_key(n) for n in """
tvN;KBS;KBS2;MBC;SBS;JTBC;ENA;OCN;Mnet;MBN;TV Chosun;Channel A;Netflix;Disney+;Disney Plus;
Hulu;HBO;HBO Max;Max;Apple TV+;Amazon;Prime Video;Viki;Rakuten Viki;Viu;TVING;Wavve;Coupang Play;
iQIYI;WeTV;YouTube;Instagram;Telegram;TikTok;Twitter;Facebook;Weverse;Spotify;Billboard;HYBE;
CNN;BBC;NBC;ABC;CBS;Fox;Paramount+;Peacock""".replace("\n", "").split(";"))

_KOREAN = re.compile(
    r"(?<![\w\-])(?=([A-Z][a-z]{0,7})[ \u00a0]+([A-Z][a-z]{0,6}(?:-[A-Za-z][a-z]{0,6})?)"
    r"(?:[ \u00a0]+([A-Z][a-z]{0,6}))?(?![\w]))"
)
# Head words that end organisation, place and event names, never a person's.
ORG_WORDS = frozenset("""
recordings records entertainment endeavor apparel inc llc corp corporation group agency studios studio
productions media channel news music pictures films network company co ltd foundation university
college hospital center centre hall street avenue road awards festival show times post magazine
official stars crew cast team club league party ministry department office bank school academy
institute museum theater theatre hotel restaurant cafe church council committee association
chart charts daily weekly herald journal tribune gazette
""".split())
_STAGE_NAME = re.compile(
    r"\b(?i:singer|rapper|idol|actress|actor|member|leader|maknae|vocalist)\s+"  # "Singer IU" opens a sentence
    r"([A-Z][\w\-]*[A-Za-z0-9])(?![\w\-]|\s+[A-Z][a-z])"
)
_TRAIL_POSS = re.compile(r"\s*(?:['’]s?)$")


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    text: str
    key: str
    korean: bool
    headline: bool  # inside a Title Case line
    person_ent: bool  # spaCy agreed it is a PERSON

    @property
    def words(self) -> list[str]:
        return self.text.split()


def _korean_at(m: re.Match[str], ent_starts: set[int]) -> tuple[int, int] | None:
    sur, g1, g2 = m.group(1), m.group(2), m.group(3)
    if not is_korean_surname(sur):
        return None
    syl1 = given_syllables(g1)
    if syl1 is None:
        return None
    confirmed = m.start() in ent_starts
    if len(syl1) == 2 and "-" not in g1 and not confirmed:
        return None  # "Hotel" splits as ho+tel: a run needs spaCy's word
    if g1.casefold() in ENGLISH_LOOKALIKES and len(syl1) == 1 and not g2:
        return None
    end = m.end(2)
    syl = list(syl1)
    if g2 and len(syl1) == 1 and given_syllables(g2) == [g2.casefold()]:
        if not (g1.casefold() in ENGLISH_LOOKALIKES and g2.casefold() in ENGLISH_LOOKALIKES):
            end = m.end(3)
            syl.append(g2.casefold())
    if len(syl) == 1 and not confirmed:
        if sur.casefold() in ENGLISH_LOOKALIKES or g1.casefold() in ENGLISH_LOOKALIKES:
            return None
    return m.start(), end


def find_name_spans(doc, text: str, lay: Layout, title_keys: set[str]) -> list[NameSpan]:
    ents = [e for e in doc.ents if e.label_ == "PERSON"] if doc is not None else []
    ent_starts = {e.start_char for e in ents}
    spans: list[tuple[int, int, bool]] = []  # start, end, person_ent
    taken_until = -1
    for m in _KOREAN.finditer(text):
        if m.start() < taken_until:
            continue
        got = _korean_at(m, ent_starts)
        if got:
            spans.append((got[0], got[1], got[0] in ent_starts))
            taken_until = got[1]
    korean = sorted(spans)
    taken = [(e.start_char, e.end_char) for e in ents] + [(s, t) for s, t, _ in korean]
    for m in _STAGE_NAME.finditer(text):  # "singer IU": spaCy often misses one-word stage names
        s, t = m.span(1)
        if not any(es < t and s < ee for es, ee in taken):
            spans.append((s, t, False))
    alone = set()
    for e in ents:
        s, t = e.start_char, e.end_char
        if any(ks < t and s < ke for ks, ke, _ in korean):
            continue
        s, t = _trim(text, strip_job_noun(text, s, t), t)
        t = hyphen_rest(text, t)  # the parser cut a given name at its hyphen: "Seo" of "Seo-ah"
        if t > s:
            spans.append((s, t, True))
            if " " not in text[s:t] and not is_korean_surname(text[s:t]):
                alone.add(text[s:t])
    for s, t in cued_names(text) + full_forms(text, alone | person_words(text)):  # names the parser missed or cut short
        hit = [x for x in spans if x[0] < t and s < x[1]]
        if all(s <= x[0] and x[1] <= t for x in hit):
            spans = [x for x in spans if x not in hit] + [(s, t, any(x[2] for x in hit))]
    out = [n for s, t, ent in sorted(spans) if (n := _kept(text, lay, title_keys, s, t, ent)) is not None]
    prose = [(n.start, n.end, n.person_ent) for n in out if not n.headline]
    other = {e.text for e in doc.ents if e.label_ != "PERSON"} if doc is not None else set()
    prose = [x for x in prose if text[x[0]:x[1]] not in other]  # the parser's ORG elsewhere: "Breitbart Texas"
    out += [n for s, t, ent in _recurrences(text, prose, [(s, t) for s, t, _ in spans])
            if (n := _kept(text, lay, title_keys, s, t, ent)) is not None]
    return _support_headlines(sorted(out, key=lambda n: n.start))


def _kept(text: str, lay: Layout, title_keys: set[str], s: int, t: int, ent: bool) -> NameSpan | None:
    """The span as a name, unless it is a Korean surname alone, a title, a network, an organisation or inside a title."""
    surface = text[s:t]
    key = name_key(surface)
    words = surface.split()
    if (is_korean_surname(surface) or not key or key in title_keys or key in NETWORKS
            or any(name_key(w) in NETWORKS for w in words) or re.search(r"[/@\d]", surface)
            or (len(words) > 1 and name_key(words[-1]) in ORG_WORDS) or _inside_title(lay, s, t)):
        return None
    return NameSpan(s, t, surface, key, looks_korean(surface), lay.in_headline(s), ent)


def _recurrences(text: str, names: list[tuple[int, int, bool]], taken: list[tuple[int, int]]):
    """Each other place a multi-word name of prose recurs that the parser left untagged ("Zhao Lusi plays
    Lin Wan"); ``taken``: the spans already found, kept or not."""
    agreed: dict[str, bool] = {}
    for s, t, ent in names:
        if " " in text[s:t]:
            agreed[text[s:t]] = agreed.get(text[s:t], False) or ent
    out: list[tuple[int, int, bool]] = []
    for surface, ent in agreed.items():
        for m in re.finditer(r"(?<![\w\-’'])" + re.escape(surface) + r"(?![\w\-])", text):
            if not any(s < m.end() and m.start() < t for s, t in taken + [(s, t) for s, t, _ in out]):
                out.append((m.start(), m.end(), ent))
    return out


def _trim(text: str, s: int, t: int) -> tuple[int, int]:
    """Drop possessive endings and lowercase or non-letter edge words."""
    surface = text[s:t]
    m = _TRAIL_POSS.search(surface)
    if m and m.group().strip():
        t -= len(m.group())
    words = list(re.finditer(r"\S+", text[s:t]))
    while words and not _namey(words[-1].group()):
        words.pop()
    while words and not _namey(words[0].group()):
        words.pop(0)
    if not words:
        return s, s
    return s + words[0].start(), s + words[-1].end()


def _namey(word: str) -> bool:
    word = strip_possessive(word)
    return bool(word) and word[0].isupper() and any(c.isalpha() for c in word) and not (
        len(word) > 3 and word.isupper()
    )


def _inside_title(lay: Layout, s: int, t: int) -> bool:
    for ts, te, inner in lay.titles:
        if ts <= s and t <= te:
            return len(inner.split()) > len(lay.text[s:t].split()) or True
    return False


def _support_headlines(spans: list[NameSpan]) -> list[NameSpan]:
    """In Title Case lines keep Korean-shaped names and names that prose also uses."""
    prose = {n.key for n in spans if not n.headline}
    out = []
    for n in spans:
        if not n.headline or n.korean or n.key in prose:
            out.append(n)
            continue
        # a known name followed by Title Case junk: "Emma Stone Wins Oscar" -> "Emma Stone"
        words = n.text.split()
        for k in range(len(words) - 1, 0, -1):
            head = " ".join(words[:k])
            if name_key(head) in prose:
                out.append(NameSpan(n.start, n.start + len(head), head, name_key(head),
                                    False, True, n.person_ent))
                break
    return out
