"""The Store protocol: everything Kronika keeps, behind one interface."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from kronika.model import Document, Problem


class Store(Protocol):
    def has_document(self, doc_id: str, content_hash: str) -> bool:
        """True when this exact document (same id and content) is already stored."""

    def save_document(self, doc: Document) -> None:
        """Store a processed document with its events and claims, atomically, replacing an older version."""

    def record_problem(self, problem: Problem) -> None:
        """Remember an input that was skipped, and why."""

    def document_records(self) -> Iterator[dict[str, Any]]: ...

    def event_records(self) -> list[dict[str, Any]]:
        """Per-document events (before cross-document linking)."""

    def claim_records(self) -> list[dict[str, Any]]: ...

    def save_links(self, clusters: dict[str, str]) -> None:
        """Replace the event → linked-event map (cross-document coreference)."""

    def links(self) -> dict[str, str]: ...

    def problems(self) -> list[dict[str, Any]]: ...

    def counts(self) -> dict[str, int]: ...

    def close(self) -> None: ...
