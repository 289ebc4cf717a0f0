"""A synthetic web archive for tests and benchmarks: invented news pages plus the usual noise.

Every page is generated from templates with invented names (syllables joined at
random), so nothing here is copied from a real article. Besides ``n`` article pages
the archive holds a ``warcinfo`` record, a request record per page, and non-articles
a crawl always has: ``robots.txt``, an image, a 404 page, a tag page, a German page.

    python -m unbait.sources.synthetic out.warc.gz 10000 --seed 1
"""
from __future__ import annotations

import gzip
import random
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

_SYLLABLES = ("ka", "lo", "mi", "ren", "tov", "sa", "bel", "dru", "nex", "pa", "vin", "zor", "el", "qua", "ti")
_GENRES = ("drama", "thriller", "comedy", "mystery series", "cooking show", "talent contest")
_NETWORKS = ("Channel Orvin", "Strelka TV", "the Pallo network", "Vexa Plus")
_PARAGRAPHS = (
    "{a} returns as {role} in the new {genre} {show}, which premieres on {network} on {month} {day}.",
    "The first episode drew a {rating}% audience share, according to figures released on {month} {day}.",
    '"I wanted to play someone who surprises herself," {a} said at a press event in {city}.',
    "{b}, who directed the previous season, said the writers spent {weeks} weeks on the finale.",
    "The series will run for {episodes} episodes, with a new one every {weekday} night.",
    "Critics in {city} praised the chemistry between {a} and {b}, calling it the best of the year.",
    "{show} was renewed after its second season became the most watched {genre} on {network}.",
    "Fans gathered outside the studio in {city} for a glimpse of {b} before the recording began.",
)
_MONTHS = ("January", "March", "May", "July", "September", "November")
_WEEKDAYS = ("Monday", "Wednesday", "Friday", "Sunday")


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _person(rng: random.Random) -> str:
    return f"{_word(rng, 2)} {_word(rng, rng.choice((2, 3)))}"


def article_html(rng: random.Random, index: int) -> tuple[str, str]:
    """(URL, HTML) of one invented news page."""
    a, b = _person(rng), _person(rng)
    show = f"The {_word(rng, 2)} {rng.choice(('Files', 'Hour', 'Garden', 'Signal', 'House'))}"
    fields = {
        "a": a, "b": b, "show": show, "genre": rng.choice(_GENRES), "network": rng.choice(_NETWORKS),
        "role": rng.choice(("a detective", "a chef", "a lawyer", "a pilot")), "month": rng.choice(_MONTHS),
        "day": rng.randint(1, 28), "rating": round(rng.uniform(2, 20), 1), "city": _word(rng, 3),
        "weeks": rng.randint(2, 30), "episodes": rng.choice((8, 10, 12, 16)), "weekday": rng.choice(_WEEKDAYS),
    }
    chosen = rng.sample(_PARAGRAPHS, k=rng.randint(4, len(_PARAGRAPHS)))
    body = "\n".join(f"<p>{p.format(**fields)}</p>" for p in chosen)
    title = f"{a} stars in {show}"
    slug = title.lower().replace(" ", "-")
    url = f"https://news{index % 7}.example.com/2024/05/{slug}-{index}"
    html = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta name="author" content="{_person(rng)}"></head><body>'
        f'<nav><a href="/">Home</a> <a href="/tag/tv">TV</a></nav>'
        f"<article><h1>{title}</h1>\n{body}\n</article>"
        f"<footer>Copyright Example News</footer></body></html>"
    )
    return url, html


def _record(kind: str, uri: str | None, block: bytes, content_type: str, rng: random.Random) -> bytes:
    headers = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=rng.getrandbits(128))}>",
        "WARC-Date: 2024-05-01T12:00:00Z",
    ]
    if uri:
        headers.append(f"WARC-Target-URI: {uri}")
    headers += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def _http(status: str, content_type: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def _response(uri: str, status: str, content_type: str, body: bytes, rng: random.Random) -> bytes:
    return _record("response", uri, _http(status, content_type, body), "application/http; msgtype=response", rng)


def _noise(rng: random.Random) -> Iterator[bytes]:
    site = "https://news0.example.com"
    yield _response(f"{site}/robots.txt", "200 OK", "text/plain", b"User-agent: *\nAllow: /\n", rng)
    yield _response(f"{site}/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64), rng)
    yield _response(f"{site}/2024/05/gone", "404 Not Found", "text/html", b"<html><p>Not found</p></html>", rng)
    yield _response(f"{site}/tag/drama", "200 OK", "text/html; charset=utf-8", b"<html><a href=x>x</a></html>", rng)
    german = '<html lang="de"><body><p>Die neue Serie beginnt am Montag.</p></body></html>'.encode()
    yield _response(f"{site}/2024/05/neue-serie", "200 OK", "text/html", german, rng)


def synthetic_records(n: int, seed: int) -> Iterator[bytes]:
    """The raw (uncompressed) WARC records of the synthetic archive, in order."""
    rng = random.Random(seed)
    yield _record("warcinfo", None, b"software: unbait synthetic\r\n", "application/warc-fields", rng)
    noise = list(_noise(rng))
    every = max(1, n // (len(noise) + 1))
    for i in range(n):
        url, html = article_html(rng, i)
        request = f"GET / HTTP/1.1\r\nHost: {url.split('/')[2]}\r\n\r\n".encode()
        yield _record("request", url, request, "application/http; msgtype=request", rng)
        yield _response(url, "200 OK", "text/html; charset=utf-8", html.encode(), rng)
        if noise and i % every == every - 1:
            yield noise.pop(0)
    yield from noise


def write_synthetic_warc(path: str | Path, n: int, seed: int = 0) -> int:
    """Write the archive to ``path`` (one gzip member per record if it ends in ``.gz``); return the record count."""
    path = Path(path)
    count = 0
    with path.open("wb") as out:
        for record in synthetic_records(n, seed):
            out.write(gzip.compress(record, compresslevel=1) if path.suffix == ".gz" else record)
            count += 1
    return count


if __name__ == "__main__":
    args = sys.argv[1:]
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 0
    total = write_synthetic_warc(args[0], int(args[1]), seed)
    print(f"{total} records -> {args[0]}")
