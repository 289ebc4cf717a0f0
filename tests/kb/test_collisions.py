"""Variant keys on reference data: kpopnet (CC0) idols with Hangul and romanized real names."""
from __future__ import annotations

import pytest

from unbait.kb.collisions import load_idols, measure


def test_measure_on_tiny_list():
    idols = [
        {"real_name": "Kim Soo-hyun", "real_name_original": "김수현"},
        {"real_name": "Kim Suhyeon", "real_name_original": "김수현"},
        {"real_name": "Kim Da-yeon", "real_name_original": "김다연"},
        {"real_name": "Kim Dayoon", "real_name_original": "김다윤"},
        {"real_name": "Jessica Jung", "real_name_original": "Jessica Jung"},
    ]
    r = measure(idols)
    assert (r.pairs, r.agree, r.hangul_names) == (4, 4, 3)
    assert r.collisions == [("kim|dayun", "김다연", "김다윤")] and r.colliding_pairs == 1


@pytest.fixture(scope="module")
def kpopnet(shared):
    path = shared / "data/kdrama/kpopnet/kpopnet.json"
    if not path.is_file():
        pytest.skip("kpopnet.json is absent")
    return load_idols(path)


@pytest.mark.shared
def test_kpopnet_agreement_and_false_collisions(kpopnet):
    r = measure(kpopnet)
    assert r.pairs > 500
    assert r.agreement >= 0.95, r.misses[:20]
    assert r.exact / r.pairs < r.agreement            # better than plain name_key
    assert r.false_collision_rate < 0.0001, r.collisions
