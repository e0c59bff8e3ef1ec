"""City districts: "le district de Prymorskyi" in a sentence about Odesa, "Zaporizhzhia's Shevchenkivskyi district".

A Ukrainian or Russian city district is named by an adjective (Prymorskyi, Sobornyi, Kyivskyi, Primorsky) with a
noun of district before or after it, and its city either attached ("district Sobornyï de Dnipro", "the Kyivskyi
district of Kharkiv", "Odesa's Kyivskyi district") or named in the same sentence ("À Odessa, un missile a touché le
district de Prymorskyi"). Many cities have a district of the same name, and the bare adjective also names far
places (Primorsky Krai, Mariupol's Prymorskyi), so the city decides: the district of that city from
``data/sites.json`` (its point), else a GeoNames district bearing the name inside the city, else, when the phrase
itself names the city, the city (the district lies within it: Zaporizhzhia's districts have no point of their own
here, and a district the data does not know is one place with its city, not a second event beside it). A bare
"X district" whose city's data has no such district is left alone (it may be a raion named after a town) unless its
sentence opens in the city ("À Zaporijjia, une frappe a touché l'arrondissement Oleksandrivskyï").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from kronika.gazetteer.index import Candidate, Gazetteer
from kronika.gazetteer.keys import fold, translit_key
from kronika.model import Document
from kronika.stages.place_conventions import UPPER, WORD, Mention, overlaps

_ADJECTIVE = rf"[{UPPER}][\w'’-]*?(?:sk|ck|zk|n)(?:yi|yï|yy|iy|ii|ij|y|i|oi|oï|oy)"
_ENDING = re.compile(r"(?:yi|yï|yy|iy|ii|ij|y|i|oi|oï|oy)$")
_NOUN = r"(?:district|quartier|arrondissement)"
_NOUN_ATTACHED = r"(?:district|quartier|arrondissement|ra[iï]on|rayon)"
_OF_CITY = rf"\s+(?:de\s+|d['’]|of\s+|in\s+|à\s+)(?P<city>{WORD})"

_ATTACHED = (
    re.compile(rf"(?P<city>{WORD})['’]s\s+(?P<name>{_ADJECTIVE})\s+{_NOUN_ATTACHED}s?\b"),  # Odesa's Kyivskyi district
    re.compile(rf"\b(?P<name>{_ADJECTIVE})\s+{_NOUN_ATTACHED}{_OF_CITY}"),  # the Kyivskyi district of Kharkiv
    re.compile(rf"\b{_NOUN_ATTACHED}\s+(?:de\s+|d['’])?(?P<name>{_ADJECTIVE}){_OF_CITY}", re.I),  # district X de Y
)
_SEPARATOR = r"(?:\s*,\s*|,?\s+(?:and|et|&)\s+)(?:de\s+|d['’])?"
_NAMES = rf"(?P<names>{_ADJECTIVE}(?:\s*,\s*(?:de\s+|d['’])?{_ADJECTIVE})*{_SEPARATOR}{_ADJECTIVE})"
_LISTS = (  # "the Kyivskyi, Saltivskyi and Shevchenkivskyi districts of Kharkiv": each district of the city
    re.compile(rf"(?P<city>{WORD})['’]s\s+{_NAMES}\s+{_NOUN_ATTACHED}s\b"),  # Kharkiv's X and Y districts
    re.compile(rf"\b{_NAMES}\s+{_NOUN_ATTACHED}s{_OF_CITY}"),  # the X and Y districts of Kharkiv
    re.compile(rf"\b{_NOUN_ATTACHED}s\s+(?:de\s+|d['’])?{_NAMES}{_OF_CITY}", re.I),  # les quartiers X et Y de Z
)
_BARE_LISTS = (
    re.compile(rf"\b{_NAMES}\s+{_NOUN}s\b"),  # the X and Y districts
    re.compile(rf"\b{_NOUN}s\s+(?:de\s+|d['’])?{_NAMES}(?![\w'’-])", re.I),  # les quartiers (de) X et (de) Y
)
_BARE = (
    re.compile(rf"\b(?P<name>{_ADJECTIVE})\s+{_NOUN}\b"),  # the Shevchenkivskyi district
    re.compile(rf"\b{_NOUN}\s+(?:de\s+|d['’])?(?P<name>{_ADJECTIVE})(?![\w'’-])", re.I),  # le district (de) Sobornyï
)

_CITY = 50_000  # inhabitants: a city large enough to be divided into districts (GeoNames counts Kherson 66,000)
_DISTRICT_KM = 15.0  # a GeoNames district of the name this close to the city's point lies in it
_SITE_DISTRICT = re.compile(r"^(?P<name>[\w'’-]+)\s+district(?:\s+\([^)]*\))?\s+(?:of|in)\s+(?P<city>.+)$")


def district_mentions(doc: Document, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> Iterator[Mention]:
    """City districts named with their city or in a sentence naming it; spans in ``taken`` are skipped."""
    spans = list(taken)
    patterns = [(p, True) for p in _LISTS + _ATTACHED] + [(p, False) for p in _BARE_LISTS + _BARE]
    for pattern, attached in patterns:
        for match in pattern.finditer(doc.text):
            listed = "names" in pattern.groupindex
            names = [name for name in _names(match) if not overlaps(*name, spans)]  # a list's sites are read
            if (not listed and overlaps(*match.span(), spans)) or not (names or attached):
                continue
            city, located = (
                (_attached_city(match, gazetteer), True) if attached else _sentence_city(doc, match, gazetteer)
            )
            if city is None:
                continue
            found = [(name, _district_of(city, doc.text[name[0] : name[1]], gazetteer)) for name in names]
            if not located and any(district is None for _, district in found):
                continue  # "the Kupianskyi district": perhaps a raion named after a town, not a part of the city
            for (start, end), district in found:  # the toponym is the district's name, as a reader would mark it
                # a district known only by its city: the city, as one place with it
                yield Mention(
                    doc.text[start:end], start, end, located=True, district=True, candidates=[district or city]
                )
            if attached and not overlaps(*match.span("city"), spans):
                yield _city_mention(doc.text, match, city)  # a place, not the event's (as the town of a site)
            spans.append(match.span())


def _city_mention(text: str, match: re.Match[str], city: Candidate) -> Mention:
    start, end = match.span("city")
    end -= 2 if text[end - 2 : end] in ("'s", "’s") else 0
    return Mention(text[start:end], start, end, in_site=True, candidates=[city])


def _names(match: re.Match[str]) -> list[tuple[int, int]]:
    """The spans of the district names a match holds: one, or each of a list ("Saltivskyi et Kholodnohirskyi")."""
    if "names" not in match.re.groupindex:
        return [match.span("name")]
    start = match.start("names")
    return [(start + m.start(), start + m.end()) for m in re.finditer(_ADJECTIVE, match.group("names"))]


def _attached_city(match: re.Match[str], gazetteer: Gazetteer) -> Candidate | None:
    if _REGION_AFTER.match(match.string, match.end("city")):
        return None  # "the Romny district of Sumy Oblast": a raion of a region, not a city's district
    return _city(match.group("city"), gazetteer)


def _sentence_city(doc: Document, match: re.Match[str], gazetteer: Gazetteer) -> tuple[Candidate | None, bool]:
    """The city the district's sentence names, the nearest to the district first, and whether the sentence is
    located in it ("À Zaporijjia, une frappe a touché l'arrondissement…", "In Kherson, …")."""
    span = match.span()
    sentence = next((s for s in doc.sentences if s.start <= match.start() < s.end), None)
    start, end = (sentence.start, sentence.end) if sentence is not None else (0, len(doc.text))
    text = doc.text[start:end]
    words = [w for w in re.finditer(WORD, text) if not overlaps(start + w.start(), start + w.end(), [span])]
    words.sort(key=lambda w: abs(start + w.start() - match.start()))
    for word in words:
        if _COMMA_ONLY.fullmatch(doc.text[match.end() : start + word.start()]):
            continue  # "Synelnykivskyi district, Dnipropetrovsk": the region after the comma, not a city
        city = _city(word.group(), gazetteer)
        if city is not None and not _REGION_AFTER.match(doc.text, start + word.end()):
            located = _IN_BEFORE.search(doc.text, max(0, start + word.start() - 12), start + word.start())
            return city, located is not None and word.start() + start < match.start()
    return None, False


_IN_BEFORE = re.compile(r"(?:\b(?:à|a|À|in|In|at|At|dans|Dans)\s+|^)$")


_COMMA_ONLY = re.compile(r"\s*,\s*(?:the\s+|la\s+|le\s+)?")


_REGION_AFTER = re.compile(r"\s+(?:[Oo]blast|[Rr]egion)\b")


def _city(word: str, gazetteer: Gazetteer) -> Candidate | None:
    """A city of Ukraine or Russia by its name or an alias, by a spelling key ("Zaporojie") a city of 100,000."""
    word = re.sub(r"['’]s$", "", word)
    cities = [
        c
        for c in gazetteer.lookup(word)
        if c.kind == "city"
        and c.country in ("UA", "RU")
        and c.population >= (_CITY if c.quality != "key" else _KEYED_CITY)
    ]
    return max(cities, key=lambda c: c.population) if cities else None


_KEYED_CITY = 100_000


def _district_of(city: Candidate, name: str, gazetteer: Gazetteer) -> Candidate | None:
    """The district of ``city`` so named: a site of data/sites.json, else a GeoNames district inside the city."""
    stem = _stem(name)
    for site_id, site_name in _city_districts().get(translit_key(city.name), {}).get(stem, []):
        found = [c for c in gazetteer.lookup_exact(site_name) if c.id == site_id]
        if found:
            return found[0]
    inside = [
        c
        for c in gazetteer.lookup(name)
        if c.kind == "city" and c.id != city.id and c.distance_to(city) <= _DISTRICT_KM and _stem(c.name) == stem
    ]
    return inside[0] if inside else None


def named_district(mention: Mention) -> Mention:
    """A district site matched as a phrase ("Odesa's Prymorskyi district", "Kyiv - Solomianskyi") named by its
    own word, as for a district found here: the city in the phrase is a place of its own (the town of the site)."""
    top = mention.candidates[0] if mention.candidates else None
    if mention.district or top is None or top.kind != "site" or " district" not in top.name:
        return mention
    words = [w for w in re.finditer(WORD, mention.surface) if district_adjective(w.group())]
    if len(words) != 1 or words[0].group() == mention.surface:
        return mention
    start = mention.start + words[0].start()
    return Mention(
        words[0].group(), start, start + len(words[0].group()), located=True, district=True, candidates=[top]
    )


def district_adjective(word: str) -> bool:
    """ "Desnianskyi", "Sobornyï": shaped like the adjective that names a city district."""
    return re.fullmatch(_ADJECTIVE, word) is not None


def _stem(name: str) -> str:
    return translit_key(_ENDING.sub("", fold(name)))


@functools.cache
def _city_districts() -> dict[str, dict[str, list[tuple[str, str]]]]:
    """City (transliteration key) -> district stem -> the sites (id, name) of data/sites.json so named."""
    from kronika.data import load_json

    found: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for site in load_json("sites.json")["sites"]:
        if not site.get("near"):
            continue
        for name in [site["name"], *site.get("names", [])]:
            match = _SITE_DISTRICT.match(name)
            if match is not None:
                districts = found.setdefault(translit_key(site["near"]), {})
                entry = (site["id"], name)
                if entry not in districts.setdefault(_stem(match.group("name")), []):
                    districts[_stem(match.group("name"))].append(entry)
    return found
