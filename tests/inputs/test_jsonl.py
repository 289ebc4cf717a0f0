"""JSON Lines: one article a line; a bad line is rejected as path:LINE and the others go through."""
from __future__ import annotations

import gzip
import json

import pytest

from unbait.document import RawArticle, Rejected
from unbait.inputs.jsonl import parse_jsonl, published_day

GOOD = {
    "title": "Comeback Week for the Quartet",
    "text": "The quartet returned with a new single.\n\nIt topped two charts.",
    "url": "https://news.example/quartet",
    "published": "2024-03-05T10:00:00Z",
    "site": "News Example",
    "authors": ["Ana Reyes", "Bo Lin"],
}


def line(record) -> str:
    return json.dumps(record, ensure_ascii=False)


def test_records_become_articles(tmp_path, read):
    path = tmp_path / "feed.jsonl"
    second = {"title": "Second", "text": "Body two."}
    path.write_text(line(GOOD) + "\n" + line(second) + "\n", encoding="utf-8")
    first, other = read(path)
    assert first == RawArticle(
        source=f"{path}:1",
        title=GOOD["title"],
        text=GOOD["text"],
        url=GOOD["url"],
        published="2024-03-05",
        site="News Example",
        authors=("Ana Reyes", "Bo Lin"),
    )
    assert other.source == f"{path}:2" and other.text == "Body two." and other.published is None


def test_bad_lines_are_rejected_and_the_rest_go_through(tmp_path, read):
    path = tmp_path / "feed.ndjson"
    lines = [
        line(GOOD),
        "",  # blank lines are skipped, but still counted
        '{"title": "broken", "text": ',
        line({"title": "No body"}),
        line(["a", "list"]),
        line({"title": "Numbers", "text": 42}),
        line({"title": "Blank", "text": "   "}),
        "   ",
        line({"title": "Last", "text": "Still read."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    assert [type(i).__name__ for i in items] == [
        "RawArticle", "Rejected", "Rejected", "Rejected", "Rejected", "Rejected", "RawArticle",
    ]
    assert [i.source for i in items] == [f"{path}:{n}" for n in (1, 3, 4, 5, 6, 7, 9)]
    reasons = [i.reason for i in items if isinstance(i, Rejected)]
    assert reasons[0].startswith("not valid JSON")
    assert reasons[1] == 'no "text" field'
    assert reasons[2] == "a JSON list, not an object"
    assert reasons[3] == '"text" is a int, not a string'
    assert reasons[4] == '"text" is empty'
    assert items[-1].title == "Last"


def test_authors_as_a_string_and_missing_title():
    [a] = parse_jsonl(line({"text": "Body.", "author": "Ana Reyes; Bo Lin"}), "f.jsonl")
    assert a.title == "" and a.authors == ("Ana Reyes", "Bo Lin")


@pytest.mark.parametrize(
    "value, day",
    [
        ("2024-05-01", "2024-05-01"),
        ("2024-05-01T23:59:00+09:00", "2024-05-01"),
        ("May 1, 2024", "2024-05-01"),
        ("2024-13-40", None),
        ("yesterday", None),
        (20240501, None),
        (None, None),
    ],
)
def test_published_day(value, day):
    assert published_day(value) == day


def test_gzipped_jsonl(tmp_path, read):
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress((line(GOOD) + "\n").encode()))
    [a] = read(path)
    assert a.source == f"{path}:1" and a.title == GOOD["title"]


def test_example_feed_has_two_articles(examples, read):
    items = read(examples / "news.jsonl")
    assert len(items) == 2 and all(isinstance(i, RawArticle) for i in items)
    assert all(i.title and i.text and i.published and i.site and i.authors for i in items)
