"""Where a clause's act happened: the places the clause itself locates (not a speaker's, a source's, a container's
or a description's), or the place an anaphor or the sentence before hands down."""

from __future__ import annotations

import re

from kronika.gazetteer.build import distance_km
from kronika.model import Document, Place, Sentence
from kronika.stages.event_context import (
    attacked_place,
    beside_the_act,
    city_part,
    district_of_town_told,
    encloses,
    in_description,
    kicker,
    names_a_person,
    names_the_source,
)
from kronika.stages.event_single import as_near
from kronika.stages.event_typing import Clause, cue_lexicon

_EVENT_ROLES = ("location", "near")
# ACLED's own coding note, "[coded to Bilozerka]", "(coded to X and Y respectively)"
_CODED_TO = re.compile(r"\bcoded\s+(?:to|at)\s+[^\])\n;]*", re.IGNORECASE)
_NOTE_ONLY = re.compile(r"[^\[(]{0,40}[\[(]\s*coded\s+(?:to|at)\b", re.IGNORECASE)  # "Casualties unknown. [coded to X]"


def clause_places(doc: Document, clause: Clause) -> list[Place]:
    coded = _coded_places(doc, clause)
    if coded:
        return coded
    inside = [p for p in doc.places if clause.start <= p.start < clause.end and p.lat]
    inside = [attacked_place(doc.text, p) for p in inside]  # "drones hit Kyiv": the place, not the government
    inside = [p for p in inside if _usable(p)]
    inside = [p for p in inside if not names_a_person(doc.text, p) and not beside_the_act(doc.text, p)]
    origin = cue_lexicon()["modifiers"]["launch_origin"]
    inside = [p for p in inside if not origin.search(doc.text[clause.start : p.start])]  # "launched from X": not X
    if any(p.role == "reference" for p in inside) and _sentence_has_point(doc, clause.sentence):
        # "Synkivka, situé à dix kilomètres de Koupiansk": the anchor only places a village the sentence names
        inside = [p for p in inside if p.role != "reference"]
    if any(p.role == "location" and p.precision in ("point", "near") for p in inside):
        inside = [p for p in inside if p.role == "location"]  # "X, near Y": the event is at X
    source = [p for p in inside if names_the_source(doc.text[clause.start : p.start])]
    if any(p.precision in ("point", "near") for p in inside if p not in source):
        inside = [p for p in inside if p not in source]  # "à Nikopol, selon le chef de l'administration de X": Nikopol
    described = [p for p in inside if in_description(clause, p)]
    if any(p.precision in ("point", "near") for p in inside if p not in described):
        inside = [p for p in inside if p not in described]  # "À Myrnohrad, ville voisine de Pokrovsk": Myrnohrad
    inside = [district_of_town_told(doc, clause, p) for p in inside]
    inside = _one_place_per_town(doc, inside)
    return _without_containers([as_near(p) if p.role in ("near", "reference") else p for p in inside])


def _coded_places(doc: Document, clause: Clause) -> list[Place]:
    """The places a coding note names ("Kryvorizkyi district, Dnipropetrovsk [coded to Kryvyi Rih]") for the clauses of
    its sentence, or of every sentence before it when the note stands alone after them (or after a short remark:
    "Casualties unknown. [coded to Kyiv]"): the note says where the act is placed, over the area the clause names."""
    text = doc.text or ""
    for sentence in doc.sentences:
        own = sentence.start == clause.sentence.start
        if not own and not (sentence.start > clause.start and _NOTE_ONLY.match(text, sentence.start, sentence.end)):
            continue
        for note in _CODED_TO.finditer(text, sentence.start, sentence.end):
            named = [p for p in doc.places if note.start() <= p.start < note.end() and p.lat and _usable(p)]
            if any(p.precision in ("point", "near") for p in named):  # a note whose town was not read adds nothing
                return [p for p in named if p.precision in ("point", "near")]
    return []


