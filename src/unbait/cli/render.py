"""Renderers by protocol: one digest in, output on an injectable rich Console."""
from __future__ import annotations

import json
from typing import Protocol

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from unbait.document import Digest


class Renderer(Protocol):
    def render(self, digest: Digest) -> None: ...


class JsonLinesRenderer:
    """One JSON object per line: the ``unbait read --json`` contract."""

    def __init__(self, console: Console) -> None:
        self.console = console

    def render(self, digest: Digest) -> None:
        line = json.dumps(digest.to_dict(), ensure_ascii=False)
        self.console.file.write(line + "\n")


def _lead(text: str, limit: int) -> str:
    first = text.split("\n\n", 1)[0]
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"


class RichRenderer:
    """A readable digest for the terminal."""

    def __init__(self, console: Console, full_text: bool = False) -> None:
        self.console = console
        self.full_text = full_text

    def render(self, digest: Digest) -> None:
        self.console.print(Panel(Group(*self._parts(digest)), subtitle=digest.id, subtitle_align="right"))

    def _parts(self, d: Digest) -> list:
        parts: list = [Text(d.title or "(untitled)", style="bold")]
        h = d.headline
        if h.clickbait is not None or h.spoiler is not None or h.reason:
            line = Text()
            if h.clickbait is not None:
                style = "bold red" if h.clickbait >= 0.5 else "bold green"
                line.append(f"clickbait {h.clickbait:.2f}", style=style)
            elif h.reason:
                line.append(f"clickbait n/a: {h.reason}", style="dim")
            if h.spoiler is not None:
                line.append(f"  spoiler ({h.spoiler.type}): ", style="bold")
                line.append(h.spoiler.text, style="italic")
            parts.append(line)
        meta = " · ".join(x for x in (d.site, d.published, ", ".join(d.authors), d.source) if x)
        parts.append(Text(meta, style="dim"))
        parts.append(Text(d.text if self.full_text else _lead(d.text, 400)))
        parts += [t for t in (self._people(d), self._works(d), self._quotes(d), self._facts(d)) if t]
        for p in d.problems:
            parts.append(Text(f"⚠ {p.stage}: {p.message}", style="yellow"))
        return parts

    @staticmethod
    def _table(title: str, *columns: str) -> Table:
        table = Table(title=title, title_justify="left", title_style="bold", expand=False, box=None)
        for c in columns:
            table.add_column(c, overflow="fold")
        return table

    def _people(self, d: Digest) -> Table | None:
        if not d.people:
            return None
        t = self._table("People", "name", "mentions", "roles", "also written")
        for p in d.people:
            roles = "; ".join(" ".join(x for x in (r.role, f"as {r.character}" if r.character else "",
                                                   f"in {r.work}" if r.work else "") if x) for r in p.roles)
            t.add_row(p.name, str(p.mentions), roles, ", ".join(p.aliases))
        return t

    def _works(self, d: Digest) -> Table | None:
        if not d.works:
            return None
        t = self._table("Works", "title", "kind", "networks")
        for w in d.works:
            t.add_row(w.title, w.kind or "", ", ".join(w.networks))
        return t

    def _quotes(self, d: Digest) -> Table | None:
        if not d.quotes:
            return None
        t = self._table("Quotes", "speaker", "quote")
        for q in d.quotes:
            t.add_row(q.speaker or "?", f"“{q.text}”")
        return t

    def _facts(self, d: Digest) -> Table | None:
        if not d.facts:
            return None
        t = self._table("Facts", "kind", "value", "about", "when / record")
        for f in d.facts:
            t.add_row(f.kind, f.value, f.about or "", " · ".join(x for x in (f.date, f.record) if x))
        return t
