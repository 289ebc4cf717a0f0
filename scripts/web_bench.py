"""Benchmark of `unbait serve` on a store of synthetic articles: p50/p99 latency and req/s.

    PYTHONPATH=src python scripts/web_bench.py --db /tmp/bench100k.db --articles 100000 --clients 20 --seconds 10

Builds the store once (synthetic digests, no NLP; reused, or extended, when it already holds
some; ``--build-only`` stops there), starts `unbait serve --workers 2` in its own process on a
free loopback port, then loads each target (front page, person pages, search pages, the API's
GET endpoints) with ``--clients`` concurrent keep-alive clients for ``--seconds`` and prints one
line per target. Person ids, names and API ids are drawn across the whole store; the page
cache is off unless ``--page-cache N``. The load comes from wrk where it is installed (C, little
CPU: client and server share the machine's cores), else from an httpx client (``--load python``).
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import subprocess
import sys
import time
from urllib.parse import quote

import httpx

from unbait.document import Digest, Fact, Headline, Person, Quote, Role, Spoiler, Work
from unbait.store import Store

import web_load  # noqa: E402 (scripts/web_load.py, next to this file)

SYL = "ka ri mo na se jin woo hye min ta ro lu ve sa do ha yu bi eun ko".split()
WORDS = "harbor silver night garden river crown winter ember lantern orchard glass paper comet tide".split()


def _name(rng: random.Random, vocab: list[str]) -> str:
    return f"{rng.choice(vocab).title()} {rng.choice(vocab).title()}"


def synthetic(n: int, seed: int = 7):
    """``n`` digests over 2000 people and 400 works (8 cast each, one character per actor),
    named from a ~9000-word vocabulary; each text also has a dozen of its words. As in real
    news, an article's rarest names and strongest words are rare ones, so filing it in a
    story reads a few short posting lists, and a work's articles name its own cast, so the
    KB tells who is who (random casts made every article's people look like homonyms)."""
    rng = random.Random(seed)
    vocab = [a + b + c for a in SYL for b in SYL for c in SYL]
    people = list(dict.fromkeys(_name(rng, vocab) for _ in range(3000)))[:2000]
    works = list(dict.fromkeys(_name(rng, vocab) for _ in range(600)))[:400]
    casts = {w: {p: rng.choice(vocab).title() for p in rng.sample(people, 8)} for w in works}  # person -> character
    for i in range(n):
        work = rng.choice(works)
        cast = rng.sample(sorted(casts[work]), 3)
        day = f"20{22 + i * 3 // n}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        said = f"I loved filming {work} with everyone number {i}"
        text = (f"{cast[0]} and {cast[1]} star in {work}, which aired on {day}. The drama {rng.choice(WORDS)} "
                f"recorded {rng.uniform(1, 20):.1f} percent. “{said},” {cast[0]} said. {cast[2]} directed it. "
                f"Critics wrote of {' '.join(rng.sample(vocab, 12))}.")
        spoiler = f"{cast[0]} and {cast[1]} star in {work}"
        yield Digest(
            id=f"{i:016x}", source=f"synthetic/{i}", title=f"{cast[0]} in {work}: what happened next (#{i})", text=text,
            published=day, site=f"site{i % 20}.example",
            headline=Headline(rng.random(), Spoiler("phrase", spoiler, 0, len(spoiler))),
            people=(Person(cast[0], (), 2, (Role("actor", casts[work][cast[0]], work),)),
                    Person(cast[1], (), 1, (Role("actor", None, work),)), Person(cast[2], (), 1, (Role("director", None, work),))),
            works=(Work(work, "tv_series", ("KBS2",)),),
            quotes=(Quote(said, cast[0], text.index(said), text.index(said) + len(said)),),
            facts=(Fact("rating", f"{rng.uniform(1, 20):.1f}%", work, "percent", 0, 1, day),))


def build(path: str, n: int) -> None:
    with Store(path) as store:
        have = store.counts().articles
        if have >= n:
            return
        batch, t0 = [], time.perf_counter()
        for d in synthetic(n):
            if int(d.id, 16) < have:
                continue
            batch.append(d)
            if len(batch) == 2000:
                store.add_many(batch)
                batch = []
                print(f"  stored {int(d.id, 16) + 1} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
        store.add_many(batch)


def _collect(base: str, what: str, key: str, pages: int = 50) -> list:
    """``key`` of every item of an API list (up to ``pages`` pages of 200), to draw requests from."""
    found, cursor = [], None
    for _ in range(pages):
        body = httpx.get(f"{base}/api/{what}", params={"limit": 200, **({"cursor": cursor} if cursor else {})}, timeout=60).json()
        found += [item[key] for item in body["items"]]
        if not (cursor := body["next"]):
            break
    return found


def targets(base: str, articles: int, rng: random.Random) -> dict[str, list[str]]:
    """The paths of each target, ids and names drawn across the whole store (few repeats, no warm cache)."""
    people = _collect(base, "people", "id")
    names = [quote(n) for n in _collect(base, "people", "name")]
    works, stories = _collect(base, "works", "id"), _collect(base, "stories", "id", pages=10)
    some = lambda xs, k=500: rng.sample(xs, min(k, len(xs)))  # noqa: E731
    api = [f"/api/{what}?limit=20" for what in ("articles", "people", "works", "stories")]
    api += [f"/api/articles/{rng.randrange(articles):016x}" for _ in range(500)]
    api += [f"/api/people/{i}" for i in some(people)] + [f"/api/works/{i}" for i in some(works)]
    api += [f"/api/stories/{i}" for i in some(stories)] + [f"/api/search?q={n}" for n in some(names)]
    return {"front page /": ["/"], "person page /people/{id}": [f"/people/{i}" for i in some(people, 2000)],
            "search page /search?q=NAME": [f"/search?q={n}" for n in some(names, 2000)],
            "API GET (list + item endpoints)": api}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/bench100k.db")
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=15)
    ap.add_argument("--workers", type=int, default=2, help="unbait serve --workers")
    ap.add_argument("--load", choices=("wrk", "python"), default="wrk" if shutil.which("wrk") else "python",
                    help="load generator: wrk (C; the default where installed) or an httpx client (Python)")
    ap.add_argument("--page-cache", type=int, default=0, help="unbait serve --page-cache (0, the default: every "
                    "request is rendered; the bench draws ids across the store, so a cache would mostly miss anyway)")
    ap.add_argument("--only", default="", help="comma-separated words: run only the targets whose name has one (e.g. front,person)")
    ap.add_argument("--build-only", action="store_true", help="build (or extend) the store and stop")
    args = ap.parse_args()
    build(args.db, args.articles)
    if args.build_only:
        return
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-c", "from unbait.cli.app import main; main()", "serve", "--db", args.db,
                               "--port", str(port), "--workers", str(args.workers),
                               "--page-cache", str(args.page_cache)], stderr=subprocess.DEVNULL)
    base, load = f"http://127.0.0.1:{port}", getattr(web_load, args.load)
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/api/works?limit=1")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        paths = targets(base, args.articles, random.Random(11))
        print(f"{args.articles} articles, {args.clients} concurrent clients ({args.load}), {args.seconds:.0f} s per target, "
              f"{args.workers} server process(es), page cache {args.page_cache}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
        for name, some in paths.items():
            if args.only and not any(w in name for w in args.only.split(",")):
                continue
            alone = load(base, some, 1, min(args.seconds, 3))
            cpu = web_load.cpu_seconds(server.pid)
            r = load(base, some, args.clients, args.seconds)
            cpu = (web_load.cpu_seconds(server.pid) - cpu) / max(r.requests, 1) * 1000  # steadier than latency on a busy machine
            print(f"{name:34s} {r.rps:7.1f} req/s  p50 {r.p50_ms:6.1f} ms  p99 {r.p99_ms:7.1f} ms  errors {r.errors}  "
                  f"(one client: p50 {alone.p50_ms:.1f} ms; server CPU {cpu:.1f} ms/request)")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
