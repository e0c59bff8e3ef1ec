"""Ranking of a toponym's readings: which namesake a report means.

In this order: a region named in the same sentence, then one named anywhere in the document, then the war's
theatre on the report's day (front-line and border regions, nearness to the front lines of data/front.json),
then the place's current name over an alternate one, then population. ``geocode`` exposes the same ranking
for one name.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kronika.gazetteer.build import distance_km
from kronika.gazetteer.index import Candidate, Gazetteer
from kronika.gazetteer.keys import fold, translit_key

FOCUS_WEIGHT = {"UA": 3.0, "RU": 3.0, "BY": 1.5, "MD": 1.5}


_THEATRE_WEIGHT = 2.5


_FRONT_WEIGHT = 5.0


_FRONT_KM = 60.0


_ANCHOR_CITY = 100_000


_SENTENCE_REGION = 8.0  # on top of _DOCUMENT_REGION: sentence > document > front line > theatre > population


_DOCUMENT_REGION = 6.0


_FRONT_STEP_KM = 5.0


_FAR_KM = 400.0


_ALIAS_FAR_KM = 250.0


_SMALL_PLACE = 20_000


_OWN_NAME = 1.0
_RENAMED_TOWN = 10_000  # a town of the war's regions known by its former name competes with a far city
_NEIGHBOUR_WEIGHT = 4.0  # a namesake beside a town of the same sentence: above the front prior's difference
_NEIGHBOUR_KM = 40.0


def nominative_forms(surface: str) -> list[str]:
    """Nominative forms a declined Ukrainian or Russian toponym may come from (у Харкові → Харків)."""
    words = surface.split(" ")
    options = [_word_forms(word) for word in words[:2]]
    if len(options) == 1:
        return [form for form in options[0] if form != surface]
    return [f"{a} {b}" for a in options[0] for b in options[1] if f"{a} {b}" != surface]


def _word_forms(word: str) -> list[str]:
    head, joiner, tail = word.partition("-на-")  # Ростове-на-Дону: only the first part declines
    forms = [head]
    for ending, replacement in inflections()["noun"]:
        if head.endswith(ending) and len(head) - len(ending) >= 2:
            forms.append(head[: len(head) - len(ending)] + replacement)
    return [form + joiner + tail for form in dict.fromkeys(forms)]


def in_theatre(candidate: Candidate) -> bool:
    return candidate.country == "UA" or candidate.admin1 in theatre()


def within_region(candidate: Candidate, region: Candidate) -> bool:
    if region.kind == "country":
        return candidate.country == region.country and candidate.kind != "country"
    return (
        candidate.kind in ("city", "settlement", "site")
        and candidate.country == region.country
        and (candidate.admin1_code == region.admin1_code or candidate.admin1 == region.name)
    )


def choose(
    surface: str,
    candidates: list[Candidate],
    sentence: list[Candidate],
    context: list[Candidate],
    anchors: list[Candidate],
    day: str | None = None,
    neighbours: Sequence[Candidate] = (),
    rear: bool = False,
) -> Candidate:
    """The reading of a toponym: see the module's docstring for the order of the clues. ``neighbours`` are towns
    of the same sentence whose reading is not in doubt: the namesake next to them is meant. ``rear``: the name is
    that of a facility the war strikes, which Russia's rear holds as much as Ukraine (``_focus``)."""
    if len(candidates) == 1:  # "near the village of Yablonovo" in the Belgorod region: not a namesake 1,000 km off
        return _far_fallback(candidates[0], sentence) or candidates[0]
    city = _city_by_its_name(surface, candidates, sentence)
    if city is not None:
        return city
    candidates = _towns_by_their_compound_name(surface, candidates)
    candidates = _villages_over_a_city_alias(surface, candidates)
    best = max(
        candidates,
        key=lambda c: (
            _score(c, context, anchors, surface, sentence, day, rear) + _beside(c, neighbours) * _front_factor(day)
        ),  # a neighbour outweighs the front prior's difference
    )
    if translit_key(best.name) in name_keys(surface):
        return _far_fallback(best, sentence) or best  # its own name: only a region of the same sentence overrules
    return _far_fallback(best, context) or best


