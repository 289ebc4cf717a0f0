"""``unbait stories`` / ``unbait story``: the JSON Lines shape of issue 4 and the text view."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from unbait.cli.app import app
from unbait.document import Digest
from unbait.store import Store

BODY = ("Workers on the Greyhaven bridge finished the last steel span on Friday, two months early, "
        "the county engineer said. The 1,200-metre crossing opens to cyclists in May and to cars in July, "
        "and the old toll booth will become a cafe run by the Greyhaven rowing club.")


def test_stories_json_lines_and_text(tmp_path):
    path = tmp_path / "c.db"
    with Store(path) as store:
        store.add_many([Digest(id="b1", source="b1", title="Greyhaven bridge span done", text=BODY),
                        Digest(id="b2", source="b2", title="[Wire] Bridge span finished", text=BODY + " More soon.")])
    runner = CliRunner()
    lines = runner.invoke(app, ["stories", "--db", str(path), "--json"]).stdout.splitlines()
    assert [json.loads(line) | {"updated": None} for line in lines] == [
        {"id": "b1", "title": "Greyhaven bridge span done", "articles": ["b1", "b2"], "copies": [["b1", "b2"]],
         "updated": None}]
    text = runner.invoke(app, ["story", "--db", str(path), "b2"]).stdout
    assert "near-verbatim copy of b1" in text and "[Wire] Bridge span finished" in text
    missing = runner.invoke(app, ["story", "--db", str(path), "zzz"])
    assert missing.exit_code == 1 and "no story" in missing.stderr
