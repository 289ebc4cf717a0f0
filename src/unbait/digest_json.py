"""The JSON edge of :class:`~unbait.document.Digest`: to and from plain dicts."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from unbait.document import Digest, Fact, Headline, Person, Problem, Quote, Role, Spoiler, Work


def digest_to_dict(d: Digest) -> dict[str, Any]:
    spoiler = asdict(d.headline.spoiler) if d.headline.spoiler else None
    return {
        "id": d.id,
        "source": d.source,
        "url": d.url,
        "title": d.title,
        "text": d.text,
        "published": d.published,
        "site": d.site,
        "authors": list(d.authors),
        "headline": {"clickbait": d.headline.clickbait, "spoiler": spoiler, "reason": d.headline.reason},
        "people": [
            {
                "name": p.name,
                "aliases": list(p.aliases),
                "mentions": p.mentions,
                "roles": [asdict(r) for r in p.roles],
            }
            for p in d.people
        ],
        "works": [
            {"title": w.title, "kind": w.kind, "networks": list(w.networks), "aliases": list(w.aliases)}
            for w in d.works
        ],
        "quotes": [asdict(q) for q in d.quotes],
        "facts": [asdict(f) for f in d.facts],
        "problems": [asdict(p) for p in d.problems],
        "events": list(d.events),
    }


def digest_from_dict(data: dict[str, Any]) -> Digest:
    h = data.get("headline") or {}
    sp = h.get("spoiler")
    return Digest(
        id=data["id"],
        source=data["source"],
        url=data.get("url"),
        title=data["title"],
        text=data["text"],
        published=data.get("published"),
        site=data.get("site"),
        authors=tuple(data.get("authors") or ()),
        headline=Headline(h.get("clickbait"), Spoiler(**sp) if sp else None, h.get("reason")),
        people=tuple(
            Person(p["name"], tuple(p.get("aliases", ())), p.get("mentions", 0),
                   tuple(Role(**r) for r in p.get("roles", ())))
            for p in data.get("people", ())
        ),
        works=tuple(
            Work(w["title"], w.get("kind"), tuple(w.get("networks", ())), tuple(w.get("aliases", ())))
            for w in data.get("works", ())
        ),
        quotes=tuple(Quote(**q) for q in data.get("quotes", ())),
        facts=tuple(Fact(**f) for f in data.get("facts", ())),
        problems=tuple(Problem(**p) for p in data.get("problems", ())),
        events=tuple(data.get("events") or ()),
    )
