"""The library functions behind the CLI and the web API."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kronika.config import Settings
from kronika.dedup import DuplicateIndex
from kronika.engines import BatchResult
from kronika.errors import KronikaError
from kronika.export import ExportReport, export_ledger, ledger
from kronika.linking import complete_ledger, relink_all
from kronika.model import Claim, CopyKeys, Document, Event, IngestReport, Problem
from kronika.pipeline import build
from kronika.resources import Resources
from kronika.stages.clean import repeated_line_keys
from kronika.stages.link import block_key
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
    engine: str = "local",
    workers: int = 2,
    scheduler: str | None = None,
    on_cluster: Callable[[Any], None] | None = None,
) -> IngestReport:
    """Read, process and store every article under ``paths``; return what happened.

    Documents already stored with the same content are skipped (re-running is
    idempotent); bad inputs are reported with their reason and the run goes on.
    """
    settings = settings or Settings.from_env(db=db)
    started = time.perf_counter()
    report = IngestReport()
    store = open_store(settings.db)
    session = None
    if engine == "dask":  # workers start loading their models while the inputs are read
        from kronika.engines.dask import DaskSession

        session = DaskSession(settings, workers=workers, scheduler=scheduler, on_client=on_cluster)
    elif engine != "local":
        store.close()
        raise KronikaError(f"unknown engine {engine!r}; use 'local' or 'dask'")
    try:
        docs, texts = _read(paths, settings, store, report)
        resources = resources or Resources(settings)
        # over every input of the run, stored or not, so that a resumed run cleans exactly like an uninterrupted one
        resources.repeated_lines = repeated_line_keys(texts, settings.repeated_line_min_docs)
        duplicates = DuplicateIndex(store.copy_keys())
        touched: list[str] = []  # events stored by this run
        left: set[str] = set()  # the clusters that events replaced by this run belonged to: merged again
        done = 0
        for batch in _batches(docs, settings, resources, session):
            for doc in sorted(batch.done, key=lambda d: d.doc_id):
                keys = CopyKeys(doc.doc_id, doc.text_key, doc.fingerprint, doc.facts, doc.feed)
                if doc.failed_stage is None and _is_copy(store, duplicates, doc, keys, report):
                    continue
                touched.extend(e.event_id for e in doc.events)
                left |= _save(store, doc)
                if doc.failed_stage is None:
                    duplicates.add(keys)
                report.stored += 1
                report.events += len(doc.events)
                report.claims += len(doc.claims)
            for problem in batch.problems:  # after the documents: saving one clears its source's old problems
                report.skipped.append(problem)
                store.record_problem(problem)
            done += batch.size
            if progress:
                progress(done, len(docs))
        complete_ledger(store, touched, left)
    finally:
        store.close()
        if session is not None:
            session.close()
    report.seconds = time.perf_counter() - started
    return report


def _batches(docs: list[Document], settings: Settings, resources: Resources, session: Any) -> Iterator[BatchResult]:
    if session is not None:
        yield from session.run(docs, resources.repeated_lines, settings.batch_size)
    else:
        from kronika.engines.local import run

        yield from run(build(resources=resources), docs, settings.batch_size)


def _save(store: Any, doc: Document) -> set[str]:
    """Store a document; one a stage failed on is kept as far as it got, marked so that the next run redoes it.

    A new version replaces the old one's events and their links: returns the clusters those were in."""
    left = set(store.clusters_of(store.event_ids_of_documents([doc.doc_id])).values())
    for event in doc.events:
        event.block = block_key(event)
        event.feed = doc.feed
    if doc.failed_stage is not None:
        doc.text = doc.text or doc.raw
        doc.content_hash = f"incomplete ({doc.failed_stage}):{doc.content_hash}"
    store.save_document(doc)
    return left


def _is_copy(store: Any, duplicates: DuplicateIndex, doc: Document, keys: CopyKeys, report: IngestReport) -> bool:
    """A copy is recorded, under its own id, as another source of its original, not as a new document."""
    found = duplicates.original_of(keys)
    if found is None:
        return False
    copy = {"doc_id": doc.doc_id, "content_hash": doc.content_hash, "source": doc.source,
            "original_id": found.doc_id, "similarity": found.similarity, "reason": found.reason}  # fmt: skip
    store.record_duplicate(copy)
    report.duplicates += 1
    return True


