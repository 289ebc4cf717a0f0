"""The schema as ordered migrations: append new ones, never edit an applied one.

Each entry is ``(name, sql)``; ``BACKFILLS`` names Python steps that run in the same
transaction as a migration, to fill new tables from articles already stored.
"""
from __future__ import annotations

MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("articles", """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY, source TEXT NOT NULL, url TEXT, title TEXT NOT NULL,
            text TEXT NOT NULL, published TEXT, site TEXT, authors TEXT NOT NULL,
            digest TEXT NOT NULL, ingested_at TEXT NOT NULL);
        CREATE TABLE quarantine (
            id INTEGER PRIMARY KEY, source TEXT NOT NULL, reason TEXT NOT NULL,
            at TEXT NOT NULL, UNIQUE (source, reason));
        CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    """),
    ("annotations", """
        CREATE TABLE people (
            article_id TEXT NOT NULL REFERENCES articles(id), name TEXT NOT NULL,
            aliases TEXT NOT NULL, mentions INTEGER NOT NULL, roles TEXT NOT NULL);
        CREATE TABLE works (
            article_id TEXT NOT NULL REFERENCES articles(id), title TEXT NOT NULL,
            kind TEXT, networks TEXT NOT NULL);
        CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles(id), text TEXT NOT NULL,
            speaker TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL);
        CREATE TABLE facts (
            article_id TEXT NOT NULL REFERENCES articles(id), kind TEXT NOT NULL,
            value TEXT NOT NULL, about TEXT, text TEXT NOT NULL, date TEXT,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL);
        CREATE INDEX people_name ON people(name);
        CREATE INDEX quotes_speaker ON quotes(speaker);
        CREATE INDEX works_title ON works(title);
    """),
    ("kb", """
        CREATE TABLE kb_people (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE kb_person_aliases (
            person_id INTEGER NOT NULL REFERENCES kb_people(id), alias TEXT NOT NULL,
            key TEXT NOT NULL, PRIMARY KEY (person_id, alias));
        CREATE INDEX kb_person_aliases_key ON kb_person_aliases(key);
        CREATE TABLE kb_person_names (
            article_id TEXT NOT NULL REFERENCES articles(id), name TEXT NOT NULL,
            person_id INTEGER NOT NULL REFERENCES kb_people(id), PRIMARY KEY (article_id, name));
        CREATE INDEX kb_person_names_person ON kb_person_names(person_id);
        CREATE TABLE kb_merges (
            person_id INTEGER NOT NULL REFERENCES kb_people(id), article_id TEXT NOT NULL,
            name TEXT NOT NULL, reason TEXT NOT NULL);
        CREATE INDEX kb_merges_person ON kb_merges(person_id);
        CREATE TABLE kb_works (id INTEGER PRIMARY KEY, title TEXT NOT NULL, kind TEXT);
        CREATE TABLE kb_work_aliases (
            work_id INTEGER NOT NULL REFERENCES kb_works(id), alias TEXT NOT NULL,
            key TEXT NOT NULL, PRIMARY KEY (work_id, alias));
        CREATE INDEX kb_work_aliases_key ON kb_work_aliases(key);
        CREATE TABLE kb_work_titles (
            article_id TEXT NOT NULL REFERENCES articles(id), title TEXT NOT NULL,
            work_id INTEGER NOT NULL REFERENCES kb_works(id), PRIMARY KEY (article_id, title));
        CREATE INDEX kb_work_titles_work ON kb_work_titles(work_id);
        CREATE TABLE kb_work_networks (
            work_id INTEGER NOT NULL REFERENCES kb_works(id), network TEXT NOT NULL,
            PRIMARY KEY (work_id, network));
        CREATE TABLE kb_characters (
            id INTEGER PRIMARY KEY, work_id INTEGER NOT NULL REFERENCES kb_works(id), name TEXT NOT NULL);
        CREATE TABLE kb_character_aliases (
            character_id INTEGER NOT NULL REFERENCES kb_characters(id), alias TEXT NOT NULL,
            key TEXT NOT NULL, PRIMARY KEY (character_id, alias));
        CREATE INDEX kb_character_aliases_key ON kb_character_aliases(key);
        CREATE TABLE kb_roles (
            person_id INTEGER NOT NULL REFERENCES kb_people(id), role TEXT NOT NULL,
            character_id INTEGER REFERENCES kb_characters(id), work_id INTEGER REFERENCES kb_works(id),
            article_id TEXT NOT NULL REFERENCES articles(id));
        CREATE INDEX kb_roles_person ON kb_roles(person_id);
        CREATE INDEX kb_roles_work ON kb_roles(work_id);
        CREATE INDEX quotes_article ON quotes(article_id, speaker);
        CREATE INDEX facts_article ON facts(article_id, about);
        CREATE VIRTUAL TABLE kb_search USING fts5(
            kind UNINDEXED, ref UNINDEXED, article_id UNINDEXED, body);
    """),
    ("stories", """
        CREATE TABLE stories (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, updated TEXT NOT NULL, latest TEXT,
            size INTEGER NOT NULL, profile TEXT NOT NULL, years TEXT NOT NULL);
        CREATE INDEX stories_updated ON stories(updated, id);
        CREATE TABLE story_articles (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            story_id TEXT NOT NULL REFERENCES stories(id), at TEXT NOT NULL);
        CREATE INDEX story_articles_story ON story_articles(story_id, at);
        CREATE TABLE story_terms (
            term TEXT NOT NULL, story_id TEXT NOT NULL, PRIMARY KEY (term, story_id)) WITHOUT ROWID;
        CREATE TABLE story_df (
            channel TEXT NOT NULL, term TEXT NOT NULL, df INTEGER NOT NULL,
            PRIMARY KEY (channel, term)) WITHOUT ROWID;
        CREATE TABLE copy_bands (
            key INTEGER NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (key, article_id)) WITHOUT ROWID;
        CREATE TABLE story_copies (
            original TEXT NOT NULL REFERENCES articles(id), copy TEXT NOT NULL REFERENCES articles(id),
            jaccard REAL NOT NULL, PRIMARY KEY (original, copy));
        CREATE INDEX story_copies_copy ON story_copies(copy);
    """),
    ("kb_import", """
        CREATE TABLE kb_imports (
            id INTEGER PRIMARY KEY, source TEXT NOT NULL, format TEXT NOT NULL, at TEXT NOT NULL,
            people INTEGER NOT NULL, credits INTEGER NOT NULL);
        CREATE TABLE kb_ref_people (
            ref TEXT NOT NULL, source TEXT NOT NULL, person_id INTEGER NOT NULL REFERENCES kb_people(id),
            import_id INTEGER NOT NULL REFERENCES kb_imports(id), line INTEGER NOT NULL,
            PRIMARY KEY (source, ref));
        CREATE INDEX kb_ref_people_person ON kb_ref_people(person_id);
        CREATE TABLE kb_ref_roles (
            person_id INTEGER NOT NULL REFERENCES kb_people(id), role TEXT NOT NULL,
            character_id INTEGER REFERENCES kb_characters(id), work_id INTEGER REFERENCES kb_works(id),
            import_id INTEGER NOT NULL REFERENCES kb_imports(id), line INTEGER NOT NULL,
            UNIQUE (person_id, role, character_id, work_id));
        CREATE INDEX kb_ref_roles_work ON kb_ref_roles(work_id);
        CREATE VIEW kb_all_roles AS
            SELECT person_id, role, character_id, work_id, article_id AS source, rowid AS seq FROM kb_roles
            UNION ALL
            SELECT person_id, role, character_id, work_id, 'import:' || import_id || ':' || line,
                   1000000000000 + rowid FROM kb_ref_roles;
    """),
    ("checkpoints", """
        CREATE TABLE checkpoints (
            source TEXT PRIMARY KEY, position INTEGER NOT NULL, done INTEGER NOT NULL,
            stored INTEGER NOT NULL, duplicates INTEGER NOT NULL, quarantined INTEGER NOT NULL,
            filtered TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE INDEX articles_url ON articles(url);
    """),
    ("article_pages", """
        CREATE INDEX articles_newest ON articles(coalesce(published, ingested_at), id);
        CREATE INDEX articles_site ON articles(site);
    """),
    ("web_reads", """
        CREATE INDEX kb_roles_work_person ON kb_roles(work_id, person_id);
        CREATE INDEX kb_roles_person_work ON kb_roles(person_id, work_id);
        CREATE INDEX kb_ref_roles_person ON kb_ref_roles(person_id, work_id);
    """),
    # a person's or a work's articles newest first, and their quotes, read from indexes alone:
    # the dates without the article row (whose text and digest come first and may span pages)
    ("dated_lists", """
        CREATE INDEX articles_id_dates ON articles(id, published, ingested_at);
        CREATE INDEX kb_person_names_person_article ON kb_person_names(person_id, article_id, name);
        CREATE INDEX kb_work_titles_work_article ON kb_work_titles(work_id, article_id, title);
        DROP INDEX kb_person_names_person;
        DROP INDEX kb_work_titles_work;
    """),
)

BACKFILLS: frozenset[str] = frozenset({"kb", "stories"})  # migrations after which stored articles are re-read
