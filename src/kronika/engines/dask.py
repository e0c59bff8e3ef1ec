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


def _worker_pipeline(settings: Settings) -> Any:
    """Runs on a worker: the pipeline and its resources, built once per process."""
    from kronika.pipeline import build
    from kronika.resources import Resources

    pipeline = _WORKER_PIPELINE.get("pipeline")
    if pipeline is None:
        pipeline = build(resources=Resources(settings).load())
        _WORKER_PIPELINE["pipeline"] = pipeline
    return pipeline


def _warm(settings: Settings) -> bool:
    _worker_pipeline(settings)
    return True


def _process_partition(docs: list[Document], settings: Settings, repeated_lines: frozenset[str]) -> BatchResult:
    """Runs on a worker: run the partition, return only what the writer stores."""
    pipeline = _worker_pipeline(settings)
    pipeline.resources.repeated_lines = repeated_lines
    problems: list[Problem] = []

    def on_error(stage: str, doc: Document, exc: BaseException) -> None:
        problems.append(Problem(doc.source, f"{type(exc).__name__}: {exc}", stage))

    done = pipeline.run_batch(docs, on_error)
    for doc in done:  # the writer needs none of these (but the raw text of a document kept as far as it got)
        doc.sentences, doc.dates, doc.segments = [], [], []
        if doc.failed_stage is None:
            doc.raw = ""
    return BatchResult(done, problems, len(docs))


def worker_pids(client: Any) -> dict[str, int]:
    return dict(client.run(os.getpid))


class DaskSession:
    """A cluster (a LocalCluster unless ``scheduler`` is given) whose workers start loading their resources at once,
    while the caller is still reading its inputs."""

    def __init__(self, settings: Settings, *, workers: int = 2, scheduler: str | None = None, on_client: Any = None):
        import dask
        from dask.distributed import Client, LocalCluster

        self.settings = settings
        self.cluster = None
        # the workers' statistical profiler samples every stack every 10 ms: ~20 % of a CPU-bound worker
        dask.config.set({"distributed.worker.profile.enabled": False})
        if scheduler is None:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        self.client = Client(self.cluster if self.cluster is not None else scheduler)
        self._warming = [  # one warm-up task pinned to each worker; nobody waits for them
            self.client.submit(_warm, settings, workers=[address], allow_other_workers=False, pure=False)
            for address in self.client.scheduler_info()["workers"]
        ]
        if on_client is not None:
            on_client(self.client)

    def run(self, docs: Sequence[Document], repeated_lines: frozenset[str], batch_size: int) -> Iterator[BatchResult]:
        """Yield processed partitions in submission order (deterministic ledgers), as soon as each is ready."""
        from dask.distributed import as_completed

        partitions = [list(docs[i : i + batch_size]) for i in range(0, len(docs), batch_size)]
        # a task, not scatter(): scattered data dies with the worker holding it, a task's result is recomputed
        shared_lines: Any = self.client.submit(frozenset, sorted(repeated_lines), pure=False)
        futures = [
            self.client.submit(_process_partition, partition, self.settings, shared_lines, retries=3, pure=False)
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

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
