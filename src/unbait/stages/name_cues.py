"""Names the parser misses or mislabels, found from the words around them.

* after a job noun or a credit ("newcomer Ama Boateng", "Her producer, Anders Holm",
  "created by Mitchell Greer"): a run of two or three capitalised words;
* in a cast list, before "as" and a character ("stars Mireille Dufresne as Queen Asha");
* in a list of a group's members ("members Taeyang, Rio and Kim Min-seok") or a cast list
  ("starring Leo Marsh and Ines Duarte", "the film stars A, B and C");
* the full form of a surname the parser did find alone ("Mercer" later, so the
  opening "Rosalind Mercer has been cast" is a name too), or that an age or a kin noun
  marks as a person's ("Calloway, 27,", "Calloway's mother");
* a job noun or title glued to the front of a name ("Showrunner Nadia Kurtz", "Professor Ruth Vale") is not
  part of it.

These only add candidates: :func:`unbait.stages.name_spans.find_name_spans` still
filters them (networks, titles, organisation head words).
"""
from __future__ import annotations

import re

#: Job nouns that introduce a person's name; a capitalised one at a sentence start is no name word.
JOB_NOUNS = frozenset("""
actor actress singer rapper vocalist idol director filmmaker producer writer screenwriter author host
mc presenter comedian comedienne model dancer composer songwriter singer-songwriter musician ceo showrunner
creator newcomer co-star costar star veteran dj drummer guitarist bassist choreographer designer
photographer journalist reporter critic executive chairman chairwoman spokesperson spokesman spokeswoman
novelist playwright anchor youtuber influencer winner nominee laureate superstar megastar legend icon contestant
finalist heartthrob lead member leader maknae trainee stars co-stars starring co-starring featuring
""".split())
_NAME = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:[ \u00a0][A-Z][a-z'’]*[a-z](?:-[A-Z][a-z]+)?){1,2}"
_CREDIT = r"(?:directed|created|written|produced|hosted|helmed|penned|composed|co-created|narrated)\s+by"
_CUED = re.compile(
    rf"(?i:\b(?:{'|'.join(re.escape(n) for n in sorted(JOB_NOUNS, key=len, reverse=True))})\s*,?|\b{_CREDIT})"
    rf"[ \u00a0]+({_NAME})(?![\w\-])"
)
# "the series stars Mireille Dufresne as Queen Asha", "... and Kwame Adjei as Tarin": a cast list
_CAST = re.compile(
    rf"\b(?:stars|starring|starred|co-stars|features|featuring|and)[ \u00a0]+({_NAME})"
    r"[ \u00a0]+as[ \u00a0]+(?:(?:the|an?)[ \u00a0]+)?(?:[a-z][\w\-]*[ \u00a0]+){0,3}[A-Z]"
)
#: Capitalised words that begin sentences or headings, never a given name.
_NOT_GIVEN = frozenset("""
the a an and but or so when while meanwhile after before as if though also then however
this that these those his her their its our my your in on at of for from with by to
now today yesterday tonight here there still even only just later earlier finally recently currently
instead indeed perhaps maybe why how what where who yes no oh well dear hey sure like
""".split())


# "consists of members Taeyang, Rio, Kim Min-seok, Jay and Hwan": each name of the list, one word or more;
# "starring Leo Marsh and Ines Duarte": each full name of a cast list
_MEMBERS = re.compile(r"\bmembers[ \u00a0]+")
#: The words before a cast list: "starring", "co-starring", "the film stars", "which also stars".
STARRING_CUE = r"\b(?:starring|co-starring|(?:film|movie|drama|series|show|musical|[Ii]t|which|that)\s+(?:also\s+)?stars)\s+"
_STARRING = re.compile(STARRING_CUE)
_SEP = r"(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)?"
_LIST_NAME = re.compile(rf"([A-Z][\w\-]*(?:[ \u00a0][A-Z][\w\-]*){{0,2}}){_SEP}")
_LIST_FULL_NAME = re.compile(rf"({_NAME}){_SEP}")


def _listed(text: str, cue: re.Pattern[str], name_rx: re.Pattern[str]) -> list[tuple[int, int]]:
    out = []
    for m in cue.finditer(text):
        at = m.end()
        while (name := name_rx.match(text, at)) and name.group(1).split()[0].casefold() not in _NOT_GIVEN:
            out.append(name.span(1))
            if name.end() == name.end(1):
                break  # the list ends with the last name
            at = name.end()
    return out


def cued_names(text: str) -> list[tuple[int, int]]:
    """Spans of names that follow a job noun or a credit phrase, stand in a cast list, or in a list of a group's
    members (without a possessive: "actor Brad Pitt's character" names Brad Pitt)."""
    spans = [m.span(1) for m in _CUED.finditer(text)] + [m.span(1) for m in _CAST.finditer(text)]
    spans += _listed(text, _MEMBERS, _LIST_NAME) + _listed(text, _STARRING, _LIST_FULL_NAME)
    return [(strip_job_noun(text, s, e), e - 2 if text[e - 2:e] in ("'s", "’s") else e) for s, e in spans]


# "Calloway, 27, ...", "Calloway (27)", "Calloway's mother": a word only a person's name is followed by
_PERSON_AFTER = re.compile(
    r"(?<![\w\-’'])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:,[ \u00a0]+\d{1,2},|[ \u00a0]+\(\d{1,2}\)"
    r"|['’]s[ \u00a0]+(?:mother|father|mom|dad|parents|wife|husband|son|daughter|sister|brother|boyfriend|girlfriend"
    r"|fiancée?|spouse|agency|publicist|rep|representative|family)\b)"
)


def person_words(text: str) -> set[str]:
    """Single capitalised words that an age or a kin noun marks as a person's name ("Calloway, 27,")."""
    return {m.group(1) for m in _PERSON_AFTER.finditer(text) if m.group(1).casefold() not in _NOT_GIVEN | JOB_NOUNS}


def full_forms(text: str, surnames: set[str]) -> list[tuple[int, int]]:
    """Spans "Given Surname" for surnames the parser found standing alone."""
    if not surnames:
        return []
    alts = "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<![\w\-’'])([A-Z][a-z]+)[ \u00a0]({alts})(?![\w\-])", text):
        if m.group(1).casefold() not in _NOT_GIVEN | JOB_NOUNS:
            out.append((m.start(), m.end()))
    return out


