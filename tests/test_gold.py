"""The hand-annotated gold set (tests/fixtures/gold): per-field scores of the default pipeline.

The floors are pinned in :data:`unbait.evaluation.gold.FLOORS`. CI refuses to lower them:
raise one when quality improves, never lower one to make a change pass.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from unbait.evaluation.gold import FLOORS, evaluate_gold, key, read_gold

GOLD = Path(__file__).parent / "fixtures" / "gold"


@pytest.fixture(scope="module")
def report():
    errors: list[str] = []
    got = evaluate_gold(GOLD, errors=errors)
    print(f"\n{'metric':28} {'value':>6} {'floor':>6} {'n':>4}")
    for m in got.metrics:
        floor = f"{m.floor:.2f}" if m.floor is not None else ""
        print(f"{m.name:28} {m.value:6.3f} {floor:>6} {m.n:4d}")
    print("\n".join(errors))
    return got


def test_the_gold_set_is_complete_and_well_formed():
    gold = read_gold(GOLD)
    assert 12 <= len(gold) <= 20
    for name, article, spec in gold:
        assert article.title and article.text, name
        assert set(spec) >= {"people", "works", "quotes", "facts"}, name
        assert not {key(p) for p in spec["people"]} & {key(p) for p in spec.get("not_people", [])}, name


def test_every_floor_is_met(report):
    assert set(FLOORS) <= {m.name for m in report.metrics}
    low = [f"{m.name}: {m.value:.3f} < {m.floor}" for m in report.metrics if not m.ok]
    assert not low, low
