"""Events of a report that names no event at a town or region: its first country-wide act or stated toll.

A wire line or a short report ("Four soldiers killed in east Ukraine" above a line naming the village) still
reports its event; :func:`single_report_event` places it at the finest place the report names, or nowhere.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from kronika.data import word_patterns
from kronika.model import Document, Event, Location, Place
from kronika.stages.event_build import add_evidence, clauses, make_event
from kronika.stages.event_context import (
    announced_for_later,
    background,
    beside_the_act,
    dated_recollection,
    kicker,
)
from kronika.stages.event_dates import event_window
from kronika.stages.event_merge import headline_toll
from kronika.stages.event_typing import (
    Clause,
    Cue,
    best_cue,
    cue_lexicon,
    cue_strength,
    definite_act,
    is_non_event,
    natural_death,
)
from kronika.stages.event_typing_model import unnamed_act
from kronika.tolls import casualties

_EVENT_ROLES = ("location", "near")
PRECISION_RANK = {"point": 0, "near": 1, "region": 2, "country": 3}


def as_near(place: Place) -> Place:
    """An event "near X" is located at X with precision ``near``."""
    return dataclasses.replace(place, precision="near", role="location")


def single_report_event(
    doc: Document, merged: list[Event], citing: set[int], anchor: tuple[date, str] | None
) -> list[Event]:
    """A report that names no event at a town or region still reports one ("Four soldiers killed in east Ukraine"
    above a line naming the village): its first country-wide event, else its first stated toll, placed at the
    finest place the report names, dated by the text or the report's date. Without such a place, only a stated
    toll makes it an event (at the country, or nowhere when the report names no place).
    """
    event = merged[0] if merged else _toll_event(doc, citing, anchor)
    if event is not None and not merged:
        _tolls_told_next(doc, event)
    if event is None:
        placeless = _placeless_act(doc, anchor)
        if placeless is not None:
            return [placeless]
        event = _structural_act(doc, anchor)
        if event is None:
            return []
    finer = [p for p in doc.places if p.role in _EVENT_ROLES and p.lat is not None and p.precision != "country"]
    finer = [p for p in finer if not beside_the_act(doc.text, p)]  # "Les blessés ont été évacués vers Ouagadougou"
    if not finer:  # "des drones ont attaqué la Russie": too vague; "4 civilians killed in Ukraine" is still a report
        if merged and not (event.fatalities or event.injuries):  # "Girl among six killed. Fighting rages in east"
            event = _toll_event(doc, citing, anchor) or event
        if event.sub_event_type == "Agreement" and event.location is not None:
            return [event]  # an agreement or a prisoner exchange between states is told at the country
        if event.fatalities or (event.location is not None and event.injuries) or _tells_of_deaths(event):
            return [event]
        return [event] if _headline_report(doc, event) else []
    place = min(finer, key=lambda p: (PRECISION_RANK[p.precision], p.start))
    place = as_near(place) if place.role == "near" else place
    lat, lon = place.lat or 0.0, place.lon or 0.0
    name = place.name or place.surface
    event.location = Location(name, lat, lon, place.country, place.admin1, place.precision)
    headline_toll(doc, [event])
    return [event]


def _placeless_act(doc: Document, anchor: tuple[date, str] | None, most_sentences: int = 4) -> Event | None:
    """A short report (a wire line, an analyst's note) whose first sentence tells of a definite act still reports it
    when its place is not in the gazetteer ("militiamen abducted two women in <village>"): an event located nowhere
    rather than none; a weapon or topic only named ("drones have become the defining weapon") is no act.
    """
    if not doc.sentences or len(doc.sentences) > most_sentences:
        return None
    for clause in clauses(doc, doc.sentences[0], 0):
        cue = definite_act(clause.text)
        if cue is None or announced_for_later(clause.text):  # "a rally is planned for Saturday": not yet
            continue
        if not is_non_event(clause.text) and not background(doc, clause):
            nowhere = Place(surface="", start=clause.start, end=clause.start, precision="country")
            event = make_event(doc, clause, cue, nowhere, event_window(doc, clause, anchor))
            event.location = None
            return event
    return None


def _headline_report(doc: Document, event: Event, most_sentences: int = 4, most_words: int = 30) -> bool:
    """A report that is only headlines or a wire line ("Fighting rages at airport") is about the act its first line
    names, even told at the country; an article that names no place for an attack is only mentioning it. The act
    must be a definite one (not a generic "attack", which in a headline is as often a threat or an accusation).
    """
    lengths = [len(doc.text[s.start : s.end].split()) for s in doc.sentences]
    if len(lengths) > most_sentences or max(lengths, default=0) > most_words:
        return False
    headline = doc.sentences[0].start == event.evidence[0].start if event.evidence else False
    return headline and cue_strength(event) > cue_lexicon()["generic_priority"]


def _tells_of_deaths(event: Event) -> bool:
    """The report's own words tell of deaths ("Deadly fighting rages", "Death toll mounts"), without a figure."""
    deadly = cue_lexicon()["modifiers"]["deadly"]
    return any(deadly.search(evidence.text) for evidence in event.evidence)


def _tolls_told_next(doc: Document, event: Event, reach: int = 2) -> None:
    """ "L'attaque … a fait plus de 70 morts, selon une source. Le document fait état de 77 morts et 255 blessés.":
    a sentence right after the report's toll, in its paragraph, that tells a toll and no act of its own tells the
    same act's (a missing figure is taken; a rough one gives way to it later, see ``sharpen_approximate``)."""
    start = event.evidence[0].start if event.evidence else -1
    first = next((i for i, s in enumerate(doc.sentences) if s.start == start), None)
    if first is None:
        return
    for index in range(first + 1, min(first + 1 + reach, len(doc.sentences))):
        sentence = doc.sentences[index]
        if sentence.paragraph != doc.sentences[first].paragraph:
            return
        text = doc.sentence_text(sentence)
        fatalities, injuries = casualties(text)
        whole = Clause(sentence.start, sentence.end, text, sentence, index)
        if (fatalities, injuries) == (None, None) or best_cue(text) is not None or background(doc, whole):
            continue
        add_evidence(doc, event, sentence)
        event.fatalities = fatalities if event.fatalities is None else event.fatalities
        event.injuries = injuries if event.injuries is None else event.injuries


def _toll_event(doc: Document, citing: set[int], anchor: tuple[date, str] | None) -> Event | None:
    """The event of the report's first stated toll, else of its first clause that tells of deaths."""
    return _first_toll_event(doc, citing, anchor, stated=True) or _first_toll_event(doc, citing, anchor, stated=False)


def _first_toll_event(
    doc: Document, citing: set[int], anchor: tuple[date, str] | None, *, stated: bool
) -> Event | None:
    toll = cue_lexicon()["toll_cue"]
    deadly = cue_lexicon()["modifiers"]["deadly"]
    for index, sentence in enumerate(doc.sentences):
        if sentence.paragraph in citing or kicker(doc, sentence):
            continue
        for clause in clauses(doc, sentence, index):
            told = casualties(clause.text) != (None, None) if stated else bool(deadly.search(clause.text))
            if not told or is_non_event(clause.text) or background(doc, clause):
                continue
            if dated_recollection(doc, clause, doc.published.date):  # "En août 2024, l'attaque avait fait…"
                continue
            places = [p for p in doc.places if p.role in _EVENT_ROLES and p.lat is not None]
            places = [p for p in places if not beside_the_act(doc.text, p)]
            cue = _report_cue(doc, citing)
            if cue is None and natural_death(clause.text):
                continue  # the toll of an earthquake or an accident in a report that tells of no act
            if cue is None:
                civilian = cue_lexicon()["civilians"].search(clause.text) and not cue_lexicon()["combatants"].search(
                    clause.text
                )
                event_type, sub = toll["civilians"] if civilian else toll["default"]
                cue = Cue(event_type, sub, 0, word_patterns(["$^"]))
            if places:
                return make_event(doc, clause, cue, places[0], event_window(doc, clause, anchor))
            return _unplaced_event(doc, clause, cue, anchor)
    return None


def _report_cue(doc: Document, citing: set[int]) -> Cue | None:
    """The cue of the report's first sentence that has one ("shelled", then "One person was killed"): what the toll
    of a report without a located event died of. A change of control needs its place, so it does not count.
    """
    for sentence in doc.sentences:
        if sentence.paragraph in citing or kicker(doc, sentence):
            continue
        cue = best_cue(doc.text[sentence.start : sentence.end])
        if cue is not None and cue.sub != "territory":
            return cue
    first = doc.sentences[0] if doc.sentences else None
    if first is None or first.paragraph in citing:
        return None
    return unnamed_act(doc.text[first.start : first.end], doc.text[first.start : first.end])


def _structural_act(doc: Document, anchor: tuple[date, str] | None, most_sentences: int = 6) -> Event | None:
    """A short report (an analyst's note) whose first sentence tells an act no cue names ("Russian forces
    entered X", "residents burned the enlistment office") reports it: typed by the clause's structure
    (``event_typing_structure``), placed where the report's first place is."""
    if not doc.sentences or len(doc.sentences) > most_sentences:
        return None
    places = [p for p in doc.places if p.role in _EVENT_ROLES and p.lat is not None]
    first = doc.text[doc.sentences[0].start : doc.sentences[0].end]
    for clause in clauses(doc, doc.sentences[0], 0):
        cue = unnamed_act(clause.text, first, doc.text) if best_cue(clause.text) is None else None
        if cue is None or announced_for_later(clause.text) or is_non_event(clause.text) or background(doc, clause):
            continue
        nowhere = Place(surface="", start=clause.start, end=clause.start, precision="country")
        event = make_event(doc, clause, cue, places[0] if places else nowhere, event_window(doc, clause, anchor))
        if not places:
            event.location = None
        return event
    return None


def _unplaced_event(doc: Document, clause: Clause, cue: Cue, anchor: tuple[date, str] | None) -> Event | None:
    """A report of deaths that names no place ("Three soldiers killed in separatist east") is still an event,
    located nowhere rather than at a guessed place; an injury count alone is enough only in a headline report of a
    definite act ("Serviceman wounded in shelling by government troops"), not in an article's passing mention.
    """
    nowhere = Place(surface="", start=clause.start, end=clause.start, precision="country")
    event = make_event(doc, clause, cue, nowhere, event_window(doc, clause, anchor))
    event.location = None
    if event.fatalities or _tells_of_deaths(event) or (event.injuries and _headline_report(doc, event)):
        return event
    return None
