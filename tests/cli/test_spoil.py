"""``unbait spoil --webis``: one output line per input line, bad lines answered with a reason."""
from __future__ import annotations

import json

import typer
from typer.testing import CliRunner

from unbait.cli.spoil import MAX_ARTICLE_CHARS, spoil, spoil_line, truncate


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(spoil)
    return app


def _record(uuid: str, post: str, paragraphs: list[str] | None, **extra) -> str:
    row = {"uuid": uuid, "postId": f"p-{uuid}", "postText": [post], "targetTitle": post, **extra}
    if paragraphs is not None:
        row["targetParagraphs"] = paragraphs
    return json.dumps(row, ensure_ascii=False)


GOOD = _record("a1", "The reason this singer cancelled her tour will surprise you", [
    "The pop singer Lena Ardis announced on Friday that her autumn tour is off.",
    "She cancelled the tour because her vocal cords need surgery, her label said.",
    "Fans who bought tickets will get a full refund within two weeks.",
])
LIST = _record("a2", "5 films that flopped before becoming classics", [
    "Some films need a decade to find their audience.",
    "1. The Quiet Harbor: ignored in cinemas, now on every list.",
    "2. Paper Moons: a box-office disaster that critics later adored.",
    "3. Night Tram: pulled after a week, revived by late-night TV.",
])
LINES = [
    GOOD,
    "{this is not json",
    "",
    _record("a4", "You won't believe what this actor bought", None),
    _record("a5", "You won't believe what this actor bought", ["", "   "]),
    _record("a6", "가수가 공개한 새 앨범의 비밀", ["가수는 금요일에 새 앨범을 발표했다. 팬들은 환호했다."]),
    _record("a7", "This chef's secret ingredient", ["Это статья на русском языке о поваре и его секретном ингредиенте."]),
    json.dumps([1, 2, 3]),
    json.dumps({"uuid": "a9", "targetParagraphs": ["A body with no post at all, sadly."]}),
    LIST,
]


def test_every_input_line_gives_one_output_line(tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    r = CliRunner().invoke(_app(), ["--webis", str(src)])
    assert r.exit_code == 0, r.output
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(out) == len(LINES)
    assert all(set(o) >= {"uuid", "postId", "spoilerType", "spoiler"} for o in out)
    good = out[0]
    assert good["uuid"] == "a1" and good["postId"] == "p-a1" and good["spoilerType"] in ("phrase", "passage", "multi")
    assert good["spoiler"] and "reason" not in good
    for o in out[1:9]:
        assert o["spoiler"] is None and o["reason"], o
    assert out[3]["uuid"] == "a4" and "no article" in out[3]["reason"]
    assert "no article" in out[4]["reason"]
    assert "not English" in out[5]["reason"] and "not English" in out[6]["reason"]
    assert "not JSON" in out[1]["reason"] and out[2]["reason"] == "empty line"
    assert out[9]["uuid"] == "a2" and out[9]["spoiler"]


def test_stdin_is_read_with_a_dash() -> None:
    r = CliRunner().invoke(_app(), ["--webis", "-"], input=GOOD + "\n")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["uuid"] == "a1"


def test_missing_file_is_an_error_not_a_traceback(tmp_path) -> None:
    r = CliRunner().invoke(_app(), ["--webis", str(tmp_path / "nope.jsonl")])
    assert r.exit_code == 1


def test_very_long_article_is_truncated_not_fatal() -> None:
    filler = "The committee met again and discussed the schedule at length. " * 4000
    line = _record("big", "Why the director quit the festival", [filler, "The director quit over a pay dispute.", filler])
    out = spoil_line(line)
    assert out["uuid"] == "big" and out["spoiler"]
    one_huge_paragraph = _record("huge", "Why the director quit", ["word " * 200_000])
    assert spoil_line(one_huge_paragraph)["uuid"] == "huge"


def test_truncate_keeps_the_lead_within_the_budget() -> None:
    paras = ["a " * 100, "b " * 30_000, "c " * 100]
    kept = truncate(paras, 1_000)
    assert kept[0] == paras[0] and len("\n\n".join(kept)) <= 1_000 and len(kept) == 2
    assert all(w == "b" for w in kept[1].split())  # cut between words
    assert truncate(["x" * (MAX_ARTICLE_CHARS * 2)])[0] == "x" * MAX_ARTICLE_CHARS
