"""Web pages: the main text with its paragraphs, the metadata, no network, no article -> rejected."""
from __future__ import annotations

import gzip
import socket

import pytest

from unbait.document import RawArticle, Rejected
from unbait.inputs.html import declared_charset, paragraphs, parse_html
from unbait.stages.clean import clean_body

PARAS = [
    "The orchestra drama “Second Violin” closed its season with a concert episode on Friday night.",
    "According to the network, the finale drew the largest audience of the year for the time slot.",
    "Lead actor Teodor Vance said the cast rehearsed the final piece for six weeks before filming.",
    "“I can finally play it without looking at my hands,” he said after the broadcast.",
]


def page(title: str = "Second Violin Ends on a High Note", charset: str = "utf-8", paras=PARAS) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}">
<title>{title} | Stage Door News</title>
<meta property="og:site_name" content="Stage Door News">
<meta name="author" content="Mara Quill">
<meta property="article:published_time" content="2024-02-09T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/tv">TV</a> <a href="/film">Film</a></nav>
<article><h1>{title}</h1>{body}</article>
<footer>Contact us | Privacy policy | Terms</footer>
</body></html>"""


def test_main_text_and_metadata(tmp_path, read_one):
    path = tmp_path / "page.html"
    path.write_text(page(), encoding="utf-8")
    a = read_one(path)
    assert isinstance(a, RawArticle), a
    assert a.title == "Second Violin Ends on a High Note"  # the "| Site" suffix goes
    assert a.site == "Stage Door News"
    assert a.published == "2024-02-09"
    assert a.authors == ("Mara Quill",)
    for p in PARAS:
        assert p in a.text
    assert "\n\n".join(PARAS) in a.text  # one blank line between paragraphs
    assert "Privacy policy" not in a.text and "Home" not in a.text


def test_declared_charset_is_used(tmp_path, read_one):
    paras = [p.replace("Teodor", "Téodor") for p in PARAS]
    path = tmp_path / "page.htm"
    path.write_bytes(page(charset="windows-1252", paras=paras).encode("cp1252"))
    a = read_one(path)
    assert "Téodor Vance" in a.text and "“Second Violin”" in a.text


def test_declared_charset():
    assert declared_charset(b'<head><meta charset="ISO-8859-1">') == "ISO-8859-1"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">') == "utf-8"
    assert declared_charset(b"<p>none</p>") is None


def test_paragraphs():
    assert paragraphs("one\n  two \n\n\nthree") == "one\n\ntwo\n\nthree"


def test_page_without_an_article(tmp_path, read_one):
    path = tmp_path / "nav.html"
    path.write_text(
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a> <a href='/tv'>TV</a>"
        "</nav><footer>© 2024</footer></body></html>",
        encoding="utf-8",
    )
    assert read_one(path) == Rejected(str(path), "no article text found")


def test_empty_html_document(tmp_path, read_one):
    path = tmp_path / "blank.html"
    path.write_text("<html><body></body></html>", encoding="utf-8")
    assert read_one(path) == Rejected(str(path), "no article text found")


def test_never_touches_the_network(tmp_path, read_one, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    path = tmp_path / "page.html"
    html = page().replace("<head>", '<head><link rel="canonical" href="https://stagedoor.example/tv/violin">')
    path.write_text(html, encoding="utf-8")
    a = read_one(path)
    assert isinstance(a, RawArticle) and a.url == "https://stagedoor.example/tv/violin"


def test_gzipped_html(tmp_path, read_one):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(page().encode()))
    assert read_one(path).title == "Second Violin Ends on a High Note"


def test_html_in_a_txt_file_is_read_as_html(tmp_path, read_one):
    path = tmp_path / "saved.txt"
    path.write_text(page(), encoding="utf-8")
    a = read_one(path)
    assert a.title == "Second Violin Ends on a High Note" and "<p>" not in a.text


def test_example_page_cleans_to_the_same_body_as_the_text_version(examples, read):
    html, text = read(examples / "moonlit-harbor-finale.html", examples / "moonlit-harbor-finale.txt")
    assert isinstance(html, RawArticle) and isinstance(text, RawArticle)
    assert html.title == text.title
    assert (html.site, html.published, html.authors) == ("Starlight Wire", "2024-05-13", ("Dana Whitlock",))
    cleaned = clean_body(html.text, title=html.title, authors=html.authors)
    assert cleaned.text == clean_body(text.text, title=text.title).text
    assert any("channel" in line for line in cleaned.removed)
    assert any("comments" in line for line in cleaned.removed)


def test_parse_html_direct():
    a = parse_html(page(), "mem")
    assert a.source == "mem"
    assert a.text == "\n\n".join(PARAS)  # the <h1> headline is not repeated in the body


@pytest.mark.shared
def test_a_few_benchmark_pages_extract_faithfully(shared):
    """Token recall against the Zyte ground truth on the first pages (the full measure is in the report)."""
    import json
    import re
    from collections import Counter

    root = shared / "data" / "extraction"
    if not root.exists():
        pytest.skip("no extraction benchmark in ../shared")
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    recalls = []
    for key in sorted(truth)[:12]:
        data = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        a = parse_html(data.decode("utf-8", "replace"), key)
        got = Counter(re.findall(r"\w+", a.text.lower()))
        want = Counter(re.findall(r"\w+", truth[key]["articleBody"].lower()))
        recalls.append(sum((got & want).values()) / max(1, sum(want.values())))
    assert sum(recalls) / len(recalls) >= 0.9
