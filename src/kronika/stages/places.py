"""Places stage: find toponyms, resolve each against the offline gazetteer, assign a role.

Candidates are capitalised word runs (and names after region cue words such as
"région de", "X Oblast"). Each is looked up by exact folded form, then by a
transliteration key, and ranked by: unambiguous region/country names, focus
countries, regions the article itself names, nearness to its other places, and
population. A place's role says how events may use it: ``location``,
``reference`` (a distance anchor: "à 100 km au nord de la Crimée"), ``actor``
(a capital standing for its government: "Moscou a commencé…").
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from typing import Any

from kronika.gazetteer.index import Candidate, Gazetteer
from kronika.gazetteer.keys import fold
from kronika.model import Document, Place
from kronika.pipeline import stage
from kronika.stages.place_acceptance import acceptable, named_thing
from kronika.stages.place_border import across_the_border
from kronika.stages.place_conventions import (
    WORD,
    Mention,
    admin_conventions,
    direction_before,
    names_region,
    near_anchored,
    overlaps,
    region_cue_mentions,
    sector_anchored,
    stopwords,
    unit_anchors,
    village_named,
)
from kronika.stages.place_districts import district_adjective, district_mentions, named_district
from kronika.stages.place_names import capitalised_ngrams, name_mention, site_mentions
from kronika.stages.place_raions import raion_mentions
from kronika.stages.place_ranking import (
    RankedCandidate,
    choose,
    front_distance_km,
    geocode,
    in_theatre,
)
from kronika.stages.place_roads import road_mentions
from kronika.stages.place_roles import facility_named, origin_and_office_roles
from kronika.stages.place_slavic import not_a_slavic_place, slavic_raion_mentions
from kronika.stages.place_spellings import respelled
from kronika.stages.place_water import water_places

__all__ = ["RankedCandidate", "front_distance_km", "geocode", "resolve_places"]

_REFERENCE_BEFORE = re.compile(
    r"(?:(?:\d[\d\s.,]*|(?:une\s+|a\s+)?(?:dizaine|quinzaine|vingtaine|trentaine|cinquantaine|centaine|quelques|"
    r"plusieurs|few|several|dozen)(?:\s+de|\s+d'|\s+d’|\s+of)?)\s*(?:km|kilom[èe]tres?|kilometers?|kilometres?|miles?)\s*"
    r"(?:(?:au|à l'|à l’|a l')?\s*(?:nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest)(?:\s+de)?|"
    r"(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:\s+of)?|"
    r"de|d'|d’|from|of)?\s*(?:la\s+|le\s+|l'|l’|the\s+)?)$",
    re.IGNORECASE,
)


_ROAD_BEFORE = re.compile(
    r"\b(?:road|highway|motorway|route|autoroute)\s+(?:to|from|towards|de|vers|menant\s+à)\s+(?:the\s+)?$", re.I
)


_CITY_DISTRICT_AFTER = re.compile(rf"\s+[-–]\s+{WORD}(?:yi|ий)\b")  # "Kyiv - Obolonskyi": a district of the city


_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:à|a|au|aux|dans|sur|vers|près\s+de|autour\s+de|au-dessus\s+de|en\s+direction\s+de|ville\s+de|"
    r"capitale|in|at|near|on|over|around|outside(?:\s+of)?|towards|city\s+of|outskirts\s+of|banlieue\s+de|region\s+of|"
    r"across|throughout|в|у|во|на|по|під|под|над|біля|возле|около|поблизу|до|к))"
    r"\s*(?:la\s+|le\s+|l'|l’|the\s+)?(?:(?:central|downtown|northern|southern|eastern|western)\s+)?$",
    re.IGNORECASE,
)


_TOWN = 10_000  # a town whose reading is not in doubt for its neighbours


_PLACE_CUE_BEFORE = re.compile(
    r"(?:\b(?:à|au|aux|dans|sur|vers|de|du|des|d'|d’|près\s+de|autour\s+de|fuir|village|ville|localité|commune|"
    r"in|at|near|on|over|around|outside|towards|from|of|village|town|city|fled|flee)\s*(?:la\s+|le\s+|l'|l’|the\s+)?)$",
    re.IGNORECASE,
)


_LISTED_BEFORE = re.compile(  # "une ligne de villages à l'ouest, dont Berdytchi", "several settlements, including X"
    r"\b(?:villages|localités|hameaux|bourgs|villes|communes|agglomérations|villages?\s+frontaliers|settlements|"
    r"villages|towns|hamlets|communities)\b[^.;:!?]{0,60}?[\s,]"
    r"(?:dont|notamment|parmi\s+lesquels|parmi\s+lesquelles|tels?\s+que|telles?\s+que|comme|including|among\s+them|"
    r"such\s+as|like|namely)\s+(?:(?:[\w'’-]+,?\s+){0,6}(?:et|and|ou|or)\s+)?$",
    re.IGNORECASE,
)


_RIVER_BEFORE = re.compile(
    r"(?:fleuve|rivi[èe]re|rives?\s+(?:gauche|droite)\s+(?:du|de\s+la)|berges?\s+du|river|banks?\s+of\s+the|"
    r"river\s+of(?:\s+the)?(?:\s+[A-Z][\w'’-]*)?)\s*$",  # "the river of Siverskyy Donets": a river, not Donetsk
    re.IGNORECASE,
)


_NEAR_BEFORE = re.compile(
    r"(?:\bnear|\bnot\s+far\s+from|\boutskirts\s+of|\boutside(?:\s+of)?|\bpr[èe]s\s+de|\bpr[èe]s\s+d'|\b[àa]\s+proximit[ée]\s+(?:de|d')"
    r"|\baux\s+abords\s+(?:de|d')|\bnon\s+loin\s+(?:de|d'))\s*(?:la\s+|le\s+|l'|the\s+)?$",
    re.IGNORECASE,
)


_TARGET_AFTER = re.compile(  # "Kiev a été visée par des drones", "Kyiv was hit overnight": the city, not its government
    r"\s*,?\s*(?:(?:(?:a|ont|avait|avaient)\s+(?:de\s+nouveau\s+|à\s+nouveau\s+|encore\s+)?été|est|sont|était|étaient|"
    r"was|were|is|are|(?:has|had|have)\s+been)\s+(?:(?:de\s+nouveau|à\s+nouveau|encore|again|once\s+again|overnight|"
    r"repeatedly|heavily|massivement|violemment|durement)\s+)?(?:vis[ée]e?s?|frapp[ée]e?s?|touch[ée]e?s?|attaqu[ée]e?s?|"
    r"bombard[ée]e?s?|cibl[ée]e?s?|pilonn[ée]e?s?|secou[ée]e?s?|la\s+cible|hit|struck|attacked|targeted|shelled|"
    r"bombarded|pounded|rocked|the\s+target|under\s+(?:attack|fire))|(?:came|comes|has\s+come)\s+under|"
    r"(?:a\s+)?(?:essuy[ée]|subi)\b|essuie|subit)(?!\w)",
    re.IGNORECASE,
)


_NOT_ARMS_AFTER = re.compile(  # "Moscow was hit by new sanctions": the government after all
    r"[^.;]{0,40}?\b(?:sanctions?|campa(?:ign|gne)|d[ée]sinformation|disinformation|critici?sm|critiques?|accusations?|"
    r"lawsuits?|plaintes?|tarifs?|tariffs?|cyber)",
    re.IGNORECASE,
)


_TARGET_BEFORE = re.compile(  # "une attaque de drones contre Moscou", "the shelling of Kharkiv": the city is the target
    r"\b(?:(?:attaques?|frappes?|raids?|assauts?|attacks?|strikes?|assaults?)\s+(?:[\w'’-]+\s+){0,3}?(?:contre|against)|"
    r"(?:bombardements?|pilonnages?|shelling|bombing|bombardment|siege|si[èe]ge)\s+(?:de|d['’]|of))\s+(?:la\s+|the\s+)?$",
    re.IGNORECASE,
)


_FRENCH_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:le|du|au)\s+$")


_UNIT_AFTER = re.compile(  # "Kramatorsk raion", "Kurakhove hromada": the unit around the town, an anchor
    r"\s+(?:raion|rayon|district|hromada|territorial\s+community|районі?|району|громад[аиі])\b", re.IGNORECASE
)
_UNIT_BEFORE = re.compile(r"\b(?:ra[iï]on|rayon|district)\s+(?:de\s+|d['’]|of\s+)$", re.IGNORECASE)
_RIVER_AFTER = re.compile(r"\s+(?:river|River)\b")


_DATELINE = re.compile(
    r"[ \t]*(?P<city>[A-ZÀ-Þ][A-Za-zÀ-ÿ'’ -]{1,40}?),\s+(?:\d{1,2}(?:er)?\s+\w+|\w+\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*"
    r"\((?:Reuters|AFP|AP|Associated\s+Press|Ukrinform|Interfax|TASS|RIA|dpa|Bloomberg|UNIAN|Belga|ATS)\)\s*[-–—]"
)


@stage(
    "places",
    requires=["doc.text", "doc.entities", "doc.sentences"],
    assigns=["doc.places"],
    resources=["gazetteer"],
)
def resolve_places(doc: Document, *, gazetteer: Gazetteer) -> Document:
    """Find toponyms and resolve each to a gazetteer entry, with its role in the sentence."""
    water = water_places(doc.text)
    mentions = _mentions(doc, gazetteer, [(w.start, w.end) for w in water])
    admin_conventions(doc.text, mentions, gazetteer)
    context = [m.candidates[0] for m in mentions if names_region(m)]
    anchors = [m.candidates[0] for m in mentions if _anchor(m)]
    day = _report_day(doc)
    regions = [_sentence_context(doc, m, mentions) for m in mentions]
    rear = [facility_named(doc.text, m.start, m.end) for m in mentions]  # "la raffinerie de X": maybe Russia's rear
    chosen = [
        choose(m.surface, m.candidates, regions[i], context, anchors, day, rear=rear[i]) for i, m in enumerate(mentions)
    ]
    neighbours = dict(_sentence_neighbours(doc, mentions, chosen))
    reach = dict(near_anchored(doc.text, mentions, chosen))  # "Primorsk, près de Saint-Pétersbourg"
    sectors = sector_anchored(doc.text, mentions)  # "Olenivka, sur la côte ouest de la Crimée"
    reach.update((i, c) for i, c in sectors if i not in reach)
    for i, villages in village_named(doc.text, mentions):  # "Kostiantynivka, un village au nord-est de Vouhledar"
        reach[i] = [c for c in reach.get(i, villages) if c in villages] or reach.get(i, villages)
    for i in sorted(neighbours.keys() | reach.keys()):
        candidates = reach.get(i, mentions[i].candidates)
        chosen[i] = choose(
            mentions[i].surface, candidates, regions[i], context, anchors, day, neighbours.get(i, ()), rear[i]
        )
    for i, readings in across_the_border(doc.text, mentions, chosen, doc.sentences, gazetteer):
        chosen[i] = choose(mentions[i].surface, readings, regions[i], context, anchors, day)  # "…, région de Koursk"
    doc.places = [_place(doc, m, c) for m, c in zip(mentions, chosen, strict=True)]
    _unit_roles(doc, doc.places)
    origin_and_office_roles(doc, doc.places)  # "shelled X from the Kursk region", "the governor of the Y region"
    doc.places += water + _unresolved(doc, mentions + [Mention(w.surface, w.start, w.end) for w in water])
    _respell(doc, gazetteer, context, anchors, day)  # "le village de Makiivkan, dans la région de Lougansk"
    doc.places.sort(key=lambda p: p.start)
    return doc


def _respell(
    doc: Document, gazetteer: Gazetteer, context: list[Candidate], anchors: list[Candidate], day: str | None
) -> None:
    """An unread name the text places in a region, read as that region's village one letter away."""
    for mention in list(respelled(doc.text, doc.places, gazetteer)):
        chosen = choose(mention.surface, mention.candidates, [], context, anchors, day)
        doc.places = [p for p in doc.places if not (p.start < mention.end and mention.start < p.end)]
        doc.places.append(_place(doc, mention, chosen))


