"""Direct quotations and their speakers.

Every top-level span between quotation marks (see :mod:`unbait.quotes.marks`) that is
not a work title becomes a :class:`~unbait.document.Quote`. A quotation split by its
attribution (“Part one,” he said, “part two.”) gives two Quote records with the same
speaker and cue. The speaker comes, in order, from:

1. the span's own frame: a reporting verb just after or before it and its subject
   (:mod:`unbait.quotes.attribution`);
   In a transcript, a quotation that opens with a speaker label ("WALLACE: ...") is
   that speaker's.
2. another quotation of the same paragraph that has one (the nearest before, else after);
3. for a quotation that opens its paragraph: the quotation that closed the paragraph
   before (a quotation going on), else the last sentence of the paragraph before
   ("He went on:", "the actress shared a short message.", "He then said.").

Names are resolved by :class:`unbait.quotes.names.NameResolver`; a speaker that cannot
be told is None. The answers of a Q&A ("Ruiz: My grandmother ...") are quotations too, without
marks (:mod:`unbait.quotes.interview`). Without a parse (no ``analysis.doc``) quotes come without speakers.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from unbait.document import Analysis, Quote
from unbait.quotes.attribution import Cue, find_cue, last_sentence_cue, lead_in_cue
from unbait.quotes.interview import answers
from unbait.quotes.marks import QuoteSpan, find_spans, paragraphs
from unbait.quotes.names import NameResolver
from unbait.quotes.titles import is_title, known_titles
from unbait.sentence_ends import ends_in_abbreviation

_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}): ")  # "WALLACE: ..." in a transcript


def _sentence_ends(text: str, start: int, end: int, inside: Any) -> list[int]:
    """Offsets of the ``.!?`` outside quotations that end a sentence of the paragraph ``text[start:end]``."""
    ends = []
    for i in range(start, end):
        if text[i] in ".!?" and not inside(i) and (i + 1 == end or text[i + 1].isspace()):
            if text[i] == "." and (ends_in_abbreviation(text[max(start, i - 8):i + 1])
                                   or text[i + 1:end].lstrip()[:1].islower()):
                continue  # "Dr. Reyes", "Warner Bros. distribution chief": the sentence goes on
            ends.append(i)
    return ends


class FindQuotes:
    name = "quotes"

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.text
        spans = find_spans(text)
        doc = analysis.doc
        titles = known_titles(analysis.works)
        starts = doc.to_array("IDX").tolist() if doc is not None else []
        spans = [s for s in spans if not is_title(s, text, titles, _next_token(doc, starts, s), _inner(doc, starts, s))]
        qa = answers(text, analysis.people)
        spans = [s for s in spans if not any(a.start <= s.start and s.end <= a.end for a in qa)]
        if doc is None:
            found = [Quote(text[s.start:s.end], None, s.start, s.end) for s in spans]
        else:
            found = _attribute(analysis, spans)
        return analysis.evolve(quotes=tuple(sorted(found + qa, key=lambda q: q.start)))


def _inner(doc: Any, starts: list[int], span: QuoteSpan) -> Any:
    """The tokens inside the marks (by offsets; ``doc.char_span`` rebuilds the text each call)."""
    if doc is None:
        return None
    return doc[bisect_left(starts, span.start):bisect_left(starts, span.end)]


def _next_token(doc: Any, starts: list[int], span: QuoteSpan) -> Any:
    if doc is None:
        return None
    i = bisect_right(starts, span.close)
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _attribute(analysis: Analysis, spans: list[QuoteSpan]) -> list[Quote]:
    text, doc = analysis.text, analysis.doc
    bounds = [(s.open, s.close) for s in spans]
    opens = [b[0] for b in bounds]

    def inside(offset: int) -> bool:
        i = bisect_right(opens, offset) - 1
        return i >= 0 and bounds[i][0] <= offset <= bounds[i][1]

    paras = paragraphs(text)
    by_para: dict[int, list[Any]] = {}
    p_starts = [p[0] for p in paras]
    for tok in doc:
        if not tok.is_space:
            by_para.setdefault(bisect_right(p_starts, tok.idx) - 1, []).append(tok)
    resolver = NameResolver(analysis)
    spoken: list[tuple[int, str]] = []
    found: list[tuple[str | None, str | None]] = [(None, None)] * len(spans)

    def speak(i: int, cue: Cue | None) -> None:
        if cue is None:
            return
        speaker = resolver.resolve(cue.subject, spoken) if cue.subject is not None else None
        found[i] = (speaker, cue.text)
        if speaker:
            spoken.append((spans[i].start, speaker))

    para_spans: dict[int, list[int]] = {}
    for i, s in enumerate(spans):
        para_spans.setdefault(s.paragraph, []).append(i)
    for p, idxs in sorted(para_spans.items()):
        ps, pe = paras[p]
        tokens = by_para.get(p, [])
        ends = _sentence_ends(text, ps, pe, inside)
        for i in idxs:
            s = spans[i]
            label = _LABEL.match(text, s.start)
            if label and len(label.group(1)) > 2:
                found[i] = (label.group(1).title(), None)
                continue
            lo = max([e + 1 for e in ends if e < s.open], default=ps)
            hi = min([e + 1 for e in ends if e > s.close], default=pe)
            speak(i, find_cue(s, text, tokens, inside, (lo, hi)))
        first = idxs[0]
        if found[first][0] is None:  # "Adeyemi laughed. “…”"
            speak(first, _lead_in(text, ps, ends, spans[first].open, tokens, inside))
        if found[first][0] is None and not any(c.isalpha() for c in text[ps:spans[first].open]):
            found[first] = _from_before(text, paras, p, spans, found, by_para, inside, resolver, spoken)
            if found[first][0]:
                spoken.append((spans[first].start, found[first][0]))
        _share_in_paragraph(idxs, found)
    return [Quote(text[s.start:s.end], sp, s.start, s.end, cue) for s, (sp, cue) in zip(spans, found)]


def _lead_in(text: str, ps: int, ends: list[int], open_: int, tokens: list[Any], inside: Any) -> Cue | None:
    before = [e for e in ends if e < open_]
    if not before or text[before[-1] + 1:open_].strip():
        return None
    start = before[-2] + 1 if len(before) > 1 else ps
    return lead_in_cue([t for t in tokens if start <= t.idx <= before[-1]], inside)


def _share_in_paragraph(idxs: list[int], found: list[tuple[str | None, str | None]]) -> None:
    for k, i in enumerate(idxs):
        if found[i][0] is None:
            before = [found[j] for j in idxs[:k] if found[j][0]]
            after = [found[j] for j in idxs[k + 1:] if found[j][0]]
            if before or after:
                found[i] = before[-1] if before else after[0]


def _from_before(text, paras, p, spans, found, by_para, inside, resolver, spoken):
    """Speaker and cue for a quotation opening paragraph ``p``, from paragraph ``p - 1``."""
    if p == 0:
        return (None, None)
    ps, pe = paras[p - 1]
    last = [i for i, s in enumerate(spans) if s.paragraph == p - 1]
    if last and not any(c.isalpha() for c in text[spans[last[-1]].close + 1:pe]):
        return found[last[-1]]
    tokens = [t for t in by_para.get(p - 1, []) if not inside(t.idx)]
    if not tokens:
        return (None, None)
    sent_start = tokens[-1].sent.start
    tail = [t for t in tokens if t.i >= sent_start] or tokens
    cue = last_sentence_cue(tail, inside)
    if cue is None or cue.subject is None:
        return (None, cue.text if cue else None)
    return (resolver.resolve(cue.subject, spoken), cue.text)
