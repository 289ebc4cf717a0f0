"""`unbait serve`: loopback by default, a token option, the app it would run."""
from __future__ import annotations

from typer.testing import CliRunner

from unbait.cli.app import app


def test_serve_defaults_to_loopback(monkeypatch, tmp_path):
    import uvicorn

    calls = {}
    monkeypatch.setattr(uvicorn, "run", lambda app_, **kw: calls.update(kw, app=app_))
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    assert calls["host"] == "127.0.0.1" and calls["port"] == 8765 and calls["app"].state.token is None
    CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--host", "0.0.0.0", "--token", "t"])
    assert calls["host"] == "0.0.0.0" and calls["app"].state.token == "t"


def test_serve_with_workers_hands_the_store_to_each_process(monkeypatch, tmp_path):
    import uvicorn

    from unbait.web.app import DB_VAR, app_from_env

    calls = {}
    monkeypatch.setattr(uvicorn, "run", lambda app_, **kw: calls.update(kw, app=app_))
    monkeypatch.delenv("UNBAIT_TOKEN", raising=False)
    monkeypatch.setenv(DB_VAR, "")
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "w.db"), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert calls["app"] == "unbait.web.app:app_from_env" and calls["workers"] == 2 and calls["factory"]
    import os

    assert os.environ[DB_VAR] == str(tmp_path / "w.db") and app_from_env().state.token is None
