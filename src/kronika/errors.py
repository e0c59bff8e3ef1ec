"""One exception hierarchy; every message says what to do next."""

from __future__ import annotations


class KronikaError(Exception):
    """Base class for every error Kronika raises on purpose."""


class StageError(KronikaError):
    """A pipeline stage failed on one document."""

    def __init__(self, stage: str, doc_id: str, reason: str) -> None:
        super().__init__(reason)
        self.stage = stage
        self.doc_id = doc_id
        self.reason = reason


class PipelineError(KronikaError):
    """The pipeline is mis-assembled: a stage needs something no earlier stage sets."""


class StoreError(KronikaError):
    """The ledger database cannot be opened or written."""


class ExportError(KronikaError):
    """An exported record does not validate against the ledger contract."""


class GazetteerError(KronikaError):
    """The offline place index is missing or unreadable."""
