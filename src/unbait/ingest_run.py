"""Resumable ingest of many sources: read → (runner: extract → analyse) → one writer with checkpoints.

Each source's items are cut into batches in a fixed order. Items already stored (by
URL, or by content id for local articles) are counted as duplicates before any NLP;
the rest go to the runner. Each batch is written by ``Store.add_many`` together with
its quarantine records and the source's :class:`Checkpoint`, in one transaction, so
a killed run resumes after its last committed batch and ends as if it had run once.
"""
from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from unbait.document import Analysis, Digest, RawArticle, Rejected, content_id
from unbait.filing import Filing
from unbait.parallel import Inline, Unit
from unbait.pipeline import Pipeline, run_stage
from unbait.sources.dispatch import Context, Known, Source
from unbait.store import Store
from unbait.store.checkpoint import Checkpoint


@dataclass(frozen=True)
class Batch:
    base: Checkpoint  # the source's checkpoint before this batch
    units: list[Unit]
    rejected: tuple[Rejected, ...]
    duplicates: int
    position: int  # items of the source accounted for once this batch is written
    done: bool
    filtered: tuple[tuple[str, int], ...]
    first: bool  # the first batch of its source in this run


@dataclass(frozen=True)
class RunSummary:
    records: int = 0  # items read from the sources (filtered WARC records not included)
    stored: int = 0
    duplicates: int = 0
    quarantined: int = 0
    filtered: int = 0  # WARC records passed over by the cheap filters
    problems: int = 0
    seconds: float = 0.0
    reasons: tuple[tuple[str, int], ...] = field(default=())  # quarantined in this run, by reason

    @property
    def docs_per_s(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0


def article_id(pipeline: Pipeline, article: RawArticle) -> str:
    """The id the article will be stored under, computed with the pipeline's cleaner only."""
    analysis = Analysis(article=article)
    for stage in pipeline.stages:
        if stage.name == "clean":
            analysis = run_stage(stage, analysis)
            break
    return content_id(analysis.text or article.text, article.title)


def _batches(sources: Sequence[Source | Rejected], store: Store, ctx: Context, pipeline: Pipeline,
             size: int) -> Iterator[Batch]:
    seen: set[str] = set()
    for src in sources:
        if isinstance(src, Rejected):
            yield Batch(Checkpoint(src.source), [], (src,), 0, 1, True, (), True)
            continue
        saved = store.checkpoint(src.key)
        resumable = saved is not None and not saved.done and src.key != "-"  # stdin cannot be re-read
        base = saved if resumable else Checkpoint(src.key)
        position, first = base.position, True
        units: list[Unit] = []
        rejected: list[Rejected] = []
        dups = 0
        for item in src.items(ctx, base.position):
            position += 1
            if isinstance(item, Rejected):
                rejected.append(item)
            elif isinstance(item, Known):
                dups += 1
            else:
                key = item.uri if not isinstance(item, RawArticle) else article_id(pipeline, item)
                if key in seen or (isinstance(item, RawArticle) and store.has(key)):
                    dups += 1
                else:
                    seen.add(key)
                    units.append(item)
            if len(units) + len(rejected) + dups >= size:
                yield Batch(base, units, tuple(rejected), dups, position, False,
                            tuple(sorted(src.filtered().items())), first)
                units, rejected, dups, first = [], [], 0, False
        yield Batch(base, units, tuple(rejected), dups, position, True, tuple(sorted(src.filtered().items())), first)


def run(sources: Sequence[Source | Rejected], store: Store, ctx: Context, pipeline: Pipeline,
        runner: Inline | None = None, *, on_batch: Callable[[RunSummary], None] | None = None,
        on_rejected: Callable[[Rejected], None] | None = None,
        on_stored: Callable[[Digest], None] | None = None) -> RunSummary:
    """Ingest ``sources`` into ``store`` through ``runner`` (default: in this process)."""
    runner = runner or Inline(pipeline.batch_size, make=lambda _size: pipeline)
    ctx.known_url = store.has_url
    pending: deque[Batch] = deque()
    running: dict[str, Checkpoint] = {}
    total, reasons, t0 = RunSummary(), Counter(), time.perf_counter()

    def unit_lists() -> Iterator[list[Unit]]:
        for batch in _batches(sources, store, ctx, pipeline, pipeline.batch_size):
            pending.append(batch)
            yield batch.units

    for outcomes in runner.map(unit_lists()):
        batch = pending.popleft()
        filings = [o for o in outcomes if isinstance(o, Filing)]
        rejected = list(batch.rejected) + [o for o in outcomes if isinstance(o, Rejected)]
        fresh = {f.digest.id: f for f in filings if not store.has(f.digest.id)}
        dups = batch.duplicates + len(filings) - len(fresh)
        before = batch.base if batch.first else running[batch.base.source]
        cp = replace(before, position=batch.position, done=batch.done, stored=before.stored + len(fresh),
                     duplicates=before.duplicates + dups, quarantined=before.quarantined + len(rejected),
                     filtered=batch.filtered)
        store.add_many(fresh.values(), rejected=rejected, checkpoint=cp)
        running[cp.source] = cp
        reasons.update(r.reason for r in rejected)
        for r in rejected if on_rejected else ():
            on_rejected(r)
        for f in fresh.values() if on_stored else ():
            on_stored(f.digest)
        total = replace(total, records=total.records + len(outcomes) + len(batch.rejected) + batch.duplicates,
                        stored=total.stored + len(fresh), duplicates=total.duplicates + dups,
                        quarantined=total.quarantined + len(rejected),
                        problems=total.problems + sum(1 for f in fresh.values() if f.digest.problems),
                        seconds=time.perf_counter() - t0, reasons=tuple(reasons.most_common()))
        if batch.done:
            total = replace(total, filtered=total.filtered + sum(n for _, n in batch.filtered))
        if on_batch is not None:
            on_batch(total)
    return total
