"""Query the offline place index."""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kronika.errors import GazetteerError
from kronika.gazetteer.build import SCHEMA_VERSION, build_gazetteer, distance_km
from kronika.gazetteer.keys import fold, numbered_stem, respellings, translit_key


@dataclass(frozen=True, slots=True)
class Candidate:
    id: str
    geonames_id: int | None
    name: str
    lat: float
    lon: float
    country: str
    admin1_code: str | None
    admin1: str | None
    feature: str
    population: int
    kind: str  # city / settlement / region / country / macro
    quality: str  # name / alt / full / base / key / site
    precision: str = "point"  # how exactly lat/lon locate the place: point / near / region / country

    def distance_to(self, other: Candidate) -> float:
        return distance_km(self.lat, self.lon, other.lat, other.lon)


_COLUMNS = (
    "p.id, p.geonames_id, p.name, p.lat, p.lon, p.country, p.admin1_code, p.admin1, p.feature, p.population, p.kind, "
    "p.precision"
)


class Gazetteer:
    def __init__(self, path: Path) -> None:
        self.path = path
        uri = f"file:{path}?mode=ro"
        self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        version = self._connection.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if not version or version[0] != SCHEMA_VERSION:
            raise GazetteerError(f"{path} was built by another Kronika version; run `kronika gazetteer build`")

    def lookup(self, surface: str) -> list[Candidate]:
        """Every place a name can denote: exact (accent-folded) forms first, else transliteration keys."""
        return list(self._lookup(surface))

    @functools.lru_cache(maxsize=50_000)  # noqa: B019 - one Gazetteer per process, lives as long
    def _lookup(self, surface: str) -> tuple[Candidate, ...]:
        rows = self._forms_and_keys(surface)
        if rows:
            return tuple(rows)
        for spelling in respellings(surface):  # "Verkhnyotoretske": only when the name as written finds nothing
            rows = [dataclasses.replace(c, quality="key") for c in self._forms_and_keys(spelling)]
            if rows:
                return tuple(rows)
        return tuple(self._numbered_part(surface))

    def _forms_and_keys(self, surface: str) -> list[Candidate]:
        rows = self._query("n.form = ?", fold(surface))
        # namesakes spelled another way ("Vodyane" for a Vodiane) stay candidates, ranked below exact forms
        keyed = [c for c in self._query("n.key = ?", translit_key(surface)) if c.quality != "base"]
        known = {r.id for r in rows}
        rows += [dataclasses.replace(c, quality="key") for c in keyed if c.id not in known]
        return rows

    def _numbered_part(self, surface: str) -> list[Candidate]:
        """A mine or quarter named after a town ("Zolote-3"): the town, near (the part's own point is not known)."""
        stem = numbered_stem(surface)
        if stem is None:
            return []
        towns = [c for c in self._query("n.form = ?", stem) if c.kind in ("city", "settlement")]
        return [dataclasses.replace(c, quality="key", precision="near") for c in towns]

    def site_names(self) -> list[str]:
        """Every name of a notable site or front direction (matched as phrases, case-insensitively)."""
        rows = self._connection.execute("SELECT DISTINCT form FROM names WHERE quality = 'site'").fetchall()
        return [form for (form,) in rows]

    def lookup_exact(self, surface: str) -> list[Candidate]:
        """Places with exactly this (accent-folded) name or alternate name; no transliteration key."""
        return self._query("n.form = ?", fold(surface))

    def region(self, surface: str) -> Candidate | None:
        """The first-level region or macro-region a bare name denotes after "région de", "X Oblast"."""
        candidates = [c for c in self._lookup(surface) if c.kind in ("region", "macro")]
        if not candidates:
            key = translit_key(surface)
            candidates = [c for c in self._query("n.key = ?", key) if c.kind in ("region", "macro")]
        return candidates[0] if candidates else None

    def near_spellings(self, surface: str, region: Candidate, edits: int | None = None) -> list[Candidate]:
        """Places of ``region`` whose name is within ``edits`` letter changes of ``surface`` (transliteration keys).

        The Russian or a local spelling of a village ("Kamyshevakha" for Komyshuvakha) that the rules of
        data/translit.json do not produce, once the text has named the region that holds it.
        """
        key = translit_key(surface)
        if len(key) < _FUZZY_MIN_KEY or region.kind != "region":
            return []
        edits = _FUZZY_EDITS if edits is None else edits
        ids = [
            place_id
            for other, place_id in self._region_keys(region.country, region.admin1_code)
            if other[:1] == key[:1] and abs(len(other) - len(key)) <= edits and _within_edits(key, other, edits)
        ]
        found = [c for place_id in dict.fromkeys(ids) for c in self._query("p.id = ?", place_id)]
        return [dataclasses.replace(c, quality="key") for c in found if c.kind in ("city", "settlement")]

    @functools.lru_cache(maxsize=64)  # noqa: B019 - one Gazetteer per process, lives as long
    def _region_keys(self, country: str, admin1_code: str | None) -> tuple[tuple[str, str], ...]:
        rows = self._connection.execute(
            "SELECT DISTINCT n.key, p.id FROM names n JOIN places p ON p.id = n.place_id "
            "WHERE p.country = ? AND p.admin1_code = ? AND p.kind IN ('city', 'settlement') AND n.quality != 'base'",
            (country, admin1_code),
        ).fetchall()
        return tuple((key, place_id) for key, place_id in rows if key)

    def region_of(self, candidate: Candidate) -> Candidate | None:
        """The first-level region a city lies in, as a region candidate."""
        if candidate.kind != "city" or not candidate.admin1:
            return None
        found = self._query("p.kind = 'region' AND p.name = ? AND n.quality = 'full'", candidate.admin1)
        return found[0] if found else None

    def _query(self, where: str, value: str) -> list[Candidate]:
        sql = (
            f"SELECT DISTINCT {_COLUMNS}, n.quality FROM names n JOIN places p ON p.id = n.place_id "
            f"WHERE {where} ORDER BY (p.kind IN ('city', 'settlement')), p.population DESC"
        )
        rows = self._connection.execute(sql, (value,)).fetchall()
        seen: set[str] = set()
        result = []
        for row in rows:
            if row[0] in seen:
                continue
            seen.add(row[0])
            (place_id, geonames_id, name, lat, lon, country, admin1_code, admin1, feature, population, kind, precision,
             quality) = row  # fmt: skip
            result.append(
                Candidate(
                    place_id,
                    geonames_id,
                    name,
                    lat,
                    lon,
                    country,
                    admin1_code,
                    admin1,
                    feature,
                    population or 0,
                    kind,
                    quality,
                    precision,
                )
            )
        return result


_FUZZY_MIN_KEY = 6  # letters of a transliteration key: shorter names are too easily one another
_FUZZY_EDITS = 2  # Камышеваха / Комишуваха, Zolote-5 / Zolote


def _within_edits(a: str, b: str, limit: int) -> bool:
    """Levenshtein distance of a and b at most ``limit`` (rows abandoned once every cell exceeds it)."""
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other)))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def open_gazetteer(path: Path, build_if_missing: bool = True) -> Gazetteer:
    """Open the index, building it first from installed packages when it is missing."""
    if not path.exists():
        if not build_if_missing:
            raise GazetteerError(f"no gazetteer at {path}; run `kronika gazetteer build`")
        build_gazetteer(path)
    try:
        return Gazetteer(path)
    except sqlite3.DatabaseError as exc:
        raise GazetteerError(f"cannot read the gazetteer at {path} ({exc}); run `kronika gazetteer build`") from exc
