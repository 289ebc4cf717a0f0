"""KB commands: people, person, works, work, quotes, search, kb import. Thin: queries from ``Store.kb()``."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from unbait.cli.app import DB, JSON, err
from unbait.cli.kb_render import json_lines, show_hits, show_people, show_quotes, show_works

Name = Annotated[str, typer.Argument(help="Any spelling of the name.")]


def _reader(db: Path):
    from unbait.store import Store

    return Store(db)


def _none(what: str) -> None:
    err.print(f"unbait: no {what}", markup=False)
    raise typer.Exit(1)


def people(db: DB = Path("unbait.db"), as_json: JSON = False) -> None:
    """People in the KB: canonical name, spellings seen, roles, number of articles."""
    with _reader(db) as store:
        found = store.kb().people()
    json_lines(found) if as_json else show_people(Console(highlight=False, soft_wrap=True), found, full=False)


def person(name: Name, db: DB = Path("unbait.db"), as_json: JSON = False,
           why: Annotated[bool, typer.Option("--why", help="Why each mention was filed under this person.")] = False,
           facts: Annotated[int, typer.Option(
               "--facts", min=0, help="Show the N newest facts about their works (0: all).")] = 50,
           ) -> None:
    """One person by any spelling: roles, quotes, facts about their works, articles."""
    with _reader(db) as store:
        found = store.kb().person(name, facts=facts or None)
    if not found:
        _none(f"person known as {name!r}")
    json_lines(found) if as_json else show_people(Console(highlight=False, soft_wrap=True), found, full=True, why=why)


def works(db: DB = Path("unbait.db"), as_json: JSON = False) -> None:
    """Works in the KB: title, kind, networks, cast, facts."""
    with _reader(db) as store:
        found = store.kb().works()
    json_lines(found) if as_json else show_works(Console(highlight=False, soft_wrap=True), found)


def work(title: Annotated[str, typer.Argument(help="Any spelling of the title.")],
         db: DB = Path("unbait.db"), as_json: JSON = False) -> None:
    """One work by any title spelling: kind, networks, cast (actor -> character), facts by date."""
    with _reader(db) as store:
        found = store.kb().work(title)
    if not found:
        _none(f"work titled {title!r}")
    json_lines(found) if as_json else show_works(Console(highlight=False, soft_wrap=True), found)


def quotes(by: Annotated[str, typer.Option("--by", help="Any spelling of the speaker's name.")],
           db: DB = Path("unbait.db"), as_json: JSON = False) -> None:
    """Every quote by one person, with its article and offsets."""
    with _reader(db) as store:
        found = store.kb().quotes_by(by)
    json_lines(found) if as_json else show_quotes(Console(highlight=False, soft_wrap=True), found)


def search(query: Annotated[str, typer.Argument(help="Words to find, searched as one phrase.")],
           db: DB = Path("unbait.db"), as_json: JSON = False) -> None:
    """Full-text search (SQLite FTS5) over articles, quotes and names."""
    with _reader(db) as store:
        found = store.kb().search(query)
    json_lines(found) if as_json else show_hits(Console(highlight=False, soft_wrap=True), found)


kb_app = typer.Typer(help="The knowledge base's reference lists.", no_args_is_help=True)


@kb_app.command("import")
def import_(file: Annotated[Path, typer.Argument(help="A cast table (.csv: actor, work, character, role) "
                                                      "or a kpopnet .json file.")],
            db: DB = Path("unbait.db"), as_json: JSON = False) -> None:
    """Seed the KB from a reference list: people with their spellings (Hangul, real names), roles, groups."""
    import json
    from dataclasses import asdict

    from unbait.kb.reference import read_reference
    from unbait.store import Store

    reference = read_reference(file)  # parse everything before the store is touched
    with Store(db) as store:
        summary = store.import_reference(reference)
    if as_json:
        print(json.dumps(asdict(summary), ensure_ascii=False))
    else:
        Console(highlight=False, soft_wrap=True).print(
            f"{summary.source}: {summary.entries} entries ({summary.new_people} new people), "
            f"{summary.credits} roles imported", markup=False)


COMMANDS = (people, person, works, work, quotes, search)
