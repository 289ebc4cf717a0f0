"""``unbait serve``: the web UI and the HTTP API over a store, with uvicorn."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from unbait.cli.app import DB, err
from unbait.errors import UnbaitError


def serve(
    db: DB = Path("unbait.db"),
    host: Annotated[str, typer.Option(help="Address to bind; the default is loopback only.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.", min=1, max=65535)] = 8765,
    token: Annotated[Optional[str], typer.Option(
        help="Bearer token that POST /api/articles requires; without it the store is read-only over HTTP.",
        envvar="UNBAIT_TOKEN")] = None,
    workers: Annotated[int, typer.Option(help="Server processes (one per CPU core serves the most requests).",
                                         min=1, max=64)] = 1,
    page_cache: Annotated[int, typer.Option(help="Rendered pages each process keeps until the store changes (0: none).",
                                            min=0, max=100_000)] = 256,
) -> None:
    """The web UI and the HTTP API over a store (http://127.0.0.1:8765 by default)."""
    try:
        import uvicorn

        from unbait.web import create_app
        from unbait.web.app import CACHE_VAR, DB_VAR
    except ImportError as exc:
        raise UnbaitError(f"unbait serve needs the web extra (pip install 'unbait[web]'): {exc}") from exc

    if host not in {"127.0.0.1", "localhost", "::1"} and not token:
        err.print(f"unbait: serving on {host} without --token: anyone who can reach it can read, nobody can write",
                  markup=False)
    fast = {"log_level": "warning", "access_log": False}  # uvloop and httptools are picked when installed
    if workers == 1:
        uvicorn.run(create_app(db, token=token, page_cache=page_cache), host=host, port=port, **fast)
        return
    os.environ[DB_VAR], os.environ[CACHE_VAR] = str(db), str(page_cache)  # the worker processes build their app from these
    if token:
        os.environ["UNBAIT_TOKEN"] = token
    uvicorn.run("unbait.web.app:app_from_env", factory=True, workers=workers, host=host, port=port, **fast)
