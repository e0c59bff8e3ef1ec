"""One-line English summaries generated from an event's structured fields.

Attributive whenever the event rests on claims: "According to X, …"; a
contested event names who disputes it. No adjectives are added beyond the fields.
"""

from __future__ import annotations

from datetime import date

from kronika.model import Claim, Event

_PHRASES = {
    "Air/drone strike": "Air/drone strike",
    "Shelling/artillery/missile attack": "Shelling/missile attack",
    "Armed clash": "Armed clash",
    "Non-state actor overtakes territory": "Capture of territory",
    "Government regains territory": "Government forces regain territory",
    "Protest with intervention": "Protest broken up by security forces",
    "Excessive force against protesters": "Excessive force against protesters",
    "Peaceful protest": "Peaceful protest",
    "Disrupted weapons use": "Weapons intercepted or disrupted",
    "Non-violent transfer of territory": "Non-violent transfer of territory",
    "Arrests": "Arrests",
    "Other": "Strategic development",
}


def summarise(event: Event, claims: list[Claim]) -> str:
    what = _PHRASES.get(event.sub_event_type or "", event.sub_event_type or event.event_type)
    parts = [f"{what} {_where(event)}{_when(event)}"]
    actors = [a.name for a in event.actors if a.role in ("actor1", "actor2")]
    if actors:
        parts.append("involving " + " and ".join(actors))
    casualties = []
    if event.fatalities is not None:
        casualties.append(f"{event.fatalities} killed")
    if event.injuries is not None:
        casualties.append(f"{event.injuries} injured")
    if casualties:
        parts.append(", ".join(casualties))
    sentence = "; ".join(parts)
    return _attribute(sentence, event, claims) + "."


def _where(event: Event) -> str:
    location = event.location
    if location is None:
        return "at an unknown location"
    if location.geo_precision == "region":
        return f"in {location.name}"
    place = location.name + (f" ({location.admin1})" if location.admin1 and location.admin1 != location.name else "")
    return ("near " if location.geo_precision == "near" else "in ") + place


def _when(event: Event) -> str:
    if not event.date:
        return " (date not stated)"
    start = date.fromisoformat(event.date)
    if event.time_precision == "month":
        return f" in {start:%B %Y}"
    if event.time_precision == "week":
        return f" in the week of {start.day} {start:%B %Y}"
    if event.date_end and event.date_end != event.date:
        end = date.fromisoformat(event.date_end)
        return f" on {start.day}–{end.day} {end:%B %Y}"
    return f" on {start.day} {start:%B %Y}"


def _attribute(sentence: str, event: Event, claims: list[Claim]) -> str:
    linked = [c for c in claims if c.claim_id in event.claim_ids]
    spans = {(e.doc_id, e.start) for e in event.evidence}
    direct = [c for c in linked if any(doc == c.doc_id and start <= c.start for doc, start in spans)]
    about = [c for c in linked if _in_evidence(c, event)] or direct[:2]
    asserting = _names(c for c in about if c.stance != "deny")
    denying = _names(c for c in about if c.stance == "deny")
    if not about:
        return sentence
    if asserting:
        sentence = f"According to {' and '.join(asserting)}, {sentence[0].lower()}{sentence[1:]}"
    else:
        sentence = f"Reported {sentence[0].lower()}{sentence[1:]}"
    if denying and (event.contested or not asserting):
        sentence += f"; disputed by {' and '.join(denying)}"
    return sentence


def _in_evidence(claim: Claim, event: Event) -> bool:
    return any(e.doc_id == claim.doc_id and e.start <= claim.start < e.end for e in event.evidence)


def _names(claims: object) -> list[str]:
    names: list[str] = []
    for claim in claims:  # type: ignore[attr-defined]
        if claim.source not in names:
            names.append(claim.source)
    return names[:3]
