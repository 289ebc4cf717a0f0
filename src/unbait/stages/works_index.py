"""Which work a sentence is about, for the people stages.

Uses ``analysis.works`` when the works stage found any; otherwise falls back
to quoted Title Case spans and spaCy's WORK_OF_ART entities. A sentence that
names a work is about it; any other sentence is about the article's most
mentioned work (or None when there is none).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from unbait.document import Work
from unbait.names import name_key, strip_possessive
from unbait.stages.layout import Layout
from unbait.stages.name_spans import NETWORKS
from unbait.stages.name_cues import JOB_NOUNS
from unbait.works.sentences import RELATIVE_CLAUSE


_ASIDE = re.compile(RELATIVE_CLAUSE)
_LONGEST = 200  # characters: no title form is longer


def _bare(title: str) -> str:
    """A guessed title without its possessive and the sentence's comma or stop (US style: “Silver Tide,”)."""
    return strip_possessive(title.strip()).rstrip(" ,;:")


class WorkIndex:
    def __init__(self, text: str, doc, lay: Layout, works: tuple[Work, ...]) -> None:
        forms: dict[str, str] = {}  # surface form -> canonical title
        for w in works:
            for form in (w.title, *w.aliases):
                if form:
                    forms.setdefault(form, w.title)
        parsed: list[str] = []  # WORK_OF_ART entities: often a slogan, a handle or a name, so never a role's work
        if not forms:
            fallback = [inner for _, _, inner in lay.titles]
            if doc is not None:  # not a name the parser calls a person after a job noun ("Rapper K-Dot" ... "K-Dot")
                cued = {e.text.split(None, 1)[1] for e in doc.ents if e.label_ == "PERSON" and len(e.text.split()) > 1
                        and e.text.split()[0].casefold() in JOB_NOUNS}
                parsed = [e.text for e in doc.ents if e.label_ == "WORK_OF_ART" and e.text not in cued]
                fallback += parsed
            for f in map(_bare, fallback):
                if f and name_key(f) not in NETWORKS and len(f) > 1:
                    forms.setdefault(f, f)
        self.keys = {name_key(f) for f in forms}
        self._parsed_only = {_bare(f) for f in parsed} - {_bare(inner) for _, _, inner in lay.titles}
        self.titles = sorted(set(forms.values()))
        hits: list[tuple[int, str, int]] = []
        for form, title in forms.items():
            i = text.find(form)
            while i >= 0:
                hits.append((i, title, len(form)))
                i = text.find(form, i + len(form))
        hits.sort()
        self._hits = [(p, t) for p, t, _ in hits]
        self._pos = [h[0] for h in hits]
        self._lengths = [h[2] for h in hits]
        counts = Counter(t for _, t in self._hits if t not in self._parsed_only)
        order = {t: i for i, t in reversed(list(enumerate(t for _, t in self._hits)))}
        self.main = max(counts, key=lambda t: (counts[t], -order[t])) if counts else (
            works[0].title if works else None)
        # sentence starts: the parser's, and every line's (it may run a sentence across a line break)
        starts = {s.start_char for s in doc.sents} if doc is not None else {0}
        self._sents = sorted(starts | {m.end() for m in re.finditer(r"\n+", text)})
        self._len, self._text = len(text), text

    def covers(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside a place the text names a work ("Sunshine Again" in "Mr. Sunshine Again")."""
        lo, hi = bisect.bisect_left(self._pos, start - _LONGEST), bisect.bisect_right(self._pos, start)
        return any(end <= self._pos[k] + self._lengths[k] for k in range(lo, hi))

    def work_at(self, pos: int, named: bool = False) -> str | None:
        """The work the sentence at ``pos`` names (the nearest one), else the article's main work, or with
        ``named`` None. A title only the parser guessed is a name to avoid, no one's work."""
        i = bisect.bisect_right(self._sents, pos) - 1
        start = self._sents[i] if i >= 0 else 0
        end = self._sents[i + 1] if i + 1 < len(self._sents) else self._len
        lo = bisect.bisect_left(self._pos, start)
        hi = bisect.bisect_left(self._pos, end)
        here = [h for h in self._hits[lo:hi] if h[1] not in self._parsed_only]
        # "Rao, who broke out in “Monsoon Hearts,” would play X": a work in a relative clause is not the sentence's
        asides = [m.span() for m in _ASIDE.finditer(self._text, start, end) if not m.start() <= pos < m.end()]
        outside = [h for h in here if not any(a <= h[0] < b for a, b in asides)]
        if outside or (here and named):
            return min(outside or here, key=lambda h: abs(h[0] - pos))[1]
        return None if named else self.main