def _one_place_per_town(doc: Document, places: list[Place], km: float = 15.0) -> list[Place]:
    """Districts of a town told in one clause ("debris fell in the Solomianskyi and Sviatoshynskyi districts",
    "à Kharkiv, un drone a frappé le quartier de Saltivka") are one act at that town: its first place named."""
    parts = [p for p in places if p.precision == "point" and city_part(doc.text, p)]
    if not parts:
        return places
    points = [p for p in places if p.precision == "point"]
    near = [(p, q) for p in points for q in points if p is not q and (p in parts or q in parts) and _km(p, q) <= km]
    group = {id(p) for p, _ in near}
    first = min((p for p in places if id(p) in group), key=lambda p: p.start, default=None)
    return [p for p in places if id(p) not in group or p is first]


def _km(a: Place, b: Place) -> float:
    return distance_km(a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0)


def _sentence_has_point(doc: Document, sentence: Sentence) -> bool:
    return any(
        p.role == "location" and p.precision == "point" and p.lat and sentence.start <= p.start < sentence.end
        for p in doc.places
    )


def _usable(place: Place) -> bool:
    """Event roles, and a town as distance anchor ("30 km west of Izium": near Izium, as ACLED codes it)."""
    return place.role in _EVENT_ROLES or (place.role == "reference" and place.feature not in ("region", "country"))


def _without_containers(places: list[Place]) -> list[Place]:
    """Drop a region or country that only frames a finer place of the same clause."""
    finer = [p for p in places if p.precision in ("point", "near")]
    kept: list[Place] = []
    for place in places:
        if place.precision == "country" and any(p.precision != "country" for p in places):
            continue
        if place.precision == "region" and any(_contains(place, p) for p in finer):
            continue
        if any(k.name == place.name for k in kept):
            continue
        if place.feature != "site" and any(_site_at(p, place) for p in places):
            continue  # "l'usine Azot de Severodonetsk": the site locates the event more precisely than its town
        kept.append(place)
    return kept


def _site_at(site: Place, town: Place) -> bool:
    if site.feature != "site" or site.lat is None or town.lat is None or town.precision != "point":
        return False
    return distance_km(site.lat, site.lon or 0.0, town.lat, town.lon or 0.0) < 15


def _contains(region: Place, place: Place) -> bool:
    if (
        region.feature == "region"
        and region.admin1
        and (region.admin1 == place.admin1 or encloses(region.admin1, place.admin1))
    ):
        return True
    return region.country == place.country and region.admin1 is None and region.feature == "region"


def inherited_places(doc: Document, clause: Clause) -> list[Place]:
    """The nearest earlier place of the sentence, or of an anaphor's antecedent just before."""
    earlier = [as_near(p) if p.role in ("near", "reference") else p for p in doc.places if _usable(p) and p.lat]
    earlier = [p for p in earlier if p.end <= clause.start and not beside_the_act(doc.text, p)]  # "évacués vers X"
    in_sentence = _without_containers([p for p in earlier if p.start >= clause.sentence.start])
    if in_sentence:
        return [in_sentence[-1]]  # a clause after "X, Y, but…" takes X, not its region Y
    topic = [p for p in earlier if p.precision in ("point", "near") and kicker(doc, _sentence_at(doc, p.start))]
    if topic and _sentence_at(doc, topic[-1].start).paragraph == clause.sentence.paragraph:
        return [topic[-1]]  # "Avdiïvka sous le feu. Jeudi, les défenseurs ont repoussé ...": at Avdiïvka
    lexicon = cue_lexicon()
    wanted: tuple[str, ...]
    if lexicon["anaphora_point"].search(clause.text):
        wanted = ("point", "near")
    elif lexicon["anaphora_region"].search(clause.text):
        wanted = ("region",)
    elif lexicon["anaphora_any"].search(clause.text):
        wanted = ("point", "near", "region")
    else:
        return []
    window_start = doc.sentences[max(0, clause.index - 2)].start
    recent = [p for p in earlier if p.start >= window_start and p.precision in wanted]
    return [recent[-1]] if recent else []


def _sentence_at(doc: Document, offset: int) -> Sentence:
    return next(s for s in doc.sentences if s.start <= offset < s.end)
