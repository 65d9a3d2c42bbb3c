"""Extraction on a Dask distributed cluster: article batches as tasks, results identical to a local run.

The compiled extractor (gazetteer, patterns, actors) is sent to the workers once; each task
extracts the mentions of one batch of articles. The spatial join and the merge into events run
on the client, exactly as in geo.pipeline, so the output does not depend on where it was computed.
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.articles import Article
from geo.extract import Extractor

DEFAULT_BATCH = 200


def _extract_batch(extractor: Extractor, articles: Sequence[Article]) -> list[dict]:
    return [mention for article in articles for mention in extractor.extract(article)]


def batches(articles: Sequence[Article], size: int) -> list[Sequence[Article]]:
    """Return the articles cut into consecutive batches of at most size."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    return [articles[i : i + size] for i in range(0, len(articles), size)]


def extract_rows_on_cluster(articles: Sequence[Article], extractor: Extractor, client, batch_size: int = DEFAULT_BATCH) -> list[dict]:
    """Return the mention rows of articles, computed by the workers of a dask.distributed client, in article order."""
    # hash=False: a fresh key per call; a hashed key could be released by a previous call while reused here
    shared = client.scatter(extractor, broadcast=True, hash=False)
    futures = [client.submit(_extract_batch, shared, batch, pure=False) for batch in batches(list(articles), batch_size)]
    rows: list[dict] = []
    for result in client.gather(futures):  # gather keeps submission order
        rows.extend(result)
    return rows


def connect(address: str):
    """Return a dask.distributed Client connected to the scheduler at address (e.g. tcp://host:8786)."""
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - depends on the optional extra
        raise RuntimeError("extraction on a cluster needs dask.distributed: pip install 'geo-control[dask]'") from exc
    return Client(address, timeout=10)
