"""How ``unbait ingest`` shows itself: a progress bar on stderr, a summary, the ``--status`` report."""
from __future__ import annotations

import json
from dataclasses import asdict

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Column, Table

from unbait.ingest_run import RunSummary
from unbait.store import Store


class Progressing:
    """A rich progress bar on stderr: records, documents/s, stored, duplicates, quarantined; ETA when ``total`` is known."""

    def __init__(self, enabled: bool = True, total: int | None = None) -> None:
        columns = [SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn()]
        if total is not None:
            columns[2:2] = [BarColumn(), TimeRemainingColumn()]
        self._bar = Progress(*columns, console=Console(stderr=True), transient=True, disable=not enabled)
        self._task = self._bar.add_task("ingesting", total=total)

    def __enter__(self) -> "Progressing":
        self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()

    def update(self, s: RunSummary) -> None:
        text = (f"{s.records:,} records · {s.docs_per_s:.1f} docs/s · stored {s.stored:,} · "
                f"duplicates {s.duplicates:,} · quarantined {s.quarantined:,}")
        self._bar.update(self._task, completed=s.records, description=text)


def show_summary(s: RunSummary, in_store: int, db: str, as_json: bool, out: Console, quiet: bool) -> None:
    fields = {"read": s.records, "stored": s.stored, "duplicates": s.duplicates, "quarantined": s.quarantined,
              "filtered": s.filtered, "with_problems": s.problems, "seconds": round(s.seconds, 2),
              "docs_per_s": round(s.docs_per_s, 2), "quarantined_by_reason": dict(s.reasons),
              "articles_in_store": in_store, "db": db}
    if as_json:
        out.file.write(json.dumps(fields) + "\n")
        return
    plain = {k: v for k, v in fields.items() if k != "quarantined_by_reason"}
    out.print(" · ".join(f"{k.replace('_', ' ')}: {v}" for k, v in plain.items()))
    if s.reasons and not quiet:
        table = Table("quarantined because", "records", title_justify="left")
        for reason, n in s.reasons[:20]:
            table.add_row(reason, str(n))
        out.print(table)


def show_status(store: Store, as_json: bool, out: Console) -> None:
    counts, cps = store.counts(), store.checkpoints()
    reasons = store.quarantine_reasons()
    if as_json:
        out.file.write(json.dumps({
            "articles": counts.articles, "quarantined": counts.quarantined,
            "quarantined_by_reason": dict(reasons),
            "pending": [c.source for c in cps if not c.done],
            "sources": [{**asdict(c), "filtered": dict(c.filtered), "records": c.records} for c in cps],
        }) + "\n")
        return
    table = Table(Column("source", overflow="fold"), "state", "items", "stored", "duplicates", "quarantined", "filtered",
                  title=f"{counts.articles:,} articles stored · {counts.quarantined:,} inputs quarantined",
                  title_justify="left")
    for c in cps:
        state = "done" if c.done else f"pending (resumes after item {c.position:,})"
        table.add_row(c.source, state, f"{c.position:,}", f"{c.stored:,}", f"{c.duplicates:,}",
                      f"{c.quarantined:,}", f"{sum(n for _, n in c.filtered):,}")
    out.print(table)
    if reasons:
        why = Table("quarantined because", "inputs", title_justify="left")
        for reason, n in reasons[:30]:
            why.add_row(reason, str(n))
        out.print(why)
