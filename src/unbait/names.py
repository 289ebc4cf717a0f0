"""Person names: the comparison key, and romanized Korean name shapes.

``name_key`` is the one normalisation every module (and the knowledge base)
uses to decide that two spellings are the same name: "Lee Jae-wook",
"Lee Jae Wook" and "lee jaewook" all give ``"leejaewook"``.

The Korean part is general knowledge: the common romanized surnames and a
grammar of romanized syllables (onset + vowel + coda) that given names are
built from. It lets us keep "Moon Ga-young" whole and stop "Lee Jae Wook
Reveals" at "Reveals", which is no Korean syllable.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_KEY_DROP = re.compile(r"[\s\-‐‑‒–—.'’`]+")


def name_key(name: str) -> str:
    """Lowercase, accents folded, spaces/hyphens/dots/apostrophes removed."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _KEY_DROP.sub("", text).casefold()


POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")


def strip_possessive(text: str) -> str:
    return text[:-2] if re.search(r"['’]s$", text) else text


KOREAN_SURNAMES = frozenset("""
kim gim lee yi rhee ri rhie park pak bak choi choe jung jeong chung kang gang cho jo
yoon yun jang chang lim im yim rim han oh o seo suh shin sin kwon gwon hwang ahn an
song jeon jun chun hong yoo yu ryu ko go moon mun yang son sohn bae baek paik heo huh
hur nam noh roh no ha kwak gwak sung seong cha joo ju woo wu koo goo gu ku min ryoo na ra
jin ji uhm eom um chae won cheon bang gong kong hyun hyeon ham byun byeon yeo choo chu
do seok suk seon sun sul seol ma gil kil yeon wi pyo myung myeong ki gi ban ok lah
maeng tak yook yuk jegal namgung hwangbo seonwoo dokgo sa geum kum tae bong pi kyung
gyeong eun jee lyu kye shim sim ahn yeom yum jeun chin pyun pyeon
""".split())

# Words that are romanized surnames or syllables but also ordinary English words;
# with them we ask for more evidence (a second given syllable, or spaCy's PERSON).
ENGLISH_LOOKALIKES = frozenset("""
a an as at be by do go ha he hi in is it me my no of oh ok on or so to up us we o
man ban sun son won bang gong song moon park ham kong ma pi bong min sing long
him hang gang sang pan pin bin ram rim sin kin yen yon hum
""".split())

_ONSETS = ("", "g", "k", "kk", "gg", "n", "d", "t", "tt", "r", "l", "m", "b", "p",
           "pp", "bb", "s", "ss", "sh", "j", "jj", "ch", "h", "y", "w")
_VOWELS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
           "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i", "oo", "ee", "ou",
           "yoo", "woo", "ah", "eh", "oh", "uh", "wu", "ea", "ie", "eon", "yeon")
_CODAS = ("", "n", "ng", "m", "l", "k", "p", "b")


@lru_cache(maxsize=1)
def korean_syllables() -> frozenset[str]:
    """Every romanized syllable the grammar allows (a few thousand strings)."""
    return frozenset(o + v + c for o in _ONSETS for v in _VOWELS for c in _CODAS)


def is_syllable(word: str) -> bool:
    return word.casefold() in korean_syllables()


def split_syllables(word: str, most: int = 2) -> list[str] | None:
    """The preferred split of a run like "Soohyun" into at most ``most`` syllables ("soo", "hyun"), or None.

    Among the splits the grammar allows, prefer a consonant to start the next syllable
    ("Sohee" -> so+hee, not soh+ee; "Yubin" -> yu+bin), then fewer syllables, then no
    "ny"/"nw" onset ("Hyunwoo" -> hyun+woo), then a shorter first syllable ("Jieun" -> ji+eun).
    """
    w = word.casefold()
    if not w.isalpha():
        return None
    syllables = korean_syllables()
    best: tuple[tuple[int, ...], list[str]] | None = None
    stack: list[tuple[int, list[str]]] = [(0, [])]
    while stack:
        i, got = stack.pop()
        if i == len(w):
            cost = (sum(s[0] in "aeiou" for s in got[1:]), len(got),
                    sum(s[:2] in ("ny", "nw") for s in got[1:]), len(got[0]))
            if best is None or cost < best[0]:
                best = (cost, got)
            continue
        if len(got) < most:
            stack.extend((j, [*got, w[i:j]]) for j in range(i + 1, min(len(w), i + 7) + 1) if w[i:j] in syllables)
    return best[1] if best else None


def given_syllables(part: str) -> list[str] | None:
    """The syllables of one given-name token: "Hae-in", "Hyun", "Jiwon"; None if not Korean-shaped."""
    pieces = [p for p in re.split(r"[-‐‑]", part) if p]
    if not pieces or len(pieces) > 2:
        return None
    out: list[str] = []
    for piece in pieces:
        if is_syllable(piece):
            out.append(piece.casefold())
        elif len(pieces) == 1:
            split = split_syllables(piece)
            if split is None or len(split) != 2:
                return None
            out.extend(split)
        else:
            return None
    return out


def hyphen_rest(text: str, end: int) -> int:
    """The end of a name the parser cut at a given name's hyphen ("Seo" of "Seo-ah", "Yeon" of "Yeon-woo"):
    past "-ah" when the last word and it make Korean given syllables, else ``end`` ("Sorkin-penned" stays cut)."""
    rest = re.match(r"-[a-z]+\b", text[end:end + 12])
    start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1
    if rest is not None and given_syllables(text[start:end] + rest.group()) is not None:
        return end + rest.end()
    return end


def is_korean_surname(word: str) -> bool:
    return word.casefold() in KOREAN_SURNAMES


def looks_korean(name: str) -> bool:
    """A surname then one or two given syllables: "Lee Jae-wook", "Park Bo Young", "Gong Yoo"."""
    parts = name.split()
    if len(parts) < 2 or len(parts) > 3 or not is_korean_surname(parts[0]):
        return False
    syl: list[str] = []
    for p in parts[1:]:
        got = given_syllables(p)
        if got is None:
            return False
        syl.extend(got)
    return 1 <= len(syl) <= 2 or (len(syl) == 3 and len(parts) == 2 and "-" in parts[1])


def given_key(name: str) -> str | None:
    """The key of the given name of a Korean-shaped name ("Moon Ga-young" -> "gayoung")."""
    if not looks_korean(name):
        return None
    return name_key(" ".join(name.split()[1:]))
