"""The rendered-page cache: pages replayed until the store changes, never for the API."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from unbait.document import Digest, Headline
from unbait.store import Store
from unbait.web import create_app, html


def digest(i: int) -> Digest:
    return Digest(id=f"c{i:03d}", source=f"s{i}", title=f"Cached headline {i}", text=f"Body text number {i}.",
                  published=f"2030-01-{i + 1:02d}", site="cache.example", headline=Headline(0.1))


@pytest.fixture()
def counted(monkeypatch):
    calls = []
    real = html.cards
    monkeypatch.setattr(html, "cards", lambda *a, **k: calls.append(1) or real(*a, **k))
    return calls


def test_pages_are_replayed_until_the_store_changes(tmp_path, counted):
    path = tmp_path / "c.db"
    with Store(path) as store:
        store.add(digest(1))
    client = TestClient(create_app(path, page_cache=4))
    first = client.get("/")
    again = client.get("/")
    assert len(counted) == 1 and again.text == first.text and "Cached headline 1" in again.text
    assert "Content-Security-Policy" in again.headers and "X-Frame-Options" in again.headers
    assert client.get("/?site=cache.example").status_code == 200 and len(counted) == 2  # another query, another page
    with Store(path) as store:  # another connection (another process, as with `unbait ingest`) writes
        store.add(digest(2))
    assert "Cached headline 2" in client.get("/").text and len(counted) == 3


def test_no_cache_when_turned_off_and_never_for_errors(tmp_path, counted):
    path = tmp_path / "c.db"
    with Store(path) as store:
        store.add(digest(1))
    client = TestClient(create_app(path, page_cache=0))
    client.get("/"), client.get("/")
    assert len(counted) == 2
    cached = TestClient(create_app(path, page_cache=4))
    assert cached.get("/people/999").status_code == 404 and cached.get("/people/999").status_code == 404


def test_the_store_version_moves_with_each_write(tmp_path):
    with Store(tmp_path / "v.db") as store:
        before = store.pages().version()
        store.add(digest(1))
        after = store.pages().version()
        store.add(digest(1))  # already stored: nothing changed
        assert before != after == store.pages().version()
