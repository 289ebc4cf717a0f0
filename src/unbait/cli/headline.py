"""``unbait clickbait`` (batch scoring of headlines) and ``unbait train …`` (rebuild model artifacts)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

train_app = typer.Typer(help="Rebuild the committed model artifacts from ../shared/data.", no_args_is_help=True)


def _headline_of(record: object) -> str | None:
    if not isinstance(record, dict):
        return None
    value = record.get("headline", record.get("postText"))
    if isinstance(value, list):
        value = " ".join(str(v) for v in value)
    return value if isinstance(value, str) else None


def score_line(line: str) -> dict:
    """One input line -> the same record plus ``clickbait`` (null with ``clickbait_reason`` when it cannot be scored)."""
    from unbait.stages.headline import headline_verdict

    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"line": line.rstrip("\n")[:200], "clickbait": None, "clickbait_reason": f"not JSON: {exc.msg}"}
    headline = _headline_of(record)
    if headline is None:
        out = record if isinstance(record, dict) else {"value": record}
        return {**out, "clickbait": None, "clickbait_reason": "no 'headline' or 'postText' field"}
    verdict = headline_verdict(headline)
    out = {**record, "clickbait": verdict.clickbait}
    if verdict.reason:
        out["clickbait_reason"] = verdict.reason
    return out


def clickbait(
    jsonl: Annotated[Path, typer.Option("--jsonl", help="JSON Lines with 'headline' or 'postText'; - for stdin.")],
) -> None:
    """Score headlines: every input line gives exactly one output line with "clickbait": 0..1 (or null and a reason)."""
    stream = sys.stdin if str(jsonl) == "-" else open(jsonl, encoding="utf-8", errors="replace")
    with stream:
        for line in stream:
            if line.strip():
                sys.stdout.write(json.dumps(score_line(line), ensure_ascii=False) + "\n")


@train_app.command("clickbait")
def train_clickbait() -> None:
    """Retrain the clickbait scorer (about 2 minutes) and rewrite its artifact and manifest."""
    from unbait.evaluation import shared_dir
    from unbait.headline.clickbait import train_clickbait as train

    print(json.dumps(train(shared_dir()).metrics, indent=1))


@train_app.command("spoiler-type")
def train_spoiler_type() -> None:
    """Retrain the spoiler-type classifier (phrase / passage / multi) and rewrite its artifacts."""
    from unbait.evaluation import shared_dir
    from unbait.headline.spoiler_type_train import train_spoiler_type as train

    print(json.dumps(train(shared_dir()).metrics, indent=1))


@train_app.command("spoiler")
def train_spoiler() -> None:
    """Retrain the spoiler sentence ranker (MiniLM similarity, cues, both readers' scores); rewrite artifact + manifest."""
    from unbait.evaluation import shared_dir
    from unbait.headline.spoiler_train import train_spoiler as train

    print(json.dumps(train(shared_dir()).metrics, indent=1))


@train_app.command("spoiler-reader")
def train_spoiler_reader() -> None:
    """Fine-tune the MiniLM span reader on the Webis training posts (about 35 minutes on 2 cores); score it on dev."""
    from unbait.evaluation import shared_dir
    from unbait.headline.reader_train import train_reader as train

    print(json.dumps(train(shared_dir()).metrics, indent=1))


@train_app.command("sentence-reader")
def train_sentence_reader() -> None:
    """Fine-tune the MiniLM (post, sentence) cross-encoder on the Webis training posts (about 25 minutes); score it on dev."""
    from unbait.evaluation import shared_dir
    from unbait.headline.sentence_reader_train import train_sentence_reader as train

    print(json.dumps(train(shared_dir()).metrics, indent=1))
