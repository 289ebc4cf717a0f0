"""Ingest: read inputs, analyse the new ones, store them; quarantine what cannot be read."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from unbait.document import Analysis, Digest, RawArticle, Rejected, content_id
from unbait.pipeline import Pipeline, run_stage
from unbait.store import Store


@dataclass(frozen=True, slots=True)
class IngestSummary:
    read: int  # articles read from the inputs
    stored: int  # new articles stored
    duplicates: int  # articles already in the store (or twice in the inputs)
    quarantined: int  # inputs rejected, with a reason in the store
    problems: int  # stored articles on which some stage failed


def article_id(pipeline: Pipeline, article: RawArticle) -> str:
    """The id the article will be stored under, computed with the pipeline's cleaner only."""
    analysis = Analysis(article=article)
    for stage in pipeline.stages:
        if stage.name == "clean":
            analysis = run_stage(stage, analysis)
            break
    return content_id(analysis.text or article.text, article.title)


def ingest(items: Iterable[RawArticle | Rejected], store: Store, pipeline: Pipeline,
           on_rejected: Callable[[Rejected], None] = lambda r: None,
           on_stored: Callable[[Digest], None] | None = None) -> IngestSummary:
    """Store every new article of ``items``; articles already stored skip the NLP.

    ``on_rejected`` hears of each unreadable input, ``on_stored`` of each digest newly stored.
    """
    counts = {"read": 0, "dup": 0, "quarantined": 0, "stored": 0, "problems": 0}
    seen: set[str] = set()

    def new_articles() -> Iterator[RawArticle]:
        for item in items:
            if isinstance(item, Rejected):
                counts["quarantined"] += 1
                store.quarantine(item)
                on_rejected(item)
                continue
            counts["read"] += 1
            key = article_id(pipeline, item)
            if key in seen or store.has(key):
                counts["dup"] += 1
                continue
            seen.add(key)
            yield item

    digests = pipeline.pipe(new_articles())
    while batch := list(islice(digests, pipeline.batch_size)):
        new = store.add_many(batch)
        if on_stored is not None:
            for d in batch:
                on_stored(d)
        counts["stored"] += new
        counts["dup"] += len(batch) - new
        counts["problems"] += sum(1 for d in batch if d.problems)
    return IngestSummary(counts["read"], counts["stored"], counts["dup"], counts["quarantined"], counts["problems"])
