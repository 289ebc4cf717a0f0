"""A small in-process cache of rendered HTML pages, keyed by path, query and the store's version.

Plain ASGI middleware: a GET for a page (not /api, /static or /docs) whose path and query
were answered with a 200 since the store last changed (``PageReader.version``) is replayed
from memory; anything else goes to the app. ``size`` 0 turns it off (``unbait serve
--page-cache 0``). The lookup costs one tiny query on the event loop's own connection.
"""
from __future__ import annotations

from collections import OrderedDict

from starlette.types import ASGIApp, Message, Receive, Scope, Send

SKIP = ("/api", "/static", "/docs", "/openapi.json")


class PageCache:
    def __init__(self, app: ASGIApp, stores, size: int = 256) -> None:
        self.app, self.stores, self.size = app, stores, size
        self._pages: OrderedDict[tuple[str, bytes], tuple[tuple, list[Message]]] = OrderedDict()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.size <= 0 or scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith(SKIP):
            return await self.app(scope, receive, send)
        key, version = (scope["path"], scope.get("query_string", b"")), self.stores.get().pages().version()
        hit = self._pages.get(key)
        if hit is not None and hit[0] == version:
            self._pages.move_to_end(key)
            for message in hit[1]:
                await send(dict(message))
            return
        sent: list[Message] = []

        async def keep(message: Message) -> None:
            if message["type"].startswith("http.response"):
                sent.append({**message, "headers": list(message.get("headers", ()))} if "headers" in message
                            else dict(message))
            await send(message)

        await self.app(scope, receive, keep)
        if sent and sent[0].get("status") == 200 and not sent[-1].get("more_body", False):
            self._pages[key] = (version, sent)
            if len(self._pages) > self.size:
                self._pages.popitem(last=False)
