"""Link stage: the same event reported by several documents becomes one event.

Candidate pairs need the same event family, overlapping date windows and the
same place (or a region containing the other's place, or < 25 km apart); two
events of one document are never merged by linking. The strongest pairs are
joined first.
"""

from __future__ import annotations

from collections.abc import Iterable

from kronika.gazetteer.build import distance_km
from kronika.model import Claim, Event
from kronika.stages.claims import is_contested

_NEAR_KM = 25.0
_PRECISION_RANK = {"point": 0, "near": 1, "region": 2, "country": 3}


def link_events(events: list[Event]) -> dict[str, str]:
    """Map every event id to the id of the linked event it belongs to."""
    parent = {e.event_id: e.event_id for e in events}
    docs = {e.event_id: set(e.doc_ids) for e in events}

    def find(event_id: str) -> str:
        while parent[event_id] != event_id:
            parent[event_id] = parent[parent[event_id]]
            event_id = parent[event_id]
        return event_id

    for _, a, b in sorted(_candidate_pairs(events), key=lambda item: item[0]):
        root_a, root_b = find(a.event_id), find(b.event_id)
        if root_a == root_b or docs[root_a] & docs[root_b]:
            continue
        keep, drop = sorted((root_a, root_b))
        parent[drop] = keep
        docs[keep] |= docs.pop(drop)
    return {event_id: find(event_id) for event_id in parent}


def _candidate_pairs(events: list[Event]) -> Iterable[tuple[float, Event, Event]]:
    by_family: dict[str, list[Event]] = {}
    for event in events:
        by_family.setdefault(_family(event), []).append(event)
    for group in by_family.values():
        group.sort(key=lambda e: e.date or "")
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.date and b.date and b.date > (a.date_end or a.date):
                    break
                score = _pair_score(a, b)
                if score is not None:
                    yield score, a, b


def _family(event: Event) -> str:
    return "Battles" if event.event_type in ("Battles", "Strategic developments") else event.event_type


def _pair_score(a: Event, b: Event) -> float | None:
    """Lower is stronger; None when the two cannot be one event."""
    if set(a.doc_ids) & set(b.doc_ids) or a.location is None or b.location is None:
        return None
    if not (a.date and b.date and a.date <= (b.date_end or b.date) and b.date <= (a.date_end or a.date)):
        return None
    la, lb = a.location, b.location
    if la.name == lb.name:
        return 0.0
    distance = distance_km(la.lat, la.lon, lb.lat, lb.lon)
    if distance <= _NEAR_KM and la.geo_precision == lb.geo_precision == "point":
        return distance / _NEAR_KM
    region, place = (la, lb) if _PRECISION_RANK[la.geo_precision] > _PRECISION_RANK[lb.geo_precision] else (lb, la)
    if region.geo_precision == "region" and region.admin1 and region.admin1 == place.admin1:
        return 2.0
    return None


def merge_linked(events: list[Event], links: dict[str, str], claims: list[Claim]) -> list[Event]:
    """One event per link cluster, with every document, evidence span and claim of its members."""
    clusters: dict[str, list[Event]] = {}
    for event in events:
        clusters.setdefault(links.get(event.event_id, event.event_id), []).append(event)
    claims_by_id = {c.claim_id: c for c in claims}
    merged = [_merge(cluster_id, members, claims_by_id) for cluster_id, members in clusters.items()]
    return sorted(merged, key=_ledger_order)


def _ledger_order(event: Event) -> tuple[str, str, int, str]:
    """By document, then date; within a day, the broadest place first (region-wide before a town)."""
    precision = _PRECISION_RANK[event.location.geo_precision] if event.location else 4
    return (event.doc_ids[0], event.date or "9999", -precision, event.location.name if event.location else "")


def _merge(cluster_id: str, members: list[Event], claims: dict[str, Claim]) -> Event:
    if len(members) == 1:
        event = members[0]
        event.event_id = cluster_id
        return event
    best = min(members, key=lambda e: _PRECISION_RANK[e.location.geo_precision if e.location else "country"])
    merged = Event(
        event_id=cluster_id,
        doc_ids=sorted({d for e in members for d in e.doc_ids}),
        event_type=best.event_type,
        sub_event_type=best.sub_event_type,
        date=max(e.date for e in members if e.date),
        date_end=min(e.date_end or e.date for e in members if e.date),  # type: ignore[type-var]
        time_precision=best.time_precision,
        location=best.location,
        actors=_unique_actors(members),
        fatalities=_min_stated(e.fatalities for e in members),
        injuries=_min_stated(e.injuries for e in members),
        claim_ids=[c for e in members for c in e.claim_ids],
        verification=_verification(members),
        evidence=[ev for e in members for ev in e.evidence],
    )
    if merged.date and merged.date_end and merged.date > merged.date_end:
        merged.date, merged.date_end = best.date, best.date_end
    merged.contested = any(e.contested for e in members) or is_contested(
        [claims[c] for c in merged.claim_ids if c in claims]
    )
    return merged


def _unique_actors(members: list[Event]) -> list:  # type: ignore[type-arg]
    seen: dict[str, object] = {}
    for event in members:
        for actor in event.actors:
            seen.setdefault(actor.name, actor)
    return list(seen.values())


def _min_stated(values: Iterable[int | None]) -> int | None:
    stated = [v for v in values if v is not None]
    return min(stated) if stated else None


def _verification(members: list[Event]) -> str:
    states = {e.verification for e in members}
    for state in ("verified", "unverified"):
        if state in states:
            return state
    return "unknown"
