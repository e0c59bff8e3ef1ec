"""Events stage, tolls across acts: whose toll a figure is when one report tells several places or parts of a town.

- A toll told once for several places of one clause, with no figure per place, is their sum: in a page's head
  ("Nuit d'attaques sur Odessa, Kharkiv et Zaporijjia : quatre morts") the body tells each place's own figure, so
  no place takes it; in the body it is split evenly over the places, the remainder to the first (ACLED's rule for a
  count that covers several events).
- A total ("au total", "en tout", "in total", "all told") told after acts at several places is the round-up's sum
  and no act's toll; after an act at one place (its districts told in turn) it is that act's toll and replaces
  the figures of the districts.
- Tolls of distinct districts of one town ("dans le quartier de Darnytskyi, deux blessés ... dans celui de
  Holossiïvskyi, trois blessés") add up: one act at that town, victims in each part.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from kronika.data import load_json
from kronika.gazetteer.build import distance_km
from kronika.model import Document, Event
from kronika.stages.event_typing import Clause
from kronika.tolls import approximate, casualties

__all__ = [
    "add_or_keep",
    "district_toll_adds",
    "districts_add",
    "earlier_act_toll_dropped",
    "no_act_toll",
    "share_undivided",
    "sharpen_approximate",
    "site_parts_dropped",
    "tells_country_toll",
    "tells_total",
    "told_places",
    "tolls_between_places",
]


@functools.cache
def _totals() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(load_json("event_context.json")["grand_totals"]) + r")(?!\w)", re.I)


@functools.cache
def _other_side() -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(load_json("event_context.json")["other_side_opener"]) + r")(?!\w)", re.I)


def tells_total(text: str) -> bool:
    """The clause tells a total ("Au total, l'attaque a fait un mort", "In total, five people were injured")."""
    return _totals().search(text) is not None and casualties(text) != (None, None)


@functools.cache
def _country_wide() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(load_json("event_context.json")["country_wide"]) + r")(?!\w)", re.I)


@functools.cache
def _earlier_act_toll() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(load_json("event_context.json")["earlier_act_toll"]) + r")", re.I)


def earlier_act_toll_dropped(text: str, act: re.Pattern[str]) -> str:
    """The text with the toll of an earlier act blanked ("L'artillerie a de nouveau visé Pokrovsk, au lendemain de
    la frappe qui a fait neuf morts": the nine dead are the earlier strike's), when the clause's act (``act``, its
    cue) is told outside that mention; a report of the earlier act itself ("a day after a missile attack on the port
    that left 24 people hurt") keeps it."""
    spans = [m.span() for m in _earlier_act_toll().finditer(text)]
    if not spans or not any(all(not (s <= m.start() < e) for s, e in spans) for m in act.finditer(text)):
        return text
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def tells_country_toll(text: str) -> bool:
    """The clause tells the toll of the whole country ("Au total, 38 personnes ont été tuées dans le pays", "killing
    20 people across Ukraine"): the sum of every act of a wave, no one act's toll."""
    return _country_wide().search(text) is not None and casualties(text) != (None, None)


@functools.cache
def _at_site() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(load_json("event_context.json")["toll_at_site"]) + r")", re.I)


def no_act_toll(text: str, recent: list[Event]) -> bool:
    """A country's toll, or a total told after acts at several places: the round-up's sum, no act's toll."""
    return tells_country_toll(text) or (tells_total(text) and told_places(recent) > 1)


def site_parts_dropped(text: str, events: list[Event], toll: tuple[int | None, int | None]) -> tuple:
    """The clause's toll, but a figure told at one site of the act ("Deux adultes ont été tués à l'hôpital", "three
    were injured at the school") once the act has a figure of that kind: a part of it, not a lower count of it."""
    if _at_site().search(text) is None:
        return toll
    has_dead = any(e.fatalities is not None for e in events)
    has_hurt = any(e.injuries is not None for e in events)
    return (None if has_dead else toll[0]), (None if has_hurt else toll[1])


def sharpen_approximate(events: list[Event]) -> None:
    """A toll kept from a rough or lower-bound figure ("Des dizaines de personnes ont été blessées", "plus de cent
    blessés") takes the precise figure another sentence of the same act tells, when that figure lies within the
    bound ("61 personnes ont été blessées"): the rough figure was no lower count, only a vaguer one."""
    for event in events:
        for index, kind in enumerate(("fatalities", "injuries")):
            value = getattr(event, kind)
            if value is None:
                continue
            told = [(casualties(e.text)[index], approximate(e.text)[index]) for e in event.evidence]
            if not any(v == value and rough for v, rough in told) or any(v == value and not r for v, r in told):
                continue
            precise = [v for v, rough in told if v is not None and not rough and v >= value]
            if precise:
                setattr(event, kind, min(precise))


