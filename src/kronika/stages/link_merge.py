"""Merging linked events: one ledger event per link cluster (the link stage's second half).

The merged event keeps every document, evidence span and claim of its members; its place and kind are the most
precise member's (a town rather than one of its sites, an attack's hits rather than its interceptions), its toll
the lowest credible one unless a report tells an update, and its date the one the texts give.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from kronika.data import load_json
from kronika.model import Actor, Claim, Event
from kronika.stages.claims import is_contested
from kronika.tolls import is_update

PRECISION_RANK = {"point": 0, "near": 1, "region": 2, "country": 3}
INTERCEPTED = "Disrupted weapons use"


def unnamed_clash(event: Event) -> bool:
    """A clash told with no side at all ("une attaque a touché le navire", "une vaste attaque contre les
    infrastructures", "an attack hit the plant"): the text names no armed group fighting another, so the clash is
    the reading's fallback, not what the report tells. It may be the strike another outlet tells at the same place
    and time with the same victims (ACLED's families: a clash needs two sides); the merged event keeps the strike's
    kind. Without a toll both tell, it stays apart ("people who fled the fighting rallied" is no strike)."""
    return event.sub_event_type == "Armed clash" and not any(a.role in ("actor1", "actor2") for a in event.actors)


def town_of(name: str) -> str:
    return _site_towns().get(name, name)


@functools.cache
def _site_towns() -> dict[str, str]:
    """Site or district name -> the town it lies in (front directions are no part of a town)."""
    sites = load_json("sites.json")["sites"]
    return {s["name"]: s["near"] for s in sites if s.get("kind") == "site" and s.get("near")}


def tells_update(event: Event) -> bool:
    return any(is_update(v.text) for v in event.evidence)


def tells_aftermath(event: Event) -> bool:
    """The report is about an act already told: it dates itself after the strike ("au lendemain de la frappe sur le
    centre commercial", "a day after the Russian strike") or tells a running count ("le bilan provisoire s'établit
    à 18 morts"); a mention carrying the earlier act's own toll ("a day after the strike that killed 18") dates
    another act (see ``data/linking.json``)."""
    patterns = _aftermath_patterns()
    return any(patterns[0].search(v.text) and not patterns[1].search(v.text) for v in event.evidence)


def told_as_before(a: Event, b: Event) -> bool:
    """One report names the other's act as the one before its own ("a drone hit a house, a day after the guided bomb
    strike that killed seven"): when it tells such an earlier act with its toll and counts no dead of its own, an
    event that counts dead is that earlier act, not its own (see ``data/linking.json``)."""
    return any(_names_earlier_act(x) and not x.fatalities and y.fatalities for x, y in ((a, b), (b, a)))


def _names_earlier_act(event: Event) -> bool:
    pattern = _aftermath_patterns()[1]
    return any(pattern.search(v.text) for v in event.evidence)


def recollection(event: Event) -> bool:
    """The event is told only as the act another came after ("The attack came a day after a missile strike killed 18
    people"): its day is the report's, not its own (see ``data/linking.json``)."""
    pattern = _recollection_pattern()
    return bool(event.evidence) and all(pattern.search(v.text) for v in event.evidence)


@functools.cache
def _recollection_pattern() -> re.Pattern[str]:
    return re.compile("|".join(load_json("linking.json")["recollection"]), re.IGNORECASE)


@functools.cache
def _aftermath_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    aftermath = load_json("linking.json")["aftermath"]
    earlier_act = load_json("event_context.json")["earlier_act_toll"]
    return (
        re.compile(r"(?<!\w)(?:" + "|".join(aftermath) + ")", re.IGNORECASE),
        re.compile(r"(?<!\w)(?:" + "|".join(earlier_act) + ")", re.IGNORECASE),
    )


def merge_linked(events: list[Event], links: dict[str, str], claims: list[Claim]) -> list[Event]:
    """One event per link cluster, with every document, evidence span and claim of its members."""
    clusters: dict[str, list[Event]] = {}
    for event in events:
        clusters.setdefault(links.get(event.event_id, event.event_id), []).append(event)
    claims_by_id = {c.claim_id: c for c in claims}
    merged = [
        _merge(cluster_id, members, claims_by_id)
        for cluster_id, members in clusters.items()
        if not all(m.supporting_only for m in members)  # nothing but opinion or generated text: not an event
    ]
    return sorted(merged, key=_ledger_order)


def _ledger_order(event: Event) -> tuple[str, str, int, str]:
    """By document, then date; within a day, the broadest place first (region-wide before a town)."""
    precision = PRECISION_RANK[event.location.geo_precision] if event.location else 4
    return (event.doc_ids[0], event.date or "9999", -precision, event.location.name if event.location else "")


def _merge(cluster_id: str, members: list[Event], claims: dict[str, Claim]) -> Event:
    if len(members) == 1:
        event = members[0]
        event.event_id = cluster_id
        return event
    reporting = [m for m in members if not m.supporting_only] or members
    best = min(reporting, key=_representative)
    kind = min([m for m in reporting if not unnamed_clash(m)] or reporting, key=_representative)
    dated = [e for e in members if e.date and not e.dated_by_publication] or [e for e in members if e.date]
    merged = Event(
        event_id=cluster_id,
        doc_ids=sorted({d for e in members for d in e.doc_ids}),
        event_type=kind.event_type,
        sub_event_type=kind.sub_event_type,
        date=max(e.date for e in dated if e.date) if dated else None,
        date_end=min(e.date_end or e.date or "" for e in dated) if dated else None,
        time_precision=best.time_precision,
        location=best.location,
        actors=_unique_actors(members),
        fatalities=_linked_toll(members, "fatalities"),
        injuries=_linked_toll(members, "injuries"),
        claim_ids=[c for e in members for c in e.claim_ids],
        verification=_verification(members),
        evidence=[ev for e in members for ev in e.evidence],
        dated_by_publication=bool(dated) and all(e.dated_by_publication for e in dated),
    )
    if merged.date and merged.date_end and merged.date > merged.date_end:  # a follow-up of the next day
        first = min(dated, key=lambda e: e.date or "")
        merged.date, merged.date_end = first.date, first.date_end
    if merged.date and merged.date_end:
        merged.time_precision = (
            "day" if (merged.date_end == merged.date or best.time_precision == "day") else best.time_precision
        )
    merged.contested = any(e.contested for e in members) or is_contested(
        [claims[c] for c in merged.claim_ids if c in claims]
    )
    return merged


def _representative(event: Event) -> tuple[int, bool, bool]:
    """The member whose place and kind the merged event keeps: the most precise place, a town rather than one of
    its sites or districts (ACLED codes the town), and an attack's hits rather than its interceptions."""
    precision = PRECISION_RANK[event.location.geo_precision if event.location else "country"]
    in_town = event.location is not None and town_of(event.location.name) != event.location.name
    return precision, in_town, event.sub_event_type == INTERCEPTED


def _unique_actors(members: list[Event]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for event in members:
        for actor in event.actors:
            seen.setdefault(actor.name, actor)
    return list(seen.values())


def _linked_toll(members: list[Event], kind: str) -> int | None:
    """The lowest credible figure of the reports (ACLED), but a report that tells its toll as an update of an
    earlier one ("le bilan s'est alourdi à 21 morts", "the death toll rose to") supersedes the earlier reports, and
    a later update the earlier ones: a toll only grows (30 dead on Sunday, 40 on Monday: 40)."""
    updated = [v for e in members if (v := getattr(e, kind)) is not None and tells_update(e)]
    return max(updated) if updated else _min_stated(getattr(e, kind) for e in members)


def _min_stated(values: Iterable[int | None]) -> int | None:
    stated = [v for v in values if v is not None]
    return min(stated) if stated else None


def _verification(members: list[Event]) -> str:
    states = {e.verification for e in members}
    for state in ("verified", "unverified"):
        if state in states:
            return state
    return "unknown"
