"""Shared fixtures of the headline tests: the default pipeline, and one article analysed through it."""
from __future__ import annotations

import pytest

import unbait
from unbait.document import RawArticle


@pytest.fixture(scope="session")
def pipe():
    return unbait.pipeline()


@pytest.fixture(scope="session")
def analyse(pipe):
    """``analyse(title, body)``: the Analysis of one article through every stage."""
    return lambda title, body: pipe.analyse(RawArticle(source="test", title=title, text=body))
