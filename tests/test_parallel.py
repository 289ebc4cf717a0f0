"""One batch function, three places to run it: identical stores; extraction is time-bound."""
from __future__ import annotations

import json

import pytest

import unbait
from unbait.document import Rejected
from unbait.digest_json import digest_to_dict
from unbait.ingest_run import run
from unbait.local_pool import LocalPool
from unbait.parallel import bounded_extract, runner, work
from unbait.sources.dispatch import Context, plan
from unbait.sources.synthetic import article_html, write_synthetic_warc
from unbait.sources.warc import Candidate
from unbait.store import Store


def ingest_with(pool, archive, db) -> list[str]:
    try:
        with Store(db) as store:
            summary = run(plan([str(archive)]), store, Context(), unbait.pipeline(2), pool)
            assert summary.stored == 6
            return sorted(json.dumps(digest_to_dict(d), sort_keys=True) for d in store.digests())
    finally:
        pool.close()


def test_workers_1_and_2_and_dask_local_2_store_the_same(tmp_path):
    archive = tmp_path / "six.warc"
    write_synthetic_warc(archive, 6, seed=2)
    one = ingest_with(runner(1, batch_size=2), archive, tmp_path / "one.db")
    pool = runner(2, batch_size=2)
    assert isinstance(pool, LocalPool)
    assert ingest_with(pool, archive, tmp_path / "two.db") == one
    pytest.importorskip("distributed")
    assert ingest_with(runner(dask="local:2", batch_size=2), archive, tmp_path / "dask.db") == one


def test_a_page_whose_extraction_runs_over_its_bound_is_quarantined_with_the_reason():
    import random

    url, html = article_html(random.Random(1), 1)
    huge = html.replace("</article>", "<p>more words here</p>" * 200_000 + "</article>")
    got = bounded_extract(Candidate(url, huge.encode()), 0.05)
    assert isinstance(got, Rejected) and "took over 0.05 s" in got.reason and got.source == url


def test_work_keeps_one_outcome_per_unit_in_order():
    import random

    rng = random.Random(3)
    pages = [Candidate(*(lambda u, h: (u, h.encode()))(*article_html(rng, i))) for i in range(2)]
    broken = Candidate("https://news.example.com/2024/05/empty", b"<html><body></body></html>")
    out = work([pages[0], broken, pages[1]], batch_size=2)
    assert [type(o).__name__ for o in out] == ["Filing", "Rejected", "Filing"]
    assert out[0].digest.url == pages[0].uri and out[2].digest.url == pages[1].uri


def test_limit_memory_turns_a_runaway_allocation_into_memory_error():
    import os
    import subprocess
    import sys
    from pathlib import Path

    src = str(Path(__file__).resolve().parents[1] / "src")
    code = ("from unbait.parallel import limit_memory\nlimit_memory(400)\n"
            "try:\n    bytearray(1_000_000_000)\nexcept MemoryError:\n    print('capped')")
    got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": src})
    assert got.stdout.strip() == "capped", got.stderr


CRASHER = '''
import os
import time
from unbait.pipeline import Pipeline
from unbait.stages.clean import CleanText


class Crash:
    name = "crash"

    def __call__(self, analysis):
        if "CRASH" in analysis.article.title:
            os._exit(3)  # the worker process dies, as on a segfault
        if "HANG" in analysis.article.title:
            time.sleep(600)  # stuck, as in a pathological regex
        if "SLOW" in analysis.article.title:
            time.sleep(3)  # still running when another worker dies
        return analysis


def make(batch_size):
    return Pipeline([CleanText(), Crash()], batch_size=batch_size)
'''


def test_a_worker_that_dies_or_hangs_on_one_document_loses_only_that_document(tmp_path, monkeypatch):
    from unbait.document import RawArticle

    (tmp_path / "crasher_for_pool.py").write_text(CRASHER)
    monkeypatch.syspath_prepend(str(tmp_path))
    from crasher_for_pool import make

    titles = ["One fine day", "Two more days", "CRASH here", "Four friends", "Five fables", "HANG there"]
    batches = [[RawArticle(f"s{i}", t, f"{t}. A body of text for the article.") for i, t in
                enumerate(titles)][j:j + 2] for j in range(0, 6, 2)]
    pool = LocalPool(2, batch_size=2, make=make, batch_seconds=20)
    try:
        out = [o for batch in pool.map(batches) for o in batch]
    finally:
        pool.close()
    assert [type(o).__name__ for o in out] == ["Filing", "Filing", "Rejected", "Filing", "Filing", "Rejected"]
    assert out[2].source == "s2" and "worker process died" in out[2].reason
    assert out[5].source == "s5" and "worker process hung (over 20 s)" in out[5].reason


def test_a_batch_lost_to_another_workers_crash_is_not_quarantined(tmp_path, monkeypatch):
    """Regression: a batch still running when another worker died was re-run one unit at a time while
    the crashing batch ran again beside it, so its innocent units were quarantined with the crash."""
    from unbait.document import RawArticle

    (tmp_path / "crasher_for_pool.py").write_text(CRASHER)
    monkeypatch.syspath_prepend(str(tmp_path))
    from crasher_for_pool import make

    titles = ["SLOW start", "Two more days", "CRASH here", "Four friends"]
    articles = [RawArticle(f"s{i}", t, f"{t}. A body of text for the article.") for i, t in enumerate(titles)]
    pool = LocalPool(2, batch_size=2, make=make, batch_seconds=60)
    try:
        out = [o for batch in pool.map([articles[:2], articles[2:]]) for o in batch]
    finally:
        pool.close()
    assert [type(o).__name__ for o in out] == ["Filing", "Filing", "Rejected", "Filing"]
    assert out[2].source == "s2" and "worker process died" in out[2].reason


def test_a_local_dask_cluster_caps_each_workers_memory():
    pytest.importorskip("distributed")
    pool = runner(dask="local:1", memory_mb=1500)
    try:
        workers = pool._client.scheduler_info()["workers"].values()
        assert [w["memory_limit"] for w in workers] == [1500 * 2**20]
    finally:
        pool.close()


def test_pool_workers_start_with_the_model_already_loaded():
    """Forked from a fork server that loaded it: a new (or recycled) worker loads no model itself."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server on this platform")
    pool = LocalPool(2)
    try:
        executor = pool._start()
        loaded = "__import__('unbait.nlp').nlp.load_nlp.cache_info().currsize"  # models held by the worker
        sizes = [executor.submit(eval, loaded).result() for _ in range(2)]
        assert sizes == [1, 1]
    finally:
        pool.close()
