"""Find the works an article names: candidates, evidence, kinds, networks, main work first.

A quoted span is a candidate title unless it is shaped like a sentence. A
title-cased span of two or more words in the body is taken on its shape; a
one-word span needs more evidence: a kind cue next to it, a network attached to
it, or being quoted twice; a lowercase span ("Love wins all") needs a cue or a
network. A title quoted only in the headline counts
when the body names it too or the headline gives it a cue. Titles never quoted
count when spaCy tags them WORK_OF_ART or a cue word introduces them
("the drama Lovely Days"), and they recur (headline or twice in the body). A
lowercase quote that a verb uses to characterise its object ("called the track
“a quiet storm”") is a scare quote, never a title.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from unbait.document import Analysis, Work
from unbait.names import looks_korean
from unbait.networks import credited_networks, find_networks
from unbait.works import kinds, links
from unbait.works.mentions import Occurrence, find_occurrences, salience
from unbait.works.sentences import sentence_spans
from unbait.works.titles import Shape, quoted_spans, shape, title_key

_CUE_RUN = re.compile(
    r"\b(?:drama|series|film|movie|album|single|webtoon|EP)\s+"
    r"((?:[A-Z0-9][\w'’:!?&.-]*)(?:\s+(?:(?:of|the|a|an|on|in|to|and|for|with|at|by|from|&)\s+)*"
    r"[A-Z0-9][\w'’!?&-]*){0,6})"
)
_OWNED = re.compile(r"['’]s\s+$")
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Miss|Sir)\.?\s+")
# a sentence that opens by naming the main work by its kind: "The film, directed by ...", "The series stars ..."
_ANAPHOR = re.compile(r"\s*(?:The|This|Its)\s+(?:(?:new|upcoming|hit|latest)\s+)?(drama|series|film|movie|album|single|song"
                      r"|webtoon|show)\b")
# a preposition or a genre noun the narration puts before a title: won for “Paper Moons,” / his role in
# “Night Patrol.” / Chazelle's new musical “Starlight Avenue,”
_TAKES_TITLE = re.compile(r"\b(?:in|for|on|alongside|behind|musical|biopic|documentary|thriller|comedy|romance"
                          r"|epic|remake|adaptation|anthology|miniseries|sitcom|cast\s+of|premiere\s+of|sequel\s+to"
                          r"|(?:went|goes|was\s+given|was\s+awarded)\s+to)\s+$")  # the Grand Prix went to “X,”
# a credit verb before a title, which the parser may call a person: who helmed “Sweet Home,” / to direct “X.”
_CREDITED = re.compile(r"\b(?:helm(?:s|ed)?|direct(?:s|ed)?|wr(?:ote|ites?)|pen(?:s|ned)?|produc(?:e|es|ed)"
                       r"|creat(?:e|es|ed)|star(?:s|red)?\s+in)\s+$", re.IGNORECASE)
_CARRIES_ON = re.compile(r"\s+(?:which|that|whose|starring|co-starring|featuring|(?:directed|written|produced)\s+by)\b")
# a verb that characterises its object: the lowercase quote after it describes, it does not name
_CHARACTERISED = re.compile(
    r"\b(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|label(?:s|ed|led|ing)?|brand(?:s|ed|ing)?)\s+"
    r"(?:it|him|her|them|this|that|(?:the|this|that|his|her|their|its)\s+[\w-]+)\s+(?:as\s+)?$",
    re.IGNORECASE,
)


@dataclass
class _Candidate:
    surfaces: Counter[str] = field(default_factory=Counter)
    shape: Shape = Shape.TITLE
    quoted_in_body: bool = False
    unquoted_only: bool = True
    quoted_twice: bool = False
    cue: bool = False


def find_works(analysis: Analysis) -> tuple[Work, ...]:
    text, headline = analysis.text, analysis.article.title or ""
    body_nets, head_nets = find_networks(text), find_networks(headline)
    candidates = _candidates(analysis, text, headline, body_nets, head_nets)
    provisional = [Work(title=key, aliases=tuple(c.surfaces)) for key, c in candidates.items()]
    body_occ, head_occ = find_occurrences(text, provisional), find_occurrences(headline, provisional)
    counts = Counter(o.work for o in body_occ + head_occ)
    # a headline quote the body only says inside a longer quotation is speech, not a title:
    # 'I Almost Quit' over “I almost quit acting last year,” Marsh said
    speech = [(q.start, q.end) for q in quoted_spans(text)
              if shape(q.text) is Shape.SENTENCE and not _punctuated_title(q.text)]
    in_body = {o.work for o in body_occ if candidates[o.work].quoted_in_body
               or not any(s <= o.start and o.end <= e and (o.start, o.end) != (s, e) for s, e in speech)}
    accepted = [w for w in provisional if _enough(candidates[w.title], counts[w.title], w.title in in_body)]
    if not accepted:
        return ()
    works = [_named(w, candidates[w.title], body_occ + head_occ) for w in accepted]
    rename = {w.title: named.title for w, named in zip(accepted, works)}
    body_occ = [_retitle(o, rename) for o in body_occ if o.work in rename]
    head_occ = [_retitle(o, rename) for o in head_occ if o.work in rename]
    works = salience(works, body_occ, head_occ)
    sentences = sentence_spans(analysis)
    main = works[0].title
    kind_of = {w.title: _kind(w.title, main, text, headline, sentences, body_occ, head_occ) for w in works}
    networks = _networks(analysis, sentences, body_occ, head_occ, body_nets, head_nets, main, kind_of[main])
    return tuple(
        Work(w.title, kind_of[w.title], tuple(networks.get(w.title, ())), w.aliases) for w in works
    )


def _candidates(analysis: Analysis, text: str, headline: str, body_nets, head_nets) -> dict[str, _Candidate]:
    found: dict[str, _Candidate] = defaultdict(_Candidate)
    network_names = {n.name.casefold() for n in body_nets}
    people = {e.text.casefold() for e in analysis.doc.ents if e.label_ == "PERSON"} if analysis.doc else set()
    for where, in_body, nets in ((text, True, body_nets), (headline, False, head_nets)):
        for q in quoted_spans(where):
            s = shape(q.text)
            key = title_key(q.text)
            cued = kinds.kind_next_to(where, q.start, q.outer_end) is not None
            if s is Shape.SENTENCE and (cued or _in_narration(where, q)) and _punctuated_title(q.text):
                q = replace(q, text=q.text[:-1].rstrip())  # the film “Glass Harbor,” (US style)
                s = Shape.TITLE
            if s is Shape.SENTENCE or not key or key in network_names:
                continue
            if s is Shape.WEAK and _CHARACTERISED.search(where[max(0, q.outer_start - 40):q.outer_start]):
                continue  # called the track “a quiet storm”: a description in quotes, not a title
            cue = cued or bool(links.attached(where, [Occurrence(key, q.text, q.start, q.end)], nets)) \
                or _credit_in_brackets(where, q)
            if (key in people or _honorific_name(q.text, text)) and not cue and not _owned(where, q) \
                    and not _credited(where, q):
                continue  # a quoted name or nickname (not Kaya Bell’s “Slow Burn”, which the parser may call a person)
            c = found[key]
            c.quoted_twice = not c.unquoted_only
            c.surfaces[q.text] += 2 if in_body else 1
            if in_body:
                c.shape = s if not c.quoted_in_body or s is Shape.TITLE else c.shape
                c.quoted_in_body = True
            c.unquoted_only = False
            c.cue |= cue
    quoted = list(found)
    for surface in _unquoted(analysis, text):
        key = title_key(surface)
        if shape(surface) is Shape.TITLE and key not in people and key not in network_names and not any(
            k in key or key in k for k in quoted
        ):
            found[key].surfaces[surface] += 1
    return found


def _credit_in_brackets(where: str, q) -> bool:
    """A winners' or cast list: “Best Actress: Kim Tae-ri (“Jeongnyeon”)”: a quoted title in brackets after a name."""
    return (where[q.outer_start - 1:q.outer_start] == "(" and where[q.outer_end:q.outer_end + 1] == ")"
            and re.search(r"\b[A-Z][\w'’\-]*[a-z]\s+\($", where[max(0, q.outer_start - 30):q.outer_start]) is not None)


