"""Every page type renders real content from the store, with the security headers."""
from __future__ import annotations

import re

import pytest



def ids(client, path):
    return client.get(path).json()["items"]


def test_front_page_lists_stories_newest_first_with_badges_and_spoiler(client, xss):
    r = client.get("/")
    assert r.status_code == 200 and "Latest stories" in r.text
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert "unsafe-inline" not in r.headers["content-security-policy"]
    headlines = re.findall(r'<a href="/articles/([0-9a-f]{16})">', r.text)
    assert headlines[0] == xss.id  # published 2031: the newest
    assert "clickbait 93%" in r.text and "What happened:" in r.text
    assert r.text.count('class="card"') >= 10
    assert "Moonlit Harbor" in r.text and 'href="/people/' in r.text and 'href="/works/' in r.text


def test_front_page_filters(client, xss):
    assert xss.id not in client.get("/?hide_clickbait=true").text
    only = client.get("/?site=Starlight+Wire").text
    assert "NOVAFALL" in only and 0 < only.count('class="card"') < client.get("/").text.count('class="card"')
    person = client.get("/?person=Yoon+Seo+Ah").text
    assert "Moonlit" in person and "NOVAFALL" not in person
    assert "No stories match" in client.get("/?since=2040-01-01").text
    assert client.get("/?until=not-a-date").status_code == 400
    assert client.get("/?person=Nobody+Atall").status_code == 404


def test_article_page_shows_verdict_spoiler_quotes_people_works_facts_and_source(client, xss):
    [first] = ids(client, "/api/articles?site=Starlight+Wire&limit=1")
    r = client.get(f"/articles/{first['id']}")
    assert r.status_code == 200
    assert first["title"].replace("’", "’") in r.text
    assert "<blockquote>" in r.text and "People" in r.text and "Facts" in r.text
    assert f'href="{first["url"]}"' in r.text and "Other articles of this story" in r.text
    spoiled = client.get(f"/articles/{xss.id}").text
    assert "<mark>Dara Venn hugged &lt;img" in spoiled


def test_person_and_work_pages(client):
    [work] = [w for w in ids(client, "/api/works?limit=200") if w["title"] == "Moonlit Harbor"]
    page = client.get(f"/works/{work['id']}").text
    assert "<table class=\"cast\"" in page and "Yoon Seo Ah" in page
    person_id = re.search(r'href="/people/(\d+)">Yoon Seo Ah', page)[1]
    person = client.get(f"/people/{person_id}").text
    assert "Yoon Seo Ah" in person and "Roles" in person and f'href="/works/{work["id"]}"' in person
    assert re.search(r'<ul class="stories">\s*<li><a href="/stories/', person) and "/?person=Yoon+Seo+Ah" in person
    assert client.get("/people/999999").status_code == 404 and client.get("/works/0").status_code == 404


def test_work_page_draws_the_ratings_chart_server_side(client):
    with_chart = [w for w in ids(client, "/api/works?limit=200") if any(f["kind"] == "rating" for f in w["facts"])]
    assert with_chart
    page = client.get(f"/works/{with_chart[0]['id']}").text
    assert "<svg" in page and "Ratings over time" in page and "<circle" in page


def test_story_page_and_search_page(client, xss):
    story = client.get(f"/stories/{xss.id}")
    assert story.status_code == 200 and "side-by-side" in story.text
    found = client.get("/search?q=ratings").text
    assert "<mark>" in found and "Nothing found" not in found
    assert "Type words" in client.get("/search").text
    assert client.get("/stories/nope").status_code == 404


@pytest.mark.parametrize("path", ["/", "/docs", "/static/style.css", "/nope", "/search?q=%22%27%3Cx%3E"])
def test_every_response_has_the_csp_and_no_external_resource(client, path):
    r = client.get(path)
    assert r.headers["content-security-policy"].startswith("default-src 'self'")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "http://" not in r.text.replace("http://www.w3.org/2000/svg", "") or path == "/static/style.css"
    assert "<script" not in r.text.lower() or path.startswith("/static")


