"""bench-ingest on a tiny archive: every figure present, the workers' memory seen although a fork server starts them."""
from __future__ import annotations

from unbait.bench_ingest import bench_ingest


def test_bench_reports_every_rate_and_the_pool_workers_memory():
    result = bench_ingest(6, workers=(1, 2), batch_size=2)
    assert result.documents == 6 and [w for w, _ in result.docs_per_s] == [1, 2]
    assert all(rate > 0 for _, rate in result.docs_per_s) and result.spacy_docs_per_s > 0
    assert result.peak_rss_mb_worker > 100  # a worker holds the model; RUSAGE_CHILDREN alone would say 0
    (one, mine1, theirs1), (two, mine2, theirs2) = result.cpu_ms_per_doc
    assert (one, two) == (1, 2) and mine1 > 0 and mine2 > 0
    assert theirs2 > 0  # forked workers are not this process's children: seen through the fork server
