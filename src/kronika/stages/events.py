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
import functools
import hashlib
import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

from kronika.data import load_json
from kronika.gazetteer.build import distance_km
from kronika.model import Actor, DateMention, Document, Event, Evidence, Location, Place, Sentence
from kronika.pipeline import stage
from kronika.stages.dates import anchor_date
from kronika.stages.flags import verification_of
from kronika.stages.language import paragraph_spans
from kronika.tolls import casualties, conservative

_NOT_REPORTING = ("opinion", "ai_generated")
_EVENT_ROLES = ("location", "near")
_PRECISION_RANK = {"point": 0, "near": 1, "region": 2, "country": 3}
_LOSER_BEFORE = re.compile(
    r"\b(?:from|with|against|aux|des\s+mains\s+d[eu]s?|contre|avec)\s+(?:the\s+|les\s+|l['’]|des\s+|la\s+|le\s+)?$",
    re.IGNORECASE,
)
_FOCUS_COUNTRY_NAMES = {"UA": "Ukraine", "RU": "Russia", "BY": "Belarus", "MD": "Moldova", "GE": "Georgia"}


@dataclass(frozen=True, slots=True)
class _Cue:
    event_type: str
    sub: str
    priority: int
    pattern: re.Pattern[str]


@dataclass(slots=True)
class _Clause:
    start: int
    end: int
    text: str
    sentence: Sentence
    index: int  # sentence index


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)


@functools.cache
def _lexicon() -> dict[str, Any]:
    data = load_json("events.json")
    return {
        "cues": [_Cue(c["type"], c["sub"], c["priority"], _compile(c["patterns"])) for c in data["cues"]],
        "generic_priority": data["generic_priority"],
        "two_sided_priority": next(c["priority"] for c in data["cues"] if c.get("two_sided")),
        "untolled": frozenset(data["untolled_subtypes"]),
        "toll_cue": {k: (v["type"], v["sub"]) for k, v in data["toll_cue"].items()},
        "combatants": _compile(data["combatants"]),
        "modifiers": {k: _compile(v) for k, v in data["modifiers"].items()},
        "skip": {k: _compile(v) for k, v in data["skip"].items()},
        "actor_adjectives": {k: _compile(v) for k, v in data["actor_adjectives"].items()},
        "civilians": _compile(data["civilians"]),
        "generic_units": _compile(data["generic_units"]),
        "anaphora_point": _compile(data["anaphora_point"]),
        "anaphora_region": _compile(data["anaphora_region"]),
        "anaphora_any": _compile(data["anaphora_any"]),
        "citations": [re.compile(pattern, re.IGNORECASE | re.MULTILINE) for pattern in data["citations"]],
        "splits": re.compile("|".join(data["clause_splits"]), re.IGNORECASE),
        "protest_force": _compile(
            next(c["patterns"] for c in data["cues"] if c["sub"] == "Excessive force against protesters")
        ),
        "demonstration": _compile(next(c["patterns"] for c in data["cues"] if c["sub"] == "Peaceful protest")),
    }


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
    for event in doc.events:
        if event.sub_event_type in _lexicon()["untolled"]:  # an exchange of 6,000 bodies is no one's toll
            event.fatalities = event.injuries = None
    if any(flag in doc.flags for flag in _NOT_REPORTING):
        for event in doc.events:  # an opinion piece or generated text only adds evidence to events reported elsewhere
            event.supporting_only = True
    return doc


def _reported_events(doc: Document, citing: set[int], anchor: tuple[date, str] | None) -> list[Event]:
    events: list[Event] = []
    for index, sentence in enumerate(doc.sentences):
        if sentence.paragraph in citing:
            continue
        for clause in _clauses(doc, sentence, index):
            events.extend(_clause_events(doc, clause, events, anchor))
    merged = _merge_within_document(doc, events)
    located = [e for e in merged if _located_enough(e)]
    if not located and len(citing) < len(paragraph_spans(doc.text)):
        located = _single_report_event(doc, merged, citing, anchor)
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
        if in_list or any(pattern.search(text) for pattern in _lexicon()["citations"]):
            citing.add(paragraph)
    return citing


