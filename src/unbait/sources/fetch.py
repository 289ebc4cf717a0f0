"""The one way unbait fetches a URL: public addresses only, bounded, polite, robots.txt obeyed.

Each hop (the first request and every redirect, at most :data:`MAX_REDIRECTS`) is
checked before it is made: http or https, every address the host resolves to is
public (:mod:`unbait.sources.address`), robots.txt allows it. The connection goes to
the very address that was checked (the ``Host`` header and TLS server name carry the
host name), so a second DNS answer cannot swap in a private one. Bodies are streamed
and cut at ``max_bytes`` after decompression. The httpx transport, the resolver, the
clock and the sleep are injectable: tests never touch the network.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from unbait.errors import InputError, TooLarge
from unbait.sources.address import Resolver, parse_address, refusal, system_resolver
from unbait.sources.robots import Robots

MAX_REDIRECTS = 5
USER_AGENT = "unbait/1 (entertainment news reader; respects robots.txt)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class FetchError(InputError):
    """A URL could not be fetched, or was refused (scheme, address, robots.txt, redirects)."""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    final_url: str
    status: int
    content_type: str | None
    body: bytes


class Fetcher:
    """Fetches URLs one at a time; keeps one connection pool, a robots.txt cache and per-host timing."""

    def __init__(
        self,
        *,
        user_agent: str = USER_AGENT,
        timeout: float = 20.0,
        max_bytes: int = 10_000_000,
        per_host_delay: float = 1.0,
        respect_robots: bool = True,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver = system_resolver,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.user_agent = user_agent
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.per_host_delay = per_host_delay
        self.resolver = resolver
        self.clock, self.sleep = clock, sleep
        self.robots = Robots(self._get, user_agent) if respect_robots else None
        self._last: dict[str, float] = {}
        self._client = httpx.Client(
            transport=transport, timeout=httpx.Timeout(timeout), follow_redirects=False,
            trust_env=False, headers={"User-Agent": user_agent},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> Fetched:
        """GET ``url``, following up to 5 redirects, each checked anew. Raises FetchError/TooLarge."""
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            self._target(current)  # refuse a bad scheme or address before asking robots.txt
            if self.robots is not None and not self.robots.allowed(current):
                raise FetchError(url, f"disallowed by robots.txt: {current}")
            status, headers, body = self._get(current, self.max_bytes)
            location = headers.get("location")
            if status in _REDIRECTS and location:
                current = urljoin(current, location)
                continue
            return Fetched(url, current, status, headers.get("content-type"), body)
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def _target(self, url: str) -> tuple[httpx.URL, str]:
        """The URL with its host replaced by a checked public address, and the host name."""
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError) as exc:
            raise FetchError(url, f"bad URL: {exc}") from None
        if parsed.scheme not in ("http", "https"):
            raise FetchError(url, f"scheme '{parsed.scheme}' refused; only http and https are fetched")
        host = parsed.host
        if not host:
            raise FetchError(url, "no host in URL")
        literal = parse_address(host)
        if literal is not None:
            addresses = [str(literal)]
        else:
            port = parsed.port or (443 if parsed.scheme == "https" else 80)
            try:
                addresses = list(self.resolver(host, port))
            except OSError as exc:
                raise FetchError(url, f"cannot resolve {host}: {exc}") from None
        if not addresses:
            raise FetchError(url, f"cannot resolve {host}")
        for text in addresses:
            address = parse_address(text)
            why = "not an address" if address is None else refusal(address)
            if why is not None:
                raise FetchError(url, f"refused: {host} resolves to {text} ({why})")
        return parsed.copy_with(host=addresses[0]), host

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            delay = self.per_host_delay - (self.clock() - last)
            if delay > 0:
                self.sleep(delay)
        self._last[host] = self.clock()

    def _get(self, url: str, max_bytes: int) -> tuple[int, httpx.Headers, bytes]:
        """One checked GET, no redirects followed: status, headers, body (at most ``max_bytes``)."""
        target, host = self._target(url)
        self._wait(host)
        name = f"[{host}]" if ":" in host else host
        host_header = name if target.port is None else f"{name}:{target.port}"
        request = self._client.build_request(
            "GET", target, headers={"Host": host_header}, extensions={"sni_hostname": host}
        )
        deadline = self.clock() + 3 * self.timeout
        try:
            response = self._client.send(request, stream=True)
            try:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise TooLarge(url, f"body of {declared} bytes is over the {max_bytes}-byte cap")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise TooLarge(url, f"body is over the {max_bytes}-byte cap")
                    if self.clock() > deadline:
                        raise FetchError(url, f"too slow: over {3 * self.timeout:g} s")
                    chunks.append(chunk)
                return response.status_code, response.headers, b"".join(chunks)
            finally:
                response.close()
        except httpx.HTTPError as exc:
            raise FetchError(url, f"{type(exc).__name__}: {exc}".split("\n")[0][:300]) from None