def _unit_roles(doc: Document, places: list[Place]) -> None:
    """A town naming the raion or hromada of the place before it is context ("Bilopillia (Sumy raion, Sumy)": Sumy
    places Bilopillia, role ``reference``); a hromada named first is the event's place at its centre, ``near``
    precision ("shelled Bilopillia hromada (Sumy raion, Sumy)"), not an anchor waiting for a finer place."""
    anchors = unit_anchors(doc.text, [Mention(p.surface, p.start, p.end) for p in places])
    for i, place in enumerate(places):
        if place.role != "near":
            continue
        if i in anchors:
            place.role = "reference"
        elif _HROMADA_AFTER.match(doc.text, place.end):
            place.role, place.precision = "location", "near"


_HROMADA_AFTER = re.compile(r"\s+(?:hromada|territorial\s+community|громад[аиі])\b", re.IGNORECASE)


def _report_day(doc: Document) -> str | None:
    """The day the report speaks of, for the front lines of that time: its publication, else its first date."""
    if doc.published.date:
        return doc.published.date
    dated = sorted((d.start, d.date) for d in doc.dates if d.date)
    return dated[0][1] if dated else None


def _anchor(mention: Mention) -> bool:
    """A town whose reading is not in doubt locates the article for its homonyms."""
    top = mention.candidates[0] if mention.candidates else None
    return len(mention.candidates) == 1 and top is not None and top.kind in ("city", "settlement")


