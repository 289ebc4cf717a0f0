"""Where news comes from beyond local files: web archives (WARC), pages by URL, feeds.

Nothing is imported here; each module loads its third-party library when used.
"""