def share_undivided(events: list[Event], toll: tuple[int | None, int | None], in_head: bool) -> None:
    """One toll for the several places of a clause: none of them in a page's head, else an even share each."""
    if len(events) < 2 or toll == (None, None):
        return
    if any((e.fatalities, e.injuries) != toll for e in events):
        return  # the places already have tolls of their own
    for index, event in enumerate(events):
        event.fatalities = None if in_head else _share(toll[0], len(events), index)
        event.injuries = None if in_head else _share(toll[1], len(events), index)


def tolls_between_places(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple] | None:
    """Each place its own toll when the clause's figures sit in the stretches between its places, one stretch per
    place, before or after it ("Un homme a été tué par un obus à Pokrovsk, dans la région de Donetsk, tandis qu'à
    Myrnohrad, ville voisine, deux femmes ont été blessées": the death before Pokrovsk, the injuries after
    Myrnohrad); None when the figures cannot be shared out so."""
    bounds = [start, *(b for span in spans for b in span), end]
    stretches = [casualties(text[bounds[2 * i] : bounds[2 * i + 1]]) for i in range(len(spans) + 1)]
    used: set[int] = set()
    own: list[tuple] = []
    for index in range(len(spans)):
        pick = next((j for j in (index, index + 1) if j not in used and stretches[j] != (None, None)), None)
        if pick is None:
            return None
        used.add(pick)
        own.append(stretches[pick])
    told = {j for j, toll in enumerate(stretches) if toll != (None, None)}
    return own if told == used else None


def _share(total: int | None, parts: int, index: int) -> int | None:
    if total is None:
        return None
    return total // parts + (1 if index < total % parts else 0)


def told_places(events: list[Event], km: float = 15.0) -> int:
    """How many distinct places (farther apart than ``km``) the events were told at."""
    distinct: list[Event] = []
    for event in events:
        where = event.location
        if where is None:
            continue
        if all(
            d.location is not None
            and where.name != d.location.name
            and distance_km(where.lat, where.lon, d.location.lat, d.location.lon) > km
            for d in distinct
        ):
            distinct.append(event)
    return len(distinct)


def district_toll_adds(doc: Document, clause: Clause, event: Event) -> bool:
    """The clause tells a toll in a district of the event's town other than the districts whose tolls the event
    holds already, or the other side's toll of a fight ("14 terroristes neutralisés", then "Du côté ami, deux
    soldats sont tombés"): its victims add to the event's."""
    if _other_side().match(clause.text.lstrip()) and any(
        evidence.start != clause.sentence.start and casualties(evidence.text) != (None, None)
        for evidence in event.evidence
    ):
        return True
    own = _districts(doc.text[clause.sentence.start : clause.sentence.end])
    if not own:
        return False
    told: set[str] = set()
    for evidence in event.evidence:
        if evidence.start != clause.sentence.start and casualties(evidence.text) != (None, None):
            told |= _districts(evidence.text)
    return bool(told) and not (own & told)


def districts_add(twin: Event, event: Event) -> bool:
    """Two tellings at one town whose tolls were told in different districts of it ("dans le quartier de
    Prymorskyi, deux blessés" and "dans le quartier de Kyivskyi, un drone ... trois blessés"): victims apart."""
    mine, theirs = _told_districts(twin), _told_districts(event)
    return bool(mine) and bool(theirs) and not (mine & theirs)


def _told_districts(event: Event) -> set[str]:
    told: set[str] = set()
    for evidence in event.evidence:
        if casualties(evidence.text) != (None, None):
            told |= _districts(evidence.text)
    return told


@functools.cache
def _district_pattern() -> re.Pattern[str]:
    data = load_json("event_context.json")
    before = data["city_part_before"].removesuffix("$")
    name = r"(?-i:[A-ZÀ-Ý][\w'’-]+)"
    after = r"\s+(?:districts?|neighbou?rhoods?|quarters?)(?!\w)"
    return re.compile(rf"(?<!\w)(?:{before}(?P<a>{name})|(?P<b>{name}){after})", re.I)


def _districts(text: str) -> set[str]:
    """The districts a text names ("le quartier de Darnytskyi", "the Solomianskyi district"), lower-cased."""
    return {(m.group("a") or m.group("b")).lower() for m in _district_pattern().finditer(text)}


def add_or_keep(
    current: int | None,
    new: int | None,
    update: bool,
    adds: bool,
    otherwise: Callable[[int | None, int | None, bool], int | None] | None = None,
) -> int | None:
    """A new figure: the total of two districts' victims, the update, or (``otherwise``, else the figure already
    held) what the caller keeps."""
    if new is None or current is None:
        return current if new is None else new
    if adds:
        return current + new
    if otherwise is not None:
        return otherwise(current, new, update)
    return new if update else current
