"""Turn a speaker token into a name: mentions first, then people, then NER and pronouns.

The people stage (when it has run) gives :class:`~unbait.document.Mention` spans that
already resolve names, surnames, pronouns and nominals to canonical persons. Without
them the resolver falls back on the parse: a proper noun grows to its entity or
proper-noun run and a surname grows to the last full name seen that ends with it; a
pronoun or a role nominal ("the actress") goes to the most recent compatible person,
gender told by the pronouns that follow each name; "the agency" (a company noun) is the
company the article last named with it ("his agency, Blue Wave Entertainment"); "Another wrote" after
"One netizen commented" is another netizen; any other noun phrase ("sources", "a spokesperson") is
given as written.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from unbait.document import Analysis
from unbait.names import hyphen_rest
from unbait.quotes import lexicon as lx

_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. miss sir".split())
#: Nouns for a company that speaks: "the agency said" is the agency the article named ("his agency, Blue Wave")
_ORG_NOUNS = frozenset("agency label company studio network broadcaster streamer management distributor".split())
_ORG_NAME = r"[A-Z][\w&.'’\-]*(?:[ \u00a0](?:[A-Z][\w&.'’\-]*|&))*"


def _clean(name: str) -> str:
    words = name.replace("\u00a0", " ").split()
    while words and words[0].casefold() in _HONORIFICS:
        words = words[1:]
    if words and (words[-1].endswith("’s") or words[-1].endswith("'s")):
        words[-1] = words[-1][:-2]
    return " ".join(words).strip(" ,.;:")


class NameResolver:
    def __init__(self, analysis: Analysis) -> None:
        self.doc = analysis.doc
        self.text = self.doc.text  # Doc.text joins every token: build it once
        self.ents = list(self.doc.ents)  # doc.ents builds new spans on every access
        self._ent_of = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        self.mentions = sorted(analysis.mentions, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        # a character of a work the article names (a recap's), and not a real person's surname ("Larry David
        # played Sanders" beside Bernie Sanders)
        words = {w.casefold() for p in analysis.people for w in p.name.split()}
        cast = {r.character for p in analysis.people for r in p.roles if r.character and r.work}
        self.characters = sorted((m for m in analysis.characters if m.person in cast and m.person.casefold() not in words),
                                 key=lambda m: m.start)
        self.canonical: dict[str, str] = {}
        for p in analysis.people:
            for alias in (p.name, *p.aliases):
                self.canonical.setdefault(alias.casefold(), p.name)
        self.persons: list[tuple[int, str]] = []  # (char offset, name), in text order
        self.gender: dict[str, str] = {}
        self._scan()

    def _scan(self) -> None:
        for ent in self.ents:
            if ent.label_ == "PERSON":
                name = self._whole_name(ent)
                if name:
                    self.persons.append((ent.start_char, name))
        self.persons.sort()
        # gender: a he/she pronoun in the same or next sentence as a person who is the
        # subject of their sentence, with no other person subject in between, votes.
        votes: dict[str, dict[str, int]] = {}
        subject: tuple[str, int] | None = None  # (name, sentence number)
        for n, sent in enumerate(self.doc.sents):
            for tok in sent:
                low = tok.lower_
                if tok.ent_type_ == "PERSON" and tok.dep_ in ("nsubj", "nsubjpass"):
                    name = self._whole_name(_span_for(tok, self._ent_of))
                    if name:
                        subject = (name, n)
                elif subject and n - subject[1] <= 1 and (low in lx.MALE_PRONOUNS or low in lx.FEMALE_PRONOUNS):
                    g = "m" if low in lx.MALE_PRONOUNS else "f"
                    votes.setdefault(subject[0], {}).setdefault(g, 0)
                    votes[subject[0]][g] += 1
        for name, v in votes.items():
            self.gender[name] = max(v, key=v.get)

    def _whole_name(self, span: Any) -> str | None:
        """:meth:`full_name` of a parsed name, with the given name's part after a hyphen the parser cut off
        ("Yeon" of "Yeon-woo")."""
        return self.full_name(self.text[span.start_char:hyphen_rest(self.text, span.end_char)], span.start_char)

    def full_name(self, text: str, at: int) -> str | None:
        name = _clean(text)
        if not name or not any(c.isalpha() for c in name):
            return None
        if name.casefold() in self.canonical:
            return self.canonical[name.casefold()]
        words = name.split()
        if len(words) == 1:
            last = words[0].casefold()
            for known in self.canonical.values():
                if known.split()[-1].casefold() == last:
                    return known
            best = None
            for off, full in getattr(self, "persons", ()):
                if len(full.split()) > 1 and full.split()[-1].casefold() == last:
                    if best is None or off < at:
                        best = full
            if best:
                return best
        return name

    def mention_at(self, start: int, end: int) -> str | None:
        return _covering(self.mentions, self._mention_starts, start, end)

    def character_at(self, start: int, end: int) -> str | None:
        """The character a stretch refers to ("he tells her" in a recap), else None."""
        return _covering(self.characters, [m.start for m in self.characters], start, end)

    def recent_person(self, at: int, gender: str | None, extra: list[tuple[int, str]]) -> str | None:
        """The most recent person named before ``at`` (names and earlier speakers) of that gender."""
        candidates = [p for p in self.persons if p[0] < at] + [p for p in extra if p[0] < at]
        candidates.sort()
        for _, name in reversed(candidates):
            g = self.gender.get(name)
            if gender is None or g is None or g == gender:
                return name
        return None

    def resolve(self, tok: Any, extra: list[tuple[int, str]]) -> str | None:
        """The speaker a subject token stands for, or None when it cannot be told."""
        span = _span_for(tok, self._ent_of)
        person = self.mention_at(span.start_char, span.end_char) or self.mention_at(tok.idx, tok.idx + len(tok))
        if person and (tok.pos_ != "PROPN" or tok.text.casefold() in person.casefold()):
            return person
        low = tok.lower_
        if tok.pos_ in ("VERB", "AUX"):  # a clause as subject: the name nearest before the verb
            return self._name_before(tok)
        if character := self.character_at(tok.idx, tok.idx + len(tok)):
            return character  # a recap: “Your father didn't abandon you,” he tells her
        if low == "another" and not any(True for _ in tok.children):  # "One netizen commented ... Another wrote"
            one = next((n for at, n in reversed(extra) if at < tok.idx and re.fullmatch(r"(?i:one|a|an) \w+", n)), None)
            if one:
                return f"Another {one.split()[1]}"
        if tok.pos_ == "PRON" or low in lx.PERSON_PRONOUNS:
            if low in lx.MALE_PRONOUNS:
                return self.recent_person(tok.idx, "m", extra)
            if low in lx.FEMALE_PRONOUNS:
                return self.recent_person(tok.idx, "f", extra)
            return None
        if tok.pos_ == "PROPN" or (tok.ent_type_ in lx.SPEAKER_LABELS and tok.pos_ != "PRON"):
            return self.full_name(span.text, span.start_char)
        appos = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if appos and tok.pos_ == "NOUN":  # "leader Seo-ah said": the name's mention, else the name as parsed
            name = _span_for(appos[0], self._ent_of)
            return self.mention_at(name.start_char, name.end_char) or self.full_name(name.text, appos[0].idx)
        if low in lx.ROLE_NOUNS and any(c.lower_ in ("the", "this", "that") for c in tok.children):
            gender = "f" if low in lx.FEMALE_NOUNS else "m" if low in lx.MALE_NOUNS else None
            return self.recent_person(tok.idx, gender, extra)
        if low in _ORG_NOUNS and any(c.lower_ == "the" for c in tok.children) and (named := self._named(tok)):
            return named
        phrase = _noun_phrase(tok)
        return phrase or None

    def _named(self, tok: Any) -> str | None:
        """The name the article last gave the company ``tok`` ("the agency") stands for, within 500 characters:
        "his agency, Blue Wave Entertainment,", "the label Moonrise Music"."""
        text = self.text[max(0, tok.idx - 500):tok.idx]
        found = list(re.finditer(rf"\b{tok.lower_},?[ \u00a0]+(?:the[ \u00a0]+)?({_ORG_NAME})", text))
        return found[-1].group(1).rstrip(".") if found else None


    def _name_before(self, verb: Any) -> str | None:
        doc = verb.doc
        for i in range(verb.i - 1, max(-1, verb.i - 12), -1):
            t = doc[i]
            if t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.ent_type_ in lx.SPEAKER_LABELS):
                return self.full_name(_span_for(t, self._ent_of).text, t.idx)
        return None


def _covering(mentions: list, starts: list[int], start: int, end: int) -> str | None:
    """The ``person`` of the mention covering ``[start, end)``, looking back at most 200 characters."""
    i = bisect_right(starts, start) - 1
    while 0 <= i < len(mentions):
        m = mentions[i]
        if m.start <= start and m.end >= end:
            return m.person
        if m.start < start - 200:
            break
        i -= 1
    return None


def _span_for(tok: Any, ent_of: dict[int, Any] | None = None) -> Any:
    """The entity holding ``tok``, else its run of proper nouns, else the token."""
    doc = tok.doc
    if tok.ent_type_ in lx.SPEAKER_LABELS:
        ents = ent_of if ent_of is not None else {i: e for e in doc.ents for i in range(e.start, e.end)}
        if tok.i in ents:
            return ents[tok.i]
    if tok.pos_ == "PROPN":
        start = end = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper():
            end += 1
        return doc[start:end + 1]
    return doc[tok.i:tok.i + 1]


def _noun_phrase(tok: Any) -> str:
    """A common-noun subject as written, with its modifiers, at most eight tokens, no clauses."""
    keep = [tok]
    for child in tok.subtree:
        if child.i == tok.i:
            continue
        path = child
        ok = True
        while path.i != tok.i:
            if path.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl") or path.text in "“”\"‘’'" \
                    or path.is_space or "\n" in path.text or (child.i < tok.i and path.head.i == tok.i and path.dep_ in ("prep", "npadvmod")):
                ok = False  # nor a phrase the parse hung before the noun ("On May 2 a source")
                break
            if path.head.i == path.i:
                ok = False
                break
            path = path.head
        if ok:
            keep.append(child)
    keep.sort(key=lambda t: t.i)
    if len(keep) > 8:
        keep = [t for t in keep if t.i <= tok.i][-8:]
    gaps = tok.doc[keep[0].i:keep[-1].i + 1]
    if all(t in keep or (t.is_punct and t.text in "-‐") for t in gaps):
        return gaps.text  # as written: "Lee Seo-jin's agency"
    return " ".join(t.text for t in keep).replace(" ’s", "’s").replace(" 's", "'s")
