"""Fixtures for the reader tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from unbait.document import RawArticle, Rejected
from unbait.inputs import read_inputs

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def read():
    """read(*paths, **kwargs) -> list of RawArticle | Rejected, in input order."""

    def run(*paths, **kwargs) -> list[RawArticle | Rejected]:
        return list(read_inputs([str(p) for p in paths], **kwargs))

    return run


@pytest.fixture
def read_one(read):
    """read_one(path, **kwargs) -> the single item one input gives."""

    def run(path, **kwargs) -> RawArticle | Rejected:
        items = read(path, **kwargs)
        assert len(items) == 1, items
        return items[0]

    return run


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
