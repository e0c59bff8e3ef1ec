"""The library functions behind the CLI and the web API."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kronika.config import Settings
from kronika.export import ExportReport, export_ledger, ledger
from kronika.model import Claim, Document, Event, IngestReport, Problem
from kronika.pipeline import build
from kronika.resources import Resources
from kronika.serialize import event_from_record
from kronika.stages.clean import repeated_line_keys
from kronika.stages.link import link_events
from kronika.stages.read import read_inputs
from kronika.store import open_store

Progress = Callable[[int, int], None]


def ingest(
    paths: Iterable[str | Path],
    db: str | None = None,
    *,
    settings: Settings | None = None,
    resources: Resources | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Read, process and store every article under ``paths``; return what happened.

    Documents already stored with the same content are skipped (re-running is
    idempotent); bad inputs are reported with their reason and the run goes on.
    """
    settings = settings or Settings.from_env(db=db)
    started = time.perf_counter()
    report = IngestReport()
    store = open_store(settings.db)
    try:
        docs = _read(paths, settings, store, report)
        resources = resources or Resources(settings)
        resources.repeated_lines = repeated_line_keys([d.raw for d in docs], settings.repeated_line_min_docs)
        pipeline = build(resources=resources)

        def on_error(stage: str, doc: Document, exc: BaseException) -> None:
            problem = Problem(doc.source, f"{type(exc).__name__}: {exc}", stage)
            report.skipped.append(problem)
            store.record_problem(problem)

        from kronika.engines.local import run

        done = 0
        for batch in run(pipeline, docs, on_error, settings.batch_size):
            for doc in batch:
                store.save_document(doc)
                report.stored += 1
                report.events += len(doc.events)
                report.claims += len(doc.claims)
            done += settings.batch_size
            if progress:
                progress(min(done, len(docs)), len(docs))
        relink(store)
    finally:
        store.close()
    report.seconds = time.perf_counter() - started
    return report


def _read(paths: Iterable[str | Path], settings: Settings, store: Any, report: IngestReport) -> list[Document]:
    docs: dict[str, Document] = {}
    for item in read_inputs(paths, settings):
        if isinstance(item, Problem):
            report.skipped.append(item)
            store.record_problem(item)
            continue
        report.read += 1
        if store.has_document(item.doc_id, item.content_hash):
            report.unchanged += 1
            continue
        docs[item.doc_id] = item
    return list(docs.values())


def relink(store: Any) -> dict[str, str]:
    """Recompute cross-document event links over the whole store."""
    events = [event_from_record(r) for r in store.event_records()]
    links = link_events(events)
    store.save_links(links)
    return links


def export(db: str, out: str | Path) -> ExportReport:
    """Write the validated ledger (three JSONL files) to ``out``."""
    store = open_store(db)
    try:
        return export_ledger(store, Path(out))
    finally:
        store.close()


def events(db: str) -> list[Event]:
    """Linked events with summaries, as the ledger exports them."""
    store = open_store(db)
    try:
        return ledger(store)[1]
    finally:
        store.close()


def claims_by_event(db: str, *, contested_only: bool = False) -> list[tuple[Event | None, list[Claim]]]:
    """Claims grouped by the (linked) event they are about; claims about no event come last."""
    store = open_store(db)
    try:
        _, linked, claims = ledger(store)
    finally:
        store.close()
    groups: list[tuple[Event | None, list[Claim]]] = []
    for event in linked:
        about = [c for c in claims if c.event_id == event.event_id]
        if about and (event.contested or not contested_only):
            groups.append((event, about))
    loose = [c for c in claims if c.event_id is None]
    if loose and not contested_only:
        groups.append((None, loose))
    return groups