def _clauses(doc: Document, sentence: Sentence, index: int) -> list[_Clause]:
    text = doc.text[sentence.start : sentence.end].replace("’", "'")
    cuts = [0, *(m.start() for m in _lexicon()["splits"].finditer(text)), len(text)]
    clauses = []
    for start, end in itertools.pairwise(cuts):
        if end > start:
            clauses.append(_Clause(sentence.start + start, sentence.start + end, text[start:end], sentence, index))
    return clauses


@functools.lru_cache(maxsize=8192)
def best_cue(text: str) -> _Cue | None:
    """The highest-priority event cue in ``text`` (cues are tried strongest first; one text is read once)."""
    return next((cue for cue in _cues_by_priority() if cue.pattern.search(text)), None)


@functools.cache
def _cues_by_priority() -> list[_Cue]:
    return sorted(_lexicon()["cues"], key=lambda cue: -cue.priority)  # stable: ties keep the file's order


def _protest_over_topic(text: str, cue: _Cue | None) -> _Cue | None:
    """ "Residents protested against the shelling", "gathered to mark the anniversary of the battle": what a protest
    is about (after "against", "demanding", "to mark"...) does not make the clause a report of that act.
    """
    lexicon = _lexicon()
    if cue is None or cue.event_type == "Protests":
        return cue  # a riot named after the topic ("on the anniversary of the riot") is the protest's topic
    protest = lexicon["demonstration"].search(text)
    topic = lexicon["modifiers"]["protest_topic"].search(text, protest.end()) if protest else None
    act = cue.pattern.search(text)
    if protest is None or topic is None or act is None or act.start() < topic.start():
        return cue
    return next(c for c in lexicon["cues"] if c.sub == "Peaceful protest")


def is_non_event(text: str) -> bool:
    """Future expectations, habitual statements and denials are not events."""
    return any(pattern.search(text) for pattern in _lexicon()["skip"].values())


def _clause_events(
    doc: Document, clause: _Clause, previous: list[Event], anchor: tuple[date, str] | None
) -> list[Event]:
    if _unopposed_transfer(doc, clause, previous):
        return []
    cue = _protest_over_topic(clause.text, best_cue(clause.text))
    if cue is None:
        _refine_previous_protest(doc, clause, previous)
        _add_casualties_to_previous(doc, clause, previous)
        return []
    if is_non_event(clause.text):
        return []
    if cue.priority <= _lexicon()["generic_priority"] and _lexicon()["modifiers"]["accusation"].search(clause.text):
        return []  # "accused Ukraine of a terrorist attack": an accusation that names no act is not a report
    if previous and _refers_back(cue, previous[-1]):
        cue = dataclasses.replace(cue, event_type=previous[-1].event_type, sub=previous[-1].sub_event_type or cue.sub)
    places = _clause_places(doc, clause)
    if not places:
        places = _inherited_places(doc, clause)
    if not places:
        _attach_to_previous(doc, clause, cue, previous)
        return []
    window = _event_window(doc, clause, anchor)
    return [_make_event(doc, clause, cue, place, window) for place in places]


def _refers_back(cue: _Cue, last: Event) -> bool:
    """A generic cue names the event just told: "l'attaque" any event, "the explosion" a remote one."""
    if cue.priority > _lexicon()["generic_priority"]:
        return False
    return cue.event_type == "Battles" or cue.event_type == last.event_type


def _clause_places(doc: Document, clause: _Clause) -> list[Place]:
    inside = [p for p in doc.places if _usable(p) and clause.start <= p.start < clause.end and p.lat]
    origin = _lexicon()["modifiers"]["launch_origin"]
    inside = [p for p in inside if not origin.search(doc.text[clause.start : p.start])]  # "launched from X": not X
    if any(p.role == "reference" for p in inside) and _sentence_has_point(doc, clause.sentence):
        # "Synkivka, situé à dix kilomètres de Koupiansk": the anchor only places a village the sentence names
        inside = [p for p in inside if p.role != "reference"]
    if any(p.role == "location" and p.precision in ("point", "near") for p in inside):
        inside = [p for p in inside if p.role == "location"]  # "X, near Y": the event is at X
    return _without_containers([_as_near(p) if p.role in ("near", "reference") else p for p in inside])