def _unresolved(doc: Document, mentions: list[Mention]) -> list[Place]:
    """Toponyms the NER sees but the gazetteer does not hold stay, without coordinates: never a wrong point."""
    if doc.parse is None:
        return []
    taken = [(m.start, m.end) for m in mentions] + [(e.start, e.end) for e in doc.entities]
    places = []
    for ent in doc.parse.ents:  # type: ignore[attr-defined]
        surface = doc.text[ent.start_char : ent.end_char]
        if ent.label_ not in ("LOC", "GPE") or overlaps(ent.start_char, ent.end_char, taken):
            continue
        if len(surface) < 3 or not surface[:1].isupper() or fold(surface) in stopwords() or "\n" in surface:
            continue
        if fold(surface) in _not_places() or (" " not in surface and _starts_sentence_at(doc, ent.start_char)):
            continue
        places.append(
            Place(surface, ent.start_char, ent.end_char, feature="other", precision="point", role="unresolved")
        )
    return places


_SETTLEMENT_OF = re.compile(r"\b(?:ville|village|localité|town|city|village)\s+(?:de\s+|d['’]|of\s+)$", re.I)


def _mentions(doc: Document, gazetteer: Gazetteer, water: list[tuple[int, int]]) -> list[Mention]:
    blocked = [  # registry actors, unless a settlement noun names the town ("la ville d'Azov", "the town of Azov")
        (e.start, e.end)
        for e in doc.entities
        if e.side is not None and not _SETTLEMENT_OF.search(doc.text, max(0, e.start - 30), e.start)
    ]
    persons = [(e.start, e.end) for e in doc.entities if e.side is None]  # statistical NER names
    ner_places = _ner_place_spans(doc.parse)
    sentence_starts = {s.start for s in doc.sentences}
    found: list[Mention] = [
        m
        for m in site_mentions(doc.text, gazetteer)
        if (not overlaps(m.start, m.end, blocked) or _located_site(doc, m)) and not named_thing(m, doc.text)
    ]  # "le motoriste Motor Sich" is the company, not its plant
    taken = [(m.start, m.end) for m in found] + water  # "la rivière Siverskyi Donets" is not the town Donets
    for district in district_mentions(doc, gazetteer, taken + blocked):  # "le district de Prymorskyi" (of Odesa)
        found.append(district)
        taken.append((district.start, district.end))
    for raion in raion_mentions(doc.text, gazetteer, taken + blocked):  # "the Glushkovsky district of Kursk region"
        found.append(raion)
        taken.append((raion.start, raion.end))
    for town in road_mentions(doc.text, gazetteer, taken + blocked):  # "the Kramatorsk-Sloviansk road"
        found.append(town)
        taken.append((town.start, town.end))
    if doc.language in ("uk", "ru"):  # "у Бучанському районі", "в Грайворонском округе"
        for raion in slavic_raion_mentions(doc.text, gazetteer, taken + blocked):
            found.append(raion)
            taken.append((raion.start, raion.end))
    for mention in region_cue_mentions(doc.text, gazetteer):
        if overlaps(mention.start, mention.end, taken):
            continue
        if not overlaps(mention.start, mention.end, blocked):
            found.append(mention)
            taken.append((mention.start, mention.end))
    for start, end in capitalised_ngrams(doc.text):
        if overlaps(start, end, blocked) or overlaps(start, end, taken):
            continue
        named = name_mention(doc.text, start, end, gazetteer)
        if named is None:
            continue
        mention = named
        mention.ner = overlaps(start, end, ner_places)
        mention.sentence_initial = start in sentence_starts
        mention.locative = bool(_PLACE_CUE_BEFORE.search(doc.text[max(0, start - 40) : start])) or bool(
            _LISTED_BEFORE.search(doc.text[max(0, start - 160) : start])
        )
        if acceptable(mention, persons, doc.text) and not (
            doc.language in ("uk", "ru") and not_a_slavic_place(mention, doc.text)
        ):
            found.append(mention)
            taken.append((start, end))
    found += [
        inner
        for m in found
        if m.candidates[0].kind == "site" and not m.district
        for inner in _town_of_site(doc.text, m, gazetteer)
    ]
    found = [named_district(m) for m in found]  # "Odesa's Prymorskyi district": the toponym is "Prymorskyi"
    return sorted(found, key=lambda m: m.start)


