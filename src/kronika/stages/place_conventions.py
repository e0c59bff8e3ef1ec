"""Conventions of the field for places named with their region: "X, Y", "X district, Y region".

In ACLED notes and wire copy "Romny, Sumy" names the oblast after the comma: it is context for the place,
never the event's place, and it picks among homonyms. Also the mention record the places stage passes
between its steps.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kronika.gazetteer.index import Candidate, Gazetteer
from kronika.gazetteer.keys import fold
from kronika.stages.place_ranking import inflections, within_region

UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"


WORD = rf"[{UPPER}][\w'’-]*"


_CITY_REGION_KM = 100.0


KNOWN_TOWN = 10_000  # inhabitants: a town this size is read as itself, not as an unindexed namesake inside Y


_ADMIN_BETWEEN = re.compile(
    r"\s*(?:(?:(?:territorial|urban|rural|village|settlement)\s+)?(?:village|town|city|settlement|district|raion|rayon|"
    r"road|highway|hromada|community|area|municipality|council)\s*)?\)?\s*[,(]\s*"
    r"(?:in\s+)?(?:the\s+|la\s+|le\s+)?(?:(?:r[ée]gion|oblast|province|district)\s+(?:de\s+|d'|d’|du\s+|of\s+))?",
    re.IGNORECASE,
)


_UNKNOWN_BEFORE = re.compile(
    rf"(?<![\w'’-]){WORD}(?:\s+[\w'’-]+){{0,2}}\s*(?:village|town|settlement|district|raion|rayon|hromada)?\s*,\s*$"
)


_ATTRIBUTION_BEFORE = re.compile(
    r"(?:\b(?:according\s+to|selon|d['’]apr[èe]s|cited\s+by|quoted\s+by|told|says|said|writes|wrote|per)|"
    r"(?<![\w-])(?:pour|for|via))\s+(?:[\w'’.-]+\s+){0,4}[\w'’.-]+\s*,\s*$",
    re.IGNORECASE,
)


_ADMIN_TAIL = re.compile(r"\s*(?:village|town|settlement|district|raion|rayon|hromada)?\s*,\s*$")


_SENTENCE_CLOSE = re.compile(r"\s*(?:[.;]|$)")


_LIST_JOIN = re.compile(
    r"\s*(?:regions?|oblasts?|provinces?)?\s*(?:,|,?\s*and|,?\s*et|&|,?\s*or|,?\s*ou)\s*(?:the\s+)?", re.IGNORECASE
)

_SPACE = r"[^\S\n]"  # a region's names never run across a line break (a headline, then a dateline)
_REGION_BEFORE = re.compile(
    rf"\b(?:r[ée]gions?|oblasts?|provinces?|districts?|ra[iï]ons?|territoires?|region|province|district|gouverneure?|governor)"
    rf"(?:\s+(?:voisine|frontali[èe]re|russe|ukrainienne|sud|nord|orientale|occidentale|m[ée]ridionale|septentrionale|"
    rf"occup[ée]e?|annex[ée]e?|s[ée]paratiste|of))?\s+(?:de\s+|d'|d’|du\s+|of\s+)?"
    rf"(?P<names>{WORD}(?:{_SPACE}+{WORD})?(?:{_SPACE}*(?:,|et|and){_SPACE}*(?:de\s+|d'|d’)?{WORD}(?:{_SPACE}+{WORD})?)*)"
)
_REGION_AFTER = re.compile(rf"(?P<name>{WORD})\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince|[Kk]rai)\b")
_HROMADA = re.compile(  # "Pokrovska community": a community named by the feminine adjective of its town
    rf"(?P<name>{WORD})\s+(?:hromada|громад(?:а|у|и|і|ою)|territorial\s+community|"
    rf"(?<=[sczk]ka\s)(?:(?:urban|rural|village|settlement)\s+)?community)(?!\w)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Mention:
    surface: str
    start: int
    end: int
    region_cue: bool = False
    ner: bool = False
    sentence_initial: bool = False
    locative: bool = False  # introduced by a preposition or noun that announces a place
    located: bool = False  # placed in a region by the text itself ("Kyiv, Ukraine"): a place, not a metonym
    in_site: bool = False  # the town a site is named after ("centrale de Zaporijjia"): a place, not the event's
    district: bool = False  # a city district ("le district Sobornyï de Dnipro"): its city is found with it
    candidates: list[Candidate] = field(default_factory=list)


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def admin_conventions(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> None:
    """ "X, Y" with Y a region ("Romny, Sumy", "Ozerne, Donetsk region"): Y is X's region, never the event's place.

    X keeps only its homonyms inside Y; an X the gazetteer does not hold there is an unindexed village of Y,
    located at Y with region precision rather than at a namesake elsewhere.
    """
    for index, (first, second) in enumerate(itertools.pairwise(mentions)):
        if not _ADMIN_BETWEEN.fullmatch(text[first.end : second.start]) or first.region_cue:
            continue
        if _UNIT_NOUN_AFTER.match(text, second.end):
            continue  # "Bilopillia (Sumy raion, Sumy)": the raion around the town, its oblast after the next comma
        region = _region_reading(second, gazetteer)
        if region is None or _list_goes_on(text, second, mentions[index + 2 : index + 4], gazetteer):
            continue
        inside = [c for c in first.candidates if within_region(c, region)] or _close_to(first.candidates, region)
        if not inside and _region_reading(first, gazetteer) is not None:
            continue  # "Kharkiv, Sumy": two regions in a list
        if not inside and any(c.kind == "city" and c.population >= KNOWN_TOWN for c in first.candidates):
            if _SENTENCE_CLOSE.match(text, second.end):  # "near Krasnohorivka, Luhansk.": the note's own slip
                second.candidates, second.region_cue = [region], True
            continue  # "près de Koupiansk, Kiev dément": a known town outside Y, so the comma ends a clause
        inside = inside or gazetteer.near_spellings(first.surface, region)
        second.candidates, second.region_cue = [region], True
        first.candidates, first.located = inside or [region], True
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for index, mention in enumerate(list(mentions)):
        if mention.region_cue or mention.start == 0:
            continue
        before = _UNKNOWN_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        if before is None or overlaps(before.start(), mention.start, taken):
            continue
        last_word = _ADMIN_TAIL.sub("", before.group()).split()[-1]  # "Kryvorizkyi district, Dnipropetrovsk"
        if fold(last_word) in stopwords() or not last_word[:1].isupper() or _opening_word(text, before):
            continue
        if _ATTRIBUTION_BEFORE.search(text, max(0, mention.start - 90), mention.start):
            continue  # "According to Zelensky, Kharkiv was hit", "Selon Meduza, Moscou…": a source, not a village
        region = _region_reading(mention, gazetteer)
        if (
            region is not None
            and region.kind == "region"
            and not _list_goes_on(text, mention, mentions[index + 1 :], gazetteer)
        ):
            mention.candidates, mention.region_cue = [region], True  # "in Zlatopolye-Verkhnie, Donetsk": unindexed
            found.extend(_spelled_otherwise(text, before, region, gazetteer))
    mentions.extend(found)
    mentions.sort(key=lambda m: m.start)


def names_region(mention: Mention) -> bool:
    """A region the text names: after a cue ("région de Koursk", "Kherson Oblast") or by a name only a region bears
    ("Crimea's Tarkhankut peninsula", "en Crimée")."""
    if not mention.candidates:
        return False
    return mention.region_cue or all(c.kind == "region" and c.quality == "full" for c in mention.candidates)


def near_anchored(text: str, mentions: list[Mention], chosen: list[Candidate]) -> Iterator[tuple[int, list[Candidate]]]:
    """ "Primorsk, près de Saint-Pétersbourg", "Kotlyne, 10 km west of Pokrovsk": a place located by the town after
    it keeps only its namesakes within reach of that town (the stated distance, else _NEAR_REACH_KM)."""
    for index, (mention, anchor) in enumerate(itertools.pairwise(mentions)):
        gap = _NEAR_BETWEEN.fullmatch(text, mention.end, anchor.start) or _near_after_apposition(text, mention, anchor)
        unit = _unit_reach(text, mention, anchor) if gap is None else None
        town = chosen[index + 1]
        if (
            (gap is None and unit is None)
            or len(mention.candidates) < 2
            or mention.region_cue
            or town.kind not in _TOWNS
        ):
            continue
        reach = unit or (1.3 * float(gap.group("km")) + 30 if gap and gap.group("km") else _NEAR_REACH_KM)
        inside = [c for c in mention.candidates if c.kind in _TOWNS and c.distance_to(town) <= reach]
        if unit is None and not (gap and gap.group("km")):  # "près de Y", "au sud de Y": close to Y, if one is
            inside = [c for c in inside if c.distance_to(town) <= _NEAR_CLOSE_KM] or inside
        if inside and len(inside) < len(mention.candidates):
            yield index, inside


_TOWNS = ("city", "settlement", "site")


def _near_after_apposition(text: str, mention: Mention, anchor: Mention) -> re.Match[str] | None:
    """ "Piatykhatky, au bord du réservoir de Kakhovka, au sud de Zaporijjia", "Kotlyne, a village of 1,000, west of
    Pokrovsk": one apposition between the place and the phrase that locates it by the town."""
    between = text[mention.end : anchor.start]
    last = between.rfind(",")
    if not between.startswith(",") or last <= 0 or len(between) > 120 or re.search(r"[.;:!?()]", between):
        return None
    return _NEAR_BETWEEN.fullmatch(text, mention.end + last, anchor.start)


