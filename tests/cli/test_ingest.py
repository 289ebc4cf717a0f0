"""``unbait ingest`` on a web archive and refused URLs; ``--status`` accounts for every record."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from unbait.cli.app import app
from unbait.sources.synthetic import write_synthetic_warc


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_warc_and_refused_urls_then_status(tmp_path):
    archive, db = tmp_path / "a.warc.gz", str(tmp_path / "news.db")
    write_synthetic_warc(archive, 3, seed=1)
    r = run("ingest", "--json", "--quiet", "--workers", "1", "--db", db, str(archive),
            "http://127.0.0.1:9/x", "file:///etc/passwd")
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    assert summary["stored"] == 3 and summary["quarantined"] == 2 and summary["filtered"] > 3
    assert any("loopback" in reason for reason in summary["quarantined_by_reason"])
    status = json.loads(run("ingest", "--status", "--json", "--db", db).stdout)
    assert status["articles"] == 3 and status["pending"] == []
    [warc] = [s for s in status["sources"] if s["source"] == str(archive)]
    assert warc["done"] and warc["stored"] == 3 and warc["filtered"]["request record"] == 3
    table = run("ingest", "--status", "--db", db)
    assert table.exit_code == 0 and "done" in table.stdout and "loopback" in table.stdout


def test_ingest_without_sources_is_a_usage_error(tmp_path):
    r = run("ingest", "--db", str(tmp_path / "s.db"))
    assert r.exit_code == 2 and "Traceback" not in r.output


def test_the_progress_bar_shows_an_eta_only_when_the_total_is_known():
    from rich.progress import TimeRemainingColumn

    from unbait.cli.ingest_render import Progressing
    from unbait.ingest_run import RunSummary

    def has_eta(bar: Progressing) -> bool:
        return any(isinstance(c, TimeRemainingColumn) for c in bar._bar.columns)

    known, unknown = Progressing(False, 10), Progressing(False, None)
    known.update(RunSummary(records=4, stored=4, seconds=2.0))
    assert has_eta(known) and not has_eta(unknown)
    assert "2.0 docs/s" in known._bar.tasks[0].description
