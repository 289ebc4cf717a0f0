"""The docs are part of the product: they must name every setting and command."""
from __future__ import annotations

from pathlib import Path

from typer.main import get_command

from unbait.cli.app import app
from unbait.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[1]


def test_every_setting_is_documented_with_its_default():
    doc = (ROOT / "docs/settings.md").read_text()
    for s in SETTINGS:
        assert f"| `{s.name}` | {s.default} |" in doc, s.name


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    group = get_command(app)
    for name, cmd in group.commands.items():
        subs = getattr(cmd, "commands", None)
        for full in ([f"unbait {name} {s}" for s in subs] if subs else [f"unbait {name}"]):
            assert full in readme, full


def test_readme_starts_with_the_two_commands():
    head = (ROOT / "README.md").read_text()[:1500]
    assert "make run" in head and "make test" in head
