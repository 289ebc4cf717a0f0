"""``unbait ingest``: sources to the store, with a progress bar, a summary, and ``--status``."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from unbait.cli.ingest_render import Progressing, show_status, show_summary


def ingest(
    sources: Annotated[Optional[list[str]], typer.Argument(
        help="Files, directories, - for stdin, .warc/.warc.gz (globs too), .opml, a .txt of page URLs, "
             "or http(s) URLs of pages and RSS/Atom feeds.")] = None,
    db: Annotated[Path, typer.Option("--db", help="SQLite store (created if missing).")] = Path("unbait.db"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary (or --status) as JSON.")] = False,
    show: Annotated[bool, typer.Option("--show", help="Print the digest of each newly stored article.")] = False,
    status: Annotated[bool, typer.Option("--status", help="Report what the store holds per source; ingest nothing.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no per-input errors.")] = False,
    workers: Annotated[Optional[int], typer.Option("--workers", min=1, help="Local worker processes (default: all cores).")] = None,
    dask: Annotated[Optional[str], typer.Option("--dask", help="Run on Dask: local:N, or a scheduler address tcp://HOST:8786.")] = None,
    site: Annotated[Optional[str], typer.Option("--site", help="WARC: only pages of this site (and its subdomains).")] = None,
    keyword: Annotated[Optional[str], typer.Option("--keyword", help="WARC: only pages whose HTML contains this.")] = None,
) -> None:
    """Analyse articles and store them, resumably; already stored ones are skipped, bad inputs quarantined."""
    import unbait
    from unbait.cli.app import _say_rejected
    from unbait.document import Rejected
    from unbait.ingest_run import run
    from unbait.parallel import runner
    from unbait.sources.dispatch import Context, plan
    from unbait.sources.filters import Filters
    from unbait.store import Store

    out = Console(highlight=False)
    with Store(db) as store:
        if status:
            show_status(store, as_json, out)
            return
        if not sources:
            raise typer.BadParameter("give at least one source (or --status)")
        max_bytes, size = int(store.get_setting("max_input_bytes")), int(store.get_setting("batch_size"))
        ctx = Context(Filters(site=site, keyword=keyword), max_bytes)
        pool = runner(workers, dask, batch_size=size, extract_seconds=float(store.get_setting("extract_seconds")),
                      memory_mb=int(store.get_setting("worker_memory_mb")))
        renderer = None
        if show:
            from unbait.cli.render import RichRenderer

            renderer = RichRenderer(out)
        planned = plan(sources, max_bytes)
        totals = [1 if isinstance(s, Rejected) else s.total(ctx) for s in planned]
        try:
            with Progressing(not quiet, None if None in totals else sum(totals)) as progress:
                summary = run(planned, store, ctx, unbait.pipeline(size), pool,
                              on_batch=progress.update, on_rejected=None if quiet else _say_rejected,
                              on_stored=renderer.render if renderer else None)
        finally:
            pool.close()
            ctx.close()
        in_store = store.counts().articles
    show_summary(summary, in_store, str(db), as_json, out, quiet)
    if summary.records and not (summary.stored + summary.duplicates) and summary.quarantined:
        raise typer.Exit(1)
