"""Reading web archives: filters, counts, plain and gzip, damaged archives."""
from __future__ import annotations

import pytest

from unbait.document import RawArticle, Rejected
from unbait.sources.filters import declared_language, on_site, url_reason
from unbait.sources.synthetic import write_synthetic_warc
from unbait.sources.warc import read_warc

N = 12


@pytest.fixture(params=["a.warc", "a.warc.gz"])
def warc(tmp_path, request):
    path = tmp_path / request.param
    write_synthetic_warc(path, N, seed=3)
    return path


def _accounted(stats) -> int:
    return stats.candidates + stats.unreadable + sum(count for _, count in stats.filtered_by_reason)


def test_reads_articles_and_counts_every_record(warc):
    read = read_warc(warc)
    items = list(read)
    assert len(items) == N and all(isinstance(item, RawArticle) for item in items)
    assert all(item.url == item.source and item.source.startswith("https://") for item in items)
    stats = read.stats
    assert stats.records == 1 + 2 * N + 5 and stats.responses == N + 5 and stats.candidates == N
    assert _accounted(stats) == stats.records
    assert dict(stats.filtered_by_reason) == {
        "warcinfo record": 1, "request record": N, "http status 404": 1, "not html": 2,
        "not an article url": 1, "language de": 1,
    }


def test_any_language_lets_the_german_page_through(warc):
    read = read_warc(warc, languages=None)
    items = list(read)
    assert read.stats.candidates == N + 1
    assert isinstance(items[-1], Rejected) or len(items) == N + 1  # too short to be an article


def test_site_and_keyword_filters(warc):
    read = read_warc(warc, site="news1.example.com")
    assert all("news1.example.com" in item.url for item in read)
    assert 0 < read.stats.candidates < N and dict(read.stats.filtered_by_reason)["other site"] > 0
    read = read_warc(warc, keyword="no such phrase anywhere")
    assert list(read) == [] and dict(read.stats.filtered_by_reason)["keyword absent"] == N


def test_candidates_alone_do_no_extraction(warc):
    found = list(read_warc(warc).candidates())
    assert len(found) == N and all(c.body.startswith(b"<!DOCTYPE html>") for c in found)


def _cut(data: bytes, where: str) -> bytes:
    if where == "half":
        return data[: len(data) // 2]
    at = data.rindex(b"WARC-Type: response")
    return data[: at + 10] if where == "in header" else data[: data.index(b"<article>", at)]


@pytest.mark.parametrize(
    "name, where", [("t.warc", "in header"), ("t.warc", "in body"), ("t.warc.gz", "half")]
)
def test_truncated_archive_ends_with_a_rejection(tmp_path, name, where):
    whole = tmp_path / ("whole" + name[1:])
    write_synthetic_warc(whole, N, seed=3)
    cut = tmp_path / name
    cut.write_bytes(_cut(whole.read_bytes(), where))
    read = read_warc(cut)
    items = list(read)
    assert isinstance(items[-1], Rejected) and "damaged WARC" in items[-1].reason
    assert items[-1].source.startswith(f"{cut}@")
    assert read.stats.unreadable == 1 and _accounted(read.stats) == read.stats.records


def test_wrong_content_length_and_garbage(tmp_path):
    good = tmp_path / "good.warc"
    write_synthetic_warc(good, 3, seed=1)
    data = good.read_bytes()
    at = data.index(b"Content-Length: ", data.index(b"WARC-Type: response"))
    bad = tmp_path / "bad.warc"
    bad.write_bytes(data[:at] + b"Content-Length: 99999999" + data[data.index(b"\r\n", at):])
    items = list(read_warc(bad))
    assert isinstance(items[-1], Rejected) and "truncated record" in items[-1].reason
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"not a web archive\n" * 20)
    read = read_warc(junk)
    assert [type(item) for item in read] == [Rejected] and read.stats.records == 1
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    assert [item.reason for item in read_warc(empty)] == ["no WARC records (not a web archive, or empty)"]


def test_missing_file_is_a_rejection(tmp_path):
    items = list(read_warc(tmp_path / "nope.warc.gz"))
    assert len(items) == 1 and isinstance(items[0], Rejected)


@pytest.mark.parametrize(
    "url, reason",
    [
        ("https://a.example/2024/05/a-story", None),
        ("https://a.example/", "not an article url"),
        ("https://a.example/tag/drama", "not an article url"),
        ("https://a.example/category/tv/", "not an article url"),
        ("https://a.example/author/someone", "not an article url"),
        ("https://a.example/feed/", "not an article url"),
        ("https://a.example/?s=drama", "not an article url"),
        ("https://a.example/img/logo.PNG", "not an article url"),
        ("ftp://a.example/story", "not an http url"),
    ],
)
def test_url_reason(url, reason):
    assert url_reason(url) == reason


def test_site_and_language_helpers():
    assert on_site("https://www.news.example/x", "news.example")
    assert on_site("https://m.news.example/x", "www.news.example")
    assert not on_site("https://othernews.example/x", "news.example")
    assert declared_language(b'<html class="x" lang="en-GB">') == "en"
    assert declared_language(b"<html>", "ko-KR") == "ko"
    assert declared_language(b"<html>") is None
