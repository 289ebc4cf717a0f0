"""Parse the clean body with spaCy; batched through ``nlp.pipe``.

The model's attribute ruler and lemmatizer run through :class:`~unbait.stages.token_rules.TokenRules`
(the same annotations, matched by index instead of spaCy's general Matcher); lemmas are not set
here, :func:`~unbait.stages.token_rules.lemma_of` computes the few that are read (reporting verbs).
Bodies longer than the ``max_parse_chars`` setting are parsed up to that length
(at a paragraph break where one is near) and the article records a problem, so
that one enormous input cannot take the process's memory.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from unbait.document import Analysis, Problem
from unbait.nlp import load_nlp
from unbait.stages.token_rules import TokenRules, model_rules
from unbait.settings import setting


class Parse:
    name = "parse"

    def __init__(self, max_chars: int | None = None) -> None:
        self.max_chars = max_chars or int(setting("max_parse_chars").default)

    @property
    def rules(self) -> TokenRules:
        return model_rules()

    def _prefix(self, text: str) -> str:
        if len(text) <= self.max_chars:
            return text
        cut = text.rfind("\n\n", 0, self.max_chars)
        return text[: cut if cut > self.max_chars // 2 else self.max_chars]

    def _done(self, analysis: Analysis, doc) -> Analysis:
        problems = analysis.problems
        if len(doc.text) < len(analysis.text):
            problems += (Problem(self.name, f"body of {len(analysis.text):,} characters parsed up to "
                                            f"{len(doc.text):,} (setting max_parse_chars)"),)
        return analysis.evolve(doc=doc, problems=problems)

    def __call__(self, analysis: Analysis) -> Analysis:
        return self._done(analysis, self.rules(load_nlp()(self._prefix(analysis.text), disable=self.rules.disabled),
                                                     lemmas=False))

    def pipe(self, analyses: Iterable[Analysis]) -> Iterator[Analysis]:
        batch = list(analyses)
        docs = load_nlp().pipe((self._prefix(a.text) for a in batch), batch_size=max(1, len(batch)),
                               disable=self.rules.disabled)
        for analysis, doc in zip(batch, docs, strict=True):
            yield self._done(analysis, self.rules(doc, lemmas=False))
