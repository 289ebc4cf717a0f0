"""KB and story store at scale: cost per added article, query latency, bytes per article.

Synthetic digests (no spaCy): events of 1-6 articles about two people in one work,
a tenth of them near-verbatim copies, words drawn from a Zipf vocabulary. The store
grows by ``--batch`` articles per transaction (as ingest does); the cost per article
is timed over the batches that follow each checkpoint (1k, 10k, 100k stored), then
``person``, ``work`` and ``search`` are timed on random names, titles and words.

    PYTHONPATH=src python benchmarks/kb_store.py --n 10000 [--db /tmp/bench.db] [--json]
    PYTHONPATH=src python benchmarks/kb_store.py --queries-on STORE.db   # queries only, on any store

Not a test: nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from itertools import accumulate

from unbait.document import Digest, Fact, Person, Quote, Role, Work
from unbait.store import Store

SYLLABLES = "ka ri mo su jin hae woo min seo yeon bo ra na dan hyun ji ae sol ha eun tae gyu".split()
SURNAMES = "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song".split()


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))


class World:
    def __init__(self, seed: int = 7, vocabulary: int = 20000, people: int = 20000, works: int = 4000) -> None:
        rng = self.rng = random.Random(seed)
        self.vocab = list(dict.fromkeys(_word(rng) for _ in range(vocabulary * 2)))[:vocabulary]
        self.cum = list(accumulate(1 / (r + 1) for r in range(len(self.vocab))))
        given = lambda: f"{rng.choice(SYLLABLES).title()}-{rng.choice(SYLLABLES)}"  # noqa: E731
        self.people = list(dict.fromkeys(f"{rng.choice(SURNAMES)} {given()}" for _ in range(people)))
        self.works = list(dict.fromkeys(f"The {_word(rng).title()} {_word(rng).title()}" for _ in range(works)))
        self.day0 = date(2021, 1, 1)

    def words(self, k: int) -> list[str]:
        return self.rng.choices(self.vocab, cum_weights=self.cum, k=k)

    def articles(self):
        rng, n, day = self.rng, 0, 0
        while True:
            day += rng.random() < 0.05
            a, b = rng.sample(self.people, 2)
            work, topic = rng.choice(self.works), rng.sample(self.vocab[200:], 8)
            body = None
            for _ in range(rng.randint(1, 6)):
                n += 1
                if body is not None and rng.random() < 0.1:
                    text = "By wire staff. " + body + " Updated."
                else:
                    filler = " ".join(self.words(120) + topic * 2)
                    text = (f"{a} and {b} met the press for {work} on set. {filler}. "
                            f"\"We are {topic[0]} and {topic[1]},\" {a} said. {topic[2]} rating 7.{n % 9}% on May {n % 28 + 1}.")
                    body = body or text
                yield self.digest(n, a, b, work, topic, text, self.day0 + timedelta(days=day + rng.randint(0, 2)))

    def digest(self, n, a, b, work, topic, text, when) -> Digest:
        q = text.index('"') + 1
        return Digest(
            id=f"{n:016x}", source=f"synthetic/{n}", title=f"{a} {topic[0]} {topic[1]} in {work}", text=text,
            published=when.isoformat(),
            people=(Person(a, (), 3, (Role("actor", f"{topic[3].title()} {topic[4].title()}", work),)),
                    Person(b, (), 1, (Role("actor", None, work),))),
            works=(Work(work, "tv_series", ("tvN",)),),
            quotes=(Quote(text[q:text.index('"', q)], a, q, text.index('"', q)),),
            facts=(Fact("rating", f"7.{n % 9}%", work, f"rating 7.{n % 9}%", 0, 10, f"May {n % 28 + 1}"),))


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def run(n: int, db: str, batch: int, probe_batches: int, queries: int) -> dict:
    world, stream = World(), None
    stream = world.articles()
    checkpoints = [c for c in (1000, 10000, 100000) if c <= n] or [n]
    out: dict = {"articles": n, "batch": batch, "cost_ms_per_article": {}, "queries_ms": {}}
    stored = 0
    with Store(db) as store:
        for checkpoint in checkpoints:
            while stored < checkpoint:
                size = min(batch, checkpoint - stored)
                store.add_many([next(stream) for _ in range(size)])
                stored += size
            times = []
            for _ in range(probe_batches):
                digests = [next(stream) for _ in range(batch)]
                t = time.perf_counter()
                store.add_many(digests)
                times.append((time.perf_counter() - t) / batch)
                stored += batch
            out["cost_ms_per_article"][checkpoint] = _ms(statistics.mean(times))
            print(f"stored {checkpoint}: {out['cost_ms_per_article'][checkpoint]} ms per added article", flush=True)
        kb = store.kb()
        out["queries_ms"] = time_queries({"person": (kb.person, world.people), "work": (kb.work, world.works),
                                          "search": (kb.search, world.vocab[:2000]),
                                          "stories_page": (lambda _: store.stories(50), [None])}, queries)
        store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        out["stored"] = store.counts().articles
        out["stories"] = store._db.execute("SELECT count(*) FROM stories").fetchone()[0]
    out["bytes_per_article"] = round(sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))
                                     / out["stored"])
    return out


def time_queries(cases: dict, queries: int) -> dict:
    """p50 and p99 of each query over ``queries`` random arguments from its pool."""
    rng, out = random.Random(3), {}
    for name, (query, pool) in cases.items():
        lat = []
        for _ in range(queries):
            arg = rng.choice(pool)
            t = time.perf_counter()
            query(arg)
            lat.append(time.perf_counter() - t)
        lat.sort()
        out[name] = {"p50": _ms(lat[len(lat) // 2]), "p99": _ms(lat[int(len(lat) * 0.99) - 1])}
    return out


def queries_on(db: str, queries: int) -> dict:
    """The same queries on an existing store (e.g. the web bench's), with its own names and titles."""
    with Store(db) as store:
        kb = store.kb()
        people = [r[0] for r in store._db.execute("SELECT name FROM kb_people")]
        works = [r[0] for r in store._db.execute("SELECT title FROM kb_works")]
        out = {"stored": store.counts().articles, "queries_ms": time_queries(
            {"person": (kb.person, people), "work": (kb.work, works), "search": (kb.search, people)}, queries)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--db", default=None)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--probe-batches", type=int, default=5)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--queries-on", metavar="STORE", help="only time the queries, on this existing store")
    args = ap.parse_args()
    if args.queries_on:
        print(json.dumps(queries_on(args.queries_on, args.queries), indent=None if args.json else 2))
        return
    db = args.db or os.path.join(tempfile.mkdtemp(prefix="unbait-bench-"), "bench.db")
    result = run(args.n, db, args.batch, args.probe_batches, args.queries)
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
