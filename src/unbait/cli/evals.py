"""``unbait eval …``: quality on the gold sets, as a table or JSON; exit 1 below a floor."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from unbait.evaluation import Report

eval_app = typer.Typer(help="Measure quality on the gold sets (../shared/data and tests/fixtures/gold).",
                       no_args_is_help=True)
JSON = Annotated[bool, typer.Option("--json", help="One JSON object instead of a table.")]
GOLD_DIR = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "gold"


def _finish(report: Report, as_json: bool) -> None:
    from unbait.cli.report import show_report

    show_report(report, as_json)
    if not report.ok:
        raise typer.Exit(1)


@eval_app.command("quotes")
def quotes(
    as_json: JSON = False,
    limit: Annotated[Optional[int], typer.Option(help="Only the first N documents.")] = None,
) -> None:
    """Direct quotations and speakers on PolNeAR dev (floors: F1 0.90, speaker accuracy 0.85)."""
    from unbait.evaluation.quotes import evaluate_quotes

    _finish(evaluate_quotes(limit=limit), as_json)


@eval_app.command("gold")
def gold(
    as_json: JSON = False,
    folder: Annotated[Path, typer.Option("--dir", help="Folder of NAME.txt + NAME.json gold articles.")] = GOLD_DIR,
) -> None:
    """The whole digest (people, roles, works, networks, quotes, facts, boilerplate) on hand-annotated articles."""
    from unbait.evaluation.gold import evaluate_gold

    _finish(evaluate_gold(folder), as_json)


@eval_app.command("clickbait")
def clickbait(as_json: JSON = False) -> None:
    """Clickbait score: cross-validated accuracy on Chakraborty et al. and the rate on Webis posts."""
    from unbait.evaluation import shared_dir
    from unbait.headline.evaluate import clickbait_report

    _finish(clickbait_report(shared_dir()), as_json)


@eval_app.command("stories")
def stories(as_json: JSON = False) -> None:
    """Story clustering on ECB+ (BCubed precision, recall, F1; tuning and held-out topic halves)."""
    from unbait.stories.evaluate import evaluate_stories

    _finish(evaluate_stories(), as_json)


@eval_app.command("spoilers")
def spoilers(
    as_json: JSON = False,
    types: Annotated[str, typer.Option(help="Spoiler types from 'gold' labels or the 'text' classifier.")] = "text",
) -> None:
    """Spoiler type (balanced accuracy) and spoiler text (official BLEU) on Webis-22 dev."""
    from unbait.evaluation import shared_dir
    from unbait.headline.evaluate import spoiler_types
    from unbait.headline.evaluate import spoilers as spoiler_report

    shared = shared_dir()
    for report in (spoiler_types(shared), spoiler_report(shared, types)):
        _finish(report, as_json)
