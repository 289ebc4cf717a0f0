"""Terminal and JSON Lines output for KB views (the JSON shapes of issue 4)."""
from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.markup import escape

from unbait.kb.views import CastView, PersonView, QuoteView, SearchHit, WorkView


def _person(p: PersonView) -> dict[str, Any]:
    out = {"id": p.id, "name": p.name, "aliases": list(p.aliases),
           "roles": [{"role": r.role, "character": r.character, "work": r.work, "article": r.article_id}
                     for r in p.roles], "articles": list(p.articles)}
    if p.quotes or p.facts or p.why or p.timeline:
        out |= {"quotes": [asdict(q) for q in p.quotes], "facts": [asdict(f) for f in p.facts],
                "facts_total": p.facts_total, "why": list(p.why), "timeline": [asdict(e) for e in p.timeline]}
    return out


def _work(w: WorkView) -> dict[str, Any]:
    return {"id": w.id, "title": w.title, "aliases": list(w.aliases), "kind": w.kind, "networks": list(w.networks),
            "cast": [{"person": c.person, "character": c.character, "character_aliases": list(c.character_aliases),
                      "role": c.role} for c in w.cast],
            "facts": [asdict(f) for f in w.facts], "articles": list(w.articles)}


def json_lines(items: Sequence[Any]) -> None:
    for item in items:
        d = _person(item) if isinstance(item, PersonView) else _work(item) if isinstance(item, WorkView) \
            else asdict(item)
        sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")


def _role(role: str, character: str | None, work: str | None) -> str:
    return " ".join(x for x in (role, f"as {character}" if character else "", f"in {work}" if work else "") if x)


def show_people(out: Console, people: Sequence[PersonView], full: bool, why: bool = False) -> None:
    for p in people:
        out.print(f"[bold]{escape(p.name)}[/] (#{p.id}) · {len(p.articles)} article(s)")
        out.print(f"  also written: {', '.join(p.aliases)}", markup=False)
        for r in dict.fromkeys(_role(r.role, r.character, r.work) for r in p.roles):
            out.print(f"  role: {r}", markup=False)
        if not full:
            continue
        for q in p.quotes:
            out.print(f"  quote: “{q.text}” [{q.article_id} {q.start}:{q.end}]", markup=False)
        for f in p.facts:
            out.print(f"  fact: {f.kind} {f.value} ({f.about}{', ' + f.date if f.date else ''}) [{f.article_id}]",
                      markup=False)
        if p.facts_total > len(p.facts):
            out.print(f"  facts: the {len(p.facts)} newest of {p.facts_total} shown (--facts 0 shows all)", markup=False)
        out.print(f"  articles: {', '.join(p.articles)}", markup=False)
        if p.timeline:
            out.print("  timeline:", markup=False)
        for e in p.timeline:
            note = f" ({e.dated_by})" if e.dated_by not in ("published", "fact") else ""
            out.print(f"    {e.day}{note} · {e.kind} · {e.text} [{e.article_id}]", markup=False)
        for line in p.why if why else ():
            out.print(f"  why: {line}", markup=False)


def _cast(c: CastView) -> str:
    spellings = f" (also {', '.join(a for a in c.character_aliases if a != c.character)})" \
        if len(c.character_aliases) > 1 else ""
    return f"{c.person} → {c.character}{spellings}" if c.character else f"{c.person} ({c.role})"


def show_works(out: Console, works: Sequence[WorkView]) -> None:
    for w in works:
        out.print(f"[bold]{escape(w.title)}[/] (#{w.id}) · {escape(w.kind or 'kind unknown')} · {len(w.articles)} article(s)")
        out.print(f"  networks: {', '.join(w.networks) or '—'}", markup=False)
        if len(w.aliases) > 1:
            out.print(f"  also titled: {', '.join(w.aliases)}", markup=False)
        for c in w.cast:
            out.print(f"  cast: {_cast(c)}", markup=False)
        for f in w.facts:
            out.print(f"  fact: {f.kind} {f.value}{' on ' + f.date if f.date else ''} [{f.article_id}]", markup=False)


def show_quotes(out: Console, quotes: Sequence[QuoteView]) -> None:
    for q in quotes:
        out.print(f"{q.speaker}: “{q.text}” [{q.article_id} {q.start}:{q.end}]", markup=False)


def show_hits(out: Console, hits: Sequence[SearchHit]) -> None:
    for h in hits:
        out.print(f"{h.kind} {h.ref}: {h.snippet}", markup=False)
