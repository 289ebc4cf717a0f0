"""Hangul to Revised Romanization (RR), for words and for personal names.

A syllable U+AC00..U+D7A3 is ``0xAC00 + (initial * 21 + medial) * 28 + final``,
so it decomposes arithmetically into three jamo indices.

``romanize`` (ordinary words) applies the RR sound changes between syllables
that matter in practice:

* liaison: a final consonant moves onto a following ㅇ (음악 -> eumak), with
  palatalisation (굳이 -> guji, 같이 -> gachi) and a silent final ㅎ (좋아 -> joa);
* nasalisation: final ㄱ/ㄷ/ㅂ classes before ㄴ/ㅁ become ng/n/m (국민 -> gungmin);
* ㄹ: ㄴ+ㄹ and ㄹ+ㄴ give ll (신라 -> silla); ㄹ after ㅁ/ㅇ is n (종로 -> jongno),
  after ㄱ/ㅂ it is n and the final nasalises (독립 -> dongnip);
* aspiration with ㅎ in both directions (좋고 -> joko, 축하 -> chuka).

Not covered: tensing (never written in RR anyway), ㄴ-insertion (솜이불),
the noun exception for ㄱ/ㄷ/ㅂ + ㅎ (RR writes 묵호 "Mukho"; we write "muko").

``romanize_name`` follows RR's rule for personal names: no sound changes
between syllables, the given name hyphenated, and the surname written the way
the press writes it (박 -> "Park", not RR "Bak"): 박보영 -> "Park Bo-yeong".
"""
from __future__ import annotations

from dataclasses import dataclass

from unbait.kb.surnames import COMPOUND_SURNAMES, PRESS_SURNAMES

_BASE, _LAST = 0xAC00, 0xD7A3
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
            "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i")
# Finals as jamo sequences (index 0 = none); double finals keep both letters for liaison.
_FINALS = ("", "ㄱ", "ㄲ", "ㄱㅅ", "ㄴ", "ㄴㅈ", "ㄴㅎ", "ㄷ", "ㄹ", "ㄹㄱ", "ㄹㅁ", "ㄹㅂ",
           "ㄹㅅ", "ㄹㅌ", "ㄹㅍ", "ㄹㅎ", "ㅁ", "ㅂ", "ㅂㅅ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ",
           "ㅋ", "ㅌ", "ㅍ", "ㅎ")
_ONSET_RR = dict(zip(_INITIALS, ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss",
                                 "", "j", "jj", "ch", "k", "t", "p", "h")))
# The sound a final stands for: k, t or p class, or a sonorant.
_CLASS = {"ㄱ": "k", "ㄲ": "k", "ㅋ": "k", "ㄷ": "t", "ㅅ": "t", "ㅆ": "t", "ㅈ": "t",
          "ㅊ": "t", "ㅌ": "t", "ㅎ": "t", "ㅂ": "p", "ㅍ": "p", "ㄴ": "n", "ㄹ": "l",
          "ㅁ": "m", "ㅇ": "ng"}
_DOUBLE_SOUND = {"ㄹㄱ": "k", "ㄹㅁ": "m", "ㄹㅍ": "p"}  # others sound as their first letter
_NASAL = {"k": "ㅇ", "t": "ㄴ", "p": "ㅁ"}
_ASPIRATE = {"ㄱ": "ㅋ", "ㄷ": "ㅌ", "ㅂ": "ㅍ", "ㅈ": "ㅊ"}
_TO_CLASS_LETTER = {"k": "ㄱ", "t": "ㄷ", "p": "ㅂ"}


def is_syllable(ch: str) -> bool:
    return len(ch) == 1 and _BASE <= ord(ch) <= _LAST


def has_hangul(text: str) -> bool:
    return any(is_syllable(c) for c in text)


def decompose(ch: str) -> tuple[int, int, int]:
    """(initial, medial, final) indices of one syllable: "한" -> (18, 0, 4)."""
    if not is_syllable(ch):
        raise ValueError(f"not a Hangul syllable: {ch!r}")
    code = ord(ch) - _BASE
    return code // 588, (code % 588) // 28, code % 28


def _sound(final: str) -> str:
    if not final:
        return ""
    return _DOUBLE_SOUND.get(final) or _CLASS[final[0]]


