"""Plain-text files: headline and body, encodings, empty and binary files, size limits, gzip."""
from __future__ import annotations

import gzip

import pytest

from unbait.document import RawArticle, Rejected
from unbait.errors import NoArticle
from unbait.inputs.text import parse_text

BODY = "The actress smiled at the premiere.\n\nShe added:\n\n“It was a long winter.”"


def test_headline_blank_line_body():
    a = parse_text(f"A Bright Night for the Cast\n\n{BODY}\n", "x.txt")
    assert a == RawArticle(source="x.txt", title="A Bright Night for the Cast", text=BODY)


def test_headline_without_blank_line():
    a = parse_text(f"A Bright Night for the Cast\n{BODY}", "x.txt")
    assert a.title == "A Bright Night for the Cast"
    assert a.text == BODY


def test_leading_blank_lines_and_spaces_in_headline():
    a = parse_text(f"\n\n  A Bright\u00a0Night   for the Cast \n\n{BODY}", "x.txt")
    assert a.title == "A Bright Night for the Cast"


def test_headline_only_is_no_article():
    with pytest.raises(NoArticle, match="no article text after the headline"):
        parse_text("Just a Headline\n\n", "x.txt")


def test_a_long_first_line_is_body_not_headline():
    long_line = "The drama ended its run on Sunday. " * 12
    a = parse_text(long_line + "\n\nMore text.", "x.txt")
    assert a.title == ""
    assert a.text.startswith("The drama ended")


def test_txt_file(tmp_path, read_one):
    path = tmp_path / "a.txt"
    path.write_text(f"Headline Here\n\n{BODY}\n", encoding="utf-8")
    a = read_one(path)
    assert isinstance(a, RawArticle)
    assert (a.source, a.title, a.text) == (str(path), "Headline Here", BODY)


def test_file_without_extension_is_text(tmp_path, read_one):
    path = tmp_path / "ARTICLE"
    path.write_text(f"Headline Here\n\n{BODY}\n", encoding="utf-8")
    assert read_one(path).title == "Headline Here"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_western_single_byte_text_comes_out_right(tmp_path, read_one, encoding):
    text = "Café Owners Cheer\n\nThe naïve hero of “Señor Fortune” won — again. Zoë Saldaña-Björk said “Très bien.”\n"
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"').replace("—", "-")
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    a = read_one(path)
    assert isinstance(a, RawArticle), a
    assert a.title == "Café Owners Cheer"
    assert a.text == text.split("\n\n", 1)[1].strip()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_marks(tmp_path, read_one, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(f"Headline Ünïcode\r\n\r\n{BODY}".encode(encoding))
    a = read_one(path)
    assert a.title == "Headline Ünïcode"
    assert a.text == BODY


def test_crlf_line_ends(tmp_path, read_one):
    path = tmp_path / "a.txt"
    path.write_bytes(f"Headline\r\n\r\n{BODY}".replace("\n", "\r\n").encode())
    assert read_one(path).text == BODY


def test_empty_file(tmp_path, read_one):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    item = read_one(path)
    assert item == Rejected(str(path), "empty file")


def test_whitespace_only_file(tmp_path, read_one):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n\t\n", encoding="utf-8")
    item = read_one(path)
    assert isinstance(item, Rejected) and item.reason.startswith("empty file")


@pytest.mark.parametrize(
    "data",
    [
        b"Headline\n\nbody\x00\x00\x00 with NUL bytes",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04" + b"\x14\x00" * 20,
    ],
    ids=["nul", "png", "pdf", "zip"],
)
def test_binary_file(tmp_path, read_one, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    item = read_one(path)
    assert isinstance(item, Rejected)
    assert item.reason.startswith("binary file, not text"), item.reason


def test_undecodable_text(tmp_path, read_one):
    path = tmp_path / "a.txt"
    path.write_bytes(("Café “quoted” text " * 20).encode() + b"\xff\xfe\xc3\x28" * 10)
    item = read_one(path)
    assert isinstance(item, Rejected)
    assert item.reason.startswith("cannot decode text"), item.reason


def test_file_over_the_limit_is_not_read(tmp_path, read_one, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # sparse: no disk is used
        fh.truncate(52_428_800)
    monkeypatch.setattr("builtins.open", lambda *a, **k: pytest.fail("opened a file over the limit"))
    item = read_one(path)
    assert item == Rejected(
        str(path), "file is 52,428,800 bytes, over the 10,000,000-byte limit (setting max_input_bytes)"
    )


def test_small_max_bytes(tmp_path, read_one):
    path = tmp_path / "a.txt"
    path.write_text(f"Headline\n\n{BODY}", encoding="utf-8")
    item = read_one(path, max_bytes=20)
    assert isinstance(item, Rejected) and "over the 20-byte limit (setting max_input_bytes)" in item.reason


def test_gzipped_text(tmp_path, read_one):
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(f"Headline\n\n{BODY}".encode()))
    a = read_one(path)
    assert (a.title, a.text) == ("Headline", BODY)


def test_gzip_bomb_stops_at_the_limit(tmp_path, read_one):
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 5_000_000))
    item = read_one(path, max_bytes=100_000)
    assert isinstance(item, Rejected) and item.reason.startswith("decompresses to over the 100,000-byte limit")


def test_corrupt_gzip(tmp_path, read_one):
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(b"Headline\n\nbody text here")[:-12])
    item = read_one(path)
    assert isinstance(item, Rejected) and "gzip" in item.reason
