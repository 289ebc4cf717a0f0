"""What the single writer needs of a digest beyond the digest, computed where the digest was made.

The store has one writer, so every millisecond it spends per document is a millisecond
the workers wait for. :func:`filing` gathers the per-document work that needs no store:
the digest's JSON row, the story features (names, numbers and the raw channel vectors)
and the MinHash LSH band keys of its shingles. :func:`unbait.parallel.work` returns a
:class:`Filing` for every analysed document, so this runs in the workers; the store
computes the same for a plain :class:`~unbait.document.Digest` it is given.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from unbait.digest_json import digest_to_dict
from unbait.document import Digest
from unbait.stories.cluster import channels
from unbait.stories.copies import band_keys, shingles
from unbait.stories.features import StoryDoc, names_in, numbers_in, parse_date, story_text


@dataclass(frozen=True, slots=True)
class Filing:
    digest: Digest
    row: str  # the digest as stored: json.dumps(digest_to_dict(digest))
    doc: StoryDoc  # the story features of title and text (names, numbers, date, events)
    channels: dict[str, dict[str, float]]  # the raw story profile (:func:`unbait.stories.cluster.channels`)
    bands: tuple[int, ...]  # MinHash LSH band keys of the text's shingles (:func:`unbait.stories.copies.band_keys`)


def digest_row(d: Digest) -> str:
    return json.dumps(digest_to_dict(d))


def filing(d: Digest, row: str | None = None) -> Filing:
    """``d`` with everything the writer needs of it that does not depend on the store."""
    whole = story_text(d.title, d.text)
    doc = StoryDoc(d.id, d.title, d.text, parse_date(d.published), names_in(whole), numbers_in(whole), event=d.events)
    return Filing(d, row if row is not None else digest_row(d), doc, channels(doc), band_keys(shingles(d.text)))
