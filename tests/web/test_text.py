"""Untrusted text: marked spans, snippets that keep only <mark>, links only over http(s)."""
from __future__ import annotations

from unbait.web.text import CLOSE, OPEN, paragraphs, plain_snippet, safe_url, snippet_html


def test_the_span_is_marked_in_its_paragraph():
    text = "First para.\n\nShe hugged him <b>warmly</b>.\nLast."
    start = text.index("hugged")
    paras = paragraphs(text, (start, start + len("hugged him")))
    assert paras == [[("First para.", False)], [("She ", False), ("hugged him", True), (" <b>warmly</b>.", False)],
                     [("Last.", False)]]
    assert paragraphs("a\nb", None) == [[("a", False)], [("b", False)]]


def test_snippets_escape_everything_but_the_match_marks():
    html = snippet_html(f"x <img src=x onerror=alert(1)> {OPEN}match{CLOSE} </mark><script>")
    assert str(html) == "x &lt;img src=x onerror=alert(1)&gt; <mark>match</mark> &lt;/mark&gt;&lt;script&gt;"
    assert "<mark>" not in str(snippet_html(f"unbalanced {OPEN} mark"))
    assert plain_snippet(f"{OPEN}a{CLOSE}") == "[a]"


def test_only_http_links():
    assert safe_url("https://example.org/a") == "https://example.org/a"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "", None, "//x"):
        assert safe_url(bad) is None
