"""The JSON API: digests as in `unbait read --json`, cursors, JSON errors, tokens."""
from __future__ import annotations

import pytest



def walk(client, path, limit, **params):
    seen, cursor = [], None
    while True:
        page = client.get(path, params={**params, "limit": limit, **({"cursor": cursor} if cursor else {})}).json()
        seen += page["items"]
        if not (cursor := page["next"]):
            return seen


def test_articles_page_through_every_article_once_newest_first(client, xss):
    everything = walk(client, "/api/articles", 200)
    paged = walk(client, "/api/articles", 3)
    assert [a["id"] for a in paged] == [a["id"] for a in everything] and len(paged) == len({a["id"] for a in paged})
    assert len(paged) >= 15 and paged[0]["id"] == xss.id
    assert set(paged[0]) >= {"id", "title", "text", "headline", "people", "works", "quotes", "facts", "problems"}


def test_article_filters(client, xss):
    assert xss.id not in {a["id"] for a in walk(client, "/api/articles", 50, hide_clickbait="true")}
    assert {a["site"] for a in walk(client, "/api/articles", 50, site="Starlight Wire")} == {"Starlight Wire"}


@pytest.mark.parametrize("kind", ["people", "works", "stories"])
def test_lists_page_and_each_item_resolves(client, kind):
    items = walk(client, f"/api/{kind}", 2)
    assert items and len({i["id"] for i in items}) == len(items)
    one = client.get(f"/api/{kind}/{items[0]['id']}")
    assert one.status_code == 200 and one.json()["id"] == items[0]["id"]


def test_article_story_person_work_bodies(client, xss):
    article = client.get(f"/api/articles/{xss.id}").json()
    assert article["title"] == xss.title and article["story"] == xss.id
    story = client.get(f"/api/stories/{xss.id}").json()
    assert story["articles"] == [xss.id] and story["facts"] == []
    person = client.get("/api/people/1").json()
    assert {"aliases", "roles", "quotes", "costars"} <= set(person)


def test_search_marks_matches_and_pages(client):
    hits = client.get("/api/search", params={"q": "ratings", "limit": 2}).json()
    assert len(hits["items"]) == 2 and "[" in hits["items"][0]["snippet"] and hits["next"]
    more = client.get("/api/search", params={"q": "ratings", "limit": 2, "cursor": hits["next"]}).json()
    assert more["items"] and more["items"][0] != hits["items"][0]
    assert client.get("/api/search", params={"q": 'x" OR title:*'}).status_code == 200  # never FTS syntax


@pytest.mark.parametrize("path, status", [
    ("/api/articles/nope", 404), ("/api/people/0", 404), ("/api/people/abc", 422), ("/api/works/99999", 404),
    ("/api/stories/zzz", 404), ("/api/search", 422), ("/api/articles?limit=0", 422),
    ("/api/articles?cursor=%%%", 400), ("/api/articles?cursor=WzFd", 400), ("/api/articles?since=May", 400),
    ("/api/nothing", 404)])
def test_errors_are_json_with_a_code_and_message(client, path, status):
    r = client.get(path)
    assert r.status_code == status
    assert set(r.json()["error"]) == {"code", "message"}


def test_read_analyses_without_storing(client):
    before = len(walk(client, "/api/articles", 200))
    body = {"title": "Mira Sol Joins ‘Quiet Tide’", "text": "Mira Sol will star in the drama “Quiet Tide” on KBS2.\n\n"
            "“I am thrilled,” Mira Sol said."}
    r = client.post("/api/read", json=body)
    assert r.status_code == 200 and r.json()["quotes"][0]["speaker"] == "Mira Sol"
    assert len(walk(client, "/api/articles", 200)) == before
    assert client.post("/api/read", json={"title": ""}).status_code == 422
    assert client.post("/api/read", content=b"not json", headers={"content-type": "application/json"}).status_code == 422


def test_ingest_needs_the_token(client, token):
    body = {"title": "Kai Lund Wraps ‘Salt Roads’", "text": "Kai Lund finished filming “Salt Roads” this week."}
    assert client.post("/api/articles", json=body).status_code == 401
    assert client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
    ok = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {token}"})
    assert ok.status_code == 201 and ok.json()["stored"] is True
    again = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {token}"})
    assert again.status_code == 200 and again.json()["stored"] is False
    assert client.get(f"/api/articles/{ok.json()['article']['id']}").status_code == 200


def test_ingest_is_forbidden_without_a_server_token(web_db):
    from fastapi.testclient import TestClient

    from unbait.web import create_app

    r = TestClient(create_app(web_db)).post("/api/articles", json={"title": "t", "text": "x"},
                                            headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"


@pytest.mark.parametrize("path", [f"/api/people/{2**70}", f"/api/works/-{2**70}", f"/api/articles?person={2**70}",
                                  f"/people/{2**70}", "/api/people?cursor=WzExODA1OTE2MjA3MTc0MTEzMDM0MjRd",
                                  "/api/search?q=a&cursor=WzExODA1OTE2MjA3MTc0MTEzMDM0MjRd", "/api/search?q=%00",
                                  "/search?q=%00x", "/api/articles?site=%00"])
def test_out_of_range_numbers_and_nul_bytes_are_bad_input_not_a_crash(client, path):
    assert 200 <= client.get(path).status_code < 500


def test_api_asdict_matches_dataclasses_asdict_as_json():
    import dataclasses
    import json

    from unbait.kb.views import PersonView, QuoteView, RoleView, TimelineEvent
    from unbait.web.api import asdict

    view = PersonView(7, "A B", ("A B", "AB"), (RoleView("actor", None, "W", "x1"),), ("x1",),
                      (QuoteView("hi", "A B", "x1", 0, 2),), (), ("why",), (TimelineEvent("2024-01-01", "quote", "hi", "x1", "published"),))
    assert json.dumps(asdict(view)) == json.dumps(dataclasses.asdict(view))
