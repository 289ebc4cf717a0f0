"""unbait: read entertainment news without the bait.

The public API is small::

    import unbait
    digest = unbait.read_text("Headline", "Body ...")
    for digest in unbait.pipeline().pipe(articles): ...
"""
from __future__ import annotations

from functools import lru_cache

from unbait.document import Digest, RawArticle, Rejected
from unbait.errors import InputError, UnbaitError
from unbait.pipeline import Pipeline

__all__ = ["Digest", "InputError", "Pipeline", "RawArticle", "Rejected", "UnbaitError",
           "pipeline", "read_text"]
__version__ = "0.1.0"


@lru_cache(maxsize=4)
def pipeline(batch_size: int | None = None) -> Pipeline:
    """The default pipeline (built once per process; its model loads on first use)."""
    from unbait.settings import setting
    from unbait.stages import default_stages

    return Pipeline(default_stages(), batch_size=batch_size or int(setting("batch_size").default))


def read_text(title: str, text: str, source: str = "<text>") -> Digest:
    """Analyse one article given as a headline and a body."""
    return pipeline()(RawArticle(source=source, title=title, text=text))
