"""An article made of XSS payloads renders as text on every page and in every snippet."""
from __future__ import annotations

import re

import pytest


def hostile_pages(client, xss):
    person = client.get(f"/api/articles/{xss.id}")  # make sure it is stored
    assert person.status_code == 200
    pages = ["/", f"/articles/{xss.id}", f"/stories/{xss.id}", "/search?q=payload", "/search?q=%3Cscript%3E",
             "/search?q=onerror", "/?site=%3Cb%3E%3Csvg"]
    for kind in ("people", "works"):
        for item in client.get(f"/api/{kind}", params={"limit": 200}).json()["items"]:
            if xss.id in item["articles"]:
                pages.append(f"/{kind}/{item['id']}")
    return pages


def test_every_payload_is_escaped(client, xss):
    pages = hostile_pages(client, xss)
    assert any(p.startswith("/people/") for p in pages) and any(p.startswith("/works/") for p in pages)
    for path in pages:
        html = client.get(path).text
        assert re.search(r"<script", html, re.I) is None, path
        assert re.search(r"<img|<svg\s+onload|<svg/onload", html, re.I) is None, path
        assert re.search(r"""href\s*=\s*["']?\s*javascript:""", html, re.I) is None, path
        assert re.search(r"<[^>]*\son\w+\s*=", html, re.I) is None, path  # no event-handler attribute at all
    article = client.get(f"/articles/{xss.id}").text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in article and "Source</a>" not in article


def test_search_snippets_keep_only_our_marks(client):
    for q in ("payload", "script", "onerror"):
        html = client.get("/search", params={"q": q}).text
        snippets = re.findall(r'<p class="snippet">(.*?)</p>', html, re.S)
        assert snippets, q
        for s in snippets:
            assert re.sub(r"</?mark>", "", s).count("<") == 0, s


@pytest.mark.parametrize("q", ["<script>alert(1)</script>", "\" OR 1=1 --", "'; DROP TABLE articles; --", "*", "NEAR("])
def test_search_input_is_never_sql_nor_fts_syntax(client, q):
    assert client.get("/api/search", params={"q": q}).status_code == 200
    page = client.get("/search", params={"q": q})
    assert page.status_code == 200 and "<script>alert" not in page.text