def _town_of_site(text: str, site: Mention, gazetteer: Gazetteer) -> list[Mention]:
    """The town or region a site is named after ("centrale de Zaporijjia", "Kramatorsk railway station")."""
    district = " district" in site.candidates[0].name
    for word in re.finditer(WORD, site.surface):
        if word.group() == site.surface:
            return []
        if district and district_adjective(word.group()):
            continue  # "district Desnianskyï de Kiev": the district's name, not a town so named
        start = site.start + word.start()
        end = start + len(word.group()) - (2 if word.group().endswith(("'s", "’s")) else 0)  # "Odesa's X district"
        named = name_mention(text, start, end, gazetteer)
        if named is not None and any(in_theatre(c) and c.kind in ("city", "region") for c in named.candidates):
            named.in_site = True
            return [named]
    return []


def _located_site(doc: Document, mention: Mention) -> bool:
    """ "au Kremlin", "at the Kremlin", "le Kremlin a été visé": the seat of a government named as the place where
    something happens."""
    before = doc.text[max(0, mention.start - 30) : mention.start]
    return bool(_LOCATIVE_BEFORE.search(before)) or _targeted(doc.text, mention.start, mention.end)


def _targeted(text: str, start: int, end: int) -> bool:
    """ "Kiev a été visée", "Kyiv was hit overnight", "une attaque de drones contre Moscou": a city under attack."""
    if _TARGET_BEFORE.search(text[max(0, start - 60) : start]):
        return True
    verb = _TARGET_AFTER.match(text, end)
    return verb is not None and not _NOT_ARMS_AFTER.match(text, verb.end())


