"""The Store protocol: everything Kronika keeps, behind one interface."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from kronika.model import CopyKeys, Document, Problem


class Store(Protocol):
    def has_document(self, doc_id: str, content_hash: str) -> bool:
        """True when this exact document (same id and content) is already stored."""

    def save_document(self, doc: Document) -> None:
        """Store a processed document with its events and claims, atomically, replacing an older version."""

    def record_problem(self, problem: Problem) -> None:
        """Remember an input that was skipped, and why."""

    def document_records(self) -> Iterator[dict[str, Any]]: ...

    def document_record(self, doc_id: str) -> dict[str, Any] | None: ...

    def event_records(self) -> list[dict[str, Any]]:
        """Per-document events (before cross-document linking)."""

    def claim_records(self) -> list[dict[str, Any]]: ...

    def save_links(
        self, clusters: dict[str, str], reasons: dict[str, dict[str, Any]] | None = None, *, replace: bool = True
    ) -> None:
        """Write event → linked-event assignments with why each was linked; ``replace`` drops all others first."""

    def links(self) -> dict[str, str]: ...

    def unlinked_event_ids(self) -> list[str]:
        """Stored events with no link row yet (a run stopped before linking them)."""

    def link_reasons(self, event_ids: list[str]) -> dict[str, dict[str, Any]]: ...

    def events_in_blocks(self, keys: list[str]) -> list[dict[str, Any]]:
        """Per-document events whose linking block is one of ``keys``."""

    def clusters_of(self, event_ids: list[str]) -> dict[str, str]:
        """The linked-event id of each of these events that has one."""

    def cluster_members(self, cluster_ids: list[str]) -> dict[str, str]: ...

    def event_records_by_id(self, event_ids: list[str]) -> list[dict[str, Any]]: ...

    def event_ids_of_documents(self, doc_ids: list[str]) -> list[str]: ...

    def claim_records_by_id(self, claim_ids: list[str]) -> list[dict[str, Any]]: ...

    def document_outlets(self, doc_ids: list[str]) -> dict[str, str | None]:
        """Each document's outlet (None when unidentified)."""

    def save_ledger_events(self, records: dict[str, dict[str, Any] | None], *, replace: bool = False) -> None:
        """Store the ledger's event of each link cluster (None: the cluster is no event); ``replace`` drops all."""

    def ledger_event_records(self) -> list[dict[str, Any]]:
        """The ledger's events, merged from their linked members at ingest."""

    def clusters_without_ledger_event(self) -> list[str]:
        """Clusters of stored events with no ledger event row yet (a stopped run, a ledger from an older Kronika)."""

    def copy_keys(self) -> Iterator[CopyKeys]:
        """The copy-detection keys of every stored document (exact-text key, MinHash, stated facts)."""

    def record_duplicate(self, copy: dict[str, Any]) -> None:
        """Remember an input that is a copy of a stored document: DUPLICATE_FIELDS, keyed by the copy's own id."""

    def duplicates(self, original_ids: list[str] | None = None) -> list[dict[str, Any]]:
        """Recorded copies (of these originals, or all)."""

    def duplicate_of(self, doc_id: str) -> dict[str, Any] | None:
        """The copy recorded under this id, if ``doc_id`` names a copy rather than a stored document."""

    def has_duplicate(self, doc_id: str, content_hash: str) -> bool:
        """True when this input (same id and content) was already recorded as a copy."""

    def problems(self) -> list[dict[str, Any]]: ...

    def save_watch(self, name: str, spec: dict[str, Any]) -> None:
        """Create or replace a watchlist (its seen events are forgotten)."""

    def remove_watch(self, name: str) -> bool: ...

    def watches(self) -> dict[str, dict[str, Any]]: ...

    def watch_seen(self, name: str) -> set[str]:
        """Per-document event ids a watchlist has already reported."""

    def mark_seen(self, name: str, event_ids: list[str]) -> None: ...

    def counts(self) -> dict[str, int]: ...

    def close(self) -> None: ...