def _sentence_has_point(doc: Document, sentence: Sentence) -> bool:
    return any(
        p.role == "location" and p.precision == "point" and p.lat and sentence.start <= p.start < sentence.end
        for p in doc.places
    )


def _usable(place: Place) -> bool:
    """Event roles, and a town as distance anchor ("30 km west of Izium": near Izium, as ACLED codes it)."""
    return place.role in _EVENT_ROLES or (place.role == "reference" and place.feature not in ("region", "country"))


def _as_near(place: Place) -> Place:
    """An event "near X" is located at X with precision ``near``."""
    return dataclasses.replace(place, precision="near", role="location")


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
    if region.feature == "region" and region.admin1 and region.admin1 == place.admin1:
        return True
    return region.country == place.country and region.admin1 is None and region.feature == "region"


def _inherited_places(doc: Document, clause: _Clause) -> list[Place]:
    """The nearest earlier place of the sentence, or of an anaphor's antecedent just before."""
    earlier = [_as_near(p) if p.role in ("near", "reference") else p for p in doc.places if _usable(p) and p.lat]
    earlier = [p for p in earlier if p.end <= clause.start]
    in_sentence = _without_containers([p for p in earlier if p.start >= clause.sentence.start])
    if in_sentence:
        return [in_sentence[-1]]  # a clause after "X, Y, but…" takes X, not its region Y
    lexicon = _lexicon()
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


def _attach_to_previous(doc: Document, clause: _Clause, cue: _Cue, previous: list[Event]) -> None:
    """A placeless clause right after an event of the same type adds to it (intervention, casualties).

    "As a result of the shelling, one soldier was killed" after a clash still gives that report its toll.
    """
    if not previous:
        return
    last = previous[-1]
    if cue.event_type == "Riots" and last.event_type == "Protests" and _recent(doc, last, clause):
        last.event_type, last.sub_event_type = "Riots", "Violent demonstration"  # "Rioters attacked a vehicle"
        _add_evidence(doc, last, clause.sentence)  # the protest turned violent
        return
    if _returns_fire(cue, last) and _recent(doc, last, clause, 0):
        for event in previous:  # "Russian forces shelled X. Ukrainian forces responded with fire.": a battle (ACLED)
            if event.evidence[-1].start == last.evidence[-1].start:
                event.event_type, event.sub_event_type = cue.event_type, cue.sub
    if not _recent(doc, last, clause) or cue.event_type != last.event_type:
        _add_casualties_to_previous(doc, clause, previous)
        return
    fatalities, injuries = casualties(clause.text)
    for event in previous:
        if event.evidence[-1].start != last.evidence[-1].start:
            continue
        if event.event_type != "Battles" and 0 < _cue_strength(event) <= _lexicon()["generic_priority"] < cue.priority:
            event.sub_event_type = cue.sub  # "the explosion ..." then "the truck bomb": now we know the weapon
        _add_evidence(doc, event, clause.sentence)
        _refine_subtype(event, clause.text)
        event.fatalities = conservative(event.fatalities, fatalities)
        event.injuries = conservative(event.injuries, injuries)


def _returns_fire(cue: _Cue, last: Event) -> bool:
    """A two-sided-fire cue ("responded with fire", "fought back") after a one-sided attack."""
    two_sided = cue.event_type == "Battles" and cue.sub == "Armed clash"
    return (
        two_sided
        and cue.priority >= _lexicon()["two_sided_priority"]
        and last.event_type == "Explosions/Remote violence"
    )


def _recent(doc: Document, event: Event, clause: _Clause, paragraphs: int = 2) -> bool:
    """The event was last reported at most ``paragraphs`` paragraphs before the clause."""
    return clause.sentence.paragraph - _paragraph_of(doc, event.evidence[-1].start) <= paragraphs


def _add_casualties_to_previous(doc: Document, clause: _Clause, previous: list[Event], reach: int = 6) -> None:
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
    fatalities, injuries = casualties(clause.text)
    if fatalities is None and injuries is None:
        return
    for event in previous:
        if not any(e.start == last_start for e in event.evidence):
            continue
        if event.fatalities is None:
            event.fatalities = fatalities
        if event.injuries is None:
            event.injuries = injuries
        _add_evidence(doc, event, clause.sentence)


