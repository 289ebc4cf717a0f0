"""Reading the shared training data in place: JSON lines, and Webis-Clickbait-22 fields."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CHAKRABORTY = "data/clickbait_headlines/train.jsonl"
WEBIS_TRAIN = "data/webis22/train_light_3200.jsonl"
WEBIS_DEV = "data/webis22/dev_validation_half.jsonl"
ECB = "data/ecbplus/stories.jsonl"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def post_text(row: dict[str, Any]) -> str:
    """A Webis ``postText`` (a list of strings in the official schema, a string in some copies)."""
    text = row.get("postText") or ""
    return " ".join(str(t) for t in text) if isinstance(text, list) else str(text)


def spoiler_type(row: dict[str, Any]) -> str:
    tags = row.get("tags") or row.get("spoilerType")
    return str(tags[0] if isinstance(tags, list) else tags)


def paragraphs(row: dict[str, Any]) -> list[str]:
    paras = row.get("targetParagraphs") or []
    return [str(p) for p in paras] if isinstance(paras, list) else [str(paras)]