def _final_rr(final: str) -> str:
    return {"k": "k", "t": "t", "p": "p", "n": "n", "l": "l", "m": "m", "ng": "ng", "": ""}[_sound(final)]


def romanize_syllable(ch: str) -> str:
    """One syllable on its own, no neighbours: "석" -> "seok", "원" -> "won"."""
    i, m, f = decompose(ch)
    return _ONSET_RR[_INITIALS[i]] + _MEDIALS[m] + _final_rr(_FINALS[f])


def _word(word: str) -> str:
    sylls = [[_INITIALS[i], _MEDIALS[m], _FINALS[f]] for i, m, f in map(decompose, word)]
    for cur, nxt in zip(sylls, sylls[1:]):
        final, onset = cur[2], nxt[0]
        if not final:
            continue
        if onset == "ㅇ" and final != "ㅇ":
            if final.endswith("ㅎ"):
                final = final[:-1]
            if final:
                moved = final[-1]
                if nxt[1] == "i" and moved in "ㄷㅌ":
                    moved = "ㅈ" if moved == "ㄷ" else "ㅊ"
                cur[2], nxt[0] = final[:-1], moved
            else:
                cur[2] = ""
        elif final.endswith("ㅎ") and onset in _ASPIRATE:
            cur[2], nxt[0] = final[:-1], _ASPIRATE[onset]
        elif onset == "ㅎ" and _sound(final) in _NASAL:
            letter = _TO_CLASS_LETTER[_sound(final)]
            cur[2], nxt[0] = final[:-1] if len(final) == 2 else "", _ASPIRATE.get(letter, "ㅌ")
        elif onset == "ㄹ":
            if _sound(final) in ("n", "l"):
                cur[2] = "ㄹ"
            elif _sound(final) in ("m", "ng"):
                nxt[0] = "ㄴ"
            else:
                cur[2], nxt[0] = _NASAL[_sound(final)], "ㄴ"
        elif onset in "ㄴㅁ" and _sound(final) in _NASAL:
            cur[2] = _NASAL[_sound(final)]
        elif onset == "ㄴ" and _sound(final) == "l":
            nxt[0] = "ㄹ"
    out = []
    for k, (onset, vowel, final) in enumerate(sylls):
        after_l = k > 0 and _sound(sylls[k - 1][2]) == "l"
        out.append(("l" if onset == "ㄹ" and after_l else _ONSET_RR[onset]) + vowel + _final_rr(final))
    return "".join(out)


def romanize(text: str) -> str:
    """RR of every Hangul run in ``text``, other characters kept: "종로 3가" -> "jongno 3ga"."""
    out, run = [], []
    for ch in text + "\0":
        if is_syllable(ch):
            run.append(ch)
            continue
        if run:
            out.append(_word("".join(run)))
            run = []
        out.append(ch)
    return "".join(out[:-1])


@dataclass(frozen=True)
class KoreanName:
    """A Hangul name split and romanized: 박보영 -> surname "Park" (RR "Bak"), given ("bo", "yeong")."""

    surname_hangul: str
    given_hangul: str
    surname_rr: str
    surname_press: str
    given_rr: tuple[str, ...]

    @property
    def given(self) -> str:
        return "-".join(self.given_rr).capitalize()

    @property
    def rr(self) -> str:
        return f"{self.surname_rr} {self.given}".strip()

    @property
    def press(self) -> str:
        return f"{self.surname_press} {self.given}".strip()


def split_name(hangul: str) -> tuple[str, str]:
    """Surname and given name: compound surnames for four syllables (and 남궁/제갈 for three)."""
    name = "".join(hangul.split())
    if len(name) >= 4 and name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    if len(name) == 3 and name[:2] in ("남궁", "제갈"):
        return name[:2], name[2:]
    return name[:1], name[1:]


def romanize_name(hangul: str) -> KoreanName:
    """A Hangul personal name, syllable by syllable (RR's rule for names)."""
    surname, given = split_name(hangul)
    if not surname or not all(is_syllable(c) for c in surname + given):
        raise ValueError(f"not a Hangul name: {hangul!r}")
    sur_rr = "".join(romanize_syllable(c) for c in surname).capitalize()
    press = COMPOUND_SURNAMES.get(surname) or PRESS_SURNAMES.get(surname) or sur_rr
    return KoreanName(surname, given, sur_rr, press, tuple(romanize_syllable(c) for c in given))
