"""One article's card as HTML: the front page's, a person's, a work's and a story's lists are made of them.

Written in Python rather than as a Jinja macro: a page shows twenty cards, and a macro call
per card was a third of the front page's rendering time. Everything from an article is
escaped here as autoescape would; the template inserts the result as it is (``c|card``).
"""
from __future__ import annotations

from markupsafe import Markup, escape

from unbait.web.cards import Card, Named

HEADINGS = frozenset({"h2", "h3"})
_SCORE = 'title="probability that the headline is clickbait"'


def percent(score: float | None) -> str:
    return "–" if score is None else f"{round(score * 100)}%"


def badge(score: float | None, reason: str | None = None) -> Markup:
    """The clickbait badge: "clickbait 97%" or "straight 3%", or "no score" (``reason`` as its tooltip)."""
    if score is None:
        return Markup(f'<span class="badge unknown" title="{escape(reason or "no clickbait score")}">no score</span>')
    kind, word = ("bait", "clickbait") if score >= 0.5 else ("straight", "straight")
    return Markup(f'<span class="badge {kind}" {_SCORE}>{word} {percent(score)}</span>')


def links(items: tuple[Named, ...], base: str) -> Markup:
    """Named things, comma-separated, each a link to ``base/id`` when it has a KB id; labels escaped."""
    href = escape(base)
    return Markup(", ".join(f'<a href="{href}/{int(n.id)}">{escape(n.label)}</a>' if n.id is not None
                            else str(escape(n.label)) for n in items))


def card(c: Card, heading: str = "h2") -> Markup:
    if heading not in HEADINGS:
        raise ValueError(f"a card's heading is one of {sorted(HEADINGS)}, not {heading!r}")
    d, n = c.digest, len(c.story.articles)
    aid, spoiler = escape(d.id), d.headline.spoiler
    out = [f'<article class="card" aria-labelledby="t-{aid}">\n',
           f'  <{heading} id="t-{aid}" class="headline"><a href="/articles/{aid}">{escape(d.title)}</a></{heading}>\n']
    if spoiler and c.clickbait:
        out.append(f'  <p class="spoiler"><span class="label">What happened:</span> <em>{escape(spoiler.text)}</em></p>\n')
    out.append(f'  <p class="meta">\n    {badge(d.headline.clickbait, d.headline.reason)}\n'
               f'    <a class="outlets" href="/stories/{escape(c.story.id)}">{c.outlets} outlet{"" if c.outlets == 1 else "s"}'
               f'{f" · {n} articles" if n > 1 else ""}</a>\n')
    if d.site:
        out.append(f"    <span>{escape(d.site)}</span>\n")
    if d.published:
        day = escape(d.published[:10])
        out.append(f'    <time datetime="{day}">{day}</time>\n')
    out.append("  </p>\n")
    if c.people:
        out.append(f'  <p class="who"><span class="label">People:</span> {links(c.people, "/people")}</p>\n')
    if c.works:
        out.append(f'  <p class="what"><span class="label">Works:</span> {links(c.works, "/works")}</p>\n')
    out.append("</article>\n")
    return Markup("".join(out))
