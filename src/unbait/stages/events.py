"""Read the lead's event triples (:mod:`unbait.stories.events`) for story clustering.

The body is already parsed (``Analysis.doc``); the title is parsed here, batched through
``nlp.pipe`` (titles are short). An article without a parse keeps no triples.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from unbait.document import Analysis
from unbait.nlp import load_nlp
from unbait.stories.events import lead_triples


class ReadEvents:
    name = "events"

    def __call__(self, analysis: Analysis) -> Analysis:
        return next(self.pipe([analysis]))

    def pipe(self, analyses: Iterable[Analysis]) -> Iterator[Analysis]:
        batch = list(analyses)
        titles = load_nlp().pipe((a.article.title or "" for a in batch), batch_size=max(1, len(batch)))
        for analysis, title in zip(batch, titles, strict=True):
            if analysis.doc is None:
                yield analysis
            else:
                yield analysis.evolve(events=lead_triples(title if len(title) else None, analysis.doc))
