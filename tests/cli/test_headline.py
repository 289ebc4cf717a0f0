from __future__ import annotations

import json

from typer.testing import CliRunner

from unbait.cli.app import app


def test_clickbait_batch_gives_one_line_per_input_line(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": 1, "headline": "You Won't Believe What Happened Next"}),
        json.dumps({"id": 2, "postText": ["Studio confirms sequel release date for June 2026"]}),
        "{not json",
        json.dumps({"id": 4, "title": "no headline field"}),
        json.dumps({"id": 5, "headline": "가수 컴백 앨범 차트 1위"}),
    ]) + "\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["clickbait", "--jsonl", str(src)])
    assert r.exit_code == 0, r.output
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(out) == 5
    assert out[0]["id"] == 1 and out[0]["clickbait"] > 0.5
    assert out[1]["clickbait"] < out[0]["clickbait"]
    assert [o["clickbait"] for o in out[2:]] == [None, None, None]
    assert all("clickbait_reason" in o for o in out[2:])


def test_read_json_fills_the_clickbait_score(tmp_path):
    (tmp_path / "a.txt").write_text("This Actor's Secret Will Shock You\n\nThe actor Sam Reed said he likes tea.\n")
    r = CliRunner().invoke(app, ["read", "--json", str(tmp_path / "a.txt")])
    assert json.loads(r.stdout)["headline"]["clickbait"] > 0.5