def _unit_reach(text: str, mention: Mention, anchor: Mention) -> float | None:
    """ "Pokrovske (Synelnykove raion, Dnipropetrovsk)", "New York, Toretsk hromada", "Pokrovske, dans le raïon de
    Synelnykove": the raion or hromada named after its centre town holds the place, so its namesakes stay within
    the unit's reach of that town (a raion of the 2020 reform spans up to ~100 km, a hromada ~30 km)."""
    if not _UNIT_BETWEEN.fullmatch(text, mention.end, anchor.start):
        return None
    found = _UNIT_NOUN_AFTER.match(text, anchor.end) or _UNIT_NOUN_BEFORE.search(text, mention.end, anchor.start)
    if found is None:
        return None
    noun = found.group("noun").lower()
    return _HROMADA_REACH_KM if noun.startswith(("hromad", "громад", "commun")) else _RAION_REACH_KM


def unit_anchors(text: str, mentions: list[Mention]) -> set[int]:
    """The towns naming the raion or hromada of the place before them ("Bilopillia (Sumy raion, Sumy)"): context
    for that place, like its oblast, never a second event beside it."""
    return {
        index + 1
        for index, (mention, anchor) in enumerate(itertools.pairwise(mentions))
        if _unit_reach(text, mention, anchor) is not None and not anchor.region_cue
    }


