"""Benchmark of `unbait serve` on a store of synthetic articles: p50/p99 latency and req/s.

    PYTHONPATH=src python scripts/web_bench.py --db /tmp/bench100k.db --articles 100000 --clients 20 --seconds 15

Builds the store once (synthetic digests, no NLP; reused when it already holds enough),
starts `unbait serve` in its own process on a free loopback port, then runs each target
(front page, person page, search page, the API's GET endpoints) with ``--clients``
concurrent keep-alive clients for ``--seconds`` and prints one line per target.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import subprocess
import sys
import time

import httpx

from unbait.document import Digest, Fact, Headline, Person, Quote, Role, Spoiler, Work
from unbait.store import Store

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


async def load(base: str, paths: list[str], clients: int, seconds: float) -> tuple[list[float], int, int]:
    latencies, errors, stop = [], 0, time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        async def worker(k: int) -> None:
            nonlocal errors
            rng = random.Random(k)
            while time.perf_counter() < stop:
                t = time.perf_counter()
                r = await client.get(rng.choice(paths))
                latencies.append(time.perf_counter() - t)
                errors += r.status_code >= 400
        await asyncio.gather(*(worker(k) for k in range(clients)))
    return latencies, errors, len(latencies)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/bench100k.db")
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=15)
    ap.add_argument("--workers", type=int, default=1, help="unbait serve --workers")
    args = ap.parse_args()
    build(args.db, args.articles)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-c", "from unbait.cli.app import main; main()", "serve", "--db", args.db, "--port", str(port),
                               "--workers", str(args.workers)],
                              env={**os.environ}, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/api/works?limit=1")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        people = [f"/people/{i}" for i in range(1, 2001, 37)]
        names = [p["name"] for p in httpx.get(base + "/api/people?limit=40").json()["items"]]
        targets = {
            "front page /": ["/"],
            "person page /people/{id}": people,
            "search page /search?q=NAME": [f"/search?q={n}" for n in names],
            "API GET (all list+item endpoints)": ["/api/articles?limit=20", "/api/articles/0000000000000007",
                                                  "/api/people?limit=20", "/api/people/5", "/api/works?limit=5",
                                                  "/api/works/3", "/api/stories?limit=20",
                                                  "/api/stories/0000000000000009", f"/api/search?q={names[0]}"],
        }
        print(f"{args.articles} articles, {args.clients} concurrent clients, {args.seconds:.0f} s per target, "
              f"{args.workers} server process(es), {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
        for name, paths in targets.items():
            alone, _, _ = asyncio.run(load(base, paths, 1, min(args.seconds, 3)))
            lat, errors, count = asyncio.run(load(base, paths, args.clients, args.seconds))
            lat.sort()
            print(f"{name:36s} {count / args.seconds:7.1f} req/s  p50 {lat[len(lat) // 2] * 1000:6.1f} ms  "
                  f"p99 {lat[int(len(lat) * 0.99)] * 1000:7.1f} ms  errors {errors}  "
                  f"(one client: median {sorted(alone)[len(alone) // 2] * 1000:.1f} ms)")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
