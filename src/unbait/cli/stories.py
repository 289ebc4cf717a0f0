"""``unbait stories`` and ``unbait story``: stories from the store, as text or JSON Lines."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from unbait.cli.app import DB, JSON, err
from unbait.kb.views import StoryView


def _story_dict(s: StoryView) -> dict:
    return {"id": s.id, "title": s.title, "articles": list(s.articles), "copies": [list(p) for p in s.copies],
            "updated": s.updated}


def _all(store, limit: int | None) -> Iterator[StoryView]:
    from unbait.store.stories_read import cursor

    before, shown = None, 0
    while limit is None or shown < limit:
        page = store.stories(limit=min(50, limit - shown) if limit else 50, before=before)
        yield from page
        shown += len(page)
        if not page:
            return
        before = cursor(page[-1])


def _show(out: Console, store, s: StoryView) -> None:
    copied = {c: o for o, c in s.copies}
    out.print(f"[bold]{escape(s.title)}[/] · {s.id} · {len(s.articles)} article(s), "
              f"{len(copied)} near-verbatim cop{'y' if len(copied) == 1 else 'ies'} · {s.updated}")
    for aid in s.articles:
        d = store.digest(aid)
        mark = f"  [near-verbatim copy of {copied[aid]}]" if aid in copied else ""
        out.print(f"  {aid}  {d.title if d else '?'}{mark}", markup=False)


def stories(db: DB = Path("unbait.db"), as_json: JSON = False,
            limit: Annotated[Optional[int], typer.Option("--limit", help="At most this many, newest first.")] = None,
            ) -> None:
    """Stories: articles about one event grouped, newest first, near-verbatim copies marked."""
    from unbait.store import Store

    out = Console(highlight=False, soft_wrap=True)
    with Store(db) as store:
        for s in _all(store, limit):
            sys.stdout.write(json.dumps(_story_dict(s), ensure_ascii=False) + "\n") if as_json else _show(out, store, s)


def story(story_id: Annotated[str, typer.Argument(help="A story id, or the id of one of its articles.")],
          db: DB = Path("unbait.db"), as_json: JSON = False) -> None:
    """One story: its title and articles, near-verbatim copies marked."""
    from unbait.store import Store

    with Store(db) as store:
        s = store.story(story_id) or store.story_of(story_id)
        if s is None:
            err.print(f"unbait: no story {story_id!r}", markup=False)
            raise typer.Exit(1)
        if as_json:
            sys.stdout.write(json.dumps(_story_dict(s), ensure_ascii=False) + "\n")
        else:
            _show(Console(highlight=False, soft_wrap=True), store, s)


COMMANDS = (stories, story)