@pytest.mark.parametrize("path", ["/", "/search?q=ratings", "/?person=Yoon+Seo+Ah"])
def test_pages_are_accessible_basics(client, path):
    html = client.get(path).text
    assert '<html lang="en">' in html and 'href="#main"' in html and '<main id="main">' in html
    for input_id in re.findall(r'<input id="([^"]+)"', html):
        assert f'<label for="{input_id}"' in html, input_id
    assert len(re.findall(r"<h1[ >]", html)) == 1


def test_filters_stay_open_when_used(client):
    assert "<details class=\"filter-box\" open>" in client.get("/?hide_clickbait=true").text
    assert "<details class=\"filter-box\">" in client.get("/").text


def test_badge_and_links_filters_escape_labels():
    from unbait.web.cards import Named
    from unbait.web.templates import environment

    links = environment().filters["links"]
    out = str(links((Named('<img src=x onerror="a()">', 3), Named("<b>x</b>", None)), "/people"))
    assert out == '<a href="/people/3">&lt;img src=x onerror=&#34;a()&#34;&gt;</a>, &lt;b&gt;x&lt;/b&gt;'
    assert "clickbait 93%" in environment().filters["badge"](0.93) and "no score" in environment().filters["badge"](None)
    assert 'title="headline is not English"' in environment().filters["badge"](None, "headline is not English")


def test_person_page_pages_its_quotes_oldest_first_with_a_link_to_earlier_ones(tmp_path):
    from fastapi.testclient import TestClient

    from unbait.document import Digest, Person, Quote
    from unbait.store import Store
    from unbait.web import create_app
    said = [Digest(id=f"q{i:02d}", source=f"q{i}", title=f"Talk {i}", text=f"“Line {i:02d}” said Mina Sol.",
                   published=f"2024-{1 + i // 28:02d}-{1 + i % 28:02d}", people=(Person("Mina Sol", (), 1, ()),),
                   quotes=(Quote(f"Line {i:02d}", "Mina Sol", 1, 8),)) for i in range(25)]
    with Store(tmp_path / "p.db") as store:
        store.add_many(said)
        [person] = store.pages().person("Mina Sol")
    client = TestClient(create_app(tmp_path / "p.db"))
    first = client.get(f"/people/{person.id}").text
    shown = re.findall(r"<p>Line (\d+)</p>", first)
    assert shown == [f"{i:02d}" for i in range(5, 25)]  # the latest 20, oldest first
    earlier = re.search(r'href="(/people/\d+\?cursor=[^"]+)">Earlier quotes', first)[1]
    second = client.get(earlier.replace("&amp;", "&")).text
    assert re.findall(r"<p>Line (\d+)</p>", second) == [f"{i:02d}" for i in range(5)] and "Earlier quotes" not in second
    assert client.get(f"/people/{person.id}?cursor=bad").status_code == 400


def test_the_threads_of_one_app_share_one_cache_of_parsed_digests(web_db):
    import threading

    from unbait.web.app import Stores
    stores = Stores(web_db)
    mine = stores.get()
    theirs = []
    t = threading.Thread(target=lambda: theirs.append(stores.get()))
    t.start()
    t.join()
    assert theirs[0] is not mine and theirs[0]._parsed is mine._parsed is stores.parsed


def test_a_search_over_its_budget_on_the_loop_is_answered_from_the_thread_pool(web_db, monkeypatch):
    from fastapi.testclient import TestClient

    from unbait.web import create_app, html
    client = TestClient(create_app(web_db, page_cache=0))
    on_loop = client.get("/search?q=ratings").text
    pooled, run = [], html.run_in_threadpool

    async def counted(*args):
        pooled.append(args[0])
        return await run(*args)
    monkeypatch.setattr(html, "run_in_threadpool", counted)
    assert client.get("/search?q=ratings").text == on_loop and pooled == []
    monkeypatch.setattr(html, "SEARCH_ON_LOOP", -1.0)  # every search is over budget: the pool answers
    monkeypatch.setattr("unbait.store.budget.STEPS", 1)  # (a small store's search is under 1000 steps)
    again = client.get("/search?q=ratings")
    assert again.status_code == 200 and "<mark>" in again.text and again.text == on_loop and len(pooled) == 1
