"""The FastAPI app: HTML pages, the JSON API under /api, static files, security headers.

``create_app(store_path, token)`` builds it; ``unbait serve`` runs it with uvicorn.
Every response carries a Content-Security-Policy that allows nothing but this origin
(no inline script, no external request). Errors under /api are JSON
``{"error": {"code", "message"}}``; bad input is a 4xx, never a 500.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from unbait.errors import QueryError, StoreError, UnbaitError
from unbait.store import Store
from unbait.store.parsed import ParsedDigests
from unbait.web.cache import PageCache
from unbait.web.templates import render

HERE = Path(__file__).parent
DB_VAR = "UNBAIT_SERVE_DB"  # where `unbait serve --workers N` tells its worker processes the store is
CACHE_VAR, PAGE_CACHE = "UNBAIT_PAGE_CACHE", 256  # ... and how many rendered pages to keep (the default)
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
_CODES = {500: "internal", 400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          413: "too_large", 422: "invalid", 503: "unavailable"}


class Stores:
    """One Store (SQLite connection) per server thread, opened on first use.

    It stands in for a Store: each attribute is looked up on the calling thread's Store at
    use time, because FastAPI may run a dependency and its endpoint on different threads.
    """

    def __init__(self, path: str | Path) -> None:
        self.path, self._local = str(path), threading.local()
        self.parsed = ParsedDigests()  # one cache of parsed digests for every thread's Store
        Store(self.path).close()  # create and migrate once, up front

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store(self.path, parsed=self.parsed)
        return store

    def __getattr__(self, name: str):
        return getattr(self.get(), name)


class SecurityHeaders:
    """Adds ``HEADERS`` to every response: plain ASGI, as ``@app.middleware("http")`` costs a task
    and a stream per request (a third of a small page's time under load)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(HEADERS)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _error(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api"):
        return JSONResponse({"error": {"code": _CODES.get(status, "error"), "message": message}}, status)
    return render(request, "error.html", {"status": status, "message": message}, status=status)


def create_app(store_path: str | Path, token: str | None = None, page_cache: int = PAGE_CACHE) -> FastAPI:
    """The app over the store at ``store_path``; ``token`` enables POST /api/articles; up to
    ``page_cache`` rendered pages are kept until the store changes (0: none)."""
    from unbait.web import api, html

    app = FastAPI(title="unbait", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Entertainment news without the bait: digests, people, works, stories.")
    app.state.stores, app.state.token = Stores(store_path), token
    app.state.pipeline_lock = threading.Lock()

    app.add_middleware(PageCache, stores=app.state.stores, size=page_cache)
    app.add_middleware(SecurityHeaders)  # outermost: replayed pages get the headers too
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        where = "; ".join(f"{'.'.join(map(str, e.get('loc', ())))}: {e.get('msg', '')}" for e in exc.errors())
        return _error(request, 422 if request.url.path.startswith("/api") else 400, where or "invalid request")

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(StoreError)
    async def store_down(request: Request, exc: StoreError) -> Response:
        return _error(request, 503, "the store is unavailable")

    @app.exception_handler(UnbaitError)
    async def unbait_error(request: Request, exc: UnbaitError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:  # a bug: still JSON, still no traceback
        return _error(request, 500, "internal error")

    app.include_router(api.router)
    app.include_router(html.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request) -> Response:
        return render(request, "docs.html", {"paths": app.openapi()["paths"]})

    return app


def app_from_env() -> FastAPI:
    """The app of one worker process of ``unbait serve --workers N``: store and token from the environment."""
    return create_app(os.environ[DB_VAR], token=os.environ.get("UNBAIT_TOKEN") or None,
                      page_cache=int(os.environ.get(CACHE_VAR, PAGE_CACHE)))