_RAION_REACH_KM = 90.0


_HROMADA_REACH_KM = 40.0


_UNIT_BETWEEN = re.compile(
    r"(?:\s+(?:hromada|territorial\s+community|village|town|settlement))?"  # "Bilopillia hromada (Sumy raion, Sumy)"
    r"\s*[,(]\s*(?:(?:in|dans)\s+(?:the\s+|le\s+|la\s+)?)?(?:(?P<noun>ra[iï]on|rayon|district|hromada|communauté)"
    r"\s+(?:de\s+|d['’]|of\s+))?",
    re.IGNORECASE,
)


_UNIT_NOUN_BEFORE = re.compile(r"(?P<noun>ra[iï]on|rayon|district|hromada|communauté)\s+(?:de\s+|d['’]|of\s+)$", re.I)


_UNIT_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?P<noun>raion|rayon|district|hromada|territorial\s+community|район[іуа]?|громад[аиі])\b", re.I
)


_NEAR_REACH_KM = 150.0
_NEAR_CLOSE_KM = 60.0  # a namesake this close to the town a bare "près de"/"south of" names is the one meant


_DIRECTION = (
    r"(?:(?:au|à\s+l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+(?:de|d['’])|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)"
)


_SETTLEMENT_APPOSED = (  # "Vodiane, a village next to Avdiivka", "Kourakhove, ville minière à l'ouest de Donetsk"
    r"(?:(?:an?|the|une?|la|le|l['’])\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:village|town|city|settlement|hamlet|ville|localité|bourgade|bourg|hameau|commune|cité)s?(?:\s+[a-zà-ÿ-]+)??\s+"
)


