"""The local engine: one process, batches in order."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kronika.engines import BatchResult
from kronika.model import Document, Problem
from kronika.pipeline import Pipeline


def run(pipeline: Pipeline, docs: Sequence[Document], batch_size: int) -> Iterator[BatchResult]:
    """Yield processed batches with the documents that failed a stage."""
    for start in range(0, len(docs), batch_size):
        problems: list[Problem] = []

        def on_error(stage: str, doc: Document, exc: BaseException) -> None:
            problems.append(Problem(doc.source, f"{type(exc).__name__}: {exc}", stage))  # noqa: B023

        done = pipeline.run_batch(docs[start : start + batch_size], on_error)
        yield BatchResult(done, problems, len(docs[start : start + batch_size]))
