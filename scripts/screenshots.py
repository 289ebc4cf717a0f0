"""Screenshots of each page type for docs/screenshots/, from a store built like `make run`.

    PYTHONPATH=src python scripts/screenshots.py --db unbait.db --out docs/screenshots

Serves the store on a free loopback port and drives Debian's /usr/bin/chromium headless
through Playwright. Pages are picked from the data, not by name: the most clickbaity
article with a spoiler, the person and the work with the most articles and ratings.
"""
from __future__ import annotations

import argparse
import socket
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from playwright.sync_api import sync_playwright

from unbait.web import create_app


def serve(db: str) -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}"


def pick(base: str) -> dict[str, str]:
    api = lambda path: httpx.get(base + path, params={"limit": 200}).json()["items"]  # noqa: E731
    articles = api("/api/articles")
    bait = max(articles, key=lambda a: (a["headline"]["spoiler"] is not None, a["headline"]["clickbait"] or 0))
    works = api("/api/works")
    work = max(works, key=lambda w: (sum(f["kind"] == "rating" for f in w["facts"]), len(w["articles"])))
    people = api("/api/people")
    person = max(people, key=lambda p: (len(p["articles"]), len(p["roles"])))
    return {"front": "/", "article": f"/articles/{bait['id']}", "story": f"/stories/{bait['id']}",
            "person": f"/people/{person['id']}", "work": f"/works/{work['id']}", "search": "/search?q=ratings"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="unbait.db")
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    base = serve(args.db)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        desktop = browser.new_page(viewport={"width": 1100, "height": 820})
        for name, path in pick(base).items():
            desktop.goto(base + path)
            desktop.screenshot(path=str(out / f"{name}.png"))
        phone = browser.new_page(viewport={"width": 390, "height": 800}, device_scale_factor=1)
        phone.goto(base + "/")
        phone.screenshot(path=str(out / "front-phone.png"))
        browser.close()


if __name__ == "__main__":
    main()
