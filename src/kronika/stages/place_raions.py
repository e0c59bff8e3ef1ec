"""Raions named by their adjective: "the Glushkovsky district of Kursk region", "Synelnykivskyi raion".

Russian and Ukrainian districts (raions) take their centre town's name as an adjective: Glushkovo → Glushkovsky,
Shebekino → Shebekinsky, Sudzha → Sudzhansky, Kramatorsk → Kramatorskyi, Synelnykove → Synelnykivskyi. The
adjective is no toponym the gazetteer holds, so the raion is read as its centre town (role ``near``: the district
around the town, as "Kramatorsk raion" already is). With the noun "raion" the adjective is always a raion; with
"district", which also names city districts ("the Desnianskyi district" of Kyiv, not the village Desna), only when
the town lies in a region its sentence names ("Kursk region's Glushkovsky district", "Synelnykivskyi district,
Dnipropetrovsk").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kronika.gazetteer.index import Candidate, Gazetteer
from kronika.gazetteer.keys import fold
from kronika.stages.place_conventions import UPPER, Mention, overlaps
from kronika.stages.place_ranking import in_theatre

_RAION = re.compile(
    rf"(?<![\w'’-])(?P<name>[{UPPER}][\w'’-]*?)(?P<ending>s[ck](?:yi|yy|iy|ii|y|i|ij|a))\s+"
    r"(?P<noun>raion|rayon|district)s?\b"
)


_REGION_NEAR = re.compile(
    r"(?P<name>[A-Z][\w'’-]+)\s+(?:region|oblast|Oblast|Region)(?:['’]s)?", re.UNICODE
)  # "Kursk region's", ", Dnipropetrovsk Oblast"


_ENDINGS = ("", "sk", "o", "a", "ka", "y", "i", "e", "ki")  # Sudzha(n), Kramator+sk, Glushkov+o, Okhtyr+ka, Sum+y


_CENTRE_TOWN = 3_000  # inhabitants: a raion's centre is a town


def raion_mentions(text: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> Iterator[Mention]:
    """Each raion named by its adjective, as a mention of its centre town (the adjective's span)."""
    for match in _RAION.finditer(text):
        start, end = match.start("name"), match.end("ending")
        if overlaps(start, end, taken):
            continue
        towns = _towns(match.group("name"), gazetteer)
        if match.group("noun") == "district":
            regions = _sentence_regions(text, match.start(), gazetteer)
            towns = [t for t in towns if (t.country, t.admin1_code) in regions]
        if towns:
            yield Mention(text[start:end], start, end, candidates=towns[:1])


def _towns(stem: str, gazetteer: Gazetteer) -> list[Candidate]:
    """The centre towns an adjective's stem can name, the most likely first."""
    stems = {stem, stem[:-1] if stem.endswith("n") else stem}  # Sudzhan(sky) → Sudzha, Shostkyn(skyi) → Shostk(a)
    if fold(stem).endswith("iv"):
        stems |= {stem[:-2] + "ov", stem[:-2] + "y", stem[:-2] + "ivka"}  # Synelnykiv → Synelnykov+e, Lozov+a, Polohy
    return centre_towns(stems, _ENDINGS, gazetteer)


def centre_towns(stems: set[str], endings: tuple[str, ...], gazetteer: Gazetteer) -> list[Candidate]:
    """The theatre's towns of a raion centre's size spelt stem + ending, the most likely first."""
    found: dict[str, Candidate] = {}
    for base in stems:
        for ending in endings:
            for candidate in gazetteer.lookup(base + ending):
                if candidate.kind == "city" and candidate.population >= _CENTRE_TOWN and in_theatre(candidate):
                    found.setdefault(candidate.id, candidate)
    return sorted(found.values(), key=lambda c: (c.quality == "key", -c.population))


def _sentence_regions(text: str, offset: int, gazetteer: Gazetteer) -> set[tuple[str, str | None]]:
    """The regions named in the sentence around ``offset`` ("Kursk region", "Dnipropetrovsk Oblast")."""
    start = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset)) + 1
    stop = min(i for i in (text.find(". ", offset), text.find("\n", offset), len(text)) if i >= 0)
    regions = set()
    for match in _REGION_NEAR.finditer(text, start, stop):
        region = gazetteer.region(match.group("name"))
        if region is not None:
            regions.add((region.country, region.admin1_code))
    comma = re.compile(r",\s+(?P<name>[A-Z][\w'’-]+)\b").finditer(text, offset, stop)  # "…district, Dnipropetrovsk"
    for match in comma:
        region = gazetteer.region(match.group("name"))
        if region is not None:
            regions.add((region.country, region.admin1_code))
    return regions
