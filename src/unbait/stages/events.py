"""Read the lead's event triples (:mod:`unbait.stories.events`) for story clustering.

The body is already parsed (``Analysis.doc``); the title is parsed here by
:func:`parse_titles`, batched. An article without a parse keeps no triples.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from unbait.document import Analysis
from unbait.nlp import load_nlp
from unbait.stages.token_rules import model_rules
from unbait.stories.events import lead_triples


def parse_titles(titles: Iterable[str], batch_size: int = 64) -> Iterator[Any]:
    """Titles parsed for their triples: tagger, parser and the rules' lemmas, no NER. A title's
    arguments are its proper nouns and numbers (the tagger finds them); the NER pass cost twice
    the rest of a title's parse (1.2 ms a title without it, 3.6 with it)."""
    rules = model_rules()
    for doc in load_nlp().pipe(titles, batch_size=batch_size, disable=(*rules.disabled, "ner")):
        yield rules(doc)


class ReadEvents:
    name = "events"

    def __call__(self, analysis: Analysis) -> Analysis:
        return next(self.pipe([analysis]))

    def pipe(self, analyses: Iterable[Analysis]) -> Iterator[Analysis]:
        batch = list(analyses)
        titles = parse_titles((a.article.title or "" for a in batch), batch_size=max(1, len(batch)))
        for analysis, title in zip(batch, titles, strict=True):
            if analysis.doc is None:
                yield analysis
            else:
                yield analysis.evolve(events=lead_triples(title if len(title) else None, analysis.doc))
