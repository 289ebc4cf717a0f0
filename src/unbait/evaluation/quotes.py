"""`unbait eval quotes`: direct quotes and speakers against PolNeAR dev.

Gold quotes are derived from PolNeAR attributions as documented in
:mod:`unbait.quotes.gold`. Each document's ``text`` (headline on the first line, then
the body) is run as it is, through a pass-through clean stage and the parse, works,
people and quotes stages, so quote offsets and gold offsets index the same string.
Quotes on the first line (the headline, which unbait keeps apart from the body) are
left out on both sides.

* ``precision`` / ``recall`` / ``f1``: a predicted quote matches a gold one when the
  F1 of their word tokens (casefolded, punctuation stripped) is at least 0.6;
  matching is one-to-one, greedy by overlap.
* ``speaker_accuracy``: over matched quotes whose gold source is *named*, i.e. holds
  at least one proper-name token: a token the parse tags PROPN, minus honorifics,
  titles and initials (see :func:`name_tokens`). The predicted speaker is right when
  its capitalised words, minus the same stop words, are non-empty and hold, or are
  held by, the gold name words: all of them, or those of the run of proper nouns at
  the source's syntactic head (so "Chris Christie" is right for "Christie, New
  Jersey's governor"; "Trump" vs "Donald Trump" is right, "Chelsea Clinton" vs
  "Hillary Clinton" is not).
* ``speaker_accuracy_same_paragraph`` / ``speaker_accuracy_earlier_paragraph``: the
  same, split by whether the gold source lies in the quote's own paragraph.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from unbait.document import Analysis, RawArticle
from unbait.errors import DataMissing
from unbait.evaluation import Metric, Report, shared_dir
from unbait.pipeline import run_stage_batch
from unbait.quotes.gold import GoldDoc, GoldQuote, read_gold

_WORD = re.compile(r"\w+")
_NAME_STOP = frozenset(
    """
    the a an mr mrs ms miss dr sir president sen senator rep representative gov governor
    secretary gen general judge justice vice prime minister speaker chairman chairwoman
    former candidate nominee gop democrat republican rev lt col sgt
    """.split()
)


class _PassThrough:
    name = "clean"

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis.evolve(text=analysis.article.text)


def default_eval_stages() -> list[Any]:
    from unbait.stages.parse import Parse
    from unbait.stages.people import FindPeople
    from unbait.stages.quotes import FindQuotes
    from unbait.stages.works import FindWorks

    return [_PassThrough(), Parse(), FindWorks(), FindPeople(), FindQuotes()]


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def token_f1(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    pool = list(wb)
    common = 0
    for w in wa:
        if w in pool:
            pool.remove(w)
            common += 1
    if common == 0:
        return 0.0
    p, r = common / len(wa), common / len(wb)
    return 2 * p * r / (p + r)


def _name_words(text: str) -> list[str]:
    """The name words of a token or phrase: word pieces (hyphens split), minus stop words and initials."""
    words = [w.casefold() for w in _WORD.findall(re.sub(r"[’']s\b", "", text))]
    return [w for w in words if len(w) > 1 and w not in _NAME_STOP]


def _names(toks: Iterable[Any]) -> frozenset[str]:
    return frozenset(w for t in toks if t.pos_ == "PROPN" for w in _name_words(t.text))


def name_tokens(doc: Any, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    """The proper-name words of the gold source ``[start, end)``: (all of them, the head's name).

    All: the PROPN tokens minus stop words. Head: the run of PROPN tokens that holds the
    span's syntactic head ("Christie" in "Christie, New Jersey's governor"), else all.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return frozenset(), frozenset()
    every = _names(span)
    root = span.root
    if root.pos_ != "PROPN":
        return every, every
    lo = hi = root.i
    while lo > span.start and (doc[lo - 1].pos_ == "PROPN" or doc[lo - 1].text == "-"):
        lo -= 1
    while hi + 1 < span.end and (doc[hi + 1].pos_ == "PROPN" or doc[hi + 1].text == "-"):
        hi += 1
    return every, _names(doc[lo:hi + 1]) or every


def predicted_name(speaker: str | None) -> frozenset[str]:
    if not speaker:
        return frozenset()
    return frozenset(w for t in speaker.split() if t[:1].isupper() for w in _name_words(t))


def speaker_right(speaker: str | None, gold: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Right when the predicted name words and the gold's (all, or the head's) hold one another."""
    pred = predicted_name(speaker)
    return bool(pred) and any(g and (pred <= g or g <= pred) for g in gold)


def _match(pred: list[Any], gold: tuple[GoldQuote, ...]) -> list[tuple[Any, GoldQuote]]:
    pairs = []
    for q in pred:
        for g in gold:
            if q.end > g.start and g.end > q.start:
                f = token_f1(q.text, g.text)
                if f >= 0.6:
                    pairs.append((f, q, g))
    pairs.sort(key=lambda x: -x[0])
    used_q, used_g, out = set(), set(), []
    for _, q, g in pairs:
        if id(q) not in used_q and id(g) not in used_g:
            used_q.add(id(q))
            used_g.add(id(g))
            out.append((q, g))
    return out


def _analyse(docs: list[GoldDoc], stages: list[Any], batch: int = 32) -> Iterable[tuple[GoldDoc, Analysis]]:
    for i in range(0, len(docs), batch):
        chunk = docs[i:i + batch]
        analyses = [Analysis(article=RawArticle(source=d.doc_id, title="", text=d.text)) for d in chunk]
        for stage in stages:
            analyses = run_stage_batch(stage, analyses)
        yield from zip(chunk, analyses)


def evaluate_quotes(pipeline: Any = None, path: str | Path | None = None, limit: int | None = None) -> Report:
    """Score quote extraction and speakers on PolNeAR dev (or ``path``).

    ``pipeline`` may be a :class:`~unbait.pipeline.Pipeline` or a list of stages; its
    stages must keep the text as given (the default uses a pass-through clean stage).
    """
    path = Path(path) if path else shared_dir() / "data" / "polnear" / "dev.jsonl.gz"
    if not path.is_file():
        raise DataMissing(f"{path} not found")
    stages = list(getattr(pipeline, "stages", pipeline) or default_eval_stages())
    n_pred = n_gold = n_match = 0
    right: dict[str, list[bool]] = {"all": [], "same": [], "earlier": []}
    for gold_doc, analysis in _analyse(read_gold(path, limit), stages):
        body = gold_doc.text.find("\n") + 1 if "\n" in gold_doc.text else 0
        pred = [q for q in analysis.quotes if q.start >= body]
        gold = tuple(g for g in gold_doc.quotes if g.start >= body)
        n_pred, n_gold = n_pred + len(pred), n_gold + len(gold)
        pairs = _match(pred, gold)
        n_match += len(pairs)
        for q, g in pairs:
            found = [name_tokens(analysis.doc, s, e) for s, e in g.sources]
            names = (frozenset().union(*(f[0] for f in found)), frozenset().union(*(f[1] for f in found)))
            if not names[0]:
                continue
            ok = speaker_right(q.speaker, names)
            para_start = gold_doc.text.rfind("\n", 0, g.start) + 1
            right["all"].append(ok)
            right["same" if g.sources[0][0] >= para_start else "earlier"].append(ok)
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0

    def acc(key: str) -> float:
        return sum(right[key]) / len(right[key]) if right[key] else 0.0

    return Report("quotes", str(path), (
        Metric("f1", f, 0.90, n_gold, "token-F1>=0.6 one-to-one match of direct quotes"),
        Metric("precision", p, None, n_pred, "matched / predicted quotes"),
        Metric("recall", r, None, n_gold, "matched / gold quotes"),
        Metric("speaker_accuracy", acc("all"), 0.85, len(right["all"]), "matched quotes with a named gold source"),
        Metric("speaker_accuracy_same_paragraph", acc("same"), None, len(right["same"]),
               "gold source in the quote's own paragraph"),
        Metric("speaker_accuracy_earlier_paragraph", acc("earlier"), None, len(right["earlier"]),
               "gold source in an earlier paragraph"),
    ))
