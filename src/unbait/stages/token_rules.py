"""The model's ``attribute_ruler`` (POS, morphology and lemma exceptions), matched through an index.

spaCy's ``attribute_ruler`` runs a general :class:`~spacy.matcher.Matcher` over ~180
patterns, which takes about a tenth of the model's time on news text. Its patterns are
one or two tokens, each an equality, ``IN``, ``NOT_IN`` or ``REGEX`` test on LOWER, TAG,
DEP or IS_SPACE, so :class:`TokenRules` finds the very same matches by looking each
token's attributes up in dicts, and hands them to the ruler's own ``set_annotations``
(same order, so the same attributes win); the lemmatizer then runs as in the model.
A model whose rules are shaped otherwise is left alone (:attr:`TokenRules.disabled` is
empty). ``tests/stages/test_token_rules.py`` checks matches and whole docs against spaCy.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

from unbait.nlp import load_nlp

_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # the order of the columns read per token
_AFTER = frozenset({"ner"})  # components that may follow the ruler: they read none of what it sets


class Unsupported(ValueError):
    """A rule this index cannot reproduce exactly."""


def _test(vocab: Any, attr: str, value: Any) -> tuple[str, Any]:
    """One token test as (operator, operand) over the ids ``Doc.to_array`` gives."""
    if attr not in _ATTRS:
        raise Unsupported(attr)
    if isinstance(value, bool) or not isinstance(value, (str, dict)):
        return "==", int(value)
    if isinstance(value, str):
        return "==", vocab.strings[value]
    if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN", "REGEX"):
        raise Unsupported(str(value))
    op, operand = next(iter(value.items()))
    if op == "REGEX":
        return op, re.compile(operand)
    return op, frozenset(vocab.strings[v] for v in operand)


class _Rule:
    def __init__(self, vocab: Any, order: int, key: int, pattern: list[dict]) -> None:
        if not 1 <= len(pattern) <= 2:
            raise Unsupported(f"{len(pattern)} tokens")
        self.order, self.key, self.width = order, key, len(pattern)
        self.tokens = [[(_ATTRS.index(a), *_test(vocab, a, v)) for a, v in spec.items()] for spec in pattern]

    def anchors(self) -> list[tuple[int, int]] | None:
        """(column, id) pairs one of which the first token must have; None: test every token.

        Sets ``first``: the first token's tests less the anchor, which the index lookup has settled.
        """
        self.first = self.tokens[0]
        for col in range(len(_ATTRS)):
            for test in self.tokens[0]:
                c, op, operand = test
                if c == col and op in ("==", "IN"):
                    self.first = [t for t in self.tokens[0] if t is not test]
                    return [(col, operand)] if op == "==" else [(col, v) for v in operand]
        return None


def _holds(tests: list, row: list[int], strings: Any) -> bool:
    for col, op, operand in tests:
        value = row[col]
        if op == "==":
            ok = value == operand
        elif op == "IN":
            ok = value in operand
        elif op == "NOT_IN":
            ok = value not in operand
        else:
            ok = operand.search(strings[value]) is not None
        if not ok:
            return False
    return True


class TokenRules:
    """``rules(doc)`` sets what the model's attribute_ruler and lemmatizer would; see the module doc."""

    def __init__(self, nlp: Any) -> None:
        self.disabled: tuple[str, ...] = ()
        names = list(nlp.pipe_names)
        if "attribute_ruler" not in names or names[names.index("attribute_ruler") + 1:][:1] != ["lemmatizer"]:
            return
        if not set(names[names.index("lemmatizer") + 1:]) <= _AFTER:
            return
        self._ruler, self._lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
        self._strings = nlp.vocab.strings
        self._index: list[dict[int, list[_Rule]]] = [defaultdict(list) for _ in _ATTRS]
        self._always: list[_Rule] = []
        try:
            for order, entry in enumerate(self._ruler.patterns):
                key = self._strings[str(order)]
                for pattern in entry["patterns"]:
                    rule = _Rule(nlp.vocab, order, key, pattern)
                    anchors = rule.anchors()
                    for col, value in anchors or ():
                        self._index[col][value].append(rule)
                    if anchors is None:
                        self._always.append(rule)
        except (Unsupported, KeyError, TypeError):
            return
        if len(self._ruler.patterns) != len(self._ruler.attrs):
            return  # patterns added another way than one per key: leave the ruler alone
        self.disabled = ("attribute_ruler", "lemmatizer")

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """The ruler's own ``match(doc)`` result: (order, key, start, end), sorted."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        rows = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        found, strings, last = set(), self._strings, len(rows) - 1
        lower, tag, dep, space = self._index
        for i, row in enumerate(rows):
            for rules in (lower.get(row[0]), tag.get(row[1]), dep.get(row[2]), space.get(row[3]), self._always):
                for rule in rules or ():
                    if rule.first and not _holds(rule.first, row, strings):
                        continue
                    if rule.width == 1:
                        found.add((rule.order, rule.key, i, i + 1))
                    elif i < last and _holds(rule.tokens[1], rows[i + 1], strings):
                        found.add((rule.order, rule.key, i, i + 2))
        return sorted(found)

    def __call__(self, doc: Any, lemmas: bool = True) -> Any:
        """Set the ruler's annotations, and the lemmas unless ``lemmas`` is false (:func:`lemma_of` then
        lemmatises the few tokens asked for)."""
        if self.disabled:
            self._ruler.set_annotations(doc, self.match(doc))
            if lemmas:
                self._lemmatizer(doc)
        return doc

    def lemma(self, token: Any) -> str:
        """What the model's lemmatizer would set on ``token``."""
        lemmatizer = getattr(self, "_lemmatizer", None)
        return lemmatizer.lemmatize(token)[0] if lemmatizer is not None else token.lemma_


def lemma_of(token: Any) -> str:
    """A token's lemma: the one it has, else the model's lemmatizer's now (the body parse sets none)."""
    return token.lemma_ if token.lemma else model_rules().lemma(token)


@lru_cache(maxsize=1)
def model_rules() -> TokenRules:
    """The rules of the process's model (:func:`unbait.nlp.load_nlp`), built once."""
    return TokenRules(load_nlp())
