"""The cue and the speaker token of one quoted span, from the words around it.

A span's *frame* is the stretch of its paragraph outside quotation marks between the
sentence end before it and the sentence end after it (the ``.``, ``!`` or ``?`` that
lie outside every quotation), so spaCy's sentence splits around quotation marks do
not matter. In the frame the nearest reporting verb wins, looking first just after
the closing mark (“…,” she said / “…,” said X / “…,” X told reporters), then before
the opening one (X said: “…” / X said the plan was “…”); "according to X" counts as a
cue too. The speaker token is the verb's subject (or the object of "according to"),
climbing through conjoined and subordinate verbs when the verb has none of its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from unbait.quotes import lexicon as lx
from unbait.quotes.marks import QuoteSpan
from unbait.quotes.subjects import adjacent_name, subject_of
from unbait.stages.token_rules import lemma_of

_PAST_CUES = frozenset(v + ("d" if v.endswith("e") else "ed") for v in lx.REPORTING_VERBS - lx.WEAK_CUES)
_RIGHT_REACH = 24  # tokens after the closing mark that may hold the cue
_LEAD_IN_WORDS = 8  # the longest sentence that may hand a quotation to its subject


@dataclass(frozen=True, slots=True)
class Cue:
    verb: Any  # the cue token
    text: str  # the cue as reported ("said", "went on", "according to")
    subject: Any | None  # the speaker token, when the parse gives one


def is_cue(tok: Any) -> bool:
    lemma = lemma_of(tok).lower()
    if lemma != "quote" and any(c.dep_ == "auxpass" for c in tok.children):
        return False  # "the scene was written first", "he was told": the subject does not speak ("X was quoted" does)
    if tok.pos_ not in ("VERB", "AUX"):
        nxt = tok.doc[tok.i + 1].text if tok.i + 1 < len(tok.doc) else ""
        if tok.tag_ != "NNS" or nxt not in (":", ",", "“", '"', "that"):
            return False
        lemma = tok.lower_[:-1]
    if lemma in lx.REPORTING_VERBS and lemma not in lx.WEAK_CUES:
        return True
    particle = lx.PHRASAL_CUES.get(lemma)
    return particle is not None and any(c.lower_ == particle and c.dep_ in ("prt", "advmod", "prep")
                                        for c in tok.children)


def cue_text(tok: Any) -> str:
    particle = lx.PHRASAL_CUES.get(lemma_of(tok).lower())
    if particle and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == particle:
        return f"{tok.text} {particle}"
    return tok.text


def according_to(tok: Any) -> Cue | None:
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        to = tok.doc[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        subject = objs[0] if objs else (tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None)
        return Cue(tok, "according to", subject)
    return None


def make_cue(tok: Any, inside: Any) -> Cue | None:
    acc = according_to(tok)
    if acc is not None:
        return acc
    if is_cue(tok) and not inside(tok.idx):
        subject = subject_of(tok, inside) or adjacent_name(tok, inside)
        return Cue(tok, cue_text(tok), subject)
    return None


def path_cue(span: QuoteSpan, tokens: list[Any], inside: Any) -> Cue | None:
    """The cue on the way from the quotation up the parse: the highest reporting verb, else the highest verb with a subject."""
    words = [t for t in tokens if span.start <= t.idx < span.end]
    root = next((t for t in words if not (span.start <= t.head.idx < span.end)), None)
    if root is None:
        return None
    node, best, fallback = root.head, None, None
    for _ in range(12):
        if inside(node.idx) and not (span.start <= node.idx < span.end):
            break
        if node.pos_ in ("VERB", "AUX") and not inside(node.idx):
            lemma = lemma_of(node).lower()
            if lemma in lx.REPORTING_VERBS:
                subject = subject_of(node, inside) or adjacent_name(node, inside)
                if subject is not None:
                    best = Cue(node, cue_text(node), subject)
            elif best is None:
                subject = subject_of(node, inside)
                if subject is not None and subject.pos_ in ("PROPN", "PRON", "NOUN"):
                    fallback = Cue(node, node.text, subject)
        if node.head.i == node.i:
            break
        node = node.head
    return best or fallback


def find_cue(span: QuoteSpan, text: str, tokens: list[Any], inside: Any, frame: tuple[int, int]) -> Cue | None:
    """The cue for ``span`` among ``tokens`` (the doc's tokens of its paragraph) in ``frame``."""
    lo, hi = frame
    inner = span.closed and span.end > span.start and text[span.end - 1] in ".!?"
    right = [t for t in tokens if span.close < t.idx < hi and not inside(t.idx)]
    reach = _RIGHT_REACH
    if inner and right and right[0].text[:1].isupper():
        reach = 4  # after a complete quotation only a short "Smith said." attributes it
    left = [t for t in tokens if lo <= t.idx < span.open and not inside(t.idx)]
    if _label(left):
        return Cue(left[-1], ":", left[-2])  # a label: Stoops: “…” — a tweet's author after it is no speaker
    partial = sum(t.is_alpha for t in left) >= 2
    if partial:
        cue = path_cue(span, tokens, inside)
        if cue is not None:
            return cue
    if len(right) >= 2 and right[0].text in "―—–-" and right[1].pos_ == "PROPN":
        return Cue(right[0], right[0].text, right[1])  # “…” — Name
    for k, tok in enumerate(right[:reach]):
        cue = make_cue(tok, inside)
        if cue is None and k == 0 and tok.lower_ in _PAST_CUES:  # “…,” added X: the tagger may call it an adjective
            cue = Cue(tok, tok.text, None)
        if cue is not None and k == 0 and not _speaks(cue.subject):
            # “…,” added co-star Tom Ellery: the parse may make "co" the subject of the inverted verb
            cue = Cue(cue.verb, cue.text, _inverted_name(tok, inside) or cue.subject)
        if cue is not None and (reach == _RIGHT_REACH or not any(
                c.dep_ in ("aux", "ccomp") and not inside(c.idx) for c in tok.children)):
            return cue
    for tok in reversed(left):
        cue = make_cue(tok, inside)
        if cue is not None:
            return cue
    if len(left) >= 2 and left[-1].text in ",:" and left[-2].lower_ in _PAST_CUES:
        return Cue(left[-2], left[-2].text, adjacent_name(left[-2], inside))  # X shared, ‘…’ (tagged an adjective)
    return None


_NOT_LABELS = frozenset("update note editor source photo video watch read q a answer question warning breaking "
                        "live related caption credit statement quote".split())


def _label(left: list[Any]) -> bool:
    """"Stoops: “…”": one to four capitalised words and a colon are all the line has before the quotation."""
    return 2 <= len(left) <= 5 and left[-1].text == ":" and all(
        t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") and t.lower_ not in _NOT_LABELS
        and t.ent_type_ not in ("GPE", "LOC", "NORP", "FAC", "DATE", "EVENT") for t in left[:-1])  # "24. Georgia:"


def _speaks(token: Any | None) -> bool:
    return token is not None and (token.ent_type_ == "PERSON" or token.pos_ == "PRON")


def _inverted_name(verb: Any, inside: Any) -> Any | None:
    """The person named in the few words after a verb that opens the frame (“…,” said co-star X)."""
    for t in verb.doc[verb.i + 1 : verb.i + 6]:
        if inside(t.idx) or t.text in ".!?;" or "\n" in t.whitespace_:
            break
        if t.ent_type_ == "PERSON":
            return t
    return None


def last_sentence_cue(tokens: list[Any], inside: Any) -> Cue | None:
    """The cue of a paragraph that introduces the quotation after it: "He went on:", "She then said."

    The last reporting verb wins; a sentence ending in a colon gives its main verb.
    """
    words = [t for t in tokens if not inside(t.idx)]
    for tok in reversed(words):
        cue = make_cue(tok, inside)
        if cue is not None:
            return cue
    if words and words[-1].text == ":":
        for verb in reversed(words):
            if verb.pos_ in ("VERB", "AUX"):
                subject = subject_of(verb, inside)
                if subject is not None:
                    return Cue(verb, cue_text(verb), subject)
    return None


def lead_in_cue(tokens: list[Any], inside: Any) -> Cue | None:
    """A short sentence that hands the floor to the quotation after it: "Adeyemi laughed. “…”".

    No reporting verb is needed; the main verb's subject must be a name or he/she.
    """
    words = [t for t in tokens if not inside(t.idx) and not t.is_punct]
    if not words or len(words) > _LEAD_IN_WORDS:
        return None
    roots = [t for t in words if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    subject = subject_of(roots[0], inside) if roots else None
    if subject is None or not (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she")):
        return None
    return Cue(roots[0], cue_text(roots[0]), subject)
