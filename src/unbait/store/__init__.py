"""The embedded SQLite store: the only package that writes SQL.

``core`` (connection, articles, settings), ``migrations`` (the schema, in order),
``kb_write`` (resolution on ingest) and ``kb_read`` (KB queries and full-text search).

KB design: every per-article surface form is linked to a KB id by a link table —
``kb_person_names(article_id, name, person_id)`` and ``kb_work_titles(article_id,
title, work_id)``; characters are KB rows of their work. Per-article ``quotes`` and
``facts`` rows are reached through those links at query time (quote speaker = a
person name of that article, fact ``about`` = a work title of that article), so
they keep their provenance (article id, offsets) and need no KB column. Roles live
in ``kb_roles`` (person, role, character, work, article). Each resolution decision
is kept with its reason in ``kb_merges`` (``unbait person --why``). ``kb_search``
is an FTS5 table over article title+text, quotes and names.
"""
from unbait.store.core import Counts, Store
from unbait.store.migrations import MIGRATIONS

__all__ = ["Counts", "MIGRATIONS", "Store"]
