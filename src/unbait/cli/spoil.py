"""``unbait spoil --webis IN.jsonl``: spoilers for Webis-Clickbait-22 posts, one output line per input line.

Each input line is a Webis record (``uuid``, ``postId``, ``postText``, ``targetParagraphs``,
...). Each output line is ``{"uuid", "postId", "spoilerType", "spoiler"}``; when no spoiler
can be given (the line is not JSON, has no post or no article, is not English, or the
extractor finds no sentence) ``spoiler`` is null and ``reason`` says why. The extractor is
:func:`unbait.headline.reader_extract.spoiler` (the sentence ranker over the span and sentence
readers). Long articles are cut to their first :data:`MAX_ARTICLE_CHARS` characters, at a
paragraph or word boundary.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

MAX_ARTICLE_CHARS = 50_000  # the extractor searches no further (spoiler.MAX_CHARS)
MAX_PARAGRAPHS = 400
ENGLISH_SAMPLE = 2_000  # characters of the article checked for English


def truncate(paragraphs: list[str], budget: int = MAX_ARTICLE_CHARS) -> list[str]:
    """The leading paragraphs that fit in ``budget`` characters; the last one cut at a word boundary."""
    kept: list[str] = []
    for para in paragraphs[:MAX_PARAGRAPHS]:
        if budget <= 0:
            break
        if len(para) > budget:
            cut = para[:budget]
            para = cut[: cut.rfind(" ")] if " " in cut[budget // 2 :] else cut
        kept.append(para)
        budget -= len(para) + 2
    return kept


def _paragraphs(record: dict[str, Any]) -> list[str]:
    raw = record.get("targetParagraphs")
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list):
        return []
    return [" ".join(str(p).split()) for p in raw if isinstance(p, (str, int, float)) and str(p).strip()]


def _answer(record: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    """(spoilerType, spoiler text, reason) for one Webis record."""
    from unbait.headline import spoiler_type
    from unbait.headline.corpus import post_text
    from unbait.headline.reader_extract import spoiler
    from unbait.headline.spoiler import join_paragraphs
    from unbait.stages.headline import english_enough

    post = " ".join(post_text(record).split())
    if not post:
        return None, None, "no postText"
    if not english_enough(post):
        return None, None, "post is not English; the models read English only"
    paragraphs = truncate(_paragraphs(record))
    if not paragraphs:
        return None, None, "no article: targetParagraphs missing or empty"
    text = join_paragraphs(paragraphs)
    if not english_enough(text[:ENGLISH_SAMPLE]):
        return None, None, "article is not English; the models read English only"
    kind = spoiler_type.classify(post, paragraphs)
    title = str(record.get("targetTitle") or "")
    found = spoiler(post, text, kind, title=title)
    if found is None:
        return kind, None, "no sentence of the article answers the post"
    return kind, found.text, None


def spoil_line(line: str) -> dict[str, Any]:
    """One input line -> one output record (never raises)."""
    out: dict[str, Any] = {"uuid": None, "postId": None, "spoilerType": None, "spoiler": None}
    if not line.strip():
        return {**out, "reason": "empty line"}
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return {**out, "reason": f"not JSON: {exc.msg}", "line": line.strip()[:200]}
    if not isinstance(record, dict):
        return {**out, "reason": f"not a JSON object: {type(record).__name__}"}
    out["uuid"], out["postId"] = record.get("uuid"), record.get("postId")
    try:
        kind, text, reason = _answer(record)
    except Exception as exc:  # noqa: BLE001 - one bad record must not stop the batch
        return {**out, "reason": f"error: {type(exc).__name__}: {exc}"[:300]}
    out["spoilerType"], out["spoiler"] = kind, text
    return {**out, "reason": reason} if reason else out


def spoil(
    webis: Annotated[Path, typer.Option("--webis", help="Webis-Clickbait-22 JSON Lines; - for stdin.")],
) -> None:
    """Spoil clickbait posts: every input line gives one line {"uuid", "postId", "spoilerType", "spoiler"}."""
    if str(webis) != "-" and not webis.is_file():
        typer.echo(f"unbait: {webis}: no such file", err=True)
        raise typer.Exit(1)
    stream = sys.stdin if str(webis) == "-" else open(webis, encoding="utf-8", errors="replace")
    with stream:
        for line in stream:
            sys.stdout.write(json.dumps(spoil_line(line), ensure_ascii=False) + "\n")
            sys.stdout.flush()
