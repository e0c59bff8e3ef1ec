"""Cross-document linking over the store, decided once at ingest: links, then the ledger's events.

The link stage (``stages/link.py``) decides which per-document events are one event. This module runs it over
the stored corpus (incrementally after each ingest, or from scratch for ``kronika relink``) and stores the
result twice: the link rows (event -> cluster, with why) and one *ledger event* per cluster, merged from its
members with its outlets and summaries. Export and the web only read those rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from kronika.model import Event
from kronika.serialize import claim_from_record, event_from_record, event_record
from kronika.stages.link import link_events, merge_linked, neighbour_keys
from kronika.summary import summarise, summarise_fr


def link_new_events(store: Any, event_ids: list[str]) -> set[str]:
    """Link newly stored events to the corpus (comparing them only with events in neighbouring blocks);
    return the cluster ids whose membership may have changed, the ones they left included."""
    if not event_ids:
        return set()
    new = [event_from_record(r) for r in store.event_records_by_id(event_ids)]
    keys = [key for event in new for key in neighbour_keys(event)]
    nearby = [event_from_record(r) for r in store.events_in_blocks(keys)]
    known = {e.event_id: e for e in [*nearby, *new]}
    prior_clusters = store.clusters_of(sorted(known))
    members = store.cluster_members(sorted({prior_clusters.get(e, e) for e in known}))
    for record in store.event_records_by_id([m for m in members if m not in known]):
        known[record["event_id"]] = event_from_record(record)
    prior_clusters.update(members)
    result = link_events(list(known.values()), prior_clusters)
    fresh = set(event_ids)
    changed = {e: c for e, c in result.clusters.items() if prior_clusters.get(e) != c or e in fresh}
    store.save_links(changed, {e: asdict(r) for e, r in result.reasons.items() if e in changed}, replace=False)
    return set(changed.values()) | {prior_clusters[e] for e in changed if e in prior_clusters}


def refresh_ledger_events(store: Any, touched_event_ids: list[str], cluster_ids: set[str] | None = None) -> int:
    """Re-merge every cluster that holds one of these events (or is named in ``cluster_ids``) and store it;
    a cluster left with no reporting member loses its ledger event. Returns how many clusters were written."""
    clusters = set(cluster_ids or ())
    linked = store.clusters_of(touched_event_ids)
    clusters |= set(linked.values()) | {e for e in touched_event_ids if e not in linked}
    if not clusters:
        return 0
    links = store.cluster_members(sorted(clusters))
    links.update({c: c for c in clusters if c not in links})  # an event never linked is its own cluster
    # in the stores' own order (document, then id): members' order decides the merged evidence and wording
    events = sorted(map(event_from_record, store.event_records_by_id(sorted(links))), key=_document_order)
    claim_ids = [c for e in events for c in e.claim_ids]
    claims = sorted(map(claim_from_record, store.claim_records_by_id(claim_ids)), key=lambda c: (c.doc_id, c.claim_id))
    for claim in claims:
        if claim.event_id is not None:
            claim.event_id = links.get(claim.event_id, claim.event_id)
    outlets = store.document_outlets(sorted({d for e in events for d in e.doc_ids}))
    records: dict[str, dict[str, Any] | None] = dict.fromkeys(clusters)
    claim_order = {c.claim_id: i for i, c in enumerate(claims)}
    for event in merge_linked(events, links, claims):
        event.outlets = sorted({outlets.get(d) or f"unidentified outlet ({d})" for d in event.doc_ids})
        own = [claims[i] for i in sorted({claim_order[c] for c in event.claim_ids if c in claim_order})]
        event.summary = summarise(event, own)
        event.summary_fr = summarise_fr(event, own)
        records[event.event_id] = event_record(event, internal=True)
    store.save_ledger_events(records)
    return len(records)


def _document_order(event: Event) -> tuple[str, str]:
    return (event.doc_ids[0] if event.doc_ids else "", event.event_id)


def relink_all(store: Any) -> dict[str, str]:
    """Recompute every cross-document link and ledger event from scratch."""
    events = [event_from_record(r) for r in store.event_records()]
    result = link_events(events)
    store.save_links(result.clusters, {e: asdict(r) for e, r in result.reasons.items()})
    store.save_ledger_events({}, replace=True)
    refresh_ledger_events(store, sorted(result.clusters))
    return result.clusters


def complete_ledger(store: Any, stored_event_ids: Iterable[str] = (), left_clusters: Iterable[str] = ()) -> int:
    """Link the events a run stored (and any a stopped run left unlinked), then merge again every cluster they
    touch, those that replaced events ``left``, and any with no ledger event yet (a stopped run, a ledger from an
    older Kronika). Nothing to do when the ledger is complete. Returns how many clusters were written."""
    new_events = sorted(set(stored_event_ids) | set(store.unlinked_event_ids()))
    changed = link_new_events(store, new_events)
    clusters = changed | set(left_clusters) | set(store.clusters_without_ledger_event())
    return refresh_ledger_events(store, new_events, clusters)
