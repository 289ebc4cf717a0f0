"""The Jinja2 environment: autoescape always on, templates from the package."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from unbait.web.card_html import badge, card, links, percent
from unbait.web.text import safe_url, snippet_html

FOLDER = Path(__file__).parent / "jinja"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(FOLDER), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, auto_reload=False)  # packaged: no stat per render
    env.filters.update(percent=percent, safe_url=safe_url, snippet=snippet_html, badge=badge, links=links, card=card)
    env.globals.update(query=lambda **kw: urlencode({k: v for k, v in kw.items() if v not in (None, "", False)}))
    return env


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    html = environment().get_template(name).render(request=request, **context)
    return HTMLResponse(html, status_code=status)