def _unopposed_transfer(doc: Document, clause: _Clause, previous: list[Event]) -> bool:
    """ "There was no fighting." right after a change of control makes it a non-violent transfer (ACLED)."""
    if not previous or not _lexicon()["modifiers"]["no_fighting"].search(clause.text):
        return False
    last = previous[-1]
    if last.event_type != "Battles" or last.sub_event_type == "Armed clash" or not _recent(doc, last, clause, 0):
        return False
    for event in previous:
        if event.evidence[-1].start == last.evidence[-1].start:
            event.event_type, event.sub_event_type = "Strategic developments", "Non-violent transfer of territory"
    _add_evidence(doc, last, clause.sentence)
    return True


def _refine_previous_protest(doc: Document, clause: _Clause, previous: list[Event]) -> None:
    """ "Police fired tear gas to disperse the crowd" right after a protest is that protest's intervention;
    "They threw stones at the police" makes it a violent demonstration."""
    if not previous or previous[-1].event_type != "Protests":
        return
    modifiers = _lexicon()["modifiers"]
    if not (modifiers["protest_intervention"].search(clause.text) or modifiers["riot_acts"].search(clause.text)):
        return
    if _recent(doc, previous[-1], clause):
        _add_evidence(doc, previous[-1], clause.sentence)
        _refine_subtype(previous[-1], clause.text)


def _make_event(doc: Document, clause: _Clause, cue: _Cue, place: Place, window: _Window | None) -> Event:
    location = Location(
        name=place.name or place.surface,
        lat=place.lat or 0.0,
        lon=place.lon or 0.0,
        country=place.country,
        admin1=place.admin1,
        geo_precision=place.precision,
    )
    sub = _territory_subtype(doc, clause, place) if cue.sub == "territory" else cue.sub
    fatalities, injuries = casualties(clause.text)
    event = Event(
        event_id=_event_id(doc, clause, place),
        doc_ids=[doc.doc_id],
        event_type=cue.event_type,
        sub_event_type=sub,
        date=window[0] if window else None,
        date_end=window[1] if window else None,
        time_precision=window[2] if window else None,
        location=location,
        actors=_actors(doc, clause, cue, place),
        fatalities=fatalities,
        injuries=injuries,
        verification=_verification(doc, clause.sentence),
        dated_by_publication=bool(window and window.by_publication),
    )
    _add_evidence(doc, event, clause.sentence)
    _refine_subtype(event, doc.text[clause.sentence.start : clause.sentence.end])
    return event


def _event_id(doc: Document, clause: _Clause, place: Place) -> str:
    key = f"{doc.doc_id}|{doc.content_hash}|{clause.start}|{place.start}"
    return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _add_evidence(doc: Document, event: Event, sentence: Sentence) -> None:
    if any(e.start == sentence.start and e.doc_id == doc.doc_id for e in event.evidence):
        return
    event.evidence.append(Evidence(doc.doc_id, sentence.start, sentence.end, doc.text[sentence.start : sentence.end]))


def _refine_subtype(event: Event, text: str) -> None:
    modifiers = _lexicon()["modifiers"]
    if event.event_type == "Protests" and modifiers["riot_acts"].search(text.replace("’", "'")):
        event.event_type, event.sub_event_type = "Riots", "Violent demonstration"  # demonstrators turned violent
    if event.event_type == "Riots":
        _refine_riot(event, text)
    if event.event_type != "Protests":
        return
    if _lexicon()["protest_force"].search(text):  # "opened fire on the protesters"
        event.sub_event_type = "Excessive force against protesters"
    elif modifiers["protest_intervention"].search(text.replace("’", "'")):
        lethal = modifiers["protest_lethal"].search(text)
        event.sub_event_type = "Excessive force against protesters" if lethal else "Protest with intervention"


def _refine_riot(event: Event, text: str) -> None:
    """ACLED: a violent demonstration is demonstrators turning violent; rioters with no demonstration are a mob."""
    demonstration = _lexicon()["demonstration"]
    told = [text, *(evidence.text for evidence in event.evidence)]
    if event.sub_event_type == "Violent demonstration" and not any(demonstration.search(t) for t in told):
        event.sub_event_type = "Mob violence"


