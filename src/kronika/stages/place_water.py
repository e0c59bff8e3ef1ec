"""Rivers, seas and reservoirs named as such: never the town that shares the name.

"la rivière Siverskyi Donets", "le fleuve Dniepr", "the Dnipro river", "rive gauche du Dniepr", "the left bank of the
Dnipro", "la mer d'Azov", "le réservoir de Kakhovka", "the Oskil": a noun of water before or after the name, or an
article (towns take none in French or English), makes the name a body of water. It is placed on the water where the
war meets it (``rivers`` in data/sites.json), role ``other``: a place of the text, never an event's place. "Dnipro"
alone is still the city.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from kronika.gazetteer.keys import fold
from kronika.model import Place

_NOUN_BEFORE = (
    r"(?:rivi[èe]re|fleuve|river|r[ée]servoir|reservoir|lac|lake|mer|sea|estuaire|estuary|delta|"
    r"rives?(?:\s+(?:gauche|droite|est|ouest|orientale|occidentale))?|berges?|"
    r"(?:(?:left|right|east(?:ern)?|west(?:ern)?|opposite|other|southern|northern)\s+)?banks?|"
    r"річк[аиуіо]|рік[аиуі]|рек[аиуеи]|водосховищ[аеі]|мор[еяі]|берез[іи]|берег[ау]?)"
    r"(?:\s+(?!pr[èe]s\b|proche\b|loin\b|voisin)[a-zà-ÿ]{4,}(?=\s+(?:de|du|d['’])))?"  # "le réservoir asséché de"
    r"\s+(?:de\s+la\s+|du\s+|de\s+l['’]|d['’]|de\s+|des\s+|of\s+the\s+|of\s+|the\s+)?"
)

_ARTICLE_BEFORE = r"(?<![\w-])(?:(?:[Tt]he|[Ll]e|[Dd]u|[Aa]u)\s+|[Ll]['’])"

_NOUN_AFTER = r"\s+(?:river|reservoir|sea|lake|estuary|річк\w*|водосховищ\w*|мор[еяі])(?!\w)"

_NOT_WATER_AFTER = re.compile(  # "the Dnipro region", "the Dnipro Hotel", "the Desna training centre": not the river
    r"\s*(?:[-‐–]\w|[A-ZÀ-ÞА-ЯІЇЄҐ]|(?:region|oblast|province|city|town|district|raion|direction|axis|front|sector|"
    r"area|airport|station|plant|factory|council|administration|military|governor|mayor|battalion|brigade|regiment|"
    r"group|hotel|stadium|club|team|basin|metro|hospital|training|base|people)\b)"
)


def water_places(text: str) -> list[Place]:
    """Every body of water the text names as such, placed on the water, role ``other``."""
    by_name = _water_names()[0]
    found: dict[int, Place] = {}
    for pattern, by_article in _patterns():
        for match in pattern.finditer(text):
            start, end = match.span("name")
            if start in found or (by_article and _NOT_WATER_AFTER.match(text, end)):
                continue
            water = by_name[fold(" ".join(match.group("name").split()))]
            found[start] = Place(
                text[start:end], start, end, name=water["name"], lat=water["lat"], lon=water["lon"],
                country=water["country"], feature="other", precision="region", role="other",
            )  # fmt: skip
    return sorted(found.values(), key=lambda p: p.start)


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """A noun of water before or after any name; an article before the names of rivers (True: check what follows)."""
    _, names, article_names = _water_names()
    return (
        (re.compile(rf"{_NOUN_BEFORE}(?P<name>{names})(?!\w)", re.IGNORECASE), False),
        (re.compile(rf"(?<![\w-])(?P<name>{names}){_NOUN_AFTER}", re.IGNORECASE), False),
        (re.compile(rf"{_ARTICLE_BEFORE}(?P<name>{article_names})(?!\w)"), True),
    )


@functools.cache
def _water_names() -> tuple[dict[str, dict[str, Any]], str, str]:
    """Folded name → its body of water; the alternation of every name; that of the names an article suffices for."""
    from kronika.data import load_json

    waters = load_json("sites.json").get("rivers", [])
    by_name = {fold(name): water for water in waters for name in water["names"]}
    every = sorted({name for water in waters for name in water["names"]}, key=len, reverse=True)
    article = [name for name in every if by_name[fold(name)].get("article", False)]
    return by_name, _alternation(every), _alternation(article)


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
