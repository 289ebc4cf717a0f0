"""A scored line classifier for web boilerplate left in article bodies.

Each line gets a score from general features of web page furniture (calls to
action, photo credits, comment prompts, share buttons, "read more" links, ads,
bylines); prose-like evidence (a quotation, a long sentence) counts against. A
line scoring :data:`THRESHOLD` or more is boilerplate. Caption stubs, the short
line just above a photo credit, are found from the credits in a second pass by
:func:`caption_lines`. No phrase of any particular article is listed here: the
features are English patterns of web pages in general.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from unbait.calendar_words import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS, alternation

THRESHOLD = 1.0

_QUOTES_OPEN = "\"“‘'«„"
_QUOTES_CLOSE = "\"”’'»“"

# -- calls to action: an imperative at the start, a platform or channel in the line
_CTA_VERB = re.compile(
    r"^\W*(?:(?:don['’]?t\s+forget|be\s+sure|make\s+sure|remember)\s+(?:to\s+|you\s+)?|please\s+|"
    r"(?:you\s+can\s+)?also\s+)?(?:join|follow|subscribe|sign\s+up|signup|like|download|get|click|tap|turn\s+on|"
    r"check\s+out|don'?t\s+miss|never\s+miss|stay\s+(?:tuned|updated|connected)|connect\s+with|"
    r"find\s+us|visit|watch|listen|register|install|add\s+us|bookmark|enable)\b",
    re.IGNORECASE,
)
_PLATFORM = re.compile(
    r"\b(?:channel|telegram|whatsapp|facebook|twitter|x\.com|instagram|tiktok|youtube|threads|"
    r"snapchat|discord|reddit|linkedin|pinterest|google\s+news|newsletters?|podcasts?|"
    r"notifications?|alerts?|updates|feeds?|rss|group|community|page|app|inbox|mailing\s+list)\b",
    re.IGNORECASE,
)
_OUR = re.compile(r"\b(?:us|our|we)\b", re.IGNORECASE)

# -- credits: "(Photo : X)", "Photo: X", "Image credit: X", "X/Getty Images", "© X"
_CREDIT = re.compile(
    r"^[(\[]?\s*(?:(?:featured|cover|header|top|lead|main)\s+(?:images?|photos?)|thumbnail|"
    r"photos?|images?|pictures?|pics?|video|graphics?|illustrations?|screenshots?|"
    r"footage|source|credits?|captions?|photographs?)"
    r"(?:\s+(?:credits?|courtesy|sources?))?\s*(?::|\bby\b|\bcourtesy\b|\bvia\b|\bfrom\b|/|\||[–—-])",
    re.IGNORECASE,
)
_AGENCY = re.compile(
    r"(?:(?:^|[/|]|\bvia\b|\bby\b)\s*(?:afp|reuters|associated\s+press|yonhap|newsis|ap)|"
    r"getty\s+images|shutterstock|ap\s+photo|alamy|imago|wireimage|filmmagic|invision|"
    r"splash\s+news)\W*$",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^\W*(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b", re.IGNORECASE)

# -- comment prompts
_COMMENT_AREA = re.compile(
    r"\b(?:the\s+comments?(?:\s+(?:section|box|below))?|comments?\s+(?:section|below|box)|"
    r"comment\s+below)\b",
    re.IGNORECASE,
)
_READER = re.compile(
    r"\b(?:you|your|yours|let\s+us\s+know|tell\s+us)\b|^\W*(?:share|leave|drop|tell|comment|"
    r"sound\s+off|let)\b",
    re.IGNORECASE,
)

# -- share buttons: short lines made only of share-widget words
_SHARE_WORDS = frozenset(
    "share shares sharing tweet pin it email e-mail print copy link this article story post "
    "on to via the facebook twitter x whatsapp linkedin reddit pinterest telegram messenger "
    "flipboard sms click".split()
)
_NEW_WINDOW = ["opens", "in", "new", "window"]  # "Click to share on Twitter (Opens in new window)"
_SHARE_ACTION = frozenset("share tweet pin email e-mail print copy".split())

# -- "Read more: ...", "Related: ...", "Advertisement"
_RELATED = re.compile(
    r"^\W*(?:read\s+more|read\s+also|also\s+read|read\s+next|more\s+to\s+read|related(?:\s+"
    r"(?:stories|articles|news|coverage|content|posts?|links?|reading))?|see\s+also|recommended"
    r"(?:\s+(?:stories|articles|for\s+you))?|must\s+read|trending(?:\s+now)?|don'?t\s+miss|"
    r"up\s+next|next\s+up|more\s+from\s+[\w ]{1,30}|more\s+(?:stories|news|on\s+this)|"
    r"you\s+may\s+also\s+like|you\s+might\s+also\s+like|popular\s+now|latest\s+news|"
    r"continue\s+reading|keep\s+reading)\s*(?:[:|»›>–—-]|$)",
    re.IGNORECASE,
)
_ADVERT = re.compile(
    r"^\W*(?:advertisement|advertising|ads?|sponsored(?:\s+content)?|promoted|paid\s+content|"
    r"(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:ad|advertisement))?|"
    r"scroll\s+(?:down\s+)?to\s+continue(?:\s+reading)?|skip\s+ad(?:vert(?:isement)?)?|"
    r"(?:advertisement\W+)?continue\s+reading\s+below)\W*$",
    re.IGNORECASE,
)

# -- the page's metadata: "Tags: Kim Tae-ri, SBS, Moonlit River", "Filed under: TV"
# "Warning: spoilers ahead!", "Spoiler alert!", "Spoilers below." — a notice, not the story
_SPOILER_NOTICE = re.compile(r"^\W*(?:(?:warning|heads up|note)\s*[:!-]\s*)?(?:major\s+|minor\s+|mild\s+)?spoilers?"
                             r"(?:\s+(?:alert|ahead|below|warning|follow|for\s+[^.!?]{1,40}))?\W*$", re.IGNORECASE)
_TAGS = re.compile(r"^\W*(?:tags?|topics?|filed\s+under|categor(?:y|ies)|keywords)\s*:", re.IGNORECASE)

# -- pointers to an embed the extraction removed: "Watch the trailer below!", "Click here to read more."
_POINTER = re.compile(
    r"^\W*(?:(?:watch|check\s+out|see|listen\s+to|take\s+a\s+look\s+at|view)\b.{0,60}?\b(?:below|above)"
    r"|click\s+here\b.{0,60}|stay\s+tuned\b.{0,40})\W*$",
    re.IGNORECASE,
)

# -- bylines: "By Jane Doe", "Written by Jane Doe and John Roe | May 2, 2024"
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|del|la|le|bin))*"
_BYLINE = re.compile(
    rf"^\W*(?i:by|written\s+by|words\s+by|reported\s+by|posted\s+by|story\s+by|text\s+by|"
    rf"reporting\s+by|edited\s+by)\s+{_NAME}(?:\s*(?:,|&|and)\s*{_NAME})*"
    rf"(?:\s*[|,•·–—-].{{0,60}})?$",
)
# "By April, the season had begun": a month or weekday alone after "by" is a time, not an author
_BY_WHEN = re.compile(rf"^\W*by\s+{alternation(MONTHS + MONTH_ABBREVIATIONS + WEEKDAYS)}\b(?!\s+(?-i:[A-Z]))",
                      re.IGNORECASE)
_MENU_SEP = re.compile(r"\s+[|•›»>/]\s+")

_SPEECH = re.compile(r"[“\"«„][^”\"»]*?\w+\W+\w+\W+\w+[^”\"»]*[”\"»]")  # three words or more in quotes
_SENTENCE_END = re.compile(r"[.!?:;…][\"”’')\]]*$")
_WORD = re.compile(r"[\w'’-]+")
_SMALL = frozenset("a an and as at but by for from in into of on or the to vs with".split())


@dataclass(frozen=True, slots=True)
class Verdict:
    """The score of one line and the features that fired."""

    score: float
    features: tuple[str, ...]

    @property
    def boilerplate(self) -> bool:
        return self.score >= THRESHOLD


def words(line: str) -> list[str]:
    return _WORD.findall(line)


def is_quoted(line: str) -> bool:
    """A line that opens and closes with quotation marks: quoted speech, never boilerplate."""
    s = line.strip()
    return len(s) > 2 and s[0] in _QUOTES_OPEN and s.rstrip(".,!?")[-1:] in _QUOTES_CLOSE


def is_titleish(line: str) -> bool:
    """Title Case (or all caps) and no sentence-final punctuation: a heading or a caption stub."""
    if _SENTENCE_END.search(line.strip()):
        return False
    ws = [w for w in words(line) if w[0].isalpha()]
    content = [w for w in ws if w.lower() not in _SMALL]
    if not content:
        return False
    return sum(w[0].isupper() for w in content) / len(content) >= 0.7


def is_related_heading(line: str) -> bool:
    """A bare "Related Articles" / "Read more" / "You may also like" heading, with nothing after it."""
    m = _RELATED.match(line.strip())
    return bool(m) and not line.strip()[m.end():].strip()


def is_credit(line: str) -> bool:
    """A photo or image credit line."""
    n = len(words(line))
    s = line.strip()
    if _CREDIT.match(s) and n <= 15:
        return True
    return n <= 10 and not _SENTENCE_END.search(s.rstrip(")")) and bool(_AGENCY.search(s.rstrip(")] ")))


def _is_byline(line: str, authors: Sequence[str]) -> bool:
    s = " ".join(line.split())
    if len(words(s)) > 14:
        return False
    if _BYLINE.match(s) and not _BY_WHEN.match(s):
        return True
    folded = s.casefold().removeprefix("by ").strip(" .,|")
    return any(folded == a.casefold() or folded.startswith(a.casefold() + ",") for a in authors if a)


def _is_share_row(ws: list[str]) -> bool:
    lowered = [w.lower() for w in ws if w.lower() != "a"]
    if lowered[-4:] in (_NEW_WINDOW, _NEW_WINDOW[:3] + ["tab"]):
        lowered = lowered[:-4]
    return 0 < len(lowered) <= 6 and all(w in _SHARE_WORDS for w in lowered) and bool(
        _SHARE_ACTION.intersection(lowered)
    )


def score_line(line: str, *, authors: Sequence[str] = (), title: str = "", first: bool = False,
               last: bool = False) -> Verdict:
    """Score one stripped line; ``first``/``last`` say whether it opens or closes the body."""
    s = line.strip()
    ws = words(s)
    n = len(ws)
    score = 0.0
    fired: list[str] = []

    def add(name: str, weight: float) -> None:
        nonlocal score
        score += weight
        fired.append(name)

    short_fragment = n <= 8 and not _SENTENCE_END.search(s)
    if _CTA_VERB.match(s) and n <= 20:
        add("cta-verb", 0.5)
        if _PLATFORM.search(s):
            add("cta-platform", 0.3)
        if _OUR.search(s):
            add("cta-us", 0.2)
        if short_fragment:
            add("short-fragment", 0.2)
    if is_credit(s):
        add("credit", 1.0)
    if _COPYRIGHT.search(s) and n <= 25:
        add("copyright", 1.0)
    if _COMMENT_AREA.search(s) and n <= 35:
        add("comment-area", 0.6)
        if _READER.search(s):
            add("reader-address", 0.4)
        if "?" in s:
            add("question", 0.2)
    elif s.endswith("?") and n <= 15 and re.search(r"\byou(?:r)?\b", s, re.IGNORECASE):
        add("reader-question", 1.0 if last else 0.5)
    if _is_share_row(ws):
        add("share-buttons", 1.0)
    related = _RELATED.match(s)
    if related:
        add("related-link", 1.0)
    if _ADVERT.match(s):
        add("advert", 1.0)
    if _TAGS.match(s) and n <= 30:
        add("tags", 1.0)
    if _SPOILER_NOTICE.match(s):
        add("spoiler-notice", 1.0)
    if _POINTER.match(s) and n <= 14:
        add("embed-pointer", 1.0)
    if _is_byline(s, authors):
        add("byline", 1.0)
    if first and title and " ".join(s.split()).casefold() == " ".join(title.split()).casefold():
        add("headline-repeat", 1.0)
    menu_items = _MENU_SEP.split(s)
    if len(menu_items) >= 3 and not s.startswith("|") and not any(c.isdigit() for c in s) and all(
        len(words(item)) <= 3 for item in menu_items
    ):  # "Home | TV | Film", but not a table row or a line of figures
        add("menu", 1.0)
    if is_quoted(s):
        add("quoted", -1.0)
    if n > 30:
        add("long-prose", -0.5)
    return Verdict(round(score, 3), tuple(fired))


def caption_lines(blocks: Sequence[Sequence[str]], credits: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Caption stubs: the line just above each credit, ``(block, line)`` positions.

    In the same block the line above a credit is its caption when it is short
    (at most 20 words), no quoted speech (a quoted title is fine) and no sentence of
    six words or more ("NOVA debuted in 2022 under Bluebell Entertainment." is the
    story's last line, not a caption). Across a blank line only a heading-like stub counts: a
    one-line block of at most 12 words in Title Case without sentence punctuation.
    """
    found: set[tuple[int, int]] = set()
    for b, i in sorted(credits):
        if i > 0:
            above = blocks[b][i - 1]
            speech = _SPEECH.search(above) and not is_titleish(above)
            prose = len(words(above)) >= 6 and _SENTENCE_END.search(above) and not is_titleish(above)
            if (b, i - 1) not in credits and len(words(above)) <= 20 and not speech and not prose:
                found.add((b, i - 1))
        elif b > 0 and len(blocks[b - 1]) == 1:
            above = blocks[b - 1][0]
            if (b - 1, 0) not in credits and len(words(above)) <= 12 and is_titleish(above):
                found.add((b - 1, 0))
    return found
