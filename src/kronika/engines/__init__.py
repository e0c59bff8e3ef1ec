"""Execution engines: each only maps ``Pipeline.run_batch`` over partitions of documents."""

from __future__ import annotations

from dataclasses import dataclass

from kronika.model import Document, Problem


@dataclass(slots=True)
class BatchResult:
    done: list[Document]
    problems: list[Problem]
    size: int  # documents submitted in this batch
