"""Near-verbatim copies: MinHash signatures of word 5-shingles, candidates from LSH, kept at Jaccard >= 0.8.

Syndicated articles and rewrites that keep most sentences share most of their 5-word
shingles; a changed byline or headline moves the Jaccard only a little. LSH proposes
candidate pairs in roughly linear time; each candidate is then checked on the exact
shingle sets so the threshold is not left to LSH's probabilistic banding.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import cache

SHINGLE, PERMUTATIONS, THRESHOLD = 5, 128, 0.8
_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE) -> frozenset[str]:
    """Lower-cased word ``k``-shingles (the whole text as one shingle when it is shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return frozenset({" ".join(words)}) if words else frozenset()
    return frozenset(" ".join(words[i:i + k]) for i in range(len(words) - k + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


@cache
def _bands(threshold: float, num_perm: int) -> tuple[tuple[int, int], ...]:
    from datasketch import MinHashLSH

    return tuple(MinHashLSH(threshold=threshold * 0.85, num_perm=num_perm).hashranges)


@cache
def _permutations(num_perm: int):
    """The seed-1 MinHash permutations, drawn once per process (drawing them cost more than hashing a text)."""
    from datasketch import MinHash

    template = MinHash(num_perm=num_perm, seed=1)
    return template.permutations, template.scheme


def _minhash(grams: frozenset[str], num_perm: int):
    """The MinHash of ``grams``: the same values as ``MinHash(num_perm, seed=1)`` fed the shingles."""
    from datasketch import MinHash

    permutations, scheme = _permutations(num_perm)
    m = MinHash(num_perm=num_perm, seed=1, permutations=permutations, scheme=scheme)
    m.update_batch(g.encode("utf-8") for g in grams)
    return m


def band_keys(grams: frozenset[str], threshold: float = THRESHOLD, num_perm: int = PERMUTATIONS) -> tuple[int, ...]:
    """LSH band keys of the shingles' MinHash (the same banding as :func:`find_copies`), as signed 64-bit ints.

    Two texts sharing any key are copy candidates; a persistent index stores the keys.
    """
    if not grams:
        return ()
    m = _minhash(grams, num_perm)
    return tuple(int.from_bytes(hashlib.blake2b(bytes([i]) + m.hashvalues[a:b].tobytes(), digest_size=8).digest(),
                                "big", signed=True) for i, (a, b) in enumerate(_bands(threshold, num_perm)))


def find_copies(docs: Iterable[tuple[str, str]], threshold: float = THRESHOLD,
                num_perm: int = PERMUTATIONS) -> tuple[tuple[str, str], ...]:
    """Pairs ``(earlier_id, later_id)`` of near-verbatim copies among ``(id, text)`` documents.

    Order follows the input: the first-seen document of a pair is the original. Ids must be unique.
    """
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold * 0.85, num_perm=num_perm)  # looser band, exact check below
    sets: dict[str, frozenset[str]] = {}
    order: dict[str, int] = {}
    pairs: list[tuple[str, str]] = []
    for doc_id, text in docs:
        if doc_id in sets:
            raise ValueError(f"duplicate document id {doc_id!r}")
        grams = shingles(text)
        m = _minhash(grams, num_perm)
        for other in lsh.query(m):
            if jaccard(grams, sets[other]) >= threshold:
                pairs.append((other, doc_id))
        sets[doc_id], order[doc_id] = grams, len(order)
        if grams:
            lsh.insert(doc_id, m)
    pairs.sort(key=lambda p: (order[p[1]], order[p[0]]))
    return tuple(pairs)
