"""Parse the clean body with spaCy; batched through ``nlp.pipe``."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from unbait.document import Analysis
from unbait.nlp import load_nlp


class Parse:
    name = "parse"

    def __init__(self, batch_size: int = 64) -> None:
        self.batch_size = batch_size

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis.evolve(doc=load_nlp()(analysis.text))

    def pipe(self, analyses: Iterable[Analysis]) -> Iterator[Analysis]:
        batch = list(analyses)
        docs = load_nlp().pipe((a.text for a in batch), batch_size=self.batch_size)
        for analysis, doc in zip(batch, docs, strict=True):
            yield analysis.evolve(doc=doc)
