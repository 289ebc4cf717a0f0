"""The embedded SQLite store: the only package that writes SQL.

``core`` (connection, articles, settings), ``migrations`` (the schema, in order),
``kb_write`` (resolution on ingest), ``kb_read`` (KB queries and full-text search),
``kb_import`` (reference lists), ``stories_write`` (copies and stories on ingest) and
``stories_read`` (story pages).

KB design: every per-article surface form is linked to a KB id by a link table —
``kb_person_names(article_id, name, person_id)`` and ``kb_work_titles(article_id,
title, work_id)``; characters are KB rows of their work. Per-article ``quotes`` and
``facts`` rows are reached through those links at query time (quote speaker = a
person name of that article, fact ``about`` = a work title of that article), so
they keep their provenance (article id, offsets) and need no KB column. Roles live
in ``kb_roles`` (person, role, character, work, article). Each resolution decision
is kept with its reason in ``kb_merges`` (``unbait person --why``). ``kb_search``
is an FTS5 table over article title+text, quotes and names. Imported reference
entries live in ``kb_ref_people`` / ``kb_ref_roles`` (provenance: import id and line);
``kb_all_roles`` is the view over roles from articles and from imports.

Stories: ``stories`` (one row per story: title, updated, the clusterer's running
profile), ``story_articles`` (article -> story), ``story_terms`` (probe term -> story,
how candidates are found), ``story_df`` (document frequencies), ``copy_bands`` (MinHash
LSH band keys) and ``story_copies`` (original, copy, Jaccard).
"""
from unbait.store.core import Counts, Store
from unbait.store.migrations import MIGRATIONS

__all__ = ["Counts", "MIGRATIONS", "Store"]