_NEAR_BETWEEN = re.compile(
    rf"\s*[,(]?\s*(?:{_SETTLEMENT_APPOSED})?(?:just\s+|juste\s+)?"
    r"(?:(?:tout\s+)?pr[èe]s\s+(?:de|d['’])|non\s+loin\s+(?:de|d['’])|à\s+proximité\s+(?:de|d['’])|"
    r"aux\s+abords\s+(?:de|d['’])|dans\s+la\s+banlieue\s+(?:de|d['’])|near|not\s+far\s+from|close\s+to|outside|"
    r"on\s+the\s+outskirts\s+of|next\s+to|à\s+côté\s+(?:de|d['’])|voisine?s?\s+(?:de|d['’])|"
    r"aux\s+portes\s+(?:de|d['’])|at\s+the\s+gates\s+of|on\s+the\s+(?:\w+\s+)?approach(?:es)?\s+to|"
    rf"(?:à\s+)?(?:une\s+)?(?:(?P<km>\d+)\s*(?:km|kilom[èe]tres?|kilomet(?:er|re)s?)\s+(?:{_DIRECTION}|de|d['’]|from|of)|"
    rf"{_DIRECTION}))\s*(?:la\s+|le\s+|l['’]|the\s+)?",
    re.IGNORECASE,
)


def direction_before(before: str) -> bool:
    """ "Pishchane (west of Kupyansk)", "Ivanivka, au sud de Kourakhové": a town after a place and a bare direction
    places it, like a distance does; "fighting north of Kharkiv" alone stays at Kharkiv, and "in the south of
    Kharkiv" is inside the town."""
    return bool(_DIRECTION_BEFORE.search(before))


_DIRECTION_BEFORE = re.compile(
    r"[,(]\s*(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
    r"(?:au|à\s+l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+(?:de|d['’]))\s*$",
    re.IGNORECASE,
)


def _opening_word(text: str, before: re.Match[str]) -> bool:
    """ "Overnight, Kyiv was struck", "Meanwhile, Kharkiv…": a lone word opening the sentence before a comma is an
    adverb, not an unindexed village of the region after it."""
    opening = text[: before.start()].rstrip(" \t")
    return len(before.group().rstrip(", ").split()) == 1 and (not opening or opening[-1] in ".!?\n:")


def _spelled_otherwise(text: str, before: re.Match[str], region: Candidate, gazetteer: Gazetteer) -> list[Mention]:
    """ "Kamyshevakha, Luhansk": a village of Y the gazetteer holds under another spelling of its name."""
    name = _ADMIN_TAIL.sub("", before.group())
    candidates = gazetteer.near_spellings(name, region)
    if not candidates:
        return []
    start = before.start()
    return [Mention(name, start, start + len(name), located=True, candidates=candidates)]


def _close_to(candidates: list[Candidate], region: Candidate) -> list[Candidate]:
    """A city that is its own first-level unit, named with the region around it ("Sevastopol, Crimea")."""
    if region.kind != "region":
        return []
    return [
        c
        for c in candidates
        if c.kind == "city" and c.country == region.country and c.distance_to(region) <= _CITY_REGION_KM
    ]


def _region_reading(mention: Mention, gazetteer: Gazetteer) -> Candidate | None:
    if mention.region_cue and mention.candidates and mention.candidates[0].kind == "region":
        return mention.candidates[0]
    if any(c.kind == "country" for c in mention.candidates):
        return next(c for c in mention.candidates if c.kind == "country")
    region = gazetteer.region(mention.surface)
    return region if region is not None and region.kind == "region" else None


def _list_goes_on(text: str, mention: Mention, following: list[Mention], gazetteer: Gazetteer) -> bool:
    """ "Kreminna, Rubizhne and Lysychansk": the comma joins a list, not a place and its region.

    "Berdiansk, Zaporizhzhia and Mariupol, Donetsk" pairs places with regions: the next item has its own region.
    """
    if not following or not _LIST_JOIN.fullmatch(text[mention.end : following[0].start]):
        return False
    if _country_closes(text, mention, following[0], gazetteer):
        return False
    if len(following) > 1 and _ADMIN_BETWEEN.fullmatch(text[following[0].end : following[1].start]):
        return _region_reading(following[1], gazetteer) is None
    return True


