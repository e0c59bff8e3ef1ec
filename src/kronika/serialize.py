"""Model objects to contract records (``../contract``) and back."""

from __future__ import annotations

from typing import Any

from kronika.model import Actor, Claim, Document, Event, Evidence, Location
from kronika.stages.flags import evidence_spans


def document_record(doc: Document) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "title": doc.title,
        "language": doc.language if len(doc.language) == 2 else "und"[:2],
        "languages": [code for code in doc.languages if len(code) == 2],
        "published": {
            "date": doc.published.date,
            "precision": doc.published.precision,
            "evidence": doc.published.evidence,
        },
        "text": doc.text,
        "removed": [removal.text for removal in doc.removed],
        "removed_reasons": [removal.reason for removal in doc.removed],  # parallel to ``removed``
        "flags": list(doc.flags),
        "places": [
            {
                "surface": p.surface,
                "start": p.start,
                "end": p.end,
                "name": p.name,
                "lat": p.lat,
                "lon": p.lon,
                "country": p.country,
                "admin1": p.admin1,
                "feature": p.feature,
                "geonames_id": p.geonames_id,
            }
            for p in doc.places
        ],
        "entities": [
            {"surface": e.surface, "start": e.start, "end": e.end, "label": e.label, "canonical": e.canonical}
            for e in doc.entities
        ],
        "outlet": doc.outlet,
        "flag_evidence": evidence_spans(doc),
        "encoding": doc.encoding,
        **({"failed_stage": doc.failed_stage} if doc.failed_stage else {}),
    }


def event_record(event: Event, *, internal: bool = False) -> dict[str, Any]:
    location = event.location
    record = {
        "event_id": event.event_id,
        "doc_ids": list(event.doc_ids),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "date": event.date,
        "date_end": event.date_end,
        "time_precision": event.time_precision,
        "location": None
        if location is None
        else {
            "name": location.name,
            "lat": location.lat,
            "lon": location.lon,
            "country": location.country,
            "admin1": location.admin1,
            "geo_precision": location.geo_precision,
        },
        "actors": [{"name": a.name, "role": a.role} for a in event.actors],
        "fatalities": event.fatalities,
        "injuries": event.injuries,
        "claim_ids": list(event.claim_ids),
        "contested": event.contested,
        "verification": event.verification,
        "evidence": [{"doc_id": e.doc_id, "start": e.start, "end": e.end, "text": e.text} for e in event.evidence],
        "summary": event.summary,
    }
    if event.summary_fr:
        record["summary_fr"] = event.summary_fr
    if event.outlets is not None:
        record["outlets"] = list(event.outlets)
        record["corroboration"] = len(event.outlets)
    if internal and event.supporting_only:
        record["supporting_only"] = True
    if internal and event.dated_by_publication:
        record["dated_by_publication"] = True
    if internal and event.feed:
        record["feed"] = event.feed
    return record


def event_from_record(record: dict[str, Any]) -> Event:
    location = record.get("location")
    return Event(
        event_id=record["event_id"],
        doc_ids=list(record["doc_ids"]),
        event_type=record["event_type"],
        sub_event_type=record.get("sub_event_type"),
        date=record.get("date"),
        date_end=record.get("date_end"),
        time_precision=record.get("time_precision"),
        location=None if location is None else Location(**location),
        actors=[Actor(a["name"], a["role"]) for a in record.get("actors", [])],
        fatalities=record.get("fatalities"),
        injuries=record.get("injuries"),
        claim_ids=list(record.get("claim_ids", [])),
        contested=bool(record.get("contested")),
        verification=record.get("verification", "unknown"),
        evidence=[Evidence(**e) for e in record.get("evidence", [])],
        summary=record.get("summary", ""),
        summary_fr=record.get("summary_fr", ""),
        outlets=record.get("outlets"),
        supporting_only=bool(record.get("supporting_only")),
        dated_by_publication=bool(record.get("dated_by_publication")),
        feed=record.get("feed", ""),
    )


def claim_record(claim: Claim, *, internal: bool = False) -> dict[str, Any]:
    record = {
        "claim_id": claim.claim_id,
        "doc_id": claim.doc_id,
        "source": claim.source,
        "source_surface": claim.source_surface,
        "stance": claim.stance,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "event_id": claim.event_id,
    }
    if internal:
        record["side"] = claim.side
    return record


def claim_from_record(record: dict[str, Any]) -> Claim:
    return Claim(
        claim_id=record["claim_id"],
        doc_id=record["doc_id"],
        source=record["source"],
        source_surface=record["source_surface"],
        stance=record["stance"],
        text=record["text"],
        start=record["start"],
        end=record["end"],
        event_id=record.get("event_id"),
        side=record.get("side"),
    )
