"""Imported once by the local pool's fork server: the model and the stages loaded before any worker forks.

Every worker of :class:`unbait.local_pool.LocalPool` (and every worker that replaces a
recycled one) is forked from that server, so it starts with the model in memory
instead of importing spaCy and loading the model itself (seconds of CPU each time).
A failure here is left for the worker to meet and report on its first document.
"""
from __future__ import annotations

try:
    import unbait
    from unbait.nlp import load_nlp
    from unbait.parallel import work  # noqa: F401 - imported so that forked workers find it loaded

    from unbait.stories.copies import band_keys, shingles

    load_nlp()
    unbait.pipeline()
    band_keys(shingles("the minhash permutations and bands are drawn once, here"))
except Exception:  # noqa: BLE001 - a worker loads (and reports) it again
    pass
