"""Feeds: entry URLs from original RSS and Atom documents, and refusals."""
from __future__ import annotations

import pytest

from unbait.errors import BadRecord, TooLarge
from unbait.sources.feeds import read_feed

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Orvin Daily Screen</title><link>https://screen.example/</link>
<item><title>Talia Venn joins a harbour mystery</title><link>https://screen.example/2024/05/venn-harbour</link></item>
<item><title>Second season of The Lantern Yard confirmed</title><link>https://screen.example/2024/05/lantern-yard</link></item>
<item><title>Same story twice</title><link>https://screen.example/2024/05/venn-harbour</link></item>
<item><title>A mail link</title><link>mailto:desk@screen.example</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Pallo Weekly</title><id>urn:x:pallo</id>
<updated>2024-05-02T00:00:00Z</updated>
<entry><title>Quiz night returns</title><id>urn:x:1</id><updated>2024-05-02T00:00:00Z</updated>
<link rel="alternate" href="https://pallo.example/quiz-night"/></entry>
<entry><title>Relative link</title><id>urn:x:2</id><updated>2024-05-02T00:00:00Z</updated>
<link rel="alternate" href="/relative-story"/></entry>
</feed>"""


def test_rss():
    assert read_feed(RSS, "https://screen.example/rss.xml") == [
        "https://screen.example/2024/05/venn-harbour",
        "https://screen.example/2024/05/lantern-yard",
    ]


def test_atom_with_a_relative_link():
    assert read_feed(ATOM, "https://pallo.example/atom.xml") == [
        "https://pallo.example/quiz-night",
        "https://pallo.example/relative-story",
    ]


def test_refuses_entities_strings_and_size():
    laughs = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss><channel/></rss>'
    with pytest.raises(BadRecord, match="entities"):
        read_feed(laughs, "f")
    with pytest.raises(TypeError):
        read_feed("https://screen.example/rss.xml", "f")  # type: ignore[arg-type]
    with pytest.raises(TooLarge):
        read_feed(RSS, "f", max_bytes=100)


def test_not_a_feed():
    with pytest.raises(BadRecord):
        read_feed(b"<html><body>hello</body></html>", "page")
    with pytest.raises(BadRecord):
        read_feed(b"\x00\x01 garbage", "junk")
