"""`unbait eval gold`: the whole digest against hand-annotated entertainment articles.

Each ``NAME.txt`` (headline line, blank line, body) has a sibling ``NAME.json``:
``people`` / ``not_people`` / ``neutral_people``, ``roles`` (person, character, work),
``works`` (title, kind, networks; ``networks: null`` leaves them unscored) and
``neutral_works``, ``quotes`` (a distinctive substring + speaker or null) and ``not_quotes``,
``facts`` (kind, value substring, about) and ``neutral_facts``, ``removed`` / ``kept`` lines.
A field may list alternatives as ``"A|B"``. Names compare by :func:`key` (case, spaces,
hyphens and punctuation ignored, so "Lee Seo-yeon" is "Lee Seo Yeon"). Predictions that
match a neutral entry count neither way. Counts are micro-averaged over the articles.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unbait.document import Digest
from unbait.evaluation import Metric, Report
from unbait.inputs.text import parse_text

#: The pinned floors: CI fails below them. Raise one when quality improves; never lower one.
FLOORS = {
    "people_f1": 0.98, "roles_f1": 0.98, "works_f1": 0.98, "work_kind_accuracy": 0.84, "networks_f1": 0.94,
    "quotes_f1": 0.98, "speaker_accuracy": 0.96, "facts_f1": 0.97, "fact_about_accuracy": 0.98,
    "boilerplate_removed": 0.98, "boilerplate_kept": 1.0,
}
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def key(text: str | None) -> str:
    return re.sub(r"[^\w+]", "", (text or "").translate(_QUOTES).casefold())


def _norm(text: str) -> str:
    return " ".join(text.translate(_QUOTES).casefold().split())


def _alts(value: str | None) -> set[str]:
    return {key(v) for v in (value or "").split("|")} - {""}


@dataclass
class _Count:
    """Predicted items that matched / predicted; gold items that matched / gold."""

    pred_ok: int = 0
    pred: int = 0
    gold_ok: int = 0
    gold: int = 0

    def add(self, pred_ok: int, pred: int, gold_ok: int, gold: int) -> None:
        self.pred_ok, self.pred = self.pred_ok + pred_ok, self.pred + pred
        self.gold_ok, self.gold = self.gold_ok + gold_ok, self.gold + gold

    def f1(self) -> float:
        p = self.pred_ok / self.pred if self.pred else 1.0
        r = self.gold_ok / self.gold if self.gold else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class _Tally:
    counts: dict[str, _Count] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def __getitem__(self, name: str) -> _Count:
        return self.counts.setdefault(name, _Count())

    def score(self, field_: str, doc: str, pred: list[Any], gold: list[Any], same, neutral=lambda p: False) -> list:
        """Count ``pred`` against ``gold`` under ``same(p, g)``; return the (gold, first match) pairs."""
        pairs = [(g, next((p for p in pred if same(p, g)), None)) for g in gold]
        scored = [p for p in pred if any(same(p, g) for g in gold) or not neutral(p)]
        ok = [p for p in scored if any(same(p, g) for g in gold)]
        self[field_].add(len(ok), len(scored), sum(m is not None for _, m in pairs), len(gold))
        self.errors += [f"{doc}: {field_} extra {p!r}" for p in scored if p not in ok]
        self.errors += [f"{doc}: {field_} missing {g!r}" for g, m in pairs if m is None]
        return pairs

    def right(self, field_: str, doc: str, ok: bool, what: str) -> None:
        self[field_].add(int(ok), 1, int(ok), 1)
        if not ok:
            self.errors.append(f"{doc}: {field_} wrong {what}")


def _value_in(value: str, text: str) -> bool:
    return any(re.search(rf"(?<![\w.]){re.escape(v)}(?!\w)", _norm(text)) for v in _norm(value).split("|"))


def score_digest(tally: _Tally, doc: str, d: Digest, gold: dict[str, Any]) -> None:
    def is_person(name: str, g: str) -> bool:
        return key(name) in _alts(g)

    names = [p.name for p in d.people]
    tally.score("people", doc, names, gold["people"], is_person,
                lambda n: any(is_person(n, g) for g in gold.get("neutral_people", [])))
    roles = [(p.name, r.character, r.work) for p in d.people for r in p.roles if r.character]
    tally.score("roles", doc, roles, [(r["person"], r["character"], r.get("work")) for r in gold.get("roles", [])],
                lambda p, g: is_person(p[0], g[0]) and key(p[1]) in _alts(g[1]) and (not g[2] or key(p[2]) in _alts(g[2])))
    works = {w.title: w for w in d.works}
    pairs = tally.score("works", doc, list(works), [w["title"] for w in gold.get("works", [])], is_person,
                        lambda t: any(is_person(t, g) for g in gold.get("neutral_works", [])))
    for g, title in pairs:
        spec = next(w for w in gold["works"] if w["title"] == g)
        if title is not None and spec.get("kind"):
            tally.right("work_kind", doc, works[title].kind == spec["kind"], f"{title}: {works[title].kind}")
        if spec.get("networks") is not None:
            got = list(works[title].networks) if title is not None else []
            tally.score("networks", doc, [(g, n) for n in got], [(g, n) for n in spec["networks"]],
                        lambda p, q: p[0] == q[0] and key(p[1]) in _alts(q[1]))
    quotes = list(d.quotes)
    for g, q in tally.score("quotes", doc, quotes, gold.get("quotes", []),
                            lambda q, g: _norm(g["text"]) in _norm(q.text)):
        if q is not None:
            ok = key(q.speaker) in _alts(g["speaker"]) if g["speaker"] else q.speaker is None
            tally.right("speaker", doc, ok, f"{g['text']!r}: {q.speaker!r} (gold {g['speaker']!r})")
    facts = list(d.facts)
    for g, f in tally.score("facts", doc, facts, gold.get("facts", []),
                            lambda f, g: f.kind in g["kind"].split("|") and _value_in(g["value"], f.value),
                            lambda f: any(_norm(v) in _norm(f.value) for v in gold.get("neutral_facts", []))):
        if f is not None and g.get("about"):
            tally.right("fact_about", doc, key(f.about) in _alts(g["about"]), f"{g['value']}: {f.about!r}")
    text = _norm(d.text)
    for line in gold.get("removed", []):
        tally.right("boilerplate_removed", doc, _norm(line) not in text, f"left {line!r}")
    for line in gold.get("kept", []):
        tally.right("boilerplate_kept", doc, _norm(line) in text, f"dropped {line!r}")


def read_gold(folder: str | Path) -> list[tuple[str, Any, dict[str, Any]]]:
    out = []
    for txt in sorted(Path(folder).glob("*.txt")):
        article = parse_text(txt.read_text(encoding="utf-8"), str(txt))
        out.append((txt.stem, article, json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))))
    return out


_FIELDS = (
    ("people_f1", "people", "people: exact name (key) match"),
    ("roles_f1", "roles", "(person, character, work) triples"),
    ("works_f1", "works", "work titles"),
    ("work_kind_accuracy", "work_kind", "kind of matched works"),
    ("networks_f1", "networks", "(work, network) pairs of works with annotated networks"),
    ("quotes_f1", "quotes", "a quote holds the gold substring"),
    ("speaker_accuracy", "speaker", "speaker of matched quotes (null when unnamed)"),
    ("facts_f1", "facts", "kind + value substring"),
    ("fact_about_accuracy", "fact_about", "about of matched facts"),
    ("boilerplate_removed", "boilerplate_removed", "boilerplate lines gone from the text"),
    ("boilerplate_kept", "boilerplate_kept", "story lines still in the text"),
)


def evaluate_gold(folder: str | Path, pipeline: Any = None, errors: list[str] | None = None) -> Report:
    """Score the default pipeline (or ``pipeline``) on the gold articles in ``folder``."""
    import unbait

    gold = read_gold(folder)
    digests: Iterable[Digest] = (pipeline or unbait.pipeline()).pipe(a for _, a, _ in gold)
    tally = _Tally()
    for (name, _, spec), digest in zip(gold, digests):
        score_digest(tally, name, digest, spec)
    if errors is not None:
        errors.extend(tally.errors)
    metrics = []
    for metric, count, help_ in _FIELDS:
        c = tally[count]
        metrics.append(Metric(metric, c.f1(), FLOORS.get(metric), c.gold, help_))
        if metric.endswith("_f1"):
            base = metric[:-3]
            for part, v, n in (("precision", c.pred_ok / c.pred if c.pred else 1.0, c.pred),
                               ("recall", c.gold_ok / c.gold if c.gold else 1.0, c.gold)):
                metrics.append(Metric(f"{base}_{part}", v, None, n))
    return Report("gold", str(folder), tuple(metrics))
