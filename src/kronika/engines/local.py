"""The local engine: one process, batches in order."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kronika.model import Document
from kronika.pipeline import OnError, Pipeline


def run(pipeline: Pipeline, docs: Sequence[Document], on_error: OnError, batch_size: int) -> Iterator[list[Document]]:
    """Yield processed batches; failing documents go to ``on_error``."""
    for start in range(0, len(docs), batch_size):
        yield pipeline.run_batch(docs[start : start + batch_size], on_error)