def _ner_place_spans(parsed: Any) -> list[tuple[int, int]]:
    if parsed is None:
        return []
    return [(e.start_char, e.end_char) for e in parsed.ents if e.label_ in ("LOC", "GPE", "MISC")]


def _sentence_neighbours(
    doc: Document, mentions: list[Mention], chosen: list[Candidate]
) -> Iterator[tuple[int, list[Candidate]]]:
    """Each ambiguous mention with the towns its own sentence names whose reading is not in doubt (one candidate, or
    a town of 10,000): "Bohdanivka, près de Tchassiv Iar" is the Bohdanivka near Chasiv Yar."""
    spans = [(s.start, s.end) for s in doc.sentences]
    sentence_of = [next((k for k, (a, b) in enumerate(spans) if a <= m.start < b), -1) for m in mentions]
    for i, mention in enumerate(mentions):
        if len(mention.candidates) < 2 or sentence_of[i] < 0:
            continue
        neighbours = [
            chosen[j]
            for j, other in enumerate(mentions)
            if j != i
            and sentence_of[j] == sentence_of[i]
            and chosen[j].kind in ("city", "settlement", "site")
            and (len(other.candidates) == 1 or chosen[j].population >= _TOWN)
            and not other.in_site
        ]
        if neighbours:
            yield i, neighbours


def _sentence_context(doc: Document, mention: Mention, mentions: list[Mention]) -> list[Candidate]:
    """Regions named in the mention's own sentence: the strongest clue among homonyms."""
    sentence = next((s for s in doc.sentences if s.start <= mention.start < s.end), None)
    if sentence is None:
        return []
    return [
        m.candidates[0]
        for m in mentions
        if names_region(m) and m is not mention and sentence.start <= m.start < sentence.end
    ]


