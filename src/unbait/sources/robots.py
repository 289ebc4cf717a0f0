"""robots.txt, fetched once per site through the fetcher itself and read by urllib.robotparser.

RFC 9309: a missing robots.txt (404 and other 4xx) allows everything; 401/403 are
treated as "disallow all", as urllib does; an unreachable one (5xx, a refused or
failed fetch) disallows everything for that site until the fetcher is recreated.
"""
from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from unbait.errors import InputError

MAX_ROBOTS_BYTES = 512_000

# url, max_bytes -> (status, headers, body); the fetcher's own checked, non-redirecting GET.
Getter = Callable[[str, int], tuple[int, object, bytes]]


def parse_robots(body: bytes) -> RobotFileParser:
    parser = RobotFileParser()
    parser.parse(body.decode("utf-8", "replace").splitlines())
    return parser


def _everything(allow: bool) -> RobotFileParser:
    parser = RobotFileParser()
    if allow:
        parser.allow_all = True
    else:
        parser.disallow_all = True
    return parser


class Robots:
    """A per-site cache of robots.txt rules for one user agent."""

    def __init__(self, get: Getter, user_agent: str) -> None:
        self._get = get
        self.user_agent = user_agent
        self._sites: dict[str, RobotFileParser] = {}

    def _rules(self, site: str) -> RobotFileParser:
        try:
            status, _, body = self._get(f"{site}/robots.txt", MAX_ROBOTS_BYTES)
        except InputError:
            return _everything(allow=False)
        if status in (401, 403) or status >= 500:
            return _everything(allow=False)
        if status != 200:  # 404, other 4xx, and redirects (not followed for robots.txt)
            return _everything(allow=True)
        return parse_robots(body)

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return True  # not ours to judge: the fetcher refuses such URLs with a clearer reason
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._sites:
            self._sites[site] = self._rules(site)
        return self._sites[site].can_fetch(self.user_agent, url)