def _beside(candidate: Candidate, neighbours: Sequence[Candidate]) -> float:
    """Up to _NEIGHBOUR_WEIGHT for a namesake within _NEIGHBOUR_KM of a town its sentence names."""
    if not neighbours or candidate.kind not in ("city", "settlement"):
        return 0.0
    nearest = min(
        (distance_km(candidate.lat, candidate.lon, n.lat, n.lon) for n in neighbours if n.id != candidate.id),
        default=_NEIGHBOUR_KM,
    )
    return _NEIGHBOUR_WEIGHT * max(0.0, 1.0 - nearest / _NEIGHBOUR_KM)


@dataclass(frozen=True, slots=True)
class RankedCandidate:
    candidate: Candidate
    score: float
    confidence: float  # how far ahead of the runner-up, 0.5 (a tie) .. 1.0


def geocode(surface: str, gazetteer: Gazetteer, context: Iterable[str] = ()) -> list[RankedCandidate]:
    """Every place ``surface`` can denote, best first, ranked as the places stage ranks them.

    ``context`` names regions the text mentions ("Belgorod Oblast", "région de Koursk").
    """
    regions = [r for r in (gazetteer.region(_strip_region_words(name)) for name in context) if r is not None]
    candidates = _villages_over_a_city_alias(surface, [c for c in gazetteer.lookup(surface) if c.quality != "base"])
    if not candidates:
        region = gazetteer.region(_strip_region_words(surface))
        candidates = [region] if region else []
    scored = sorted(((c, _score(c, regions, [], surface, regions)) for c in candidates), key=lambda item: -item[1])
    fallback = _far_fallback(scored[0][0], regions) if scored else None
    if fallback is not None:
        scored.insert(0, (fallback, scored[0][1] + 0.01))
    ranked = []
    for index, (candidate, score) in enumerate(scored):
        rival = scored[1][1] if index == 0 and len(scored) > 1 else (scored[0][1] if index else None)
        margin = score - rival if rival is not None else 10.0
        ranked.append(RankedCandidate(candidate, round(score, 2), round(1 / (1 + math.exp(-margin)), 3)))
    return ranked


@functools.lru_cache(maxsize=10_000)
def name_keys(surface: str) -> frozenset[str]:
    return frozenset(translit_key(form) for form in (surface, *nominative_forms(surface)))


def _strip_region_words(name: str) -> str:
    return re.sub(
        r"(?i)^(?:r[ée]gion|oblast|province)\s+(?:de\s+|d'|du\s+)|\s+(?:oblast|region|province|krai)$", "", name
    ).strip()


def _score(
    candidate: Candidate,
    context: list[Candidate],
    anchors: list[Candidate],
    surface: str = "",
    sentence: list[Candidate] | None = None,
    day: str | None = None,
    rear: bool = False,
) -> float:
    score = 10.0 if candidate.kind in ("country", "region", "macro") and candidate.quality == "full" else 0.0
    if candidate.admin1 in theatre() and _theatre_on(candidate.admin1, day):
        score += _THEATRE_WEIGHT  # the war's front-line and border regions of the day, over namesakes elsewhere
    if any(within_region(candidate, region) for region in sentence or []):
        score += _SENTENCE_REGION
    if candidate.precision == "point":
        score += 0.3  # among namesakes otherwise alike, the one located exactly is the better known
    if candidate.kind in ("city", "settlement") and candidate.country in ("UA", "RU"):
        score += _front_prior(candidate, day, by_name=candidate.quality != "key")
    own_name = bool(surface) and translit_key(candidate.name) in name_keys(surface)
    if own_name:
        score += _OWN_NAME  # the place bears the name itself, not as a former or foreign alias
    register = candidate.kind == "settlement" and candidate.country == "UA"  # reached by its Russian-style name
    quality = "alt" if (own_name or register) and candidate.quality == "key" else candidate.quality
    if quality == "alt" and _apostrophe_only(candidate.name, surface):
        quality = "name"  # "Kamyanka" is Kam’yanka's own name written without its apostrophe, not an alias
    score += {"key": 0.0, "alt": 2.0}.get(quality, 3.5)  # a place's current name beats a former one
    score += _focus(candidate, day, rear)
    score += 0.8 * math.log10(candidate.population + 1)
    context_codes = {(c.country, c.admin1_code) for c in context if c.admin1_code}
    if (candidate.country, candidate.admin1_code) in context_codes:
        score += _DOCUMENT_REGION
    if any(distance_km(candidate.lat, candidate.lon, a.lat, a.lon) < 250 for a in anchors if a.id != candidate.id):
        score += 2.0
    return score