def _territory_subtype(doc: Document, clause: _Clause, place: Place) -> str:
    """ACLED: the state retaking its own ground vs anyone else (incl. a foreign army) taking it.

    The taker is the first armed group of the clause not introduced by "from"/"aux" (who lost the place).
    """
    home_side = {"UA": "ukraine", "RU": "russia"}.get(place.country or "")
    regains, overtakes = "Government regains territory", "Non-state actor overtakes territory"
    taker, loser = _territory_sides(doc, clause)
    if taker is not None:
        return regains if home_side and taker == home_side else overtakes
    if loser is not None:
        return regains if home_side and loser != home_side else overtakes
    if _lexicon()["modifiers"]["regain"].search(clause.text):
        return regains
    return "Non-state actor overtakes territory"


def _territory_sides(doc: Document, clause: _Clause) -> tuple[str | None, str | None]:
    """(side of the group taking the place, side of the group losing it); "" for a group of no known side."""
    groups = [e for e in doc.entities if e.label == "GROUP" and clause.start <= e.start < clause.end]
    groups = groups or [e for e in _clause_entities(doc, clause) if e.label == "GROUP"]
    taker = loser = None
    for entity in groups:
        before = doc.text[max(0, entity.start - 30) : entity.start]
        if _LOSER_BEFORE.search(before):
            loser = loser if loser is not None else entity.side or ""
        elif taker is None:
            taker = entity.side or ""
    return taker, loser


def _clause_entities(doc: Document, clause: _Clause) -> list[Any]:
    return [e for e in doc.entities if clause.sentence.start <= e.start < clause.sentence.end]


def _actors(doc: Document, clause: _Clause, cue: _Cue, place: Place) -> list[Actor]:
    lexicon = _lexicon()
    names: list[str] = []
    for entity in _clause_entities(doc, clause):
        if entity.label == "GROUP" and entity.canonical and entity.canonical not in names:
            names.append(entity.canonical)
    for canonical, pattern in lexicon["actor_adjectives"].items():
        if pattern.search(clause.text) and canonical not in names:
            names.append(canonical)
    if not names and lexicon["generic_units"].search(clause.text):
        earlier = [e for e in doc.entities if e.label == "GROUP" and e.end <= clause.start and e.canonical]
        if earlier:
            names.append(earlier[-1].canonical or "")
    country = _FOCUS_COUNTRY_NAMES.get(place.country or "", place.country or "Unknown")
    actors: list[Actor] = []
    if cue.event_type in ("Protests", "Riots"):
        label = "Protesters" if cue.event_type == "Protests" else "Rioters"
        actors.append(Actor(f"{label} ({country})", "actor1"))
        actors.extend(Actor(name, "actor2") for name in names[:1])
        return actors
    for position, name in enumerate(names[:2]):
        actors.append(Actor(name, "actor1" if position == 0 else "actor2"))
    if cue.event_type in ("Explosions/Remote violence", "Violence against civilians") and lexicon["civilians"].search(
        clause.text
    ):
        actors.append(Actor(f"Civilians ({country})", "target"))
    return actors


def _verification(doc: Document, sentence: Sentence) -> str:
    paragraph = [s for s in doc.sentences if s.paragraph == sentence.paragraph]
    text = doc.text[paragraph[0].start : paragraph[-1].end] if paragraph else ""
    return verification_of(text) or "unknown"


class _Window(NamedTuple):
    date: str
    date_end: str
    precision: str
    by_publication: bool = False  # no date in the text: the report's own day (linking also reaches the day before)


def _event_window(doc: Document, clause: _Clause, anchor: tuple[date, str] | None) -> _Window | None:
    mention = _date_for(doc, clause, anchor)
    if mention is not None:
        return _Window(mention.date, mention.date_end, mention.precision)
    if anchor is None:
        return None
    base, precision = anchor
    if precision == "day":
        return _Window(base.isoformat(), base.isoformat(), "day", base.isoformat() == doc.published.date)
    first = base.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return _Window(first.isoformat(), last.isoformat(), "month")


