"""A pipeline of named stages over one typed :class:`~unbait.document.Analysis`.

Each stage is a callable ``Analysis -> Analysis`` with a ``name``; a stage may also
offer ``pipe(iterable)`` to work on a batch (the parser does). A stage that raises
on one article records a :class:`~unbait.document.Problem` on that article and
leaves it as it was, so one bad article never kills a batch.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Protocol, runtime_checkable

from unbait.document import Analysis, Digest, Problem, RawArticle


@runtime_checkable
class Stage(Protocol):
    name: str

    def __call__(self, analysis: Analysis) -> Analysis: ...


def _failed(stage: Stage, analysis: Analysis, exc: BaseException) -> Analysis:
    message = f"{type(exc).__name__}: {exc}"[:500]
    return analysis.evolve(problems=analysis.problems + (Problem(stage.name, message),))


def run_stage(stage: Stage, analysis: Analysis) -> Analysis:
    """Run one stage on one article, turning an exception into a recorded problem."""
    try:
        result = stage(analysis)
    except Exception as exc:  # noqa: BLE001 - the whole point: isolate the stage
        return _failed(stage, analysis, exc)
    if not isinstance(result, Analysis):
        return _failed(stage, analysis, TypeError(f"stage returned {type(result).__name__}"))
    return result


def run_stage_batch(stage: Stage, batch: list[Analysis]) -> list[Analysis]:
    """Run a stage over a batch: its ``pipe`` if it has one, else one by one.

    When a batched ``pipe`` fails, the batch is retried one article at a time so
    that only the article that breaks it records the problem.
    """
    pipe = getattr(stage, "pipe", None)
    if pipe is not None:
        try:
            out = list(pipe(batch))
            if len(out) == len(batch):
                return out
        except Exception:  # noqa: BLE001 - fall back to per-article isolation
            pass
    return [run_stage(stage, a) for a in batch]


class Pipeline:
    """Named stages in order. ``pipeline(article)`` for one, ``pipeline.pipe(articles)`` for a stream."""

    def __init__(self, stages: Sequence[Stage], batch_size: int = 16) -> None:
        names = [s.name for s in stages]
        if len(set(names)) != len(names):
            raise ValueError(f"stage names must be unique: {names}")
        self.stages = tuple(stages)
        self.batch_size = batch_size

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def analyse(self, article: RawArticle) -> Analysis:
        analysis = Analysis(article=article)
        for stage in self.stages:
            analysis = run_stage(stage, analysis)
        return analysis

    def __call__(self, article: RawArticle) -> Digest:
        return self.analyse(article).digest()

    def pipe(self, articles: Iterable[RawArticle]) -> Iterator[Digest]:
        """Digests in input order, processed in batches of ``batch_size``."""
        it = iter(articles)
        while batch := [Analysis(article=a) for a in islice(it, self.batch_size)]:
            for stage in self.stages:
                batch = run_stage_batch(stage, batch)
            for analysis in batch:
                analysis = analysis.evolve(doc=None)
                yield analysis.digest()
