"""Shipped gazetteer extracts for Ukraine (``data/*.gz``), read at build time only.

- ``geonames_postal_ua.txt.gz``: GeoNames postal codes of Ukraine (CC BY 4.0): settlement names in
  Ukrainian with oblast and coordinates; the last column is GeoNames' accuracy (1 = approximate).
- ``ua_admin_centroids.csv.gz``: 2020 oblasts, raions and hromadas with P-codes, English, Ukrainian and
  Russian names and the centroid of each unit (ISC licence).

- ``ucdp_locations_ua.csv.gz``: the distinct locations of UCDP GED's Ukraine events 2014-2021 (CC BY 4.0,
  Sundberg & Melander 2013): free-text place descriptions with coordinates, mostly villages of the occupied
  parts of Donetsk and Luhansk oblasts, which the postal extract lacks.

See docs/geocoding.md for the sources and their attribution.
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from kronika.gazetteer.keys import fold, translit_key

#: a postal coordinate shared by this many different settlement names is a district fallback, not a point
_SHARED_POINT = 3
_PRECISE_ACCURACY = 3


@dataclass(frozen=True, slots=True)
class Unit:
    pcode: str  # UA14, UA1402, UA1402003
    level: str  # oblast / raion / hromada
    name_en: str
    name_uk: str
    name_ru: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class PostalPoint:
    lat: float
    lon: float
    precise: bool


def _open_text(name: str) -> io.StringIO:
    data = resources.files("kronika.data").joinpath(name).read_bytes()
    return io.StringIO(gzip.decompress(data).decode("utf-8"), newline="")


@functools.cache
def admin_units() -> dict[str, Unit]:
    """P-code → oblast, raion or hromada with its centroid."""
    with _open_text("ua_admin_centroids.csv.gz") as handle:
        return {
            row["pcode"]: Unit(
                row["pcode"],
                row["level"],
                row["name_en"],
                row["name_uk"],
                row["name_ru"],
                float(row["lat_centroid"]),
                float(row["lon_centroid"]),
            )
            for row in csv.DictReader(handle)
        }


@functools.cache
def postal_points() -> dict[tuple[str, str], tuple[PostalPoint, ...]]:
    """(oblast P-code, folded Ukrainian name) → the distinct points GeoNames postal gives that name there."""
    oblasts = {fold(u.name_en): u.pcode for u in admin_units().values() if u.level == "oblast"}
    rows = []
    with _open_text("geonames_postal_ua.txt.gz") as handle:
        for fields in csv.reader(handle, delimiter="\t"):
            if len(fields) < 12 or not fields[9] or not fields[10]:
                continue
            oblast = oblasts.get(fold(fields[3]))
            if oblast is None:
                continue
            accuracy = int(fields[11]) if fields[11].isdigit() else 0
            rows.append((oblast, fields[2].strip(), round(float(fields[9]), 4), round(float(fields[10]), 4), accuracy))
    names_at = Counter((lat, lon) for _, _, lat, lon, _ in {(o, n, la, lo, 0) for o, n, la, lo, _ in rows})
    found: dict[tuple[str, str], dict[tuple[float, float], PostalPoint]] = {}
    for oblast, name, lat, lon, accuracy in rows:
        precise = accuracy >= _PRECISE_ACCURACY and names_at[(lat, lon)] < _SHARED_POINT
        points = found.setdefault((oblast, fold(name)), {})
        if (lat, lon) not in points or precise:
            points[(lat, lon)] = PostalPoint(lat, lon, precise)
    return {key: tuple(points.values()) for key, points in found.items()}


_UCDP_LEAD = re.compile(
    r"^(?:near|close\s+to|outskirts\s+of|in|at|the|village|town|township|settlement|city|of|c\.|vil\.|s\.|\s)+",
    re.IGNORECASE,
)
_UCDP_TAIL = re.compile(r"(?:\s+(?:village|town|township|settlement|city|area|railway\s+station))+$", re.IGNORECASE)
_UCDP_NAME = re.compile(r"[A-Z][a-z'’-]+(?:[\s-][A-Z0-9][a-z'’-]*){0,2}")


@functools.cache
def ucdp_points() -> dict[tuple[str, str], tuple[tuple[float, float], ...]]:
    """(oblast P-code, transliteration key) → points UCDP gives a named settlement (precision 1-2 rows only)."""
    oblasts = {fold(u.name_en)[:6]: u.pcode for u in admin_units().values() if u.level == "oblast"}
    found: dict[tuple[str, str], set[tuple[float, float]]] = {}
    with _open_text("ucdp_locations_ua.csv.gz") as handle:
        for row in csv.DictReader(handle):
            oblast = oblasts.get(fold(row["adm_1"])[:6])
            name = _ucdp_name(row["where_description"])
            if oblast is None or name is None or row["where_prec"] not in ("1", "2"):
                continue
            point = (round(float(row["latitude"]), 4), round(float(row["longitude"]), 4))
            found.setdefault((oblast, translit_key(name)), set()).add(point)
    return {key: tuple(sorted(points)) for key, points in found.items()}


def _ucdp_name(description: str) -> str | None:
    """ "near the village of Malinove, Stanychno-Luhansk district" → "Malinove"; None when no plain name leads."""
    head = re.split(r"[;,(\n]", description.strip().strip('"'), maxsplit=1)[0]
    head = _UCDP_TAIL.sub("", _UCDP_LEAD.sub("", head.strip())).strip()
    return head if _UCDP_NAME.fullmatch(head) else None