def _read(
    paths: Iterable[str | Path], settings: Settings, store: Any, report: IngestReport
) -> tuple[list[Document], list[str]]:
    """New documents to process, and the raw text of every input read (for corpus-level signals)."""
    docs: dict[str, Document] = {}
    first_of_id: dict[str, Document] = {}
    texts: list[str] = []
    for item in read_inputs(paths, settings):
        if not isinstance(item, Problem) and first_of_id.setdefault(item.doc_id, item) is not item:
            item = _id_clash(item, first_of_id)
        if isinstance(item, Problem):
            report.skipped.append(item)
            store.record_problem(item)
            continue
        report.read += 1
        texts.append(item.raw)
        if store.has_document(item.doc_id, item.content_hash) or store.has_duplicate(item.doc_id, item.content_hash):
            report.unchanged += 1
            continue
        docs[item.doc_id] = item
    return list(docs.values()), texts


def _id_clash(item: Document, first_of_id: dict[str, Document]) -> Document | Problem:
    """A second input under an id already read in this run: the same text is a repeat, another text an error."""
    first = first_of_id[item.doc_id]
    if first.content_hash == item.content_hash:
        return item
    return Problem(
        item.source,
        f"id {item.doc_id!r} is already used by {first.source} for another text; give each report its own id",
    )


def relink(db: str | Any) -> dict[str, str]:
    """Recompute every cross-document link (and the ledger's merged events) from scratch."""
    store = open_store(db) if isinstance(db, str) else db
    try:
        return relink_all(store)
    finally:
        if isinstance(db, str):
            store.close()


def export(db: str, out: str | Path, *, csv: bool = False, geojson: bool = False) -> ExportReport:
    """Write the validated ledger (three JSONL files, optionally events.csv and events.geojson) to ``out``."""
    store = open_store(db)
    try:
        complete_ledger(store)
        return export_ledger(store, Path(out), csv=csv, geo=geojson)
    finally:
        store.close()


def events(db: str) -> list[Event]:
    """Linked events with summaries, as the ledger exports them."""
    store = open_store(db)
    try:
        complete_ledger(store)
        return ledger(store)[1]
    finally:
        store.close()


def claims_by_event(db: str, *, contested_only: bool = False) -> list[tuple[Event | None, list[Claim]]]:
    """Claims grouped by the (linked) event they are about; claims about no event come last."""
    store = open_store(db)
    try:
        complete_ledger(store)
        _, linked, claims = ledger(store)
    finally:
        store.close()
    by_id = {c.claim_id: c for c in claims}
    groups: list[tuple[Event | None, list[Claim]]] = []
    for event in linked:
        about = [by_id[c] for c in dict.fromkeys(event.claim_ids) if c in by_id]
        if about and (event.contested or not contested_only):
            groups.append((event, about))
    loose = [c for c in claims if c.event_id is None]
    if loose and not contested_only:
        groups.append((None, loose))
    return groups


def document(db: str, doc_id: str) -> dict[str, Any] | None:
    """A stored document by its id; for the id of a copy, the document it copies with ``copy`` saying so."""
    store = open_store(db)
    try:
        copy = store.duplicate_of(doc_id)
        wanted = copy["original_id"] if copy else doc_id
        found = store.document_record(wanted)
        if found is None:
            return None
        duplicates = store.duplicates([wanted])
        if duplicates:
            found["copies"] = [{k: c[k] for k in ("doc_id", "source", "similarity", "reason")} for c in duplicates]
        if copy:
            found["copy"] = {k: copy[k] for k in ("doc_id", "source", "similarity", "reason")}
        return found
    finally:
        store.close()


def event_detail(db: str, event_id: str) -> tuple[Event, list[Claim], dict[str, dict[str, Any]]] | None:
    """One linked event (by its id or any member's id), its claims and why each member was linked."""
    store = open_store(db)
    try:
        complete_ledger(store)
        links = store.links()
        cluster = links.get(event_id, event_id)
        _, linked, claims = ledger(store)
        event = next((e for e in linked if e.event_id == cluster), None)
        if event is None:
            return None
        members = [m for m, c in links.items() if c == cluster] or [event_id]
        return event, [c for c in claims if c.event_id == cluster], store.link_reasons(members)
    finally:
        store.close()
