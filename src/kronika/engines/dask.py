"""The Dask engine: the same stages over partitions on a Dask cluster (a LocalCluster by default).

Each worker process builds its resources (spaCy model, gazetteer) once and keeps
them for every partition it runs. Partitions are independent and pure, so the
scheduler re-runs the partitions of a worker that dies; the single writer in the
calling process stores whole documents with idempotent upserts, so nothing is
lost or stored twice.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any

from kronika.config import Settings
from kronika.engines import BatchResult
from kronika.model import Document, Problem

_WORKER_PIPELINE: dict[str, Any] = {}


def _process_partition(docs: list[Document], settings: Settings, repeated_lines: frozenset[str]) -> BatchResult:
    """Runs on a worker: build the pipeline once per process, then run the partition."""
    from kronika.pipeline import build
    from kronika.resources import Resources

    pipeline = _WORKER_PIPELINE.get("pipeline")
    if pipeline is None:
        pipeline = build(resources=Resources(settings))
        _WORKER_PIPELINE["pipeline"] = pipeline
    pipeline.resources.repeated_lines = repeated_lines
    problems: list[Problem] = []

    def on_error(stage: str, doc: Document, exc: BaseException) -> None:
        problems.append(Problem(doc.source, f"{type(exc).__name__}: {exc}", stage))

    done = pipeline.run_batch(docs, on_error)
    return BatchResult(done, problems, len(docs))


def worker_pids(client: Any) -> dict[str, int]:
    return dict(client.run(os.getpid))


def run(
    docs: Sequence[Document],
    settings: Settings,
    repeated_lines: frozenset[str],
    batch_size: int,
    *,
    workers: int = 2,
    scheduler: str | None = None,
    on_client: Any = None,
) -> Iterator[BatchResult]:
    """Yield processed partitions in submission order (deterministic ledgers), as soon as each is ready."""
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster if cluster is not None else scheduler)
    try:
        if on_client is not None:
            on_client(client)
        partitions = [list(docs[i : i + batch_size]) for i in range(0, len(docs), batch_size)]
        # scatter() splits a collection into one future per element: wrap it to ship the set whole
        [shared_lines] = client.scatter([repeated_lines], broadcast=True, hash=False)
        futures = [
            client.submit(_process_partition, partition, settings, shared_lines, retries=3, pure=False)
            for partition in partitions
        ]
        index = {future.key: number for number, future in enumerate(futures)}
        ready: dict[int, BatchResult] = {}
        next_out = 0
        for future in as_completed(futures):
            ready[index[future.key]] = future.result()
            while next_out in ready:
                yield ready.pop(next_out)
                next_out += 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