def _apostrophe_only(name: str, surface: str) -> bool:
    """The two spellings differ only by an apostrophe ("Kam’yanka", "Kamyanka")."""
    bare = [re.sub(_APOSTROPHE, "", fold(s)).lower() for s in (name, surface)]
    return bare[0] == bare[1] and re.search(_APOSTROPHE, name + surface) is not None


_APOSTROPHE = r"['’ʼ`]"


def _focus(candidate: Candidate, day: str | None, rear: bool = False) -> float:
    """Ukraine and its neighbours over the rest of the world; in Russia, the border regions of the day and its
    cities, not a namesake village beyond the Volga - unless the name is that of a facility the war strikes there
    ("le terminal méthanier de Vysotsk", on the Gulf of Finland, not the Rivne village)."""
    weight = FOCUS_WEIGHT.get(candidate.country, 0.0)
    if candidate.country != "RU" or candidate.kind not in ("city", "settlement") or rear:
        return weight
    border = candidate.admin1 in theatre() and _theatre_on(candidate.admin1, day)
    return weight if border or candidate.population >= _ANCHOR_CITY else 0.0


def _city_by_its_name(surface: str, candidates: list[Candidate], sentence: list[Candidate]) -> Candidate | None:
    """ "Mykolaïv" is the city of 470,000, whatever other region the article names, unless its own sentence
    puts a namesake elsewhere."""
    keys = name_keys(surface)
    cities = [
        c for c in candidates if c.kind == "city" and c.population >= _ANCHOR_CITY and translit_key(c.name) in keys
    ]
    exact = any(c.quality != "key" for c in candidates)
    cities = [c for c in cities if c.quality != "key" or not exact]  # "Shumy" is the village so named, not Sumy
    if not cities or any(within_region(c, region) for c in candidates for region in sentence):
        return None
    if any(c.kind in ("country", "region", "macro", "site") for c in candidates):
        return None  # "Russie" is the country, not Ruse
    city = max(cities, key=lambda c: c.population)
    renamed = [c for c in candidates if c.kind == "city" and c.quality != "name" and c.population >= _RENAMED_TOWN]
    if not in_theatre(city) and any(in_theatre(c) for c in renamed):
        return None  # "Dzerzhinsk", French "Dzerjynsk": the town renamed Toretsk competes with the far city
    return city


def _towns_by_their_compound_name(surface: str, candidates: list[Candidate]) -> list[Candidate]:
    """ "Bilhorod-Dnistrovskyi" is the Odesa Oblast town of 50,000 that bears the compound name, not Belgorod, which
    GeoNames lists under it as an alternate name; a village so named does not outrank a town's former name ("Krasny
    Liman" stays Lyman, not the hamlet Krasnyi Lyman)."""
    if " " not in translit_key(surface):
        return candidates
    keys = name_keys(surface)
    towns = [
        c for c in candidates if c.kind == "city" and c.population >= _RENAMED_TOWN and translit_key(c.name) in keys
    ]
    return towns or candidates


def _villages_over_a_city_alias(surface: str, candidates: list[Candidate]) -> list[Candidate]:
    """A city of 100,000 reached only by a former name ("Novooleksandrivka" for Melitopol) is not what a report means
    when Ukrainian villages bear that name as their own (a Russian village "Nikolayev" does not take "Nikolaev" from
    Mykolaiv): the city's front-line bonus is for its name, not for its aliases."""
    keys = name_keys(surface)
    if not any(
        c.kind in ("city", "settlement") and c.country == "UA" and translit_key(c.name) in keys for c in candidates
    ):
        return candidates
    kept = [
        c
        for c in candidates
        if not (c.kind == "city" and c.population >= _ANCHOR_CITY and translit_key(c.name) not in keys)
    ]
    return kept or candidates


def _front_prior(candidate: Candidate, day: str | None = None, by_name: bool = True) -> float:
    """Up to _FRONT_WEIGHT near the front lines; a city of 100,000 of the war's regions is the default reading of
    its name, not of a word that only a spelling key leads to it ("Shumy" is not Sumy), nor is a city far from
    the war (Dzerzhinsk on the Oka is not the Donbas town once so named)."""
    if candidate.population >= _ANCHOR_CITY and by_name and in_theatre(candidate):
        return _FRONT_WEIGHT
    distance = front_distance_km(candidate.lat, candidate.lon, _front_lines_on(day))
    return _FRONT_WEIGHT * _front_factor(day) * max(0.0, 1.0 - distance / _FRONT_KM)