def _honorific_name(quoted: str, text: str) -> bool:
    """“Mr. D’Souza?” beside “Dinesh D’Souza”: a title and a surname the article gives a full name to."""
    m = _HONORIFIC.match(quoted)
    surname = quoted[m.end():].strip(" ?!.,") if m else ""
    return bool(surname) and " " not in surname and re.search(
        rf"\b[A-Z][a-z]+\s+{re.escape(surname)}\b", text) is not None


def _owned(where: str, q) -> bool:
    """A quoted span right after a possessive: Kaya Bell’s “Slow Burn”."""
    return _OWNED.search(where[max(0, q.outer_start - 3):q.outer_start]) is not None


def _in_narration(where: str, q) -> bool:
    """A quoted span the narration carries on around: Kaya Bell’s “Slow Burn,” / with “X,” which jumped / in “X.”"""
    return (_owned(where, q) or _CARRIES_ON.match(where[q.outer_end:q.outer_end + 16]) is not None
            or _TAKES_TITLE.search(where[max(0, q.outer_start - 14):q.outer_start]) is not None
            or _credited(where, q))


def _credited(where: str, q) -> bool:
    return _CREDITED.search(where[max(0, q.outer_start - 16):q.outer_start]) is not None


def _punctuated_title(text: str) -> bool:
    """“Glass Harbor.” / “Pocket Dragons 2,”: a title with the sentence's comma or stop inside the marks."""
    return text[-1:] in ",." and text[-2:-1] != "." and shape(text[:-1].rstrip()) is Shape.TITLE


