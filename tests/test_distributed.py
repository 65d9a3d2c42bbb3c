"""Extraction on a Dask cluster gives exactly the local result.

A real scheduler and two worker processes are started on localhost (as on any cluster), and
`python -m geo extract --dask` must write byte-for-byte the files of the local run.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from browser_support import free_port

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path_factory.mktemp("dask")
    scheduler = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", str(port), "--dashboard-address", ":0", "--no-show"],
                                 stdout=open(logs / "scheduler.log", "w"), stderr=subprocess.STDOUT)
    workers = [
        subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1", "--no-dashboard", "--name", f"worker-{i}"],
                         stdout=open(logs / f"worker-{i}.log", "w"), stderr=subprocess.STDOUT)
        for i in range(2)
    ]
    from distributed import Client

    deadline = time.monotonic() + 60
    while True:
        try:
            with Client(address, timeout=5) as client:
                client.wait_for_workers(2, timeout=max(1, deadline - time.monotonic()))
            break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)
    yield address
    for process in [*workers, scheduler]:
        process.terminate()
    for process in [*workers, scheduler]:
        process.wait(timeout=20)


def extract(folder, out, *extra):
    result = subprocess.run([sys.executable, "-m", "geo", "extract", str(folder), "--out", str(out / "events.csv"), "--mentions", str(out / "mentions.csv"), *extra],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return (out / "events.csv").read_bytes(), (out / "mentions.csv").read_bytes()


def test_cluster_extraction_is_identical_to_local(scheduler, theatre, tmp_path):
    from distributed import Client

    folder = theatre.data_dir.parent / "tests" / "corpus" / "dev"
    (tmp_path / "local").mkdir()
    (tmp_path / "cluster").mkdir()
    local = extract(folder, tmp_path / "local")
    cluster = extract(folder, tmp_path / "cluster", "--dask", scheduler, "--batch-size", "2")
    assert cluster == local
    assert local[0].count(b"\n") > 50  # a real corpus, not an empty file
    # How many extraction batches each worker ran, from its task transition log (a lambda ships by value).
    with Client(scheduler) as client:
        batches_per_worker = client.run(lambda dask_worker: len({str(e[0]) for e in dask_worker.state.log if str(e[0]).startswith("_extract_batch")}))
    assert len(batches_per_worker) == 2 and all(n > 0 for n in batches_per_worker.values()), batches_per_worker


def test_unreachable_scheduler_is_a_clear_error(theatre, tmp_path):
    result = subprocess.run([sys.executable, "-m", "geo", "extract", str(theatre.path("articles")), "--out", str(tmp_path / "e.csv"),
                             "--dask", f"tcp://127.0.0.1:{free_port()}"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "cannot reach the scheduler" in result.stderr
    assert not (tmp_path / "e.csv").exists()