def _place(doc: Document, mention: Mention, chosen: Candidate) -> Place:
    precision = chosen.precision
    if chosen.kind == "site":
        feature = chosen.feature
    elif mention.region_cue or chosen.kind not in ("city", "settlement"):
        feature = "country" if chosen.kind == "country" else "region"
    else:
        feature = chosen.feature
    if chosen.kind == "region" and not mention.region_cue and fold(mention.surface) != fold(chosen.name):
        precision = "region"
    role = "other" if mention.in_site else ("location" if mention.district else _role(doc, mention, chosen))
    river = _rivers().get(fold(mention.surface)) if role == "other" and _is_river(doc, mention, chosen) else None
    if river is not None:  # "le Dniepr": the river where the war meets it, not the city
        return Place(
            mention.surface, mention.start, mention.end, name=river["name"], lat=river["lat"], lon=river["lon"],
            country=river["country"], feature="other", precision="region", role="other",
        )  # fmt: skip
    return Place(
        surface=mention.surface,
        start=mention.start,
        end=mention.end,
        name=chosen.name,
        lat=round(chosen.lat, 5),
        lon=round(chosen.lon, 5),
        country=chosen.country,
        admin1=chosen.admin1
        if chosen.kind in ("city", "settlement", "site")
        else (chosen.name if chosen.kind == "region" else None),
        feature=feature,
        geonames_id=chosen.geonames_id,
        precision=precision,
        role=role,
    )


def _is_river(doc: Document, mention: Mention, chosen: Candidate) -> bool:
    before = doc.text[max(0, mention.start - 60) : mention.start]
    after = doc.text[mention.end : mention.end + 20]
    article = chosen.kind == "city" and bool(_FRENCH_ARTICLE_BEFORE.search(before))
    return article or bool(_RIVER_BEFORE.search(before) or _RIVER_AFTER.match(after))


@functools.cache
def _rivers() -> dict[str, dict[str, Any]]:
    """Folded river name → the river (data/sites.json "rivers"), located where the war meets it."""
    from kronika.data import load_json

    return {fold(name): river for river in load_json("sites.json").get("rivers", []) for name in river["names"]}


def _role(doc: Document, mention: Mention, chosen: Candidate) -> str:
    line_start = doc.text.rfind("\n", 0, mention.start) + 1
    dateline = _DATELINE.match(doc.text, line_start)
    if dateline and dateline.start("city") <= mention.start < dateline.end("city"):
        return "dateline"  # "KYIV, June 3 (Reuters) -": where the story was filed, not where it happened
    before = doc.text[max(0, mention.start - 60) : mention.start]
    after = doc.text[mention.end : mention.end + 20]
    if _RIVER_BEFORE.search(before) or _RIVER_AFTER.match(after):
        return "other"  # "la rive gauche du Dniepr", "the Dnipro river": a river, not the city
    if chosen.kind == "city" and _FRENCH_ARTICLE_BEFORE.search(before):
        return "other"  # French names towns without an article: "le Dniepr", "du Don" are rivers
    if _REFERENCE_BEFORE.search(before) or _ROAD_BEFORE.search(before) or direction_before(before):  # 10 km / west of X
        return "reference"
    if _NEAR_BEFORE.search(before) and chosen.kind in ("city", "settlement"):
        return "near"  # "the village of X, near Kupiansk": an anchor, the event's place only if nothing finer is named
    if chosen.kind in ("city", "settlement") and (_UNIT_AFTER.match(after) or _UNIT_BEFORE.search(before)):
        return "near"  # "Kramatorsk raion", "le raïon de Nikopol": the district around the town, not the town
    targeted = _targeted(doc.text, mention.start, mention.end)
    if chosen.id in _actor_sites() and not (_LOCATIVE_BEFORE.search(before) or targeted):
        return "actor"  # "le Kremlin a démenti": the presidency, not the fortress
    located = mention.located or targeted or _LOCATIVE_BEFORE.search(before) or _CITY_DISTRICT_AFTER.match(after)
    if (chosen.name, chosen.country) in _capitals() and not located:
        # a capital not introduced as a place ("pour Kiev", "Moscou a commencé") stands for its government
        return "actor"
    return "location"


@functools.cache
def _capitals() -> frozenset[tuple[str, str]]:
    from kronika.gazetteer.build import geonames_cities_path

    countries = json.loads((geonames_cities_path().parent / "countries.json").read_text(encoding="utf-8"))
    capitals = {(c["capital"], c["iso"]) for c in countries.values() if c.get("capital")}
    capitals.add(("Kyiv", "UA"))
    return frozenset(capitals)


@functools.cache
def _actor_sites() -> frozenset[str]:
    from kronika.data import load_json

    return frozenset(site["id"] for site in load_json("sites.json")["sites"] if site.get("actor"))


@functools.cache
def _not_places() -> frozenset[str]:
    from kronika.data import load_json

    return frozenset(fold(word) for word in load_json("not_places.json")["words"])


def _starts_sentence_at(doc: Document, offset: int) -> bool:
    return any(s.start == offset for s in doc.sentences)
