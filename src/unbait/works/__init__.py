"""Works (shows, films, albums, songs, webtoons) named in an article, and their networks."""
from __future__ import annotations

from unbait.works.find import find_works

__all__ = ["find_works"]