def _date_for(doc: Document, clause: _Clause, anchor: tuple[date, str] | None) -> DateMention | None:
    sentence = clause.sentence
    in_clause = [d for d in doc.dates if clause.start <= d.start < clause.end and d.precision != "year"]
    if in_clause:
        return in_clause[0]
    in_sentence = [d for d in doc.dates if sentence.start <= d.start < sentence.end and d.precision != "year"]
    if in_sentence:
        return min(in_sentence, key=lambda d: abs(d.start - clause.start))
    before = [d for d in doc.dates if d.end <= sentence.start and d.precision != "year"]
    same_paragraph = [d for d in before if _paragraph_of(doc, d.start) == sentence.paragraph]
    if same_paragraph:
        return same_paragraph[-1]
    if anchor is not None and anchor[1] == "day":
        recent = [d for d in before if date.fromisoformat(d.date) >= anchor[0] - timedelta(days=7)]
        if recent:
            return recent[-1]
    return None


def _paragraph_of(doc: Document, offset: int) -> int:
    for sentence in doc.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.paragraph
    return -1


def _merge_within_document(doc: Document, events: list[Event]) -> list[Event]:
    """Several sentences about one event at one place and time make one event."""
    merged: list[Event] = []
    for event in events:
        twin = next((m for m in merged if _same_event(doc, m, event)), None)
        if twin is None:
            merged.append(event)
            continue
        if twin.location and event.location and twin.location.geo_precision == "region" != event.location.geo_precision:
            twin.location = event.location  # keep the more precise place
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
        _complete_opponent(doc, event)
    return merged


def _single_report_event(
    doc: Document, merged: list[Event], citing: set[int], anchor: tuple[date, str] | None
) -> list[Event]:
    """A report that names no event at a town or region still reports one ("Four soldiers killed in east Ukraine"
    above a line naming the village): its first country-wide event, else its first stated toll, placed at the
    finest place the report names, dated by the text or the report's date. Without such a place, only a stated
    toll makes it an event (at the country, or nowhere when the report names no place).
    """
    event = merged[0] if merged else _toll_event(doc, citing, anchor)
    if event is None:
        return []
    finer = [p for p in doc.places if p.role in _EVENT_ROLES and p.lat is not None and p.precision != "country"]
    if not finer:  # "des drones ont attaqué la Russie": too vague; "4 civilians killed in Ukraine" is still a report
        if merged and not (event.fatalities or event.injuries):  # "Girl among six killed. Fighting rages in east"
            event = _toll_event(doc, citing, anchor) or event
        if event.sub_event_type == "Agreement" and event.location is not None:
            return [event]  # an agreement or a prisoner exchange between states is told at the country
        if event.fatalities or (event.location is not None and event.injuries) or _tells_of_deaths(event):
            return [event]
        return [event] if _headline_report(doc, event) else []
    place = min(finer, key=lambda p: (_PRECISION_RANK[p.precision], p.start))
    place = _as_near(place) if place.role == "near" else place
    lat, lon = place.lat or 0.0, place.lon or 0.0
    name = place.name or place.surface
    event.location = Location(name, lat, lon, place.country, place.admin1, place.precision)
    return [event]


def _headline_report(doc: Document, event: Event, most_sentences: int = 4, most_words: int = 30) -> bool:
    """A report that is only headlines or a wire line ("Fighting rages at airport") is about the act its first line
    names, even told at the country; an article that names no place for an attack is only mentioning it. The act
    must be a definite one (not a generic "attack", which in a headline is as often a threat or an accusation).
    """
    lengths = [len(doc.text[s.start : s.end].split()) for s in doc.sentences]
    if len(lengths) > most_sentences or max(lengths, default=0) > most_words:
        return False
    headline = doc.sentences[0].start == event.evidence[0].start if event.evidence else False
    return headline and _cue_strength(event) > _lexicon()["generic_priority"]


def _tells_of_deaths(event: Event) -> bool:
    """The report's own words tell of deaths ("Deadly fighting rages", "Death toll mounts"), without a figure."""
    deadly = _lexicon()["modifiers"]["deadly"]
    return any(deadly.search(evidence.text) for evidence in event.evidence)


def _toll_event(doc: Document, citing: set[int], anchor: tuple[date, str] | None) -> Event | None:
    """The event of the report's first stated toll, else of its first clause that tells of deaths."""
    return _first_toll_event(doc, citing, anchor, stated=True) or _first_toll_event(doc, citing, anchor, stated=False)


