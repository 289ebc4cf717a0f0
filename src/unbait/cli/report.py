"""Print evaluation reports and benchmark results as tables or JSON."""
from __future__ import annotations

import json
from dataclasses import asdict

from rich.console import Console
from rich.table import Table

from unbait.bench import BenchResult
from unbait.evaluation import Report


def show_report(report: Report, as_json: bool, console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    if as_json:
        console.file.write(json.dumps({"name": report.name, "data": report.data, "ok": report.ok,
                                       "metrics": [asdict(m) for m in report.metrics]}) + "\n")
        return
    table = Table("metric", "value", "floor", "n", "", title=f"{report.name} — {report.data}", title_justify="left")
    for m in report.metrics:
        mark = "" if m.floor is None else ("[green]ok[/]" if m.ok else "[red]BELOW FLOOR[/]")
        table.add_row(m.name, f"{m.value:.3f}", "" if m.floor is None else f"{m.floor:.2f}", str(m.n), mark)
    console.print(table)


def show_bench(result: BenchResult, as_json: bool, console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    fields = {**asdict(result), "ratio": round(result.ratio, 3),
              "spacy_docs_per_s": round(result.spacy_docs_per_s, 1),
              "pipeline_docs_per_s": round(result.pipeline_docs_per_s, 1)}
    if as_json:
        console.file.write(json.dumps(fields) + "\n")
        return
    table = Table("", "articles/s", "seconds", title=f"{result.articles} articles, {result.words:,} words",
                  title_justify="left")
    table.add_row("bare spaCy nlp.pipe", f"{result.spacy_docs_per_s:.1f}", f"{result.spacy_seconds:.2f}")
    table.add_row("unbait pipeline", f"{result.pipeline_docs_per_s:.1f}", f"{result.pipeline_seconds:.2f}")
    console.print(table)
    verdict = "[green]ok[/]" if result.ratio >= 0.7 else "[red]below 0.7[/]"
    console.print(f"throughput ratio (unbait / bare spaCy): {result.ratio:.3f} {verdict} · "
                  f"peak memory {result.peak_rss_mb:.0f} MB")


def show_bench_ingest(result, as_json: bool, console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    fields = {**asdict(result), "docs_per_s": dict(result.docs_per_s),
              "cpu_ms_per_doc": {w: {"parent": round(mine, 2), "workers": round(theirs, 2)}
                                 for w, mine, theirs in result.cpu_ms_per_doc},
              "ratio_1_worker_vs_spacy": round(result.ratio_1_worker_vs_spacy, 3),
              "speedup": round(result.speedup, 2)}
    if as_json:
        console.file.write(json.dumps(fields) + "\n")
        return
    table = Table("", "per second", title=f"ingest of a synthetic WARC, {result.documents:,} articles",
                  title_justify="left")
    table.add_row("reading (WARC → candidate HTML), records", f"{result.read_records_per_s:,.0f}")
    for workers, rate in result.docs_per_s:
        table.add_row(f"whole ingest, {workers} worker(s), documents", f"{rate:.1f}")
    table.add_row("bare spaCy nlp.pipe on the clean texts, documents", f"{result.spacy_docs_per_s:.1f}")
    table.add_row("the single writer alone (store + KB), documents", f"{result.write_docs_per_s:.1f}")
    console.print(table)
    for workers, mine, theirs in result.cpu_ms_per_doc:
        console.print(f"CPU per document, {workers} worker(s): this process (reader and writer) {mine:.2f} ms, "
                      f"worker processes {theirs:.2f} ms")
    console.print(f"1 worker ÷ bare spaCy: {result.ratio_1_worker_vs_spacy:.3f} · best speed-up: "
                  f"{result.speedup:.2f}× · peak memory: this process {result.peak_rss_mb_self:.0f} MB, "
                  f"largest worker {result.peak_rss_mb_worker:.0f} MB")
