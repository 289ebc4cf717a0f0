"""``unbait``: read, ingest, eval, bench, settings. Each command is a few lines over the library."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from unbait.errors import UnbaitError

app = typer.Typer(help="Read entertainment news without the bait.", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)  # one line per error, never wrapped
DB = Annotated[Path, typer.Option("--db", help="SQLite store (created if missing).")]
JSON = Annotated[bool, typer.Option("--json", help="JSON output (JSON Lines for streams).")]


def _say_rejected(rejected) -> None:
    err.print(f"unbait: {rejected.source}: {rejected.reason}", markup=False)


def _items(paths: list[str], max_bytes: int):
    from unbait.inputs import read_inputs

    return read_inputs(paths, max_bytes=max_bytes)


@app.command()
def read(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl), directories, or - for stdin.")],
    as_json: JSON = False,
    full: Annotated[bool, typer.Option("--full", help="Show the whole clean text, not only its lead.")] = False,
) -> None:
    """Analyse articles and print a digest of each, in input order."""
    import unbait
    from unbait.cli.render import JsonLinesRenderer, RichRenderer
    from unbait.document import Rejected
    from unbait.settings import setting

    out = Console(highlight=False, soft_wrap=as_json)
    renderer = JsonLinesRenderer(out) if as_json else RichRenderer(out, full_text=full)
    shown = 0

    def articles():
        for item in _items(paths, int(setting("max_input_bytes").default)):
            if isinstance(item, Rejected):
                _say_rejected(item)
            else:
                yield item

    for digest in unbait.pipeline().pipe(articles()):
        renderer.render(digest)
        shown += 1
    if not shown:
        err.print("unbait: no article could be read")
        raise typer.Exit(1)


@app.command()
def settings(
    db: DB = Path("unbait.db"),
    set_: Annotated[Optional[list[str]], typer.Option("--set", help="NAME=VALUE to store in --db.")] = None,
) -> None:
    """List the settings with their values, defaults and help; --set changes one for a store."""
    from rich.table import Table

    from unbait.settings import SETTINGS
    from unbait.store import Store

    with Store(db) as store:
        for pair in set_ or []:
            name, _, raw = pair.partition("=")
            store.set_setting(name.strip(), raw.strip())
        table = Table("name", "value", "default", "help")
        for s in SETTINGS:
            table.add_row(s.name, str(store.get_setting(s.name)), str(s.default), s.help)
    Console().print(table)


@app.command()
def bench(
    n: Annotated[Optional[int], typer.Option("--n", help="How many articles (default: setting bench_articles).")] = None,
    rounds: Annotated[int, typer.Option(help="Timed rounds; the best counts.")] = 3,
    as_json: JSON = False,
) -> None:
    """Throughput of the whole pipeline against bare spaCy nlp.pipe on the same texts, as a ratio."""
    import unbait
    from unbait.bench import bench as run_bench
    from unbait.bench import bench_corpus
    from unbait.cli.report import show_bench
    from unbait.settings import setting

    articles = bench_corpus(n or int(setting("bench_articles").default))
    show_bench(run_bench(articles, unbait.pipeline(), rounds=rounds), as_json)


@app.command("bench-ingest")
def bench_ingest(
    n: Annotated[int, typer.Option("--n", help="Articles in the synthetic WARC.")] = 1000,
    workers: Annotated[Optional[list[int]], typer.Option("--workers", help="Worker counts to time (repeat).")] = None,
    as_json: JSON = False,
) -> None:
    """Ingest throughput on a synthetic WARC: reading alone, 1 and 2 workers, against bare spaCy."""
    from unbait.bench_ingest import bench_ingest as run_bench
    from unbait.cli.report import show_bench_ingest

    show_bench_ingest(run_bench(n, tuple(workers or (1, 2))), as_json)


def _register() -> None:
    from unbait.cli import evals, headline, kb, serve, spoil, stories
    from unbait.cli.ingest import ingest

    app.command("ingest")(ingest)
    app.add_typer(evals.eval_app, name="eval")
    app.add_typer(kb.kb_app, name="kb")
    app.add_typer(headline.train_app, name="train")
    app.command("clickbait")(headline.clickbait)
    app.command("spoil")(spoil.spoil)
    app.command("serve")(serve.serve)
    for command in kb.COMMANDS + stories.COMMANDS:
        app.command(command.__name__)(command)


_register()


def main() -> None:
    """Entry point: library errors become one line on stderr and exit code 2."""
    try:
        app()
    except UnbaitError as exc:
        err.print(f"unbait: {exc}", markup=False)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
