"""A store for the web tests: the bundled examples, the original gold fixtures, and one
hostile article whose every field is an XSS payload (hand-built, so every payload lands)."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import unbait
from unbait.document import Digest, Fact, Headline, Person, Quote, Role, Spoiler, Work
from unbait.ingest_run import run
from unbait.sources.dispatch import Context, plan
from unbait.store import Store
from unbait.web import create_app

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "test-token-not-secret"
SENTINEL = "window.__pwned=1"
IMG = f'<img src=x onerror="{SENTINEL}">'
SVG = f'<svg onload="{SENTINEL}"><script>{SENTINEL}</script></svg>'
SCRIPT = f"<script>{SENTINEL}</script>"
JS_LINK = f'<a href="javascript:{SENTINEL}">click me</a>'
SPOILED = f"Dara Venn hugged {IMG} at the wrap party"
TEXT = (f"Payload reporting: {SCRIPT} and {JS_LINK} appeared here.\n\n{SPOILED}.\n\n"
        f"“{SCRIPT}{IMG}” said Dara Venn. The drama {SVG} drew 7.5% on May 2.")
XSS = Digest(
    id="deadbeefdeadbeef", source="hostile.txt", url=f"javascript:{SENTINEL}",
    title=f"{SCRIPT} Dara Venn Spotted Doing THIS {IMG} {SVG}", text=TEXT, published="2031-01-01",
    site=f"<b>{SVG}</b>", authors=(IMG,),
    headline=Headline(0.93, Spoiler("phrase", SPOILED, TEXT.index(SPOILED), TEXT.index(SPOILED) + len(SPOILED))),
    people=(Person("Dara Venn", (IMG,), 2, (Role("actor", SCRIPT, f"Night {SVG}"),)), Person(IMG, (), 1, ())),
    works=(Work(f"Night {SVG}", "tv_series", (JS_LINK,)),),
    quotes=(Quote(f"{SCRIPT}{IMG}", "Dara Venn", 0, 10), Quote(JS_LINK, IMG, 0, 10)),
    facts=(Fact("rating", f"7.5% {SVG}", f"Night {SVG}", "7.5%", 0, 4, f"May 2 {IMG}"),))


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("web") / "web.db"
    inputs = [str(ROOT / "examples"), *map(str, sorted((ROOT / "tests/fixtures/gold").glob("*.txt")))]
    with Store(path) as store:
        run(plan(inputs), store, Context(), unbait.pipeline())
        store.add(XSS)
    return path


@pytest.fixture(scope="session")
def client(web_db) -> TestClient:
    return TestClient(create_app(web_db, token=TOKEN))


@pytest.fixture(scope="session")
def xss() -> Digest:
    return XSS


@pytest.fixture(scope="session")
def token() -> str:
    return TOKEN
