"""Extraction on a Dask cluster gives exactly the local result (a LocalCluster with worker processes)."""

import pandas as pd
import pytest

from geo.pipeline import extract_folder

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40)
    with distributed.Client(cluster) as connected:
        yield connected
    cluster.close()


@pytest.mark.parametrize("folder", ["articles", "corpus_dev"])
def test_cluster_extraction_is_identical_to_local(client, theatre, folder):
    path = theatre.path("articles") if folder == "articles" else theatre.data_dir.parent / "tests" / "corpus" / "dev"
    local_mentions, local_events = extract_folder(path, theatre)
    # small batches so that several workers really share the articles
    with distributed.get_task_stream(client) as stream:
        cluster_mentions, cluster_events = extract_folder(path, theatre, client=client, batch_size=2)
    workers = {task["worker"] for task in stream.data if task["key"].startswith("_extract_batch")}
    assert len(workers) == 2, "both workers should have extracted batches"
    pd.testing.assert_frame_equal(cluster_mentions, local_mentions)
    pd.testing.assert_frame_equal(cluster_events, local_events)
    assert len(local_events) > 10
