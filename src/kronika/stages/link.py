"""Link stage: the same event reported by several documents becomes one event.

Blocking keeps it near-linear: an event is only compared with events of the
same family whose block (ISO week of its date, half-degree grid cell of its
place) is its own or a neighbour. A pair links when the places agree (same
place, a site or district and its town, < 25 km apart when one is only "near",
< 3 km for two exact points, or a region containing the other's place, unless
it would have to guess between towns), the sub-types agree outside battles (an
interception and the hits of one attack, or one strike named by two weapons with
the same toll, are one) and the date windows overlap (two nights running do not;
an undated report: same place and both count the dead; a follow-up of the next
day: the same telling toll); two events of one document never merge. Every link
keeps why it was made (distance, date overlap, relation), shown by
``kronika event ID``.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from kronika.gazetteer.build import distance_km
from kronika.gazetteer.keys import translit_key
from kronika.model import Event, Location
from kronika.stages.link_merge import (
    merge_linked,
    recollection,
    tells_aftermath,
    tells_update,
    told_as_before,
    town_of,
    unnamed_clash,
)

__all__ = [
    "LinkReason",
    "LinkResult",
    "block_key",
    "candidate_pairs",
    "decide",
    "link_events",
    "merge_linked",
    "neighbour_keys",
]

NEAR_KM = 25.0
SAME_SPOT_KM = 3.0
TOWN_KM = 40.0  # a site or district and the town it belongs to (a refinery on a city's outskirts)
CELL_DEGREES = 0.5
REGION_KM = 250.0  # the farthest a region's town lies from the point that stands for the region
_STRIKE_KINDS = {"Air/drone strike", "Shelling/artillery/missile attack"}
_TELLING_TOLL = 3
_TENFOLD = 10  # a toll that grows this many times overnight is another event's
_EARLY_COUNT = 4  # the same day, an early count may be a fraction of the later one, not both figures this many times
_INTERCEPTED = "Disrupted weapons use"
_EXPLOSIONS = "Explosions/Remote violence"
_UNNAMED = "Unnamed clash"
_TERRITORY = {
    "Non-state actor overtakes territory",
    "Government regains territory",
    "Non-violent transfer of territory",
}
_EPOCH = date(2000, 1, 3)  # a Monday: week numbers count from it


@dataclass(frozen=True, slots=True)
class LinkReason:
    linked_to: str
    relation: str  # same place / nearby / region contains place
    distance_km: float
    date_overlap_days: int
    shared_actors: int
    score: float  # lower is stronger


@dataclass(slots=True)
class LinkResult:
    clusters: dict[str, str]  # event id -> linked event id (the smallest id of its cluster)
    reasons: dict[str, LinkReason]  # event id -> the link that attached it


def family(event: Event) -> str:
    """The events a report of ``event`` may be compared with: an interception belongs with the attacks."""
    if event.sub_event_type == _INTERCEPTED:
        return _EXPLOSIONS
    return "Battles" if event.event_type in ("Battles", "Strategic developments") else event.event_type


def _block_family(event: Event) -> str:
    """The family whose blocks hold ``event``: an unnamed clash has blocks of its own, searched by the battles and
    the strikes (see ``unnamed_clash``)."""
    return _UNNAMED if unnamed_clash(event) else family(event)


def _searched_families(event: Event, unnamed: bool) -> list[str]:
    """The families whose blocks a twin of ``event`` may sit in (with ``unnamed``, the unnamed clashes' too)."""
    if unnamed_clash(event):
        return ["Battles", _EXPLOSIONS, _UNNAMED]
    name = family(event)
    return [name, _UNNAMED] if unnamed and name in ("Battles", _EXPLOSIONS) else [name]


def block_key(event: Event) -> str | None:
    """family|week|lat-cell|lon-cell; family|week|in|region for a region-wide event; family|undated|place for an
    undated event; None for an unlocated one."""
    if event.location is None:
        return None
    if not event.date:
        return _undated_key(event)
    week = (_day(event.date) - _EPOCH).days // 7
    if event.location.geo_precision == "region":
        return _region_key(_block_family(event), week, event.location.name)
    return _key(_block_family(event), week, _cell(event.location.lat), _cell(event.location.lon))


def neighbour_keys(event: Event, *, unnamed: bool = True) -> list[str]:
    """The blocks a linked twin of ``event`` may sit in: its weeks ±1, its cell and the 8 around it (a region's
    reach, see ``_reach``), the region-wide reports of its region, and the undated reports of its place.

    Undated reports of the same place are neighbours of every event there (found when the dated one is new).
    A battle or a strike also searches the blocks of the unnamed clashes, unless ``unnamed`` is false: among
    events that are all compared with each other, the clash searches theirs.
    """
    if event.location is None:
        return []
    if not event.date:
        return [_undated_key(event)]
    first = (_day(event.date) - _EPOCH).days // 7
    last = (_day(event.date_end or event.date) - _EPOCH).days // 7
    lat_reach, lon_reach = _reach(event.location)
    lat, lon = _cell(event.location.lat), _cell(event.location.lon)
    regions = {event.location.admin1 or ""} | (
        {event.location.name} if event.location.geo_precision == "region" else set()
    )
    weeks = range(first - 1, last + 2)
    names = _searched_families(event, unnamed)
    cells = [
        f"{lat + dy}|{lon + dx}" for dy in range(-lat_reach, lat_reach + 1) for dx in range(-lon_reach, lon_reach + 1)
    ]
    return (
        [f"{name}|{week}|{cell}" for name in names for week in weeks for cell in cells]
        + [_region_key(name, week, region) for name in names for week in weeks for region in sorted(regions) if region]
        + [_undated_key(event)]
    )


def _region_key(name: str, week: int, region: str) -> str:
    return f"{name}|{week}|in|{region}"


def _reach(location: Location) -> tuple[int, int]:
    """How many cells around its own a twin may lie in (north-south, east-west): one for a place; for a region,
    as far as its farthest town may lie from the point that stands for it (often its capital, near one edge:
    Klintsy lies 150 km west of Bryansk)."""
    if location.geo_precision != "region":
        return 1, 1
    degrees_lon = REGION_KM / (111.0 * max(math.cos(math.radians(location.lat)), 0.2))
    return math.ceil(REGION_KM / 111.0 / CELL_DEGREES), math.ceil(degrees_lon / CELL_DEGREES)


def _undated_key(event: Event) -> str:
    return f"{family(event)}|undated|{event.location.name if event.location else ''}"


@functools.lru_cache(maxsize=4096)
def _day(iso: str) -> date:
    """A date string read once per run (every pair compares the same few hundred days)."""
    return date.fromisoformat(iso)


def _cell(degrees: float) -> int:
    return math.floor(degrees / CELL_DEGREES)


def _key(name: str, week: int, lat: int, lon: int) -> str:
    return f"{name}|{week}|{lat}|{lon}"


def candidate_pairs(events: list[Event]) -> Iterator[tuple[Event, Event]]:
    blocks: dict[str, list[Event]] = {}
    for event in events:
        key = block_key(event)
        if key is not None:
            blocks.setdefault(key, []).append(event)
    seen: set[tuple[str, str]] = set()
    for event in events:
        for key in neighbour_keys(event, unnamed=False):  # an unnamed clash searches the battles and strikes
            for other in blocks.get(key, ()):
                a, b = event.event_id, other.event_id
                pair = (a, b) if a < b else (b, a)
                if a != b and pair not in seen:
                    seen.add(pair)
                    yield event, other


def decide(a: Event, b: Event) -> LinkReason | None:
    """Why ``a`` and ``b`` are one event, or None when they cannot be."""
    if set(a.doc_ids) & set(b.doc_ids) or a.location is None or b.location is None:
        return None
    kinds = family(a), family(b)
    if not _kinds_meet(a, b, *kinds) or not _may_be_one_report(a, b) or _territory_elsewhere(a, b):
        return None
    if _two_battlefields(a, b) or _two_tolls(a, b) or told_as_before(a, b):
        return None
    overlap = _dates_meet(a, b) if a.date and b.date else _undated_overlap(a, b)
    if overlap is None:
        return None
    la, lb = a.location, b.location
    distance = distance_km(la.lat, la.lon, lb.lat, lb.lon)
    shared = len({x.name for x in a.actors} & {x.name for x in b.actors})
    if la.name == lb.name:
        relation, score = "same place", 0.0
    elif _same_town(la, lb, distance):
        relation, score = "place within town", 0.3
    elif distance <= _near_limit(la, lb) and "region" not in (la.geo_precision, lb.geo_precision):
        relation, score = "nearby", distance / NEAR_KM
    elif _contains(la, lb) or _contains(lb, la):
        relation, score = "region contains place", 2.0
    else:
        return None
    if kinds[0] != kinds[1] and relation == "nearby":
        return None  # an unnamed clash "near" a town is not the strike on it
    score += -0.1 * shared + _toll_agreement(a, b) + (0.2 if kinds[0] != kinds[1] else 0.0)
    if a.date and b.date and overlap == 0:
        score += 0.5  # a follow-up of the next day: the reports of the strike's own day link first
    return LinkReason(b.event_id, relation, round(distance, 1), overlap, shared, round(score, 3))


def _toll_agreement(a: Event, b: Event) -> float:
    """A tie-break between equally placed candidates: the same stated toll makes a link a little stronger, another
    toll a little weaker (an early and a later toll still link; a report of the night before does not win)."""
    told = [
        (x, y) for x, y in ((a.fatalities, b.fatalities), (a.injuries, b.injuries)) if x is not None and y is not None
    ]
    return sum(-0.05 if x == y else 0.05 for x, y in told)


def _may_be_one_report(a: Event, b: Event) -> bool:
    """Records of one feed (a JSONL dataset whose records carry no URL: ACLED notes, UCDP headlines, a
    civilian-harm database) are the feed's own distinct events, already deduplicated by whoever coded them: they
    never link with each other (two notes of neighbouring villages on one day are two events, each with its own
    toll). Reports of other feeds, files or URLs link to them as to any report."""
    return not a.feed or a.feed != b.feed


def _kinds_meet(a: Event, b: Event, family_a: str, family_b: str) -> bool:
    """One family and one interaction (``_same_interaction``), or an unnamed clash and the strike it tells."""
    if family_a == family_b:
        return _same_interaction(a, b)
    if _EXPLOSIONS not in (family_a, family_b) or not (unnamed_clash(a) or unnamed_clash(b)):
        return False
    stated = _stated_tolls(a, b)  # the same victims: without them, the clash may be anything told there that day
    return bool(stated) and all(x == y for x, y in stated)


def _same_interaction(a: Event, b: Event) -> bool:
    """ACLED's unit: one type of interaction between the same actors (a drone strike and a shelling are two).

    Battles keep their latitude (a clash and the capture it ends in are one event; either side may be actor1).
    """
    territory = "Non-violent transfer of territory" in (a.sub_event_type, b.sub_event_type)
    if a.event_type == b.event_type == "Battles" or (family(a) == "Battles" and territory):
        return True
    if a.sub_event_type != b.sub_event_type and not _one_strike_told_two_ways(a, b):
        return False
    first_a = next((x.name for x in a.actors if x.role == "actor1"), None)
    first_b = next((x.name for x in b.actors if x.role == "actor1"), None)
    return first_a is None or first_b is None or first_a == first_b


def _one_strike_told_two_ways(a: Event, b: Event) -> bool:
    """Outlets tell one attack differently. One leads with the interceptions ("la défense antiaérienne a abattu
    douze drones"), another with what got through: one event. One names the weapon "une frappe", "a missile", "a
    guided bomb", "bombardement": an air strike and a shelling are one event when both reports tell a telling toll
    that agrees (see ``_tolls_agree``); otherwise two stay two."""
    kinds = {a.sub_event_type, b.sub_event_type}
    if _INTERCEPTED in kinds and kinds & _STRIKE_KINDS:
        return True  # the drones shot down and those that got through: one attack, told from either end
    return kinds == _STRIKE_KINDS and _tolls_agree(a, b)


def _tolls_agree(a: Event, b: Event) -> bool:
    """Two reports count the same victims: a figure both state is equal and telling (at least three victims), and
    no other figure contradicts it (an early and a later count differ, but the early one is at least half)."""
    equal = sum(x for x, y in _stated_tolls(a, b) if x == y)
    return equal >= _TELLING_TOLL and _tolls_compatible(a, b)


def _tolls_compatible(a: Event, b: Event) -> bool:
    """No figure both reports state contradicts the other: an early count is at least half the later one."""
    return all(2 * min(x, y) >= max(x, y) for x, y in _stated_tolls(a, b))


def _stated_tolls(a: Event, b: Event) -> list[tuple[int, int]]:
    """The figures (dead, injured) both reports state."""
    return [
        (x, y) for x, y in ((a.fatalities, b.fatalities), (a.injuries, b.injuries)) if x is not None and y is not None
    ]


def _two_tolls(a: Event, b: Event) -> bool:
    """Two reports that each tell their act's whole toll, the dead and the injured, and contradict each other on
    both beyond any early count (each figure a quarter of the other or less: one dead and three hurt, seven dead and
    22 hurt) tell two acts, unless one tells its figures as an update (cluster rockets on a quarter the evening the
    missile hit the town hall). An early count of three dead and ten hurt, then seven and 23, is one strike."""
    stated = _stated_tolls(a, b)
    if len(stated) < 2 or tells_update(a) or tells_update(b):
        return False
    return all(_EARLY_COUNT * min(x, y) <= max(x, y) for x, y in stated)


def _territory_elsewhere(a: Event, b: Event) -> bool:
    """A change of control is of the place named: two villages claimed taken are two events, however close, and so
    are a village taken and fighting "near" another village (a clash joins the capture of its own place)."""
    la, lb = a.location, b.location
    if not {a.sub_event_type, b.sub_event_type} & _TERRITORY or la is None or lb is None:
        return False
    if la.name == lb.name or "region" in (la.geo_precision, lb.geo_precision):
        return False
    return not _same_town(la, lb, distance_km(la.lat, la.lon, lb.lat, lb.lon))


def _two_battlefields(a: Event, b: Event) -> bool:
    """Fighting is told by the place it is fought at ("fighting near Kozachi Laheri", "battles in Krynky"): two
    battles at two named villages are two events however close (ACLED codes a battle at its village), unless one is
    a site or district of the other's town. A strike told "near" a town may still be the one another outlet places
    in a village beside it."""
    la, lb = a.location, b.location
    if family(a) != "Battles" or family(b) != "Battles" or la is None or lb is None or la.name == lb.name:
        return False
    if not {la.geo_precision, lb.geo_precision} <= {"point", "near"}:
        return False
    return not _same_town(la, lb, distance_km(la.lat, la.lon, lb.lat, lb.lon))


def _near_limit(a: object, b: object) -> float:
    """Two different towns both named exactly are two places (ACLED codes one event per location): only a
    place given as "near X" reaches NEAR_KM; exact points must be the same spot (a site in its town)."""
    exact = getattr(a, "geo_precision", None) == getattr(b, "geo_precision", None) == "point"
    return SAME_SPOT_KM if exact else NEAR_KM


def _same_town(a: Location, b: Location, distance: float) -> bool:
    """A site or a city district and its town, or two sites of one town (the gazetteer's hierarchy: each site
    names the town it belongs to): "le quartier de Kholodnohirsky" and "Kharkiv", "the Volgograd refinery" and
    "Volgograd" are one place for ACLED, which codes an event at its town."""
    town_a, town_b = town_of(a.name), town_of(b.name)
    if (town_a, town_b) == (a.name, b.name) or distance > TOWN_KM:
        return False
    return translit_key(town_a) == translit_key(town_b)


def _undated_overlap(a: Event, b: Event) -> int | None:
    """A report without a date joins one of the same place only when it tells that event's toll: both count the
    dead, and no figure is less than half the other (an early and a later count are claims on the one event; a
    shelling that wounded two is not the strike that wounded 22); 0 days of known overlap."""
    same_place = a.location is not None and b.location is not None and a.location.name == b.location.name
    counted = a.fatalities is not None and b.fatalities is not None
    return 0 if same_place and counted and _tolls_compatible(a, b) else None


def _dates_meet(a: Event, b: Event) -> int | None:
    """Days two reports' windows share; 0 for a report of the next day that tells the same toll again."""
    overlap = _date_overlap(a, b)
    if overlap is None and (recollection(a) or recollection(b)):
        return None  # dated by the report's day, not its own: no day to be the next of
    if overlap is None and (_told_again_next_day(a, b) or _updated_next_day(a, b) or _denied_next_day(a, b)):
        return 0
    if overlap is None and _aftermath_next_day(a, b):
        return 0
    return overlap


def _aftermath_next_day(a: Event, b: Event) -> bool:
    """A report dated by its own day that tells the aftermath of a strike ("Au lendemain de la frappe russe sur le
    centre commercial, les pompiers continuaient mardi…", "le bilan provisoire s'établit à 18 morts") is about the
    strike of the day before at its place (a town, or a village "near" the town the other names): it joins when
    both count the dead and it counts no fewer, nor ten times as many. A report of its own act dated by an earlier
    one ("a day after the strike that killed 18") does not tell an aftermath."""
    earlier, later = sorted((a, b), key=lambda e: e.date or "")
    if a.sub_event_type != b.sub_event_type or not tells_aftermath(later):
        return False
    if not (_next_day_same_place(a, b) or _next_day_nearby(a, b)):
        return False
    before, after = earlier.fatalities, later.fatalities
    return before is not None and after is not None and before <= after < _TENFOLD * max(before, 1)


def _next_day_nearby(a: Event, b: Event) -> bool:
    """Two reports a day apart, one placing the act "near" a town within reach of the other's place."""
    la, lb = a.location, b.location
    if la is None or lb is None or "near" not in (la.geo_precision, lb.geo_precision) or not (a.date and b.date):
        return False
    if a.date != a.date_end or b.date != b.date_end or _days_apart(a, b) != 1:
        return False
    return distance_km(la.lat, la.lon, lb.lat, lb.lon) <= NEAR_KM


def _denied_next_day(a: Event, b: Event) -> bool:
    """A change of control claimed one day is denied the next ("Moscou a démenti mardi que les forces ukrainiennes
    aient repris Robotyné", of Monday's claim; "Kyiv denied on Wednesday that the village had fallen"): the denial
    is dated by the day it was made. A contested report of the day after, at the same place, about the fighting
    there or its control, is the same event; a second change of control told without a denial stays another."""
    if family(a) != "Battles" or family(b) != "Battles" or not {a.sub_event_type, b.sub_event_type} & _TERRITORY:
        return False
    later = b if (b.date or "") > (a.date or "") else a
    return later.contested and _next_day_same_place(a, b, same_kind=False)


def _told_again_next_day(a: Event, b: Event) -> bool:
    """A follow-up dated by its own day ("un deuxième corps a été retiré samedi", "images taken on Thursday show")
    tells the strike of the day before again: at the same place, with the same telling toll, whatever it calls the
    act (one outlet's "attaque" is another's "frappe de missiles"). The toll is the strike's fingerprint; without
    it, two days are two strikes."""
    return _next_day_same_place(a, b, same_kind=False) and _tolls_agree(a, b)


def _updated_next_day(a: Event, b: Event) -> bool:
    """A report that tells its toll as a new total ("the number of people killed ... has risen to 18", "le bilan
    s'est alourdi à huit morts") is about a strike already told, often dated by the day of the update: it joins the
    strike of the day before at the same place, of the same kind, unless it counts fewer dead (a death toll only
    grows; the injured are counted differently by each source) or ten times as many (a shelling that killed one
    and a strike that killed 51 are two events). A report of the next day that tells no update is another
    strike."""
    if not _next_day_same_place(a, b):
        return False
    earlier, later = sorted((a, b), key=lambda e: e.date or "")
    before, after = earlier.fatalities, later.fatalities
    credible = before is None or after is None or before <= after < _TENFOLD * max(before, 1)
    return tells_update(later) and credible


def _next_day_same_place(a: Event, b: Event, *, same_kind: bool = True) -> bool:
    """Two reports of one kind at one place (one town, or a region and a town of it), each dated to one day, the one
    the day after the other (a report dated only by its publication may be of the day before it: see
    ``_days_apart``)."""
    la, lb = a.location, b.location
    if la is None or lb is None or (same_kind and a.sub_event_type != b.sub_event_type) or not (a.date and b.date):
        return False
    if a.date != a.date_end or b.date != b.date_end or _days_apart(a, b) != 1:
        return False
    same_town = _same_town(la, lb, distance_km(la.lat, la.lon, lb.lat, lb.lon))
    return la.name == lb.name or same_town or _contains(la, lb) or _contains(lb, la)


def _days_apart(a: Event, b: Event) -> int:
    """Days from the earlier report's day to the later one's first day (a report dated only by its publication
    tells of its own day or the day before: "le bilan s'alourdit à 20 morts" published two days after the strike
    is a day after it at the earliest)."""
    earlier, later = sorted((a, b), key=lambda e: e.date or "")
    return (_day(_first_day(later)) - _day(earlier.date or "")).days


def _date_overlap(a: Event, b: Event) -> int | None:
    if _is_night(a) and _is_night(b) and (a.date, a.date_end) != (b.date, b.date_end):
        return None  # two nights running share a day, yet are two attacks ("pour la deuxième nuit consécutive")
    start = max(_first_day(a), _first_day(b))
    end = min(a.date_end or a.date or "", b.date_end or b.date or "")
    if not start or start > end:
        return None
    return (_day(end) - _day(start)).days + 1


def _is_night(event: Event) -> bool:
    """A window of two days running: a night the text told ("dans la nuit de vendredi à samedi", "overnight")."""
    if not event.date or not event.date_end:
        return False
    return (_day(event.date_end) - _day(event.date)).days == 1


def _first_day(event: Event) -> str:
    """A report that gives no date tells of its own day or the day before (news of last night's strike)."""
    if not event.date or not event.dated_by_publication:
        return event.date or ""
    return (_day(event.date) - timedelta(days=1)).isoformat()


def _contains(region: object, place: object) -> bool:
    return (
        getattr(region, "geo_precision", None) == "region"
        and getattr(place, "geo_precision", None) != "region"
        and getattr(region, "name", None) == getattr(place, "admin1", None)
    )


def link_events(events: list[Event], prior: dict[str, str] | None = None) -> LinkResult:
    """Cluster ``events``; ``prior`` (event id -> cluster id) is kept and only ever merged further."""
    parent = {e.event_id: e.event_id for e in events}
    docs = {e.event_id: set(e.doc_ids) for e in events}
    members = {e.event_id: [e] for e in events}

    def find(event_id: str) -> str:
        while parent[event_id] != event_id:
            parent[event_id] = parent[parent[event_id]]
            event_id = parent[event_id]
        return event_id

    def union(a: str, b: str, *, checked: bool = True) -> bool:
        root_a, root_b = find(a), find(b)
        if root_a == root_b or docs[root_a] & docs[root_b]:
            return False
        if checked and any(_conflict(x, y) for x in members[root_a] for y in members[root_b]):
            return False  # no chaining: every member must be compatible with every other
        keep, drop = sorted((root_a, root_b))
        parent[drop] = keep
        docs[keep] |= docs.pop(drop)
        members[keep].extend(members.pop(drop))
        return True

    for event_id, cluster_id in (prior or {}).items():
        if event_id in parent and cluster_id in parent:
            union(event_id, cluster_id, checked=False)
    reasons: dict[str, LinkReason] = {}
    decisions = [(r, a, b) for a, b in candidate_pairs(events) if (r := decide(a, b)) is not None]
    for reason, a, b in sorted(_without_guessed_towns(decisions), key=lambda item: item[0].score):
        if union(a.event_id, b.event_id):
            reasons.setdefault(a.event_id, reason)
            reasons.setdefault(b.event_id, LinkReason(a.event_id, *_rest(reason)))
    return LinkResult({event_id: find(event_id) for event_id in parent}, reasons)


Decision = tuple[LinkReason, Event, Event]


def _without_guessed_towns(decisions: list[Decision]) -> list[Decision]:
    """A region-wide report ("dans la région de Soumy", "in Donetsk region") names no town, and a report without a
    date names no day: when its candidates are told apart (two towns of the oblast hit that day, a strike and the
    shelling of the day after), it joins only the one whose toll it tells; when none or several do, it stays its
    own event rather than a guess."""
    towns: dict[str, list[Event]] = {}
    for reason, a, b in decisions:
        vague = _vague_side(reason, a, b)
        if vague is not None:
            towns.setdefault(vague[0].event_id, [vague[0]]).append(vague[1])
    guessed: set[frozenset[str]] = set()
    for region, *found in towns.values():
        if not any(_conflict(x, y) for x in found for y in found):
            continue  # one town (or reports of one place): no guess
        told = [t for t in found if _tolls_agree(region, t)]
        if any(_conflict(x, y) for x in told for y in told):
            told = []
        guessed |= {frozenset((region.event_id, t.event_id)) for t in found if t not in told}
    guessed |= _untolled_guesses(decisions)
    return [d for d in decisions if frozenset((d[1].event_id, d[2].event_id)) not in guessed]


def _untolled_guesses(decisions: list[Decision]) -> set[frozenset[str]]:
    """Two acts told apart by their tolls (the strike on the town hall, seven dead and 22 hurt, and the cluster
    rockets on a quarter the same day, one dead and three hurt): a report joins one of them only when its toll
    agrees with that one alone; one that tells no toll, or a toll neither matches, joins neither."""
    candidates: dict[str, tuple[Event, list[Event]]] = {}
    for _, a, b in decisions:
        for one, other in ((a, b), (b, a)):
            candidates.setdefault(one.event_id, (one, []))[1].append(other)
    guessed: set[frozenset[str]] = set()
    for event, found in candidates.values():
        for x, y in ((x, y) for x in found for y in found if _two_tolls(x, y)):
            for side, rival in ((x, y), (y, x)):
                if not (_tolls_agree(event, side) and not _tolls_compatible(event, rival)):
                    guessed.add(frozenset((event.event_id, side.event_id)))
    return guessed


def _vague_side(reason: LinkReason, a: Event, b: Event) -> tuple[Event, Event] | None:
    """(the region-wide or undated report, its candidate) when the link rests on one."""
    if reason.relation == "region contains place":
        return (a, b) if _is_region(a) else (b, a)
    if not (a.date and b.date):
        return (a, b) if not a.date else (b, a)
    return None


def _is_region(event: Event) -> bool:
    return event.location is not None and event.location.geo_precision == "region"


def _conflict(a: Event, b: Event) -> bool:
    """Two events no cluster may hold together, whatever links them to others: two places told apart (each a town
    or "near" one, neither within reach of the other) or two date windows that do not meet. Without this check a
    region-wide report, or a chain of neighbours, would merge a whole front into one event."""
    if (bool(a.date and b.date) and _dates_meet(a, b) is None) or _territory_elsewhere(a, b):
        return True
    if family(a) != family(b) and not (unnamed_clash(a) or unnamed_clash(b)):
        return True  # a battle and a strike: an unnamed clash joins one or the other, never both
    if _two_battlefields(a, b) or _two_tolls(a, b) or told_as_before(a, b):
        return True
    la, lb = a.location, b.location
    if la is None or lb is None or la.name == lb.name or not {la.geo_precision, lb.geo_precision} <= {"point", "near"}:
        return False
    distance = distance_km(la.lat, la.lon, lb.lat, lb.lon)
    return distance > _near_limit(la, lb) and not _same_town(la, lb, distance)


def _rest(reason: LinkReason) -> tuple[str, float, int, int, float]:
    return reason.relation, reason.distance_km, reason.date_overlap_days, reason.shared_actors, reason.score
