"""Shared fixtures: the third-party data folder (tests that need it skip cleanly without it)."""
from __future__ import annotations

from pathlib import Path

import pytest

from unbait.document import RawArticle
from unbait.errors import DataMissing
from unbait.evaluation import shared_dir


@pytest.fixture(scope="session")
def shared() -> Path:
    try:
        return shared_dir()
    except DataMissing:
        pytest.skip("../shared is absent")


@pytest.fixture(scope="session")
def seed(shared):
    """seed("000") -> RawArticle for ../shared/seeds/000_*.txt."""

    def load(prefix: str) -> RawArticle:
        path = next((shared / "seeds").glob(f"{prefix}_*.txt"))
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        return RawArticle(source=str(path), title=title.strip(), text=body)

    return load
