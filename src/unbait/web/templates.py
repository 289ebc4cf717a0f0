"""The Jinja2 environment: autoescape always on, templates from the package."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from unbait.web.text import safe_url, snippet_html

FOLDER = Path(__file__).parent / "jinja"


def _percent(score: float | None) -> str:
    return "–" if score is None else f"{round(score * 100)}%"


_SCORE = 'title="probability that the headline is clickbait"'


def _badge(score: float | None) -> Markup:
    """The clickbait badge (a filter, not a macro: a macro call costs more than the markup)."""
    if score is None:
        return Markup('<span class="badge unknown" title="no clickbait score">no score</span>')
    kind, word = ("bait", "clickbait") if score >= 0.5 else ("straight", "straight")
    return Markup(f'<span class="badge {kind}" {_SCORE}>{word} {_percent(score)}</span>')


def _links(items, base: str) -> Markup:
    """Named things, comma-separated, each a link to ``base/id`` when it has a KB id; labels escaped."""
    href = escape(base)
    return Markup(", ".join(f'<a href="{href}/{int(n.id)}">{escape(n.label)}</a>' if n.id is not None
                            else str(escape(n.label)) for n in items))


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(FOLDER), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, auto_reload=False)  # packaged: no stat per render
    env.filters.update(percent=_percent, safe_url=safe_url, snippet=snippet_html, badge=_badge, links=_links)
    env.globals.update(query=lambda **kw: urlencode({k: v for k, v in kw.items() if v not in (None, "", False)}))
    return env


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    html = environment().get_template(name).render(request=request, **context)
    return HTMLResponse(html, status_code=status)
