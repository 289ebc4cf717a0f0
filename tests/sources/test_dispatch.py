"""Every kind of ingest argument end to end (no network: httpx.MockTransport), and bad input."""
from __future__ import annotations

import zlib
import random

import httpx
import pytest

from unbait.ingest_run import run
from unbait.pipeline import Pipeline
from unbait.sources.dispatch import Context, UrlListSource, UrlSource, WarcSource, plan
from unbait.sources.fetch import Fetcher
from unbait.sources.synthetic import article_html, write_synthetic_warc
from unbait.stages.clean import CleanText
from unbait.store import Store

PUBLIC = "93.184.215.14"
RNG = random.Random(4)
PAGES = {f"/2024/05/story-{i}": article_html(RNG, i)[1].encode() for i in range(3)}
RSS = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Screen</title>"
       + "".join(f"<item><title>t</title><link>https://news.example{p}</link></item>" for p in PAGES)
       + "</channel></rss>").encode()
LAUGHS = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><title>&lol2;</title></channel></rss>"""
EXTERNAL = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title></channel></rss>"""


def gzip_bomb(size: int = 60_000_000) -> bytes:
    """A small gzip body that inflates to ``size`` bytes of zeros."""
    packer, chunk = zlib.compressobj(9, zlib.DEFLATED, 31), bytes(1_000_000)
    return b"".join(packer.compress(chunk) for _ in range(size // len(chunk))) + packer.flush()


BOMB = gzip_bomb()
HTML = {"content-type": "text/html; charset=utf-8"}
ROUTES = {
    "/rss.xml": httpx.Response(200, headers={"content-type": "application/rss+xml"}, content=RSS),
    "/laughs.xml": httpx.Response(200, headers={"content-type": "application/rss+xml"}, content=LAUGHS),
    "/xxe.xml": httpx.Response(200, headers={"content-type": "application/rss+xml"}, content=EXTERNAL),
    "/bomb": httpx.Response(200, headers={**HTML, "content-encoding": "gzip"}, content=BOMB),
    "/huge": httpx.Response(200, headers=HTML, content=b"<p>" + b"x" * 50_000_000),
    "/latin1": httpx.Response(200, headers={"content-type": "text/html"},
                              content=PAGES["/2024/05/story-0"].replace(b"returns", b"retourn\xe9\xff\xfe")),
    **{p: httpx.Response(200, headers=HTML, content=body) for p, body in PAGES.items()},
}


@pytest.fixture()
def fetched():
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        route = ROUTES.get(request.url.path)
        return httpx.Response(route.status_code, headers=route.headers, content=route.content) if route \
            else httpx.Response(404)

    ctx = Context(max_bytes=5_000_000, fetcher_factory=lambda: Fetcher(
        transport=httpx.MockTransport(handler), resolver=lambda host, port: [PUBLIC], per_host_delay=0.0,
        max_bytes=5_000_000))
    return ctx, seen


def ingest(db, ctx, *args):
    with Store(db) as store:
        summary = run(plan(list(args), ctx.max_bytes), store, ctx, Pipeline([CleanText()], batch_size=4))
        return summary, dict(store.quarantine_reasons()), store.checkpoints()


def test_plan_tells_the_kinds_apart(tmp_path):
    (tmp_path / "urls.txt").write_text("https://news.example/a\n# comment\nhttps://news.example/b\n")
    (tmp_path / "story.txt").write_text("A headline\n\nA body of text.\n")
    (tmp_path / "feeds.opml").write_text('<opml><body><outline xmlUrl="https://news.example/rss.xml"/></body></opml>')
    got = plan([str(tmp_path / n) for n in ("urls.txt", "story.txt", "feeds.opml")] + ["x.warc.gz", "http://h/"])
    assert [type(s).__name__ for s in got] == ["UrlListSource", "Source", "UrlSource", "WarcSource", "UrlSource"]
    assert isinstance(got[0], UrlListSource) and isinstance(got[3], WarcSource) and isinstance(got[2], UrlSource)


def test_a_feed_stores_its_pages_and_a_rerun_skips_them_by_url_without_fetching(fetched, tmp_path):
    ctx, seen = fetched
    first, _, _ = ingest(tmp_path / "s.db", ctx, "https://news.example/rss.xml")
    assert first.stored == 3 and first.quarantined == 0
    seen.clear()
    again, _, (cp,) = ingest(tmp_path / "s.db", ctx, "https://news.example/rss.xml")
    assert again.stored == 0 and again.duplicates == 3 and cp.done
    assert not any(p.startswith("/2024/") for p in seen)


def test_bad_input_is_quarantined_with_reasons_and_the_rest_goes_on(fetched, tmp_path):
    ctx, _ = fetched
    urls = tmp_path / "urls.txt"
    urls.write_text("".join(f"https://news.example/{p}\n" for p in ("bomb", "huge", "latin1", "missing")))
    summary, reasons, _ = ingest(
        tmp_path / "s.db", ctx, "https://news.example/laughs.xml", "https://news.example/xxe.xml", str(urls),
        "http://127.0.0.1/x", "http://169.254.169.254/latest/meta-data", "file:///etc/passwd",
        "https://news.example/2024/05/story-1")
    text = "\n".join(reasons)
    assert text.count("declares XML entities") == 1 and reasons["feed declares XML entities; refused"] == 2
    assert len(BOMB) < 100_000 and "over the 5000000-byte cap" in text and "http status 404" in text
    assert "loopback" in text and "cloud metadata" in text and "scheme 'file' refused" in text
    assert summary.stored == 2  # the invalid UTF-8 page is still read, and the plain page
    assert summary.records == summary.stored + summary.duplicates + summary.quarantined


def test_a_truncated_archive_keeps_what_came_before_the_damage(tmp_path, fetched):
    ctx, _ = fetched
    archive = tmp_path / "cut.warc"
    write_synthetic_warc(archive, 5, seed=3)
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) - 300])
    summary, reasons, (cp,) = ingest(tmp_path / "s.db", ctx, str(archive))
    assert summary.stored >= 3 and any(r.startswith("damaged WARC") for r in reasons)
    assert cp.done and cp.quarantined == 1


def test_site_and_keyword_filters_reach_the_warc_reader(tmp_path, fetched):
    from unbait.sources.filters import Filters

    ctx, _ = fetched
    archive = tmp_path / "a.warc.gz"
    write_synthetic_warc(archive, 14, seed=3)
    ctx.filters = Filters(site="news3.example.com")
    summary, _, (cp,) = ingest(tmp_path / "s.db", ctx, str(archive))
    assert summary.stored == 2 and dict(cp.filtered)["other site"] >= 12
