"""Issue 4's done-when on the two seeds ingested together (skips without ../shared)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import unbait
from unbait.cli.app import app
from unbait.ingest_run import run
from unbait.sources.dispatch import Context, plan
from unbait.store import Store


@pytest.fixture(scope="module")
def db(seed, tmp_path_factory):
    path = tmp_path_factory.mktemp("kb") / "seeds.db"
    with Store(path) as store:
        assert run(plan([seed("000").source, seed("003").source]), store, Context(), unbait.pipeline()).stored == 2
    return str(path)


def test_one_person_with_both_spellings_role_and_three_quotes(db):
    out = CliRunner().invoke(app, ["person", "--db", db, "Kim Soo Hyun", "--json"]).stdout
    [person] = [json.loads(line) for line in out.splitlines()]
    assert {"Kim Soo Hyun", "Kim Soo-hyun"} <= set(person["aliases"])
    assert {"role": "actor", "character": "Baek Hyun-woo", "work": "Queen of Tears"}.items() \
        <= person["roles"][0].items()
    assert len(person["quotes"]) == 3 and len(person["articles"]) == 2
    text = CliRunner().invoke(app, ["person", "--db", db, "Kim Soo-hyun"]).stdout
    assert "Baek Hyun-woo in Queen of Tears" in text and text.count("quote:") == 3


def test_the_work_with_one_character_networks_and_the_rating(db):
    out = CliRunner().invoke(app, ["work", "--db", db, "Queen of Tears", "--json"]).stdout
    [work] = [json.loads(line) for line in out.splitlines()]
    assert set(work["networks"]) == {"tvN", "Netflix"}
    hong = [c for c in work["cast"] if c["character"] and c["character"].startswith("Hong Hae")]
    assert len(hong) == 1 and set(hong[0]["character_aliases"]) == {"Hong Hae In", "Hong Hae-in"}
    assert {(f["kind"], f["value"], f["date"]) for f in work["facts"]} >= {("rating", "24.85%", "April 29")}


def test_the_two_seeds_are_two_stories_without_copies(db):
    """A farewell on the last shooting day and an episode recap: two events, neither a copy of the other."""
    out = CliRunner().invoke(app, ["stories", "--db", db, "--json"]).stdout
    stories = [json.loads(line) for line in out.splitlines()]
    assert sorted(len(s["articles"]) for s in stories) == [1, 1]
    assert all(s["copies"] == [] for s in stories)
    person = json.loads(CliRunner().invoke(app, ["person", "--db", db, "Kim Soo-hyun", "--json"]).stdout)
    assert any(e["kind"] == "fact" and e["day"].endswith("-04-29") for e in person["timeline"])
