"""The fetcher, against httpx.MockTransport and a fake resolver: no DNS, no sockets."""
from __future__ import annotations

import httpx
import pytest

from unbait.errors import InputError, TooLarge
from unbait.sources.fetch import Fetcher, FetchError

PUBLIC = "93.184.215.14"
HOSTS = {"news.example": [PUBLIC], "evil.example": ["10.0.0.5"], "mixed.example": [PUBLIC, "192.168.1.4"]}


def resolver(host: str, port: int) -> list[str]:
    return HOSTS[host]


def make(handler, **kwargs) -> Fetcher:
    kwargs.setdefault("per_host_delay", 0.0)
    return Fetcher(transport=httpx.MockTransport(handler), resolver=resolver, **kwargs)


def site(routes: dict[str, httpx.Response]):
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return routes.get(request.url.path, httpx.Response(404))

    return handler, seen


def test_fetches_through_the_checked_address_with_host_header_and_user_agent():
    handler, seen = site({"/story": httpx.Response(200, headers={"content-type": "text/html"}, content=b"<p>hi</p>")})
    got = make(handler).fetch("https://news.example/story")
    assert (got.status, got.content_type, got.body, got.final_url) == (200, "text/html", b"<p>hi</p>", "https://news.example/story")
    page = seen[-1]
    assert page.url.host == PUBLIC and page.headers["host"] == "news.example"
    assert "unbait" in page.headers["user-agent"] and seen[0].url.path == "/robots.txt"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/x", "http://10.1.2.3/x", "http://192.168.0.1/x", "http://169.254.169.254/latest/meta-data",
        "http://[::1]/x", "http://[::ffff:127.0.0.1]/x", "http://[fd00:ec2::254]/x", "http://0.0.0.0/x",
        "http://[fe80::1]/x", "http://224.0.0.1/x", "http://100.64.0.1/x", "http://evil.example/x",
        "http://mixed.example/x",
    ],
)
def test_refuses_non_public_addresses(url):
    handler, seen = site({})
    with pytest.raises(FetchError, match="refused"):
        make(handler).fetch(url)
    assert seen == []


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://news.example/x", "gopher://news.example/", "javascript:alert(1)"])
def test_refuses_other_schemes(url):
    with pytest.raises(FetchError):
        make(site({})[0]).fetch(url)


def test_redirect_to_a_private_address_is_refused():
    handler, seen = site({"/go": httpx.Response(302, headers={"location": "http://169.254.169.254/latest"})})
    with pytest.raises(FetchError, match="cloud metadata"):
        make(handler, respect_robots=False).fetch("https://news.example/go")
    assert len(seen) == 1


def test_five_redirects_are_followed_and_a_sixth_refused():
    routes = {f"/r{i}": httpx.Response(301, headers={"location": f"/r{i + 1}"}) for i in range(6)}
    routes["/r5"] = httpx.Response(200, content=b"done")
    got = make(site(routes)[0], respect_robots=False).fetch("https://news.example/r0")
    assert got.body == b"done" and got.final_url == "https://news.example/r5"
    routes["/r5"] = httpx.Response(301, headers={"location": "/r6"})
    with pytest.raises(FetchError, match="more than 5 redirects"):
        make(site(routes)[0], respect_robots=False).fetch("https://news.example/r0")


def test_body_over_the_cap():
    big = httpx.Response(200, content=b"x" * 5000)
    with pytest.raises(TooLarge):
        make(site({"/big": big})[0], max_bytes=1000, respect_robots=False).fetch("https://news.example/big")

    def streamed(request):  # no Content-Length: the cap applies while streaming
        return httpx.Response(200, content=iter([b"y" * 600] * 10))

    with pytest.raises(TooLarge, match="cap"):
        make(streamed, max_bytes=1000, respect_robots=False).fetch("https://news.example/s")


def test_robots_disallow_and_missing_robots():
    rules = httpx.Response(200, content=b"User-agent: *\nDisallow: /private/\n")
    handler, seen = site({"/robots.txt": rules, "/open": httpx.Response(200, content=b"ok")})
    fetcher = make(handler)
    with pytest.raises(FetchError, match="robots.txt"):
        fetcher.fetch("https://news.example/private/page")
    assert fetcher.fetch("https://news.example/open").body == b"ok"
    assert [r.url.path for r in seen].count("/robots.txt") == 1  # cached per site
    assert make(site({"/a": httpx.Response(200)})[0]).fetch("https://news.example/a").status == 200


def test_transport_errors_become_fetch_errors():
    def broken(request):
        raise httpx.ConnectTimeout("timed out", request=request)

    with pytest.raises(FetchError, match="ConnectTimeout") as info:
        make(broken, respect_robots=False).fetch("https://news.example/x")
    assert isinstance(info.value, InputError) and info.value.source == "https://news.example/x"


def test_resolver_failure_and_polite_delay():
    def failing(host, port):
        raise OSError("no such host")

    with pytest.raises(FetchError, match="cannot resolve"):
        Fetcher(transport=httpx.MockTransport(lambda r: httpx.Response(200)), resolver=failing).fetch("https://x.example/")
    now, slept = [100.0], []
    fetcher = Fetcher(
        transport=httpx.MockTransport(lambda r: httpx.Response(200)), resolver=resolver, respect_robots=False,
        per_host_delay=2.0, clock=lambda: now[0], sleep=slept.append,
    )
    fetcher.fetch("https://news.example/a")
    fetcher.fetch("https://news.example/b")
    assert slept == [2.0]
