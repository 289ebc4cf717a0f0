"""One exception tree, rooted in :class:`UnbaitError`.

Foreign errors (OSError, json, sqlite3, spaCy) are translated into these at the
boundary where they occur, so callers catch one family.
"""
from __future__ import annotations


class UnbaitError(Exception):
    """Base of every error unbait raises on purpose."""


class InputError(UnbaitError):
    """An input could not be read as an article. ``source`` names it, ``reason`` says why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyInput(InputError):
    """The input holds no text."""


class BinaryInput(InputError):
    """The input is not text (NUL bytes, an image, an archive)."""


class DecodeFailed(InputError):
    """No text encoding decodes the input."""


class TooLarge(InputError):
    """The input is over the ``max_input_bytes`` setting."""


class NoArticle(InputError):
    """The page or record holds no article body."""


class BadRecord(InputError):
    """A structured record (a JSON line) is malformed."""


class UnsupportedInput(InputError):
    """The path is not a kind of file unbait reads."""


class StoreError(UnbaitError):
    """The SQLite store failed (locked, corrupt, unwritable)."""


class ModelError(UnbaitError):
    """A model could not be loaded."""


class SettingError(UnbaitError):
    """An unknown setting or a value of the wrong type."""


class DataMissing(UnbaitError):
    """An evaluation or training data set is not where it should be."""


class ReferenceFileError(UnbaitError):
    """A reference list for the KB (cast CSV, kpopnet JSON) is malformed; names the line and column."""


class QueryError(UnbaitError):
    """A query is malformed: an unreadable page cursor, a bad date, an unknown filter."""


class OverBudget(UnbaitError):
    """A read ran past the time it was given; the caller may run it again where it can take longer."""