def _first_toll_event(
    doc: Document, citing: set[int], anchor: tuple[date, str] | None, *, stated: bool
) -> Event | None:
    toll = _lexicon()["toll_cue"]
    deadly = _lexicon()["modifiers"]["deadly"]
    for index, sentence in enumerate(doc.sentences):
        if sentence.paragraph in citing:
            continue
        for clause in _clauses(doc, sentence, index):
            told = casualties(clause.text) != (None, None) if stated else bool(deadly.search(clause.text))
            if not told or is_non_event(clause.text):
                continue
            places = [p for p in doc.places if p.role in _EVENT_ROLES and p.lat is not None]
            cue = _report_cue(doc, citing)
            if cue is None:
                civilian = _lexicon()["civilians"].search(clause.text) and not _lexicon()["combatants"].search(
                    clause.text
                )
                event_type, sub = toll["civilians"] if civilian else toll["default"]
                cue = _Cue(event_type, sub, 0, _compile(["$^"]))
            if places:
                return _make_event(doc, clause, cue, places[0], _event_window(doc, clause, anchor))
            return _unplaced_event(doc, clause, cue, anchor)
    return None


def _report_cue(doc: Document, citing: set[int]) -> _Cue | None:
    """The cue of the report's first sentence that has one ("shelled", then "One person was killed"): what the toll
    of a report without a located event died of. A change of control needs its place, so it does not count.
    """
    for sentence in doc.sentences:
        if sentence.paragraph in citing:
            continue
        cue = best_cue(doc.text[sentence.start : sentence.end])
        if cue is not None and cue.sub != "territory":
            return cue
    return None


def _unplaced_event(doc: Document, clause: _Clause, cue: _Cue, anchor: tuple[date, str] | None) -> Event | None:
    """A report of deaths that names no place ("Three soldiers killed in separatist east") is still an event,
    located nowhere rather than at a guessed place; an injury count alone is enough only in a headline report of a
    definite act ("Serviceman wounded in shelling by government troops"), not in an article's passing mention.
    """
    nowhere = Place(surface="", start=clause.start, end=clause.start, precision="country")
    event = _make_event(doc, clause, cue, nowhere, _event_window(doc, clause, anchor))
    event.location = None
    if event.fatalities or _tells_of_deaths(event) or (event.injuries and _headline_report(doc, event)):
        return event
    return None


def _complete_opponent(doc: Document, event: Event) -> None:
    """A battle has two sides: when only one is named here, add the article's main armed group of the other."""
    if event.event_type != "Battles" or not event.actors:
        return
    sides = {e.canonical: e.side for e in doc.entities if e.label == "GROUP" and e.canonical}
    present = {sides.get(a.name) for a in event.actors} - {None}
    if len(present) != 1:
        return
    counts: dict[str, int] = {}
    for entity in doc.entities:
        if entity.label == "GROUP" and entity.canonical and entity.side not in present and entity.side != "neutral":
            counts[entity.canonical] = counts.get(entity.canonical, 0) + 1
    if counts:
        name, mentions = max(counts.items(), key=lambda item: item[1])
        if mentions >= 2:
            event.actors.append(Actor(name, "actor2"))


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
    if families == {"Battles", "Explosions/Remote violence"}:  # only at the very same town, exactly located
        return a.location.name == b.location.name and a.location.geo_precision == b.location.geo_precision == "point"
    if a.location.name == b.location.name:
        return True
    # a region-level report merges into the precise one only when both are dated and told close together
    near = abs(_paragraph_of(doc, a.evidence[0].start) - _paragraph_of(doc, b.evidence[0].start)) <= 2
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
    strength = _cue_strength(twin)  # 0: its sub-type was refined by context (tear gas after a protest): keep it
    return 0 < strength < _cue_strength(event)


def _cue_strength(event: Event) -> int:
    cue = best_cue(event.evidence[0].text.replace("’", "'")) if event.evidence else None
    return cue.priority if cue is not None and cue.sub == event.sub_event_type else 0


def _type_rank(event: Event) -> int:
    return 1 if event.event_type in ("Battles", "Riots") else 0


def _located_enough(event: Event, threshold: str = "region") -> bool:
    if event.location is None:
        return False
    return _PRECISION_RANK[event.location.geo_precision] <= _PRECISION_RANK[threshold]