# "Rapper J-Mace", "Singer BIBI": one stage-name-shaped word (a hyphen, a digit or two capitals) after the noun
_BEFORE_STAGE_NAME = re.compile(r"(\S+)\s+(?=(?:\S*[-\d]\S*|\S*[A-Z]\S*[A-Z]\S*)$)")


# titles before a full name, not part of it: "Professor Ruth Vale", "Father Ciro Conti", "Sir Elton John"
HONORIFICS = frozenset("professor prof. dr. dr father rev. reverend sir dame judge senator sen. rep. gov. governor "
                        "president pope".split())
# job nouns that go before a one-word stage name: "Rapper Dex", "Singer Ara"
_STAGE_NOUNS = frozenset("singer rapper idol vocalist dj".split())


def strip_job_noun(text: str, s: int, t: int) -> int:
    """The start of a span without a leading job noun ("Showrunner Nadia Kurtz" -> "Nadia Kurtz", "Rapper
    Dex" -> "Dex")."""
    m = re.match(r"(\S+)\s+(?=\S+\s+\S)", text[s:t]) or _BEFORE_STAGE_NAME.match(text[s:t])
    if m and m.group(1).casefold() in JOB_NOUNS | HONORIFICS:
        return s + m.end()
    m = re.match(r"(\S+)\s+(?=[A-Z]\S*$)", text[s:t])
    # "Rapper Dex"; "Newcomer Amara| Obi": the parser stopped short of the surname, which a cue restores
    if m and (m.group(1).casefold() in _STAGE_NOUNS
              or m.group(1).casefold() in JOB_NOUNS and re.match(r"[ \u00a0][A-Z][a-z]", text[t:t + 3])):
        return s + m.end()
    return s