def _country_closes(text: str, region: Mention, after: Mention, gazetteer: Gazetteer) -> bool:
    """ "Martynovka, Kursk, Russia", "Yunakivka, Sumskyi raion, Sumy, Ukraine": the country of the region, after a
    bare comma, closes an address (place, unit, region, country) rather than continuing a list."""
    if not re.fullmatch(r"\s*,\s*", text[region.end : after.start]):
        return False
    country = next((c for c in after.candidates if c.kind == "country"), None)
    reading = _region_reading(region, gazetteer)
    return (
        country is not None and reading is not None and reading.kind == "region" and reading.country == country.country
    )


@functools.cache
def stopwords() -> frozenset[str]:
    import justext

    words: set[str] = set()
    for language in ("French", "English"):
        words.update(fold(w) for w in justext.get_stoplist(language))
    from kronika.data import load_json

    dates = load_json("dates.json")
    words.update(fold(w) for w in dates["months"])
    words.update(fold(w) for w in dates["weekdays"])
    return frozenset(words)


def region_cue_mentions(text: str, gazetteer: Gazetteer) -> Iterator[Mention]:
    for match in _REGION_BEFORE.finditer(text):
        offset = match.start("names")
        for start, name, named in _region_names(match.group("names"), gazetteer):
            yield Mention(name, offset + start, offset + start + len(name), region_cue=True, candidates=[named])
    for match in _cyrillic_region_pattern().finditer(text):
        for adjective in _region_adjectives(match.group("name")):
            region = gazetteer.region(f"{adjective} область")
            if region is not None:
                start, end = match.span("name")
                yield Mention(match.group("name"), start, end, region_cue=True, candidates=[region])
                break
    for match in _HROMADA.finditer(text):
        candidates = gazetteer.lookup_exact(f"{match.group('name')} hromada") or [
            c for form in _region_adjectives(match.group("name")) for c in gazetteer.lookup_exact(f"{form} громада")
        ]  # "Марганецької громади", "Марганецьку громаду": the Marhanets hromada in any case
        if candidates:
            start, end = match.span()
            yield Mention(match.group(), start, end, region_cue=False, candidates=candidates[:1])
    for match in _REGION_AFTER.finditer(text):
        region = gazetteer.region(match.group("name"))
        if region is not None:
            yield Mention(
                match.group("name"), match.start("name"), match.end("name"), region_cue=True, candidates=[region]
            )


def _region_names(names: str, gazetteer: Gazetteer) -> Iterator[tuple[int, str, Candidate]]:
    """The regions of a list after "région de": one word, or two when the region's name has two ("région de Nijni
    Novgorod", "oblast de Zaporijjia et de Kherson")."""
    position, found = 0, False
    while (name := _TWO_WORDS.search(names, position)) is not None:
        if name.group(2) and (region := gazetteer.region(name.group())) is not None:
            yield name.start(), name.group(), region
            position, found = name.end(), True
            continue
        position = name.end(1)
        if name.group(1) in ("De", "Et"):
            continue
        word = name.group(1)
        if (region := gazetteer.region(word)) is None and (glued := _GLUED_HEAD.match(word)) is not None:
            word = glued.group()  # "dans la région de KourskUn homme…": a scraped page glued the next sentence on
            region = gazetteer.region(word)
        if region is not None:
            yield name.start(), word, region
            found = True
        elif not found and name.start() > 0:
            return  # "le gouverneur Oleh Syniehoubov, Kharkiv…": a list of regions opens with a region


_GLUED_HEAD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]{2,}(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])")


_TWO_WORDS = re.compile(rf"({WORD})(?:\s+({WORD}))?")


