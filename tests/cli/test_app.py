"""The CLI end to end, through Typer's runner (stdout and stderr captured apart)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from unbait.cli.app import app

ARTICLE = """Lena Hart Wins Best Actress for 'River Lights'

Lena Hart won Best Actress at the Golden Harbor Awards on Saturday for her role in "River Lights".

"I did not expect this at all," Hart said after the ceremony.
"""


@pytest.fixture()
def inputs(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"title": "Tom Reyes joins cast", "text": "Tom Reyes joined the cast of the film \"Glass Bay\"."})
        + "\nthis is not json\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_read_json_gives_one_object_per_article_in_order_and_names_bad_inputs(inputs):
    r = run("read", "--json", str(inputs / "a.txt"), str(inputs / "empty.txt"), str(inputs / "b.jsonl"))
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [d["title"] for d in lines] == ["Lena Hart Wins Best Actress for 'River Lights'", "Tom Reyes joins cast"]
    for key in ("id", "source", "title", "text", "published", "site", "authors", "headline",
                "people", "works", "quotes", "facts"):
        assert key in lines[0]
    assert {"clickbait", "spoiler"} <= set(lines[0]["headline"])
    err = r.stderr.splitlines()
    assert any("empty.txt" in e for e in err) and any("b.jsonl:2" in e for e in err)
    assert "Traceback" not in r.output


def test_read_exits_non_zero_only_when_nothing_could_be_read(inputs):
    r = run("read", str(inputs / "empty.txt"))
    assert r.exit_code == 1
    assert "empty.txt" in r.stderr and "Traceback" not in r.output


def test_read_renders_a_digest_for_people(inputs):
    r = run("read", str(inputs / "a.txt"))
    assert r.exit_code == 0, r.output
    assert "Lena Hart" in r.stdout and "I did not expect this at all" in r.stdout


def test_read_says_why_a_headline_has_no_score(tmp_path):
    # regression: a non-English headline showed no verdict line at all, only JSON said why
    (tmp_path / "ko.txt").write_text("배우가 드라마 촬영을 마쳤다\n배우는 마지막 촬영을 마쳤다.\n", encoding="utf-8")
    r = run("read", str(tmp_path / "ko.txt"))
    assert r.exit_code == 0, r.output
    assert "clickbait n/a: headline is not English" in " ".join(r.stdout.split())


def test_ingest_twice_stores_nothing_twice_and_quarantines_with_reasons(inputs, tmp_path):
    db = str(tmp_path / "news.db")
    first = json.loads(run("ingest", "--json", "--db", db, str(inputs)).stdout)
    again = json.loads(run("ingest", "--json", "--db", db, str(inputs)).stdout)
    assert first["stored"] == 2 and first["quarantined"] == 2
    assert again["stored"] == 0 and again["duplicates"] == 2 and again["articles_in_store"] == 2


def test_settings_lists_every_setting(tmp_path):
    r = run("settings", "--db", str(tmp_path / "s.db"), "--set", "batch_size=16")
    assert r.exit_code == 0 and "max_input_bytes" in r.stdout and "16" in r.stdout


def test_bench_reports_a_ratio():
    r = run("bench", "--n", "4", "--rounds", "1", "--json")
    assert r.exit_code == 0, r.output
    result = json.loads(r.stdout)
    assert result["articles"] == 4 and result["ratio"] > 0 and result["peak_rss_mb"] > 0


@pytest.mark.shared
def test_eval_quotes_prints_a_json_report(shared):
    r = run("eval", "quotes", "--json", "--limit", "5")
    report = json.loads(r.stdout)
    assert report["name"] == "quotes" and {m["name"] for m in report["metrics"]} >= {"f1", "speaker_accuracy"}


def test_ingest_show_prints_each_new_digest(inputs, tmp_path):
    r = run("ingest", "--show", "--db", str(tmp_path / "s.db"), str(inputs / "a.txt"))
    assert r.exit_code == 0 and "Lena Hart" in r.stdout and "stored: 1" in r.stdout


def test_a_store_that_cannot_open_is_one_line_and_exit_2(inputs, tmp_path, capsys):
    import sys

    from unbait.cli.app import main

    (tmp_path / "dir.db").mkdir()
    sys.argv = ["unbait", "ingest", "--db", str(tmp_path / "dir.db"), str(inputs / "a.txt")]
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("unbait: ") and "dir.db" in err and "Traceback" not in err


def test_each_error_is_one_line_however_long(tmp_path):
    long_name = tmp_path / ("a-very-long-file-name-" * 5 + ".txt")
    long_name.write_text("")
    r = run("read", str(long_name), str(tmp_path / "missing.txt"))
    lines = r.stderr.splitlines()
    assert any(line.startswith("unbait: ") and line.endswith("empty file") for line in lines)
    assert all(line.startswith("unbait: ") for line in lines)
