"""Who plays whom.

Works on the name spans in text order: the text *between* two neighbouring
names decides the relation ("X (played by Y)", "Y as X", "Y, who plays the
heiress X", "Y's character X", "Played the villain, X, Y said"). A name seen
as a character once is a character everywhere in the article. An actor cast with no
named character ("X plays a retired judge", "starring A and B") is read by
:mod:`unbait.stages.cast_forms`; the role nouns around names ("director Y", "Y, the singer") by
:mod:`unbait.stages.role_nouns`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from unbait.document import Role
from unbait.stages.cast_forms import NAMES_SO_FAR, broke_out_in, cast_without_character, played_with
from unbait.stages.name_spans import NameSpan
from unbait.stages.role_nouns import role_nouns

# titles a character's name may carry ("Sheriff Eli Vance" plays "Eli Vance")
RANKS = (r"(?:Captain|Capt\.|Detective|Det\.|Dr\.|Doctor|Officer|Agent|Sergeant|Sgt\.|Lieutenant|Professor"
         r"|Judge|Chief|Queen|King|Prince|Princess|Lord|Lady|Sir|Dame|Mr\.|Mrs\.|Ms\.|Aunt|Uncle|Sheriff|Deputy"
         r"|Colonel|Col\.|General|Gen\.|Major|Commander|Admiral|Mayor|President|Senator|Governor|Father|Sister"
         r"|Brother|Nurse|Coach|Madame|Duke|Duchess|Count|Countess|Emperor|Empress|Reverend|Rev\.|Chairman|Chairwoman"
         r"|Secretary|Manager|Attorney|Prosecutor|Grandma|Grandpa|Granny|Madam)")
_RANK = rf"(?:{RANKS}\s+){{0,2}}"  # "Detective Sergeant Ruth Quayle"
# "the heiress", "her rival, the explorer", "rookie firefighter", "Captain": what may stand before a character
_DESC = (r"(?:(?:the|a|an|his|her|their)\s+)?(?:(?!(?:of|in|by|from|for|with|to|alongside|opposite|against|beside"
         r"|together)\s)[a-z][\w'’\-]*,?\s+){0,4}?,?\s*"
         rf"(?:(?:the|a|an)\s+(?:[a-z][\w'’\-]*\s+){{1,3}})?{_RANK}")
_PLAY = r"(?:play|plays|played|playing|portray|portrays|portrayed|portraying|voice|voices|voiced|voicing)(?!\s+by\b)"
_AS = (r"(?:(?:(?:co-?)?(?:star|stars|starred|starring)|appear|appears|appeared|appearing|cast|casts|return|returns"
       r"|returned|returning|shine|shines|shone|shining|debut|debuts|debuted|is|was|be|been"
       r"|join|joins|joined|joining)\s+(?:(?:her|him|them)\s+)?"
       r"|(?:join|joins|joined|joining|round|rounds|rounded|rounding)(?:\s+out)?\s+the\s+(?:[a-z]+\s+)?"
       r"(?:cast|ensemble|lineup)\s+)?as")
_ROLE_OF = r"(?:[a-z]+\s+){0,3}?the\s+(?:[a-z\-]+\s+)?(?:role|part)\s+of"
# "rose to fame with his role as X", "her turn as X"
_ROLE_AS = r"(?:[a-z\-]+\s+){0,4}?(?:his|her|their|the|a)\s+(?:[a-z\-]+\s+)?(?:role|turn|part)\s+as"
_AUX = r"(?:(?:who|will|would|also|is|was|has|have|had|been|being|to|set|will\s+be|once)\s+)*"
# "X, the character actor best known for playing ...", "X, best known for her role as ..."
_KNOWN = (r"(?:(?:the|an?)\s+(?:[a-z\-]+\s+){0,3}?(?:actor|actress|star|comedian|performer|singer)\s+)?"
          r"(?:(?:best|widely|perhaps\s+best|most|mostly)\s+)?known\s+for\s+")

ACTOR_THEN_CHAR = re.compile(
    rf"^(?:['’]s?)?\s*(?:,\s*\d{{1,3}}\s*,|\(\s*\d{{1,3}}\s*\))?\s*[,(]?\s*{_AUX}(?:{_KNOWN})?(?:{_PLAY}|{_AS}|{_ROLE_OF}|{_ROLE_AS})\s+{_DESC}"
    # "A as a prosecutor and B as ...": a conjunction before the next name ends the description
    r"(?<!\band\s)(?<!\bor\s)(?<!\bbut\s)(?<!\bwhile\s)(?<!\bwhereas\s)$"
    rf"|^['’]s\s+(?:[a-z\-]+\s+){{0,2}}character,?\s*$"
)
CHAR_THEN_ACTOR = re.compile(
    r"^(?:['’]s)?\s*[,(–—-]?\s*(?:(?:who|which)\s+(?:is|was|will\s+be)\s+)?"
    r"(?:played|portrayed|voiced|performed|acted|brought\s+to\s+life)\s+by\s+(?:[a-z][\w\-]*\s+){0,3}$"
)
FRONTED = re.compile(r"(?:^|[.!?]\s+|\n)(?:Playing|Played|Portraying|Portrayed|As|Cast\s+as)\b[^.!?\n]{0,80}$")
CHAR_CUE = re.compile(r"(?:\bcharacters?|\brole\s+of|\bpart\s+of|\bplay(?:s|ed|ing)?|\bportray(?:s|ed|ing)?"
                      r"|\brole\s+of\s+[A-Z][\w\-]*['’]s\s+[a-z]+"
                      # "playing a border patrol agent named X"
                      r"|\bplay(?:s|ed|ing)?\s+(?:a|an|the)\s+[^.!?\n]{0,50}?\b(?:named|called))\s*,?\s*"
                      rf"(?:{RANKS}\s+)?$")  # "the lead role of Detective X"

_AND = re.compile(r",?\s+and\s+")
_PLURAL_CAST = re.compile(r"^,?\s*(?:who\s+)?(?:will\s+|also\s+)*(?:play|portray|voice|star\s+as|are\s+cast\s+as"
                          r"|have\s+been\s+cast\s+as|return\s+as|reprise\s+their\s+roles\s+as)\b")


@dataclass
class RoleFacts:
    characters: dict[str, str] = field(default_factory=dict)  # key -> surface
    plays: list[tuple[str, Role]] = field(default_factory=list)  # (actor key, role)
    roles: list[tuple[str, Role]] = field(default_factory=list)  # (person key, role noun role)
    gender: Counter = field(default_factory=Counter)  # (key, "f"|"m") -> votes


def find_roles(text: str, spans: list[NameSpan], work_at) -> RoleFacts:
    """``work_at(pos)`` gives the work a sentence at ``pos`` is about, or None."""
    facts = RoleFacts()
    paired: set[int] = set()  # actors whose part a pair already gave
    for i, a in enumerate(spans):
        b = spans[i + 1] if i + 1 < len(spans) else None
        gap = text[a.end:b.start] if b else ""
        if _pairs(text, spans, i):  # "A and B, who play C and D": A as C, B as D
            _play(facts, a, spans[i + 2], work_at(a.start))
            _play(facts, b, spans[i + 3], work_at(a.start))
            paired.add(i + 1)
        elif b and i not in paired and "\n" not in gap and len(gap) < 80 and not _owner(text, b):
            if CHAR_THEN_ACTOR.search(gap):
                _play(facts, b, a, work_at(a.start))
            elif ACTOR_THEN_CHAR.search(gap):  # the work at the character: past a "who broke out in X" aside
                _play(facts, a, b, work_at(b.start))
            elif _in_brackets(text, gap, b) and (len(a.words) >= 2 or "-" in a.text) and a.key not in facts.characters:
                _play(facts, b, a, work_at(a.start))  # recap style: "Seo Ji-ho (Nam Gun-woo)"
            elif re.fullmatch(r"\s*,\s*", gap) and FRONTED.search(text[max(0, a.start - 90):a.start]):
                _play(facts, b, a, work_at(a.start))
        before = text[max(0, a.start - 70):a.start]
        if CHAR_CUE.search(before) and a.key not in facts.characters and not _owner(text, a):
            actor = _preceding_actor(text, spans, i, facts.characters)
            if actor is not None and actor.key != a.key:
                _play(facts, actor, a, work_at(a.start))
            else:
                facts.characters[a.key] = a.text
        role_nouns(facts, text, a, work_at)
        if a.key not in facts.characters and cast_without_character(text, a):  # at its end: "X, who starred in Y"
            facts.plays.append((a.key, Role("actor", work=work_at(a.end))))
        elif a.key not in facts.characters and played_with(text, a) and (named := work_at(a.start, True)):
            facts.plays.append((a.key, Role("actor", work=named)))
        if a.key not in facts.characters and (at := broke_out_in(text, a)) is not None and (named := work_at(at, True)):
            facts.plays.append((a.key, Role("actor", work=named)))  # "X, who broke out in Netflix's Y,"
    return facts


def two_actors_cast(text: str, a: NameSpan, b: NameSpan, c: NameSpan) -> bool:
    """"A and B, who play C ...": two actors, then their first character."""
    between = text[b.end:c.start]
    return bool(_AND.fullmatch(text[a.end:b.start]) and _PLURAL_CAST.match(between) and ACTOR_THEN_CHAR.search(between))


def _pairs(text: str, spans: list[NameSpan], i: int) -> bool:
    """"A and B, who play C and D" at ``spans[i]``: A as C, B as D."""
    if i + 3 >= len(spans):
        return False
    a, b, c, d = spans[i:i + 4]
    return two_actors_cast(text, a, b, c) and bool(_AND.fullmatch(text[c.end:d.start]))


def _in_brackets(text: str, gap: str, b: NameSpan) -> bool:
    return gap in (" (", "(") and text[b.end:b.end + 1] == ")"


def _owner(text: str, span: NameSpan) -> bool:
    """"the role of X's maid, Y": X only owns the character, Y."""
    return bool(re.match(r"(?:['’]s)?\s+[a-z]", text[span.end:span.end + 4])) and (
        span.text.endswith(("'s", "’s")) or text[span.end:span.end + 1] in "'’")


def _play(facts: RoleFacts, actor: NameSpan, char: NameSpan, work: str | None) -> None:
    if actor.key in facts.characters or actor.key == char.key:
        return
    facts.characters.setdefault(char.key, char.text)
    facts.plays.append((actor.key, Role("actor", character=char.text, work=work)))


def _preceding_actor(text: str, spans: list[NameSpan], i: int, characters: dict[str, str]) -> NameSpan | None:
    """For "Y landed the role of X": the nearest earlier name in the same sentence. For "He was best known
    for playing X", a sentence whose subject is a pronoun: the nearest earlier name, a few sentences back
    at most."""
    for j in range(i - 1, -1, -1):
        between = text[spans[j].end:spans[i].start]
        if re.search(r"[.!?]\s|\n", between):
            sentence = re.split(r"[.!?]\s+|\n", between)[-1]
            if not _PRONOUN_SUBJECT.match(sentence) or len(between) > _PRONOUN_REACH:
                return None
            return next((s for s in spans[j::-1] if s.key not in characters and not s.headline
                         and not _owner(text, s)), None)
        if not spans[j].headline and spans[j].key not in characters and not _owner(text, spans[j]):
            return spans[j]  # not "Margaret's" in "the role of Margaret's maid, Lucy"
    return None


_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She)\s")
_PRONOUN_REACH = 400  # characters back to the name a sentence-opening "He" / "She" stands for
