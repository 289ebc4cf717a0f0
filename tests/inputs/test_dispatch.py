"""read_inputs: paths, directories and standard input, in order, never raising for bad input."""
from __future__ import annotations

import io
import json
import os
import sys

import pytest

from unbait.document import RawArticle, Rejected
from unbait.inputs import formats, read_inputs

ARTICLE = "A Headline for the Test\n\nA first paragraph of body text.\n\nA second paragraph."
PAGE = (
    "<!doctype html><html><head><title>Page Headline</title></head><body><article>"
    "<p>The variety show returned for a second season on Saturday with three new hosts.</p>"
    "<p>Producers said the new season would travel to six cities across the country.</p>"
    "</article></body></html>"
)


def write(path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_input_order_is_kept(tmp_path, read):
    b = write(tmp_path / "b.txt", ARTICLE.replace("A Headline", "B Headline"))
    a = write(tmp_path / "a.txt", ARTICLE)
    items = read(b, tmp_path / "missing.txt", a)
    assert [i.source for i in items] == [str(b), str(tmp_path / "missing.txt"), str(a)]
    assert items[1] == Rejected(str(tmp_path / "missing.txt"), "no such file")


def test_directory_is_read_recursively_and_sorted(tmp_path, read, caplog):
    write(tmp_path / "z.txt", ARTICLE)
    write(tmp_path / "sub" / "b.html", PAGE)
    write(tmp_path / "sub" / "a.jsonl", json.dumps({"title": "J", "text": "Body."}) + "\n")
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "notes.md", "not an input")
    write(tmp_path / "README", "not an input either")
    write(tmp_path / ".hidden.txt", ARTICLE)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    with caplog.at_level("DEBUG", logger="unbait.inputs"):
        items = read(tmp_path)
    assert all(isinstance(i, RawArticle) for i in items), items
    assert [i.source for i in items] == [
        str(tmp_path / "a.txt"),
        f"{tmp_path / 'sub' / 'a.jsonl'}:1",
        str(tmp_path / "sub" / "b.html"),
        str(tmp_path / "z.txt"),
    ]
    assert "notes.md" in caplog.text and "image.png" in caplog.text


def test_empty_directory(tmp_path, read):
    (tmp_path / "d").mkdir()
    [item] = read(tmp_path / "d")
    assert isinstance(item, Rejected) and item.reason.startswith("no article files in directory")


def test_unsupported_file_named_explicitly(tmp_path, read_one):
    path = write(tmp_path / "story.docx", "whatever")
    item = read_one(path)
    assert isinstance(item, Rejected)
    assert item.reason.startswith("unsupported file type '.docx'")


def test_missing_path(tmp_path, read_one):
    assert read_one(tmp_path / "nope") == Rejected(str(tmp_path / "nope"), "no such file")


def test_permission_denied(tmp_path, read_one, monkeypatch):
    path = write(tmp_path / "secret.txt", ARTICLE)
    if os.name == "posix" and os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads anything: make the open fail as it would for anyone else
        real_open = open

        def deny(file, *args, **kwargs):
            if str(file) == str(path):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr("builtins.open", deny)
    assert read_one(path) == Rejected(str(path), "permission denied")


def test_unexpected_errors_become_rejections(tmp_path, read, monkeypatch):
    def boom(text, source):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr("unbait.inputs.parse_text", boom)
    bad = write(tmp_path / "a.txt", ARTICLE)
    good = write(tmp_path / "b.jsonl", json.dumps({"title": "T", "text": "Body."}))
    items = read(bad, good)
    assert items[0] == Rejected(str(bad), "could not read: RuntimeError: parser exploded")
    assert isinstance(items[1], RawArticle)


@pytest.mark.parametrize(
    "data, title",
    [
        (ARTICLE.encode(), "A Headline for the Test"),
        (PAGE.encode(), "Page Headline"),
        ((json.dumps({"title": "From JSON", "text": "Body."}) + "\n").encode(), "From JSON"),
    ],
    ids=["text", "html", "jsonl"],
)
def test_stdin_is_sniffed(read, data, title):
    [item] = read("-", stdin=io.BytesIO(data))
    assert isinstance(item, RawArticle), item
    assert item.title == title
    assert item.source.startswith("-")


def test_stdin_jsonl_sources_name_the_line(read):
    data = "\n".join([json.dumps({"text": "One."}), "{oops", json.dumps({"text": "Three."})])
    items = read("-", stdin=io.BytesIO(data.encode()))
    assert [i.source for i in items] == ["-:1", "-:2", "-:3"]
    assert isinstance(items[1], Rejected)


def test_stdin_text_stream_and_limits(read):
    [item] = read("-", stdin=io.StringIO(ARTICLE))
    assert item.title == "A Headline for the Test"
    [item] = read("-", stdin=io.BytesIO(ARTICLE.encode()), max_bytes=10)
    assert item == Rejected("-", "input is over the 10-byte limit (setting max_input_bytes)")
    [item] = read("-", stdin=io.BytesIO(b""))
    assert item == Rejected("-", "empty file")


def test_no_stdin_at_all(read, monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    assert read("-") == [Rejected("-", "no standard input")]


def test_the_examples_all_read(examples, read):
    items = read(examples)
    assert len(items) >= 4 and all(isinstance(i, RawArticle) for i in items), items
    kinds = {formats.kind_for_name(i.source.rsplit(":", 1)[0]) for i in items}
    assert kinds == {"text", "html", "jsonl"}


@pytest.mark.parametrize(
    "name, kind",
    [("a.txt", "text"), ("a.HTML", "html"), ("a.htm.gz", "html"), ("a.ndjson", "jsonl"), ("a.pdf", None), ("a", None)],
)
def test_kind_for_name(name, kind):
    assert formats.kind_for_name(name) == kind


def test_read_inputs_is_lazy(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    it = read_inputs([str(tmp_path / "a.txt"), str(tmp_path / "missing")])
    assert isinstance(next(it), RawArticle)
