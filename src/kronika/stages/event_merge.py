"""Events stage, merging: several clauses of one document that tell one event at one place and time make one event.

Two events of a document merge when they share date and place (or one is the region the other lies in, told close
together) and their types are compatible: shelling told with fighting at the same town is a battle, a
demonstration that turned violent one riot. The merged event keeps the more precise place, the stronger type and
sub-type, and the lowest credible toll.
"""

from __future__ import annotations

from kronika.gazetteer.build import distance_km
from kronika.model import Document, Event, Location
from kronika.stages.event_dates import paragraph_of
from kronika.stages.event_typing import complete_opponent, cue_strength
from kronika.tolls import conservative

__all__ = ["merge_within_document"]


def merge_within_document(doc: Document, events: list[Event]) -> list[Event]:
    """Several sentences about one event at one place and time make one event."""
    merged: list[Event] = []
    for event in events:
        twin = next((m for m in merged if _same_event(doc, m, event)), None)
        if twin is None:
            merged.append(event)
            continue
        if twin.location and event.location and _finer(event.location, twin.location):
            twin.location = event.location  # keep the more precise place ("Esman" over "the Esmanska hromada")
        for evidence in event.evidence:
            if all(e.start != evidence.start for e in twin.evidence):
                twin.evidence.append(evidence)
        if _type_rank(event) > _type_rank(twin):
            twin.event_type, twin.sub_event_type = event.event_type, event.sub_event_type
        elif event.event_type == twin.event_type and _more_specific(event, twin):
            twin.sub_event_type = event.sub_event_type
        twin.fatalities = conservative(twin.fatalities, event.fatalities)
        twin.injuries = conservative(twin.injuries, event.injuries)
        twin.actors.extend(a for a in event.actors if all(a.name != b.name for b in twin.actors))
        if twin.verification == "unknown":
            twin.verification = event.verification
    for event in merged:
        complete_opponent(doc, event)
    return merged


def _same_event(doc: Document, a: Event, b: Event) -> bool:
    if a.location is None or b.location is None:
        return False
    if (a.date, a.date_end) != (b.date, b.date_end):
        return False
    families = {a.event_type, b.event_type}
    compatible = (
        len(families) == 1
        or families == {"Battles", "Explosions/Remote violence"}  # shelling told with fighting there: a battle (ACLED)
        or families == {"Protests", "Riots"}  # a demonstration that turned violent is one riot
        or (
            families == {"Battles", "Strategic developments"}
            and "Non-violent transfer of territory" in (a.sub_event_type, b.sub_event_type)
        )
    )
    if not compatible:
        return False
    if families == {"Battles", "Explosions/Remote violence"}:  # only at the very same place ("the Pokrovsk sector")
        return a.location.name == b.location.name and a.location.geo_precision == b.location.geo_precision
    if a.location.name == b.location.name:
        return True
    if {a.location.geo_precision, b.location.geo_precision} == {"near", "point"}:  # "un village près de Koupiansk"
        return distance_km(a.location.lat, a.location.lon, b.location.lat, b.location.lon) <= 20  # then its name
    # a region-level report merges into the precise one only when both are dated and told close together
    near = abs(paragraph_of(doc, a.evidence[0].start) - paragraph_of(doc, b.evidence[0].start)) <= 2
    return bool(a.date) and near and _within(a.location, b.location)


def _within(a: Location, b: Location) -> bool:
    """One is the region the other lies in ("la région de Kharkiv" and the Kharkiv strike it reports)."""
    region, place = (a, b) if a.geo_precision == "region" else (b, a)
    return region.geo_precision == "region" and place.geo_precision != "region" and region.name == place.admin1


def _more_specific(event: Event, twin: Event) -> bool:
    """The sub-type told by the stronger cue wins ("the explosion" then "the truck bomb": an IED)."""
    if event.sub_event_type == twin.sub_event_type:
        return False
    if event.event_type == "Battles":
        return twin.sub_event_type == "Armed clash"  # a clash that ends in a capture is the capture
    strength = cue_strength(twin)  # 0: its sub-type was refined by context (tear gas after a protest): keep it
    return 0 < strength < cue_strength(event)


def _type_rank(event: Event) -> int:
    return 1 if event.event_type in ("Battles", "Riots") else 0


_RANK = {"point": 0, "near": 1, "region": 2, "country": 3}


def _finer(place: Location, than: Location) -> bool:
    return _RANK.get(place.geo_precision, 3) < _RANK.get(than.geo_precision, 3)
