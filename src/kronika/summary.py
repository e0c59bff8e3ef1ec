"""One-line English summaries generated from an event's structured fields.

Attributive whenever the event rests on claims: "According to X, …"; a
contested event names who disputes it. No adjectives are added beyond the fields.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from kronika.data import load_json
from kronika.model import Claim, Event

NEUTRAL_SOURCE = "a source quoted in the report"
NEUTRAL_SOURCE_FR = "une source citée dans l'article"

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
    about = linked if event.contested else ([c for c in linked if _in_evidence(c, event)] or direct[:2])
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


def _names(claims: object, neutral: str = NEUTRAL_SOURCE) -> list[str]:
    names: list[str] = []
    for claim in claims:  # type: ignore[attr-defined]
        name = neutral if loaded(claim.source) else claim.source
        if name not in names:
            names.append(name)
    return names[:3]


@functools.cache
def _loaded_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(load_json("loaded_words.json")["patterns"]) + r")(?!\w)", re.IGNORECASE)


def loaded(text: str) -> bool:
    """True when ``text`` uses a loaded word outside quotation marks."""
    outside = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", text)
    return bool(_loaded_pattern().search(outside))


_PHRASES_FR = {
    "Air/drone strike": "Frappe aérienne ou de drone",
    "Shelling/artillery/missile attack": "Bombardement (artillerie ou missiles)",
    "Remote explosive/landmine/IED": "Explosion d'une mine ou d'un engin explosif",
    "Armed clash": "Affrontement armé",
    "Non-state actor overtakes territory": "Prise de territoire",
    "Government regains territory": "Reprise de territoire par les forces gouvernementales",
    "Protest with intervention": "Manifestation dispersée par les forces de l'ordre",
    "Excessive force against protesters": "Usage excessif de la force contre des manifestants",
    "Peaceful protest": "Manifestation pacifique",
    "Violent demonstration": "Manifestation violente",
    "Mob violence": "Violence collective",
    "Attack": "Violence contre des civils",
    "Abduction/forced disappearance": "Enlèvement ou disparition forcée",
    "Sexual violence": "Violence sexuelle",
    "Disrupted weapons use": "Armes interceptées ou neutralisées",
    "Non-violent transfer of territory": "Changement de contrôle sans combat",
    "Arrests": "Arrestations",
    "Agreement": "Accord",
    "Headquarters or base established": "Installation d'une base ou d'un quartier général",
    "Looting/property destruction": "Pillage ou destruction de biens",
    "Other": "Développement stratégique",
}
_TYPES_FR = {
    "Battles": "Combats",
    "Explosions/Remote violence": "Explosions et violences à distance",
    "Violence against civilians": "Violence contre des civils",
    "Protests": "Manifestation",
    "Riots": "Émeute",
    "Strategic developments": "Développement stratégique",
}
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre")  # fmt: skip


def summarise_fr(event: Event, claims: list[Claim]) -> str:
    """The same one-line summary in French."""
    what = _PHRASES_FR.get(event.sub_event_type or "", _TYPES_FR.get(event.event_type, event.event_type))
    parts = [f"{what} {_where_fr(event)}{_when_fr(event)}"]
    actors = [a.name for a in event.actors if a.role in ("actor1", "actor2")]
    if actors:
        parts.append("impliquant " + " et ".join(actors))
    tolls = []
    if event.fatalities is not None:
        tolls.append(f"{event.fatalities} mort{'s' if event.fatalities != 1 else ''}")
    if event.injuries is not None:
        tolls.append(f"{event.injuries} blessé{'s' if event.injuries != 1 else ''}")
    if tolls:
        parts.append(", ".join(tolls))
    sentence = " ; ".join(parts)
    about = [c for c in claims if c.claim_id in event.claim_ids]
    spans = about if event.contested else ([c for c in about if _in_evidence(c, event)] or about[:2])
    asserting = _names((c for c in spans if c.stance != "deny"), NEUTRAL_SOURCE_FR)
    denying = _names((c for c in spans if c.stance == "deny"), NEUTRAL_SOURCE_FR)
    if spans and asserting:
        sentence = f"Selon {' et '.join(asserting)}, {sentence[0].lower()}{sentence[1:]}"
    if spans and denying and (event.contested or not asserting):
        sentence += f" ; contesté par {' et '.join(denying)}"
    return sentence + "."


def _where_fr(event: Event) -> str:
    location = event.location
    if location is None:
        return "en un lieu inconnu"
    if location.geo_precision == "region":
        return f"dans la région : {location.name}"
    place = location.name + (f" ({location.admin1})" if location.admin1 and location.admin1 != location.name else "")
    return ("près de " if location.geo_precision == "near" else "à ") + place


def _when_fr(event: Event) -> str:
    if not event.date:
        return " (date non précisée)"
    start = date.fromisoformat(event.date)
    month = _MONTHS_FR[start.month - 1]
    if event.time_precision == "month":
        return f" en {month} {start.year}"
    if event.time_precision == "week":
        return f" dans la semaine du {start.day} {month} {start.year}"
    if event.date_end and event.date_end != event.date:
        end = date.fromisoformat(event.date_end)
        return f" du {start.day} au {end.day} {_MONTHS_FR[end.month - 1]} {end.year}"
    return f" le {start.day} {month} {start.year}"
