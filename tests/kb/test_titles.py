"""Title keys: spellings of one title collide."""
from __future__ import annotations

import pytest

from unbait.kb.titles import title_key


@pytest.mark.parametrize("spellings", [
    ("Queen of Tears", "The Queen of Tears", "QUEEN OF TEARS’s", "“Queen of Tears”", "'Queen of Tears'",
     "Queen of Tears's", "queen  of tears!"),
    ("Crash Landing on You", "the crash landing on you", "\"Crash Landing On You\"’s"),
    ("Boys Planet", "Boys’ Planet", "Boys' Planet"),
    ("Mr. Sunshine", "Mr Sunshine", "MR. SUNSHINE"),
])
def test_title_variants_collide(spellings):
    assert len({title_key(s) for s in spellings}) == 1, {s: title_key(s) for s in spellings}


def test_title_key_value():
    assert title_key("The Queen of Tears") == "queen of tears"


@pytest.mark.parametrize("a, b", [
    ("Reply 1988", "Reply 1997"), ("The Glory", "Glory Days"), ("Dr. Romantic", "Dr. Romantic 2"),
])
def test_different_titles_stay_apart(a, b):
    assert title_key(a) != title_key(b)