# "Season 2 is expected in late 2027": a part of a work, never a work's title on its own
_PART_ONLY = re.compile(r"(?:The\s+)?(?:Season|Part|Episode|Chapter|Volume|Vol\.|Series)\s+(?:\d+|[IVX]+|One|Two|Three|Four|Five)",
                        re.IGNORECASE)


def _unquoted(analysis: Analysis, text: str) -> list[str]:
    runs = [m.group(1) for m in _CUE_RUN.finditer(text)]
    if analysis.doc is not None:
        # a person's name or one of its words the parser also tagged a work ("Okoro told us") is no title
        people = {w for e in analysis.doc.ents if e.label_ == "PERSON" for w in (e.text, *e.text.split())}
        # ... nor is an unquoted Korean name ("Yoon Chae-won is in talks"), which the parser often calls a work
        runs += [t for e in analysis.doc.ents if e.label_ == "WORK_OF_ART"
                 if (t := e.text.strip("“”\"‘’' ")) not in people and not looks_korean(t)]
    return [r for r in runs if r and "\n" not in r and not _PART_ONLY.fullmatch(r)]


def _enough(c: _Candidate, mentions: int, in_body: bool) -> bool:
    if c.unquoted_only:
        return mentions >= 2 and in_body
    if c.quoted_in_body:
        if c.cue or c.shape is not Shape.TITLE:
            return c.cue  # a lowercase span ("post-coital dysphoria", "but") is a title only with a cue
        words = len(max(c.surfaces, key=c.surfaces.get).split())
        return words >= 2 or c.quoted_twice
    return in_body or c.cue


def _named(work: Work, c: _Candidate, occurrences: list[Occurrence]) -> Work:
    title = max(c.surfaces, key=lambda s: (c.surfaces[s], -len(s)))
    seen = [title, *c.surfaces, *(o.surface for o in occurrences if o.work == work.title)]
    aliases = tuple(dict.fromkeys(s for s in seen if s != title))
    return Work(title=title, aliases=aliases)


def _retitle(o: Occurrence, rename: dict[str, str]) -> Occurrence:
    return Occurrence(rename[o.work], o.surface, o.start, o.end)


def _kind(title, main, text, headline, sentences, body_occ, head_occ) -> str | None:
    votes: Counter[str] = Counter()
    for where, occs in ((text, body_occ), (headline, head_occ)):
        for o in occs:
            if o.work == title and (k := kinds.kind_next_to(where, o.start, o.end)):
                votes[k] += kinds.STRONG
    for start, end in sentences:
        named = {o.work for o in body_occ if start <= o.start < end}
        if title in named or (title == main and not named):
            weight = kinds.WEAK / len(named) if named else kinds.WEAK / 4
            if not named and (lead := _ANAPHOR.match(text, start)):  # "The film, directed by ..."
                votes[kinds.cue_kinds(lead.group(1))[0]] += kinds.WEAK
                continue
            for k in kinds.cue_kinds(_without_titles(text, start, end, body_occ)):
                votes[k] += weight
    return kinds.decide(votes)


_SHOW = re.compile(r"Show|Program(?:me)?")


def _without_titles(text: str, start: int, end: int, occurrences) -> str:
    """The sentence with the titles it names blanked: "Season" in “Dry Season” is no cue word ("Show" in one,
    as in "The Late Show With ...", still is)."""
    chars = list(text[start:end])
    for o in occurrences:
        if start <= o.start < end:
            stop = min(o.end, end)
            title = re.sub(r"\S+", lambda w: w.group() if _SHOW.fullmatch(w.group()) else " " * len(w.group()),
                           text[o.start:stop])
            chars[o.start - start:stop - start] = title
    return "".join(chars)


def _networks(analysis, sentences, body_occ, head_occ, body_nets, head_nets, main, main_kind):
    text, headline = analysis.text, analysis.article.title or ""
    strong = links.attached(text, body_occ, body_nets)
    head_strong = links.attached(headline, head_occ, head_nets)
    strong.update(links.airing(text, sentences, body_occ, body_nets, main, strong))
    result: dict[str, list[str]] = defaultdict(list)
    for nets, found in ((body_nets, strong), (head_nets, head_strong)):
        for i, title in sorted(found.items()):
            result[title].append(nets[i].name)
    elsewhere = {n for t, names in result.items() if t != main for n in names} - set(result[main])
    loose = [n for i, n in enumerate(body_nets) if i not in strong and not _owned_by_network(text, n, body_nets)]
    loose += [n for i, n in enumerate(head_nets) if i not in head_strong]
    loose += credited_networks(analysis.article.text)
    result[main].extend(links.context(loose, main, main_kind, elsewhere))
    return {t: list(dict.fromkeys(names)) for t, names in result.items()}


def _owned_by_network(text: str, net, nets) -> bool:
    """``tvN's YouTube``: the mention right after another network's possessive."""
    return any(0 < net.start - o.end <= 3 and _OWNED.search(text[o.end:net.start]) for o in nets if o is not net)