@functools.cache
def _cyrillic_region_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?P<name>[А-ЯЁІЇЄҐ][\w'’-]+)\s+{inflections()['region_noun']}")


def _region_adjectives(word: str) -> list[str]:
    forms = [word]
    for ending, replacement in inflections()["region_adjective"]:
        if word.endswith(ending):
            forms.append(word[: len(word) - len(ending)] + replacement)
    return forms


def sector_anchored(text: str, mentions: list[Mention]) -> Iterator[tuple[int, list[Candidate]]]:
    """ "Olenivka, sur la côte ouest de la Crimée", "a village in the north of the Kherson region", "in western
    Crimea": among namesakes inside the region, those lying in the named part of it, seen from its centre."""
    regions = [(j, m) for j, m in enumerate(mentions) if names_region(m) and m.candidates]
    for i, mention in enumerate(mentions):
        if len(mention.candidates) < 2:
            continue
        for _, region_mention in regions:
            if abs(region_mention.start - mention.end) > _SECTOR_SPAN or _SENTENCE_END.search(
                text, min(mention.end, region_mention.end), max(mention.start, region_mention.start)
            ):
                continue
            found = _SECTOR_BEFORE.search(text, max(0, region_mention.start - 50), region_mention.start)
            if found is None:
                continue
            region = region_mention.candidates[0]
            inside = [c for c in mention.candidates if within_region(c, region) and _lies_towards(c, region, found)]
            if inside and len(inside) < len(mention.candidates):
                yield i, inside
                break


def _lies_towards(candidate: Candidate, centre: Candidate, found: re.Match[str]) -> bool:
    """The candidate lies within 67.5 degrees of the direction named, seen from the region's centre."""
    word = fold(found.group("fr") or found.group("en")).replace("-", "").removesuffix("ern")
    north, east = _SECTOR_DIRECTIONS[word]
    dy = candidate.lat - centre.lat
    dx = (candidate.lon - centre.lon) * math.cos(math.radians(centre.lat))
    length = math.hypot(dx, dy) * math.hypot(north, east)
    return length > 0 and (dy * north + dx * east) / length >= math.cos(math.radians(67.5))


_SECTOR_DIRECTIONS = {
    **{w: (1.0, 0.0) for w in ("nord", "north")},
    **{w: (-1.0, 0.0) for w in ("sud", "south")},
    **{w: (0.0, 1.0) for w in ("est", "east")},
    **{w: (0.0, -1.0) for w in ("ouest", "west")},
    **{w: (1.0, 1.0) for w in ("nordest", "northeast")},
    **{w: (1.0, -1.0) for w in ("nordouest", "northwest")},
    **{w: (-1.0, 1.0) for w in ("sudest", "southeast")},
    **{w: (-1.0, -1.0) for w in ("sudouest", "southwest")},
}


_SECTOR_SPAN = 200  # characters between the place and the region that places it


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


_SECTOR_BEFORE = re.compile(
    r"(?:\b(?:le|du|au|l['’]|côte|rive|partie)\s*)(?P<fr>nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest)"
    r"\s+(?:de\s+|d['’]|du\s+)(?:la\s+|l['’])?(?:(?:r[ée]gion|oblast|province)\s+(?:de\s+|d['’]))?$|"
    r"\b(?P<en>north-?east|north-?west|south-?east|south-?west|north|south|east|west)(?:ern)?"
    r"(?:\s+(?:coast|part|bank|shore))?(?:\s+of)?\s+(?:the\s+)?(?:(?:region|oblast|province)\s+of\s+)?$",
    re.IGNORECASE,
)


def village_named(text: str, mentions: list[Mention]) -> Iterator[tuple[int, list[Candidate]]]:
    """ "le village de Kostiantynivka", "Kostiantynivka, un village au nord-est de Vouhledar", "the village of X": the
    text calls the place a village, so a namesake town of 10,000 is not meant when a village bears the name too."""
    for i, mention in enumerate(mentions):
        if len(mention.candidates) < 2:
            continue
        before = _VILLAGE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if before is None and _VILLAGE_AFTER.match(text, mention.end) is None:
            continue
        villages = [c for c in mention.candidates if c.kind in ("city", "settlement") and c.population < _VILLAGE_MAX]
        if villages and len(villages) < len(mention.candidates):
            yield i, villages


_VILLAGE_MAX = 30_000  # inhabitants: a town this size is never what a reporter calls a village


_VILLAGE_BEFORE = re.compile(
    r"\b(?:(?:petit\s+)?village|hameau|(?:small\s+)?village|hamlet)\s+(?:de\s+|d['’]|of\s+)$", re.IGNORECASE
)  # singular only: "the villages of Sumy" are villages in Sumy's region, not a village named Sumy


_VILLAGE_AFTER = re.compile(
    r"\s*,\s*(?:un|une|a|the|le)\s+(?:(?:petit|small|tiny|frontline|front-line)\s+)?(?:village|hameau|hamlet)\b",
    re.IGNORECASE,
)
