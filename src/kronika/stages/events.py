"""Events stage: ACLED-typed events per clause and located place, with date, actors, casualties.

A sentence is split into clauses; a clause with an event cue (``data/events.json``)
that is not future, habitual or denied yields one event per place it locates
(a region or country that merely contains another place of the clause is
context, not a second event). A clause with no place of its own takes the
place of an anaphor ("la ville", "there") from the sentences just before, or
adds its evidence to the event just reported. Dates come from the clause, the
sentence, the paragraph, then the article's reference date.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from kronika.gazetteer.build import distance_km
from kronika.model import Document, Event, Location, Place
from kronika.pipeline import stage
from kronika.stages.dates import anchor_date
from kronika.stages.event_build import add_evidence, clauses, make_event
from kronika.stages.event_context import (
    act_anaphor,
    announced_for_later,
    another_act_elsewhere,
    background,
    consequence_of,
    dated_recollection,
    kicker,
    names_the_act_told,
    outside_descriptions,
    people_freed,
    recalled_act,
    round_up_opener,
    tells_damage_or_toll,
    toll_told_at,
)
from kronika.stages.event_dates import act_day_retold, event_window, later_entry, paragraph_of
from kronika.stages.event_merge import in_page_head, merge_within_document
from kronika.stages.event_places import clause_places, inherited_places
from kronika.stages.event_single import PRECISION_RANK, single_report_event
from kronika.stages.event_tolls import (
    add_or_keep,
    district_toll_adds,
    no_act_toll,
    share_undivided,
    sharpen_approximate,
    site_parts_dropped,
    tells_total,
    tolls_between_places,
)
from kronika.stages.event_typing import (
    Clause,
    Cue,
    best_cue,
    cue_lexicon,
    cue_strength,
    is_non_event,
    protest_over_topic,
    refine_subtype,
)
from kronika.stages.language import paragraph_spans
from kronika.tolls import casualties, is_update, updated

__all__ = ["best_cue", "casualties", "detect_events", "is_non_event"]

_NOT_REPORTING = ("opinion", "ai_generated")
_ANNOUNCED = ("Protests", "Riots", "Strategic developments")  # what is announced for later: rallies, talks, swaps
# "à Kherson", "in the village of Antonivka": a place told as where something happened
_LOCATIVE = re.compile(r"(?i)(?<!\w)(?:à|au|en|dans|près\s+de|in|at|near|outside)\s+(?:[\w'’-]+\s+){0,3}$")


@stage(
    "events",
    requires=["doc.text", "doc.sentences", "doc.places", "doc.dates", "doc.entities", "doc.published"],
    assigns=["doc.events"],
)
def detect_events(doc: Document) -> Document:
    """Detect, type, locate and date the events the document reports."""
    anchor = anchor_date(doc)
    citing = _citation_paragraphs(doc)
    doc.events = []
    if doc.title and doc.text.startswith(doc.title):  # the headline restates the lead; it would date the event
        doc.events = _reported_events(doc, citing | {0}, anchor)  # to the publication day
    if not doc.events:  # a headline alone (or a headline and a place line) still reports its event
        doc.events = _reported_events(doc, citing, anchor)
    sharpen_approximate(doc.events)  # "des dizaines de blessés", then "61 personnes ont été blessées"
    for event in doc.events:
        if event.sub_event_type in cue_lexicon()["untolled"]:  # an exchange of 6,000 bodies is no one's toll
            event.fatalities = event.injuries = None
    if any(flag in doc.flags for flag in _NOT_REPORTING):
        for event in doc.events:  # an opinion piece or generated text only adds evidence to events reported elsewhere
            event.supporting_only = True
    return doc


def _reported_events(doc: Document, citing: set[int], anchor: tuple[date, str] | None) -> list[Event]:
    events: list[Event] = []
    for index, sentence in enumerate(doc.sentences):
        if sentence.paragraph in citing or kicker(doc, sentence):
            continue
        for clause in clauses(doc, sentence, index):
            events.extend(_clause_events(doc, clause, events, anchor))
    merged = merge_within_document(doc, events)
    located = [e for e in merged if _located_enough(e)]
    if not any(e.sub_event_type == "Agreement" for e in located):  # a swap between states: once, at a state
        located.extend([e for e in merged if _between_states(e) and not _located_enough(e)][:1])
    if not located and len(citing) < len(paragraph_spans(doc.text)):
        located = single_report_event(doc, merged, citing, anchor)
    return located


def _citation_paragraphs(doc: Document) -> set[int]:
    """Paragraphs that cite other articles (a "Sources :" list, «Headline», Outlet, date) report nothing new."""
    citing: set[int] = set()
    in_list = False
    for paragraph, (start, end) in enumerate(paragraph_spans(doc.text)):
        text = doc.text[start:end]
        heading = re.fullmatch(
            r"(?i)\s*(?:sources?(?:\s+\w+)?|r[ée]f[ée]rences?|related(?:\s+articles?)?|lire\s+aussi)\s*:?\s*", text
        )
        if heading:
            in_list = True
            citing.add(paragraph)
            continue
        if in_list and (len(text.split()) > 40 or (text.rstrip().endswith(".") and len(text.split()) > 25)):
            in_list = False
        if in_list or any(pattern.search(text) for pattern in cue_lexicon()["citations"]):
            citing.add(paragraph)
    return citing


def _clause_events(
    doc: Document, clause: Clause, previous: list[Event], anchor: tuple[date, str] | None
) -> list[Event]:
    if _unopposed_transfer(doc, clause, previous) or background(doc, clause):
        return []  # "depuis le début de l'invasion, 591 civils ont été tués": a running total, not a report
    cue = protest_over_topic(clause.text, best_cue(clause.text))
    if cue is not None and cue.sub == "territory" and (released := people_freed(clause.text, cue.pattern)):
        cue = best_cue(released)  # "Parmi les Ukrainiens libérés figurent...": a release, not a retaking
    if cue is not None and recalled_act(clause.text, cue):
        return []  # "des soldats capturés lors de l'incursion": the act recalls when they were taken
    if cue is None and clause.index and act_anaphor(clause.text):  # "La dernière en date a visé la raffinerie"
        cue = best_cue(doc.sentence_text(doc.sentences[clause.index - 1]))
    if cue is None and (next_act := _next_act_of_round_up(doc, clause, previous, anchor)):
        return next_act
    recollection = bool(previous) and dated_recollection(doc, clause, previous[-1].date or doc.published.date)
    if cue is None:
        if recollection:
            return []
        _refine_previous_protest(doc, clause, previous)
        _locate_at_town(doc, clause, previous)
        _add_casualties_to_previous(doc, clause, previous)
        return []
    if is_non_event(outside_descriptions(clause.text)):  # "Lviv, ville habituellement épargnée": the place's
        return []  # description is not the clause's action
    if cue.event_type in _ANNOUNCED and announced_for_later(clause.text):  # "un rassemblement prévu samedi"
        return []
    if cue.priority <= cue_lexicon()["generic_priority"] and cue_lexicon()["modifiers"]["accusation"].search(
        clause.text
    ):
        return []  # "accused Ukraine of a terrorist attack": an accusation that names no act is not a report
    if previous and _refers_back(cue, previous[-1]):
        cue = dataclasses.replace(cue, event_type=previous[-1].event_type, sub=previous[-1].sub_event_type or cue.sub)
    if previous and _continues_previous(doc, clause, previous[-1]):
        last = previous[-1]
        _attach_to_previous(doc, clause, dataclasses.replace(cue, event_type=last.event_type), previous)
        return []
    places = clause_places(doc, clause)
    if not places and previous and consequence_of(cue.event_type, clause.text, previous[-1].event_type):
        return []  # "Une centaine de patients ont été évacués vers d'autres hôpitaux": the strike's consequence
    if not places:
        places = inherited_places(doc, clause) or _states_agreeing(doc, clause, cue)
    if cue.sub == "Agreement" and all(p.precision == "country" for p in places):
        places = places[:1]  # "Ukraine and Russia exchanged prisoners": one exchange, told at the first state
    if not places and recollection:
        return []  # "En septembre 2023, une frappe … avait tué 17 personnes": an earlier act, not this one's toll
    if not places and another_act_elsewhere(doc, clause):
        return []  # "Le même soir, ... près de Marjayoun": another act at a place the gazetteer does not know
    if not places or (previous and _retells_previous(doc, clause, places, previous[-1])):
        _attach_to_previous(doc, clause, cue, previous)
        return []
    window = event_window(doc, clause, anchor)
    events = [make_event(doc, clause, cue, place, window) for place in places]
    _toll_of_earlier_clause(doc, clause, events)
    _toll_per_place(doc, clause, places, events)
    return events


def _next_act_of_round_up(
    doc: Document, clause: Clause, previous: list[Event], anchor: tuple[date, str] | None
) -> list[Event]:
    """A round-up of strikes goes on place by place ("À Lviv, un missile a endommagé une installation. À Loutsk, un
    immeuble a été touché : une personne a été tuée."): a clause opened at a place of its own ("À X,", "Dans la
    région de Y,"), none of the places just told, that tells damage or a toll, is the round-up's next strike there."""
    last = previous[-1] if previous else None
    if last is None or last.event_type != "Explosions/Remote violence" or not _recent(doc, last, clause):
        return []
    if not (tells_damage_or_toll(clause.text) or casualties(clause.text) != (None, None)):
        return []
    opening = doc.text[clause.sentence.start : clause.start]
    if opening.strip() or not round_up_opener().match(clause.text):
        return []  # only a sentence that opens at its place
    last_start = previous[-1].evidence[-1].start
    told = [e for e in previous if any(v.start == last_start for v in e.evidence)]
    places = [p for p in clause_places(doc, clause) if p.start - clause.start < 60]
    if not places or (not _elsewhere(doc, clause, told) and not _in_another_region(doc, clause, last)):
        return []
    cue = Cue(last.event_type, last.sub_event_type or "", 0, round_up_opener())
    window = event_window(doc, clause, anchor)
    return [make_event(doc, clause, cue, place, window) for place in places[:1]]


def _retells_previous(doc: Document, clause: Clause, places: list[Place], last: Event) -> bool:
    """ "Selon le GUR, l'explosion s'est produite sur une voie ferrée reliant la Crimée au front": the act just told
    at a town, named again with only coarser places (a region, a front), is that act, not another one."""
    if (
        last.location is None
        or last.location.geo_precision not in ("point", "near")
        or not names_the_act_told(clause.text)
    ):
        return False
    if not all(p.precision in ("region", "country") or p.feature == "other" for p in places):
        return False
    if _in_another_region(doc, clause, last):
        return False
    told = next((i for i, s in enumerate(doc.sentences) if s.start == last.evidence[-1].start), None)
    return told is not None and 0 < clause.index - told <= 2


def _toll_per_place(doc: Document, clause: Clause, places: list[Place], events: list[Event]) -> None:
    """ "A woman was killed in Antonivka, and a man died in Bilozerka": each place its own toll, when every place
    has one (told before it, or after it: "À Kryvyï Rih, deux morts ; à Kharkiv, cinq blessés")."""
    if len(events) < 2 or len(places) != len(events):
        return
    ends = [clause.start, *(p.end for p in places[:-1])]
    before = [casualties(doc.text[start : p.end]) for start, p in zip(ends, places, strict=True)]
    starts = [*(p.start for p in places[1:]), clause.end]
    after = [casualties(doc.text[p.start : end]) for p, end in zip(places, starts, strict=True)]
    between = tolls_between_places(doc.text, clause.start, clause.end, [(p.start, p.end) for p in places])
    for tolls in (before, after, between or []):
        if tolls and all(toll != (None, None) for toll in tolls):
            for event, (fatalities, injuries) in zip(events, tolls, strict=True):
                event.fatalities, event.injuries = fatalities, injuries
            return
    told_at = [
        toll != (None, None) and toll_told_at(doc.text[start : p.start])
        for start, p, toll in zip(ends, places, before, strict=True)
    ]
    if any(told_at):  # "Kharkiv privée de courant, un mort à Zaporijjia": the toll told at one place is its own
        for event, toll, own in zip(events, before, told_at, strict=True):
            event.fatalities, event.injuries = toll if own else (None, None)
        return
    share_undivided(events, (events[0].fatalities, events[0].injuries), in_page_head(doc, clause.start))


def _toll_of_earlier_clause(doc: Document, clause: Clause, events: list[Event]) -> None:
    """ "Deux personnes ont été blessées à Zaporijjia, où un missile a frappé un entrepôt": the toll told before the
    act, in a clause of the same sentence with no event cue of its own, is the act's toll."""
    if any(e.fatalities is not None or e.injuries is not None for e in events):
        return
    for earlier in clauses(doc, clause.sentence, clause.index):
        if earlier.start >= clause.start or best_cue(earlier.text) is not None:
            continue
        fatalities, injuries = casualties(earlier.text)
        if fatalities is not None or injuries is not None:
            for event in events:
                event.fatalities, event.injuries = fatalities, injuries
            return


def _continues_previous(doc: Document, clause: Clause, last: Event) -> bool:
    """ "As a result of the shelling, one person was killed in the X district": a clause opened by a reference to the
    act just told (in its sentence or the next) tells more of that act, even where it names a finer place."""
    if not cue_lexicon()["modifiers"]["continues_previous"].search(clause.text):
        return False
    if _in_another_region(doc, clause, last):  # "Dans la région de Dnipropetrovsk, un mort lors de l'attaque"
        return False
    told = next((i for i, s in enumerate(doc.sentences) if s.start == last.evidence[-1].start), None)
    return told is not None and 0 <= clause.index - told <= 1


def _refers_back(cue: Cue, last: Event) -> bool:
    """A generic cue names the event just told: "l'attaque" any event, "the explosion" a remote one."""
    if cue.priority > cue_lexicon()["generic_priority"]:
        return False
    return cue.event_type == "Battles" or cue.event_type == last.event_type


def _attach_to_previous(doc: Document, clause: Clause, cue: Cue, previous: list[Event]) -> None:
    """A placeless clause right after an event of the same type adds to it (intervention, casualties).

    "As a result of the shelling, one soldier was killed" after a clash still gives that report its toll.
    """
    if not previous:
        return
    last = previous[-1]
    if last.event_type == "Protests":  # "la police est intervenue et a interpellé cinq personnes", "Soldiers fired
        _refine_previous_protest(doc, clause, previous)  # shots in the air" after a protest: its intervention
    if cue.event_type == "Riots" and last.event_type == "Protests" and _recent(doc, last, clause):
        last.event_type, last.sub_event_type = "Riots", "Violent demonstration"  # "Rioters attacked a vehicle"
        add_evidence(doc, last, clause.sentence)  # the protest turned violent
        return
    if _returns_fire(cue, last) and _recent(doc, last, clause, 0):
        for event in previous:  # "Russian forces shelled X. Ukrainian forces responded with fire.": a battle (ACLED)
            if event.evidence[-1].start == last.evidence[-1].start:
                event.event_type, event.sub_event_type = cue.event_type, cue.sub
    if not _recent(doc, last, clause) or cue.event_type != last.event_type:
        _add_casualties_to_previous(doc, clause, previous)
        return
    told = [e for e in previous if e.evidence[-1].start == last.evidence[-1].start]
    fatalities, injuries = site_parts_dropped(clause.text, told, casualties(clause.text))
    total = tells_total(clause.text)
    if no_act_toll(clause.text, [e for e in previous if _recent(doc, e, clause, 3)]):
        fatalities = injuries = None  # the round-up's sum, no act's toll
    update = total or is_update(clause.text) or later_entry(doc, clause.sentence.paragraph, last.evidence[-1].start)
    for event in previous:
        if event.evidence[-1].start != last.evidence[-1].start:
            continue
        if (
            event.event_type != "Battles"
            and 0 < cue_strength(event) <= cue_lexicon()["generic_priority"] < cue.priority
        ):
            event.sub_event_type = cue.sub  # "the explosion ..." then "the truck bomb": now we know the weapon
        add_evidence(doc, event, clause.sentence)
        act_day_retold(doc, clause, event)  # "…, ont annoncé samedi" then "La frappe a touché vendredi matin"
        refine_subtype(event, clause.text)
        adds = not update and district_toll_adds(doc, clause, event)  # victims in another district of the town
        event.fatalities = add_or_keep(event.fatalities, fatalities, update, adds, updated)
        event.injuries = add_or_keep(event.injuries, injuries, update, adds, updated)


def _returns_fire(cue: Cue, last: Event) -> bool:
    """A two-sided-fire cue ("responded with fire", "fought back") after a one-sided attack."""
    two_sided = cue.event_type == "Battles" and cue.sub == "Armed clash"
    return (
        two_sided
        and cue.priority >= cue_lexicon()["two_sided_priority"]
        and last.event_type == "Explosions/Remote violence"
    )


def _recent(doc: Document, event: Event, clause: Clause, paragraphs: int = 2) -> bool:
    """The event was last reported at most ``paragraphs`` paragraphs before the clause."""
    return clause.sentence.paragraph - paragraph_of(doc, event.evidence[-1].start) <= paragraphs


def _add_casualties_to_previous(doc: Document, clause: Clause, previous: list[Event], reach: int = 6) -> None:
    """ "Deux civils ont été tués." after a strike, in its paragraph or the next, reports that strike's toll.

    The toll goes to every event of the last reporting sentence ("shelled X, Y": one report) that has none yet.
    """
    if not previous:
        return
    last_start = previous[-1].evidence[-1].start
    last_sentence = next((s for s in doc.sentences if s.start == last_start), None)
    if last_sentence is None or not 0 <= clause.sentence.paragraph - last_sentence.paragraph <= 1:
        return
    if clause.index - doc.sentences.index(last_sentence) > reach:
        return
    told = [e for e in previous if any(v.start == last_start for v in e.evidence)]
    fatalities, injuries = site_parts_dropped(clause.text, told, casualties(clause.text))  # "tués à l'hôpital"
    if fatalities is None and injuries is None:
        return
    if _elsewhere(doc, clause, [e for e in previous if any(v.start == last_start for v in e.evidence)]):
        return  # "Un mort à Kherson" after a capture near Koupiansk: the toll of another place
    if all(_in_another_region(doc, clause, e) for e in told):
        return  # "Un mort et trois blessés dans la région de Belgorod" after acts told at Odessa: another region's
    total = tells_total(clause.text)
    if no_act_toll(clause.text, [e for e in previous if _recent(doc, e, clause, 3)]):
        return  # "Au total, sept morts" after acts at Odessa, Soumy and Kharkiv: the round-up's sum, no act's toll
    update = total or is_update(clause.text) or later_entry(doc, clause.sentence.paragraph, last_start)  # "Le
    # bilan s'est ensuite alourdi à huit morts", a live blog's later entry: the new toll replaces it
    for event in previous:
        if not any(e.start == last_start for e in event.evidence):
            continue
        adds = not update and district_toll_adds(doc, clause, event)  # victims in another district of the town
        event.fatalities = add_or_keep(event.fatalities, fatalities, update, adds)
        event.injuries = add_or_keep(event.injuries, injuries, update, adds)
        add_evidence(doc, event, clause.sentence)


def _locate_at_town(doc: Document, clause: Clause, previous: list[Event], reach: int = 2) -> None:
    """ "Des drones ont visé la région de Kiev. À Vychhorod, des débris ont blessé deux habitants.": an attack told
    of a region is located at the town of that region where the next sentences tell its damage or toll."""
    if not previous or not (tells_damage_or_toll(clause.text) or casualties(clause.text) != (None, None)):
        return
    last = previous[-1]
    told = next((i for i, s in enumerate(doc.sentences) if s.start == last.evidence[-1].start), None)
    if told is None or not 0 <= clause.index - told <= reach or not _recent(doc, last, clause, 1):
        return
    if clause.index == told and clause.start == clause.sentence.start:
        return  # the clause that told the attack itself ("Mercredi, des drones ont visé la région ; à Izmaïl, ...")
    for event in previous:
        region = event.location
        if event.evidence[-1].start != last.evidence[-1].start or region is None or region.geo_precision != "region":
            continue
        towns = [
            p for p in clause_places(doc, clause) if p.precision in ("point", "near") and p.admin1 == region.admin1
        ]
        if towns:
            town = towns[0]
            event.location = Location(
                town.name or town.surface, town.lat or 0.0, town.lon or 0.0, town.country, town.admin1, town.precision
            )


def _elsewhere(doc: Document, clause: Clause, told: list[Event], km: float = 15.0) -> bool:
    """The clause names a town of its own, none of them where the events just told took place."""
    places = [p for p in clause_places(doc, clause) if p.precision in ("point", "near") and p.lat is not None]
    towns = [p for p in places if _LOCATIVE.search(doc.text[max(0, p.start - 40) : p.start])]
    if not towns:  # "according to the Luhansk military administration" names no place of its own
        return False
    for event in told:
        where = event.location
        for town in towns:
            if where is None or where.name == (town.name or town.surface):
                return False
            if distance_km(where.lat, where.lon, town.lat or 0.0, town.lon or 0.0) <= km:
                return False
            if where.geo_precision == "region" and where.admin1 == town.admin1:
                return False
    return True


def _in_another_region(doc: Document, clause: Clause, last: Event) -> bool:
    """The clause is told in a region of its own ("Dans la région de Dnipropetrovsk, ..."), not the one of the act
    just told (at Kharkiv): a round-up's next act, not more of the last one."""
    where = last.location
    regions = [
        p
        for p in clause_places(doc, clause)
        if p.precision == "region" and _LOCATIVE.search(doc.text[max(0, p.start - 40) : p.start])
    ]
    return where is not None and any(r.admin1 and r.admin1 != where.admin1 for r in regions)


def _unopposed_transfer(doc: Document, clause: Clause, previous: list[Event]) -> bool:
    """ "There was no fighting." right after a change of control makes it a non-violent transfer (ACLED)."""
    if not previous or not cue_lexicon()["modifiers"]["no_fighting"].search(clause.text):
        return False
    last = previous[-1]
    if last.event_type != "Battles" or last.sub_event_type == "Armed clash" or not _recent(doc, last, clause, 0):
        return False
    for event in previous:
        if event.evidence[-1].start == last.evidence[-1].start:
            event.event_type, event.sub_event_type = "Strategic developments", "Non-violent transfer of territory"
    add_evidence(doc, last, clause.sentence)
    return True


def _refine_previous_protest(doc: Document, clause: Clause, previous: list[Event]) -> None:
    """ "Police fired tear gas to disperse the crowd" right after a protest is that protest's intervention;
    "They threw stones at the police" makes it a violent demonstration."""
    if not previous or previous[-1].event_type != "Protests":
        return
    modifiers = cue_lexicon()["modifiers"]
    told = (modifiers["protest_intervention"], modifiers["riot_acts"], cue_lexicon()["protest_force"])
    if not any(pattern.search(clause.text) for pattern in told):
        return
    if _recent(doc, previous[-1], clause):
        add_evidence(doc, previous[-1], clause.sentence)
        refine_subtype(previous[-1], clause.text)


def _states_agreeing(doc: Document, clause: Clause, cue: Cue) -> list[Place]:
    """An agreement or a prisoner exchange between states ("Ukraine and Russia exchanged 246 prisoners of war")
    names no town: it is told at the first state the clause names."""
    if cue.sub != "Agreement":
        return []
    states = [p for p in doc.places if clause.start <= p.start < clause.end and p.feature == "country" and p.lat]
    return [dataclasses.replace(states[0], role="location", precision="country")] if states else []


def _between_states(event: Event) -> bool:
    return event.sub_event_type == "Agreement" and event.location is not None


def _located_enough(event: Event, threshold: str = "region") -> bool:
    if event.location is None:
        return False
    return PRECISION_RANK[event.location.geo_precision] <= PRECISION_RANK[threshold]