@functools.lru_cache(maxsize=4_096)
def _front_factor(day: str | None) -> float:
    """More weight to the front before the full-scale invasion, when the war was the line of contact only (a
    village by it over a better-known namesake far from it: ``weight_until`` in data/front.json)."""
    from kronika.data import load_json

    last, factor = load_json("front.json").get("weight_until", [None, 1.0])
    return float(factor) if day and last and day[:10] <= last else 1.0


def _far_fallback(best: Candidate, context: list[Candidate]) -> Candidate | None:
    """A small place far from every region the article names is more likely an unindexed village there."""
    regions = [c for c in context if c.kind == "region"]
    if best.kind not in ("city", "settlement") or best.population >= _SMALL_PLACE or not regions:
        return None
    if any((c.country, c.admin1_code) == (best.country, best.admin1_code) for c in regions):
        return None
    nearest = min(regions, key=lambda c: distance_km(best.lat, best.lon, c.lat, c.lon))
    # a place reached only by an alias across a border is sooner an unindexed village of the named region:
    # "Plekhovo, south of Sudzha, Kursk region" is not Plekhiv of Poltava Oblast (320 km) that bears it as an alias
    alias_abroad = best.quality == "alt" and best.country != nearest.country
    if distance_km(best.lat, best.lon, nearest.lat, nearest.lon) > (_ALIAS_FAR_KM if alias_abroad else _FAR_KM):
        return nearest
    return None


def _theatre_on(region: str | None, day: str | None) -> bool:
    """The region was a front-line or border region on ``day`` (every theatre region when undated): before
    24 February 2022 the war was in Donbas and Crimea only (``theatre_since`` in regions.json)."""
    since = _theatre_since().get(region or "", "")
    return not day or day[:10] >= since


@functools.cache
def _theatre_since() -> dict[str, str]:
    from kronika.data import load_json

    return {e["name"]: e.get("theatre_since", "") for e in load_json("regions.json") if e.get("theatre")}


@functools.cache
def theatre() -> frozenset[str]:
    """Names of the front-line and border regions of Ukraine and Russia (``"theatre": true`` in regions.json)."""
    from kronika.data import load_json

    return frozenset(e["name"] for e in load_json("regions.json") if e.get("theatre"))


@functools.lru_cache(maxsize=100_000)
def front_distance_km(lat: float, lon: float, lines: tuple[str, ...] | None = None) -> float:
    """Kilometres from a point to the nearest front line or border of data/front.json (equirectangular);
    ``lines`` names the lines to use (all by default)."""
    scale = math.cos(math.radians(lat))
    return 111.2 * min(math.hypot(lat - a, (lon - b) * scale) for a, b in _front_points(lines))


@functools.lru_cache(maxsize=4_096)
def _front_lines_on(day: str | None) -> tuple[str, ...] | None:
    """The lines of data/front.json that were a front on ``day`` (YYYY-MM-DD); None (every line) if undated."""
    from kronika.data import load_json

    if not day:
        return None
    data = load_json("front.json")
    periods = data.get("periods", {})
    active = tuple(
        name
        for name in data["lines"]
        if (periods.get(name, [None, None])[0] or "") <= day[:10] <= (periods.get(name, [None, None])[1] or "9999")
    )
    return active or None


@functools.cache
def _front_points(lines: tuple[str, ...] | None = None) -> tuple[tuple[float, float], ...]:
    """The lines of data/front.json (those named, else all), with a point every few kilometres."""
    from kronika.data import load_json

    points: list[tuple[float, float]] = []
    for name, line in load_json("front.json")["lines"].items():
        if lines is not None and name not in lines:
            continue
        for (lat1, lon1), (lat2, lon2) in itertools.pairwise(line):
            steps = max(1, int(distance_km(lat1, lon1, lat2, lon2) / _FRONT_STEP_KM))
            points += [(lat1 + (lat2 - lat1) * i / steps, lon1 + (lon2 - lon1) * i / steps) for i in range(steps)]
        points.append(tuple(line[-1]))  # type: ignore[arg-type]
    return tuple(points)


@functools.cache
def inflections() -> dict[str, Any]:
    from kronika.data import load_json

    return load_json("inflections.json")  # type: ignore[no-any-return]
