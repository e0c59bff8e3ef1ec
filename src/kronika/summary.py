"""One-line summaries (English and French) generated from an event's structured fields.

Attributive whenever the event rests on claims: "According to X, …"; a
contested event names who disputes it. Nothing is added beyond the fields, and a
claim source carrying a loaded word is replaced by a neutral description.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kronika.attribution import UNATTRIBUTED
from kronika.data import load_json
from kronika.model import Claim, Event

_PHRASES_EN = {
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


@dataclass(frozen=True, slots=True)
class _Wording:
    phrases: dict[str, str]
    types: dict[str, str]
    months: tuple[str, ...]
    unknown_place: str
    region: str  # "{name}" for a region-level place
    near: str
    at: str
    no_date: str
    month: str  # "{month} {year}"
    week: str  # "{day} {month} {year}"
    span: str  # "{start} {end} {month} {year}"
    day: str
    involving: str
    joiner: str  # between names
    separator: str  # between parts of the sentence
    killed: tuple[str, str]  # singular, plural
    injured: tuple[str, str]
    according: str  # "{names}, {sentence}"
    reported: str
    disputed: str
    neutral_source: str


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")  # fmt: skip
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre")  # fmt: skip
ENGLISH = _Wording(
    _PHRASES_EN, {}, _MONTHS_EN, "at an unknown location", "in {name}", "near ", "in ", " (date not stated)",
    " in {month} {year}", " in the week of {day} {month} {year}", " on {start}–{end} {month} {year}",
    " on {day} {month} {year}", "involving ", " and ", "; ", ("killed", "killed"), ("injured", "injured"),
    "According to {names}, {sentence}", "Reported {sentence}", "; disputed by {names}", "a source quoted in the report",
)  # fmt: skip
FRENCH = _Wording(
    _PHRASES_FR, _TYPES_FR, _MONTHS_FR, "en un lieu inconnu", "dans la région : {name}", "près de ", "à ",
    " (date non précisée)", " en {month} {year}", " dans la semaine du {day} {month} {year}",
    " du {start} au {end} {month} {year}", " le {day} {month} {year}", "impliquant ", " et ", " ; ",
    ("mort", "morts"), ("blessé", "blessés"), "Selon {names}, {sentence}", "{sentence}", " ; contesté par {names}",
    "une source citée dans l'article",
)  # fmt: skip


def summarise(event: Event, claims: list[Claim], wording: _Wording = ENGLISH) -> str:
    what = wording.phrases.get(
        event.sub_event_type or "", event.sub_event_type or wording.types.get(event.event_type, event.event_type)
    )
    parts = [f"{what} {_where(event, wording)}{_when(event, wording)}"]
    actors = [a.name for a in event.actors if a.role in ("actor1", "actor2")]
    if actors:
        parts.append(wording.involving + wording.joiner.join(actors))
    tolls = [_count(n, forms) for n, forms in ((event.fatalities, wording.killed), (event.injuries, wording.injured))]
    if any(tolls):
        parts.append(", ".join(t for t in tolls if t))
    return _attribute(wording.separator.join(parts), event, claims, wording) + "."


def summarise_fr(event: Event, claims: list[Claim]) -> str:
    """The same one-line summary in French."""
    return summarise(event, claims, FRENCH)


def _count(number: int | None, forms: tuple[str, str]) -> str:
    return "" if number is None else f"{number} {forms[0] if number == 1 else forms[1]}"


def _where(event: Event, wording: _Wording) -> str:
    location = event.location
    if location is None:
        return wording.unknown_place
    if location.geo_precision == "region":
        return wording.region.format(name=location.name)
    place = location.name + (f" ({location.admin1})" if location.admin1 and location.admin1 != location.name else "")
    return (wording.near if location.geo_precision == "near" else wording.at) + place


def _when(event: Event, wording: _Wording) -> str:
    if not event.date:
        return wording.no_date
    start = date.fromisoformat(event.date)
    month = wording.months[start.month - 1]
    if event.time_precision == "month":
        return wording.month.format(month=month, year=start.year)
    if event.time_precision == "week":
        return wording.week.format(day=start.day, month=month, year=start.year)
    if event.date_end and event.date_end != event.date:
        end = date.fromisoformat(event.date_end)
        return wording.span.format(start=start.day, end=end.day, month=wording.months[end.month - 1], year=end.year)
    return wording.day.format(day=start.day, month=month, year=start.year)


def _attribute(sentence: str, event: Event, claims: list[Claim], wording: _Wording) -> str:
    about = claims_behind(event, claims)
    if not about:
        return sentence
    asserting = _names((c for c in about if c.stance != "deny"), wording.neutral_source)
    denying = _names((c for c in about if c.stance == "deny"), wording.neutral_source)
    lowered = sentence[0].lower() + sentence[1:]
    if asserting:
        sentence = wording.according.format(names=wording.joiner.join(asserting), sentence=lowered)
    else:
        sentence = wording.reported.format(sentence=lowered)
    if denying and (event.contested or not asserting):
        sentence += wording.disputed.format(names=wording.joiner.join(denying))
    return sentence


def claims_behind(event: Event, claims: list[Claim]) -> list[Claim]:
    """The claims a summary attributes: all of a contested event's, else those of its evidence sentences."""
    wanted = set(event.claim_ids)
    linked = [c for c in claims if c.claim_id in wanted]
    if event.contested:
        return linked
    spans = {(e.doc_id, e.start) for e in event.evidence}
    direct = [c for c in linked if any(doc == c.doc_id and start <= c.start for doc, start in spans)]
    return [c for c in linked if _in_evidence(c, event)] or direct[:2]


def _in_evidence(claim: Claim, event: Event) -> bool:
    return any(e.doc_id == claim.doc_id and e.start <= claim.start < e.end for e in event.evidence)


def _names(claims: Iterable[Claim], neutral: str) -> list[str]:
    names: list[str] = []
    for claim in claims:
        if claim.source == UNATTRIBUTED:
            continue  # said, but by nobody the text names: the summary says "reported"
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
