"""Export the ledger: documents.jsonl, events.jsonl, claims.jsonl, each record validated first."""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from kronika.errors import ExportError
from kronika.model import Claim, Event
from kronika.serialize import claim_from_record, claim_record, event_from_record, event_record
from kronika.stages.link import link_events, merge_linked
from kronika.store import Store
from kronika.summary import summarise

LEDGER_FILES = ("documents.jsonl", "events.jsonl", "claims.jsonl")


@dataclass(slots=True)
class ExportReport:
    out: Path
    documents: int
    events: int
    claims: int


@functools.cache
def _validator(kind: str) -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads(resources.files("kronika.contract").joinpath(f"{kind}.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def validate(kind: str, record: dict[str, Any]) -> None:
    """Raise ExportError when ``record`` breaks the ledger contract."""
    errors = sorted(_validator(kind).iter_errors(record), key=lambda e: list(e.path))
    if errors:
        where = "/".join(str(p) for p in errors[0].path) or "(record)"
        ident = record.get(f"{kind}_id") or record.get("doc_id")
        raise ExportError(f"{kind} {ident}: field {where}: {errors[0].message}")


def ledger(store: Store) -> tuple[list[dict[str, Any]], list[Event], list[Claim]]:
    """Documents, linked events (with summaries) and claims (pointing at linked events)."""
    documents = list(store.document_records())
    copies: dict[str, list[str]] = {}
    for duplicate in store.duplicates():
        copies.setdefault(duplicate["original_id"], []).append(duplicate["source"])
    for document in documents:
        if document["doc_id"] in copies:
            document["sources"] = [document["source"], *copies[document["doc_id"]]]
    events = [event_from_record(r) for r in store.event_records()]
    claims = [claim_from_record(r) for r in store.claim_records()]
    links = store.links() or link_events(events).clusters
    merged = merge_linked(events, links, claims)
    for claim in claims:
        if claim.event_id is not None:
            claim.event_id = links.get(claim.event_id, claim.event_id)
    for event in merged:
        event.summary = summarise(event, claims)
    return documents, merged, claims


def export_ledger(store: Store, out: Path) -> ExportReport:
    documents, events, claims = ledger(store)
    rows = {
        "documents.jsonl": [("document", d) for d in documents],
        "events.jsonl": [("event", event_record(e)) for e in events],
        "claims.jsonl": [("claim", claim_record(c)) for c in claims],
    }
    for records in rows.values():
        for kind, record in records:
            validate(kind, record)
    out.mkdir(parents=True, exist_ok=True)
    for name, records in rows.items():
        _write_atomically(out / name, [record for _, record in records])
    return ExportReport(out, len(documents), len(events), len(claims))


def _write_atomically(path: Path, records: list[dict[str, Any]]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
