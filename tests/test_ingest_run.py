"""Resumable ingest: kill -9 at random points, run again, and the store is as if it ran once."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from unbait.ingest_run import run
from unbait.pipeline import Pipeline
from unbait.sources.dispatch import Context, plan
from unbait.sources.synthetic import write_synthetic_warc
from unbait.stages.clean import CleanText
from unbait.store import Store

# The test drives the real ingest loop with a cleaning-only pipeline: what is under test is
# the reading, batching, checkpointing and writing, and a model load per restart would be slow.
SCRIPT = """
import sys
from unbait.ingest_run import run
from unbait.pipeline import Pipeline
from unbait.sources.dispatch import Context, plan
from unbait.stages.clean import CleanText
from unbait.store import Store
with Store(sys.argv[1]) as store:
    run(plan(sys.argv[2:]), store, Context(), Pipeline([CleanText()], batch_size=8))
"""
SRC = str(Path(__file__).resolve().parents[1] / "src")


def position(db: Path) -> int:
    if not db.exists():
        return 0
    con = sqlite3.connect(db, timeout=5)
    try:
        return con.execute("SELECT coalesce(max(position), 0) FROM checkpoints").fetchone()[0]
    except sqlite3.Error:  # not migrated yet
        return 0
    finally:
        con.close()


def wait_for_progress(proc: subprocess.Popen, db: Path, target: int) -> None:
    deadline = time.monotonic() + 30
    while proc.poll() is None and position(db) < target and time.monotonic() < deadline:
        time.sleep(0.01)


def ingest_once(db: Path, *sources: str) -> None:
    with Store(db) as store:
        run(plan(list(sources)), store, Context(), Pipeline([CleanText()], batch_size=8))


def snapshot(db: Path) -> dict:
    with Store(db) as store:
        assert store.integrity() == "ok"
        return {
            "articles": sorted(json.dumps(d.__repr__()) for d in store.digests()),
            "quarantine": sorted(map(repr, store.quarantined())),
            "checkpoints": [repr(c) for c in store.checkpoints()],
        }


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("warc") / "news.warc.gz"
    write_synthetic_warc(path, 400, seed=5)
    with path.open("ab") as fh:  # a damaged tail: it must be quarantined once, not once per restart
        fh.write(b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\nshort")
    return path


def test_kill_9_at_random_points_then_resume_equals_one_uninterrupted_run(archive, tmp_path):
    ingest_once(tmp_path / "once.db", str(archive))
    db, rng, kills = tmp_path / "killed.db", random.Random(7), 0
    env = {**os.environ, "PYTHONPATH": SRC}
    for _ in range(5):
        proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(db), str(archive)], env=env)
        wait_for_progress(proc, db, rng.randrange(10, 340))
        time.sleep(rng.uniform(0, 0.05))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
    assert kills >= 3  # runs died mid-way
    with Store(db) as store:
        assert not all(c.done for c in store.checkpoints())  # the last one too: there is work left
    subprocess.run([sys.executable, "-c", SCRIPT, str(db), str(archive)], env=env, check=True, timeout=120)
    once, resumed = snapshot(tmp_path / "once.db"), snapshot(db)
    assert resumed == once
    assert len(once["articles"]) == 400


def test_every_record_is_accounted_for_and_a_rerun_stores_nothing_twice(archive, tmp_path):
    db = tmp_path / "s.db"
    ingest_once(db, str(archive))
    ingest_once(db, str(archive))
    with Store(db) as store:
        (cp,) = store.checkpoints()
        assert cp.done and cp.stored == 0 and cp.duplicates == 400 and store.counts().articles == 400
        assert cp.quarantined == 1 and dict(cp.filtered)["request record"] == 400
