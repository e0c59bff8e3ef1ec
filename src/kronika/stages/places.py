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
import itertools
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kronika.gazetteer.build import distance_km
from kronika.gazetteer.index import Candidate, Gazetteer
from kronika.gazetteer.keys import fold, translit_key
from kronika.model import Document, Place
from kronika.pipeline import stage

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
_WORD = rf"[{_UPPER}][\w'’-]*"
_CAPITALISED_RUN = re.compile(rf"(?<![\w-]){_WORD}(?:\s+{_WORD}){{0,3}}")
_REGION_BEFORE = re.compile(
    rf"\b(?:r[ée]gions?|oblasts?|provinces?|districts?|ra[iï]ons?|territoires?|region|province|district|gouverneure?|governor)"
    rf"(?:\s+(?:voisine|frontali[èe]re|russe|ukrainienne|sud|nord|orientale|occidentale|of))?\s+(?:de\s+|d'|d’|du\s+|of\s+)?"
    rf"(?P<names>{_WORD}(?:\s*(?:,|et|and)\s*(?:de\s+|d'|d’)?{_WORD})*)"
)
_REGION_AFTER = re.compile(rf"(?P<name>{_WORD})\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince|[Kk]rai)\b")
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
_NEIGHBOURHOOD_AFTER = re.compile(
    r"(?:,?\s+(?:and|et)\s+[\w'’-]+)?\s+(?:neighbou?rhoods?|quartiers?|micro-?districts?|mikroraions?)\b", re.I
)
_CITY_DISTRICT_AFTER = re.compile(rf"\s+[-–]\s+{_WORD}(?:yi|ий)\b")  # "Kyiv - Obolonskyi": a district of the city
_SURNAME_AFTER = re.compile(rf"\s{_WORD}")
_GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_WORD}) $")
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:à|a|au|aux|dans|sur|vers|près\s+de|autour\s+de|au-dessus\s+de|en\s+direction\s+de|ville\s+de|"
    r"capitale|in|at|near|on|over|around|outside(?:\s+of)?|towards|city\s+of|outskirts\s+of|banlieue\s+de|region\s+of))"
    r"\s*(?:la\s+|le\s+|l'|l’|the\s+)?$",
    re.IGNORECASE,
)
_PLACE_CUE_BEFORE = re.compile(
    r"(?:\b(?:à|au|aux|dans|sur|vers|de|du|des|d'|d’|près\s+de|autour\s+de|fuir|village|ville|localité|commune|"
    r"in|at|near|on|over|around|outside|towards|from|of|village|town|city|fled|flee)\s*(?:la\s+|le\s+|l'|l’|the\s+)?)$",
    re.IGNORECASE,
)
_RIVER_BEFORE = re.compile(
    r"(?:fleuve|rivi[èe]re|rives?\s+(?:gauche|droite)\s+(?:du|de\s+la)|berges?\s+du|river|banks?\s+of\s+the)\s*$",
    re.IGNORECASE,
)
_NEAR_BEFORE = re.compile(
    r"(?:\bnear|\bnot\s+far\s+from|\boutskirts\s+of|\boutside(?:\s+of)?|\bpr[èe]s\s+de|\bpr[èe]s\s+d'|\b[àa]\s+proximit[ée]\s+(?:de|d')"
    r"|\baux\s+abords\s+(?:de|d')|\bnon\s+loin\s+(?:de|d'))\s*(?:la\s+|le\s+|l'|the\s+)?$",
    re.IGNORECASE,
)
_FRENCH_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:le|du|au)\s+$")
_RIVER_AFTER = re.compile(r"\s+(?:river|River)\b")
_DATELINE = re.compile(
    r"[ \t]*(?P<city>[A-ZÀ-Þ][A-Za-zÀ-ÿ'’ -]{1,40}?),\s+(?:\d{1,2}(?:er)?\s+\w+|\w+\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*"
    r"\((?:Reuters|AFP|AP|Associated\s+Press|Ukrinform|Interfax|TASS|RIA|dpa|Bloomberg|UNIAN|Belga|ATS)\)\s*[-–—]"
)
_HROMADA = re.compile(rf"(?P<name>{_WORD})\s+(?:hromada|громада|territorial\s+community)\b", re.IGNORECASE)
_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
_FOCUS_WEIGHT = {"UA": 3.0, "RU": 3.0, "BY": 1.5, "MD": 1.5}
_THEATRE_WEIGHT = 2.5
_CITY_REGION_KM = 100.0
_FRONT_WEIGHT = 5.0
_FRONT_KM = 60.0
_ANCHOR_CITY = 100_000
_KNOWN_TOWN = 10_000  # inhabitants: a town this size is read as itself, not as an unindexed namesake inside Y
_SENTENCE_REGION = 8.0  # on top of _DOCUMENT_REGION: sentence > document > front line > theatre > population
_DOCUMENT_REGION = 6.0
_FRONT_STEP_KM = 5.0
_ADMIN_BETWEEN = re.compile(
    r"\s*(?:(?:(?:territorial|urban|rural|village|settlement)\s+)?(?:village|town|city|settlement|district|raion|"
    r"hromada|community|area|municipality|council)\s*)?[,(]\s*"
    r"(?:in\s+)?(?:the\s+|la\s+|le\s+)?(?:(?:r[ée]gion|oblast|province|district)\s+(?:de\s+|d'|d’|du\s+|of\s+))?",
    re.IGNORECASE,
)
_ELISION = re.compile(rf"[LD]['’](?=[{_UPPER}])")
_BROKEN_WORD = re.compile(r"[-‐­]\s+[a-zà-ÿа-я]")
_ACTOR_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:People['’]s\s+(?:Militia|Republic)|rebels?|separatists?|militias?|militiamen|insurgents?|"
    r"s[ée]paratistes|rebelles|forces|troops|regime|r[ée]gime)\b"
)
_INSIDE_BEFORE = re.compile(r"\b(?:in|into|inside|within|across|dans|en|au\s+sein\s+de)\s+(?:the\s+|la\s+)?$", re.I)
_UNKNOWN_BEFORE = re.compile(
    rf"(?<![\w'’-]){_WORD}(?:\s+[\w'’-]+){{0,2}}\s*(?:village|town|settlement|district|raion|hromada)?\s*,\s*$"
)
_ADMIN_TAIL = re.compile(r"\s*(?:village|town|settlement|district|raion|hromada)?\s*,\s*$")
_REGION_FOLLOWS = re.compile(rf"\s*,\s*{_WORD}(?:\s+(?:region|oblast|Oblast|Region))?\s*(?:[,.;]|$)")
_LIST_JOIN = re.compile(
    r"\s*(?:regions?|oblasts?|provinces?)?\s*(?:,|,?\s*and|,?\s*et|&|,?\s*or|,?\s*ou)\s*(?:the\s+)?", re.IGNORECASE
)
_FAR_KM = 400.0
_SMALL_PLACE = 20_000
_SMALL_FOREIGN = 100_000
_FOREIGN_ALIAS_CITY = 1_000_000  # a foreign city this size is known by its foreign names ("Varsovie")
_TOWN = 10_000
_OWN_NAME = 1.0
_ADMIN_WORDS = frozenset({"region", "oblast", "province", "district", "raion", "krai", "rayon", "republic", "city"})


@dataclass(slots=True)
class _Mention:
    surface: str
    start: int
    end: int
    region_cue: bool = False
    ner: bool = False
    sentence_initial: bool = False
    locative: bool = False  # introduced by a preposition or noun that announces a place
    located: bool = False  # placed in a region by the text itself ("Kyiv, Ukraine"): a place, not a metonym
    in_site: bool = False  # the town a site is named after ("centrale de Zaporijjia"): a place, not the event's
    candidates: list[Candidate] = field(default_factory=list)


@stage(
    "places",
    requires=["doc.text", "doc.entities", "doc.sentences"],
    assigns=["doc.places"],
    resources=["gazetteer"],
)
def resolve_places(doc: Document, *, gazetteer: Gazetteer) -> Document:
    """Find toponyms and resolve each to a gazetteer entry, with its role in the sentence."""
    mentions = _mentions(doc, gazetteer)
    _admin_conventions(doc.text, mentions, gazetteer)
    context = [m.candidates[0] for m in mentions if m.region_cue and m.candidates]
    anchors = [m.candidates[0] for m in mentions if _anchor(m)]
    day = _report_day(doc)
    doc.places = [
        _place(doc, m, _choose(m, _sentence_context(doc, m, mentions), context, anchors, day)) for m in mentions
    ]
    doc.places += _unresolved(doc, mentions)
    doc.places.sort(key=lambda p: p.start)
    return doc


def _report_day(doc: Document) -> str | None:
    """The day the report speaks of, for the front lines of that time: its publication, else its first date."""
    if doc.published.date:
        return doc.published.date
    dated = sorted((d.start, d.date) for d in doc.dates if d.date)
    return dated[0][1] if dated else None


def _anchor(mention: _Mention) -> bool:
    """A town whose reading is not in doubt locates the article for its homonyms."""
    top = mention.candidates[0] if mention.candidates else None
    return len(mention.candidates) == 1 and top is not None and top.kind in ("city", "settlement")


def _unresolved(doc: Document, mentions: list[_Mention]) -> list[Place]:
    """Toponyms the NER sees but the gazetteer does not hold stay, without coordinates: never a wrong point."""
    if doc.parse is None:
        return []
    taken = [(m.start, m.end) for m in mentions] + [(e.start, e.end) for e in doc.entities]
    places = []
    for ent in doc.parse.ents:  # type: ignore[attr-defined]
        surface = doc.text[ent.start_char : ent.end_char]
        if ent.label_ not in ("LOC", "GPE") or _overlaps(ent.start_char, ent.end_char, taken):
            continue
        if len(surface) < 3 or not surface[:1].isupper() or fold(surface) in _stopwords() or "\n" in surface:
            continue
        if fold(surface) in _not_places() or (" " not in surface and _starts_sentence_at(doc, ent.start_char)):
            continue
        places.append(
            Place(surface, ent.start_char, ent.end_char, feature="other", precision="point", role="unresolved")
        )
    return places


def _mentions(doc: Document, gazetteer: Gazetteer) -> list[_Mention]:
    blocked = [(e.start, e.end) for e in doc.entities if e.side is not None]  # registry actors
    persons = [(e.start, e.end) for e in doc.entities if e.side is None]  # statistical NER names
    ner_places = _ner_place_spans(doc.parse)
    sentence_starts = {s.start for s in doc.sentences}
    found: list[_Mention] = [
        m
        for m in _site_mentions(doc.text, gazetteer)
        if not _overlaps(m.start, m.end, blocked) or _located_site(doc, m)
    ]
    taken = [(m.start, m.end) for m in found]
    for mention in _region_cue_mentions(doc.text, gazetteer):
        if _overlaps(mention.start, mention.end, taken):
            continue
        if not _overlaps(mention.start, mention.end, blocked):
            found.append(mention)
            taken.append((mention.start, mention.end))
    for start, end in _capitalised_ngrams(doc.text):
        if _overlaps(start, end, blocked) or _overlaps(start, end, taken):
            continue
        named = _name_mention(doc.text, start, end, gazetteer)
        if named is None:
            continue
        mention = named
        mention.ner = _overlaps(start, end, ner_places)
        mention.sentence_initial = start in sentence_starts
        mention.locative = bool(_PLACE_CUE_BEFORE.search(doc.text[max(0, start - 40) : start]))
        if _acceptable(mention, persons, doc.text):
            found.append(mention)
            taken.append((start, end))
    found += [inner for m in found if m.candidates[0].kind == "site" for inner in _town_of_site(doc.text, m, gazetteer)]
    return sorted(found, key=lambda m: m.start)


def _town_of_site(text: str, site: _Mention, gazetteer: Gazetteer) -> list[_Mention]:
    """The town or region a site is named after ("centrale de Zaporijjia", "Kramatorsk railway station")."""
    for word in re.finditer(_WORD, site.surface):
        if word.group() == site.surface:
            return []
        start = site.start + word.start()
        named = _name_mention(text, start, start + len(word.group()), gazetteer)
        if named is not None and any(_in_theatre(c) and c.kind in ("city", "region") for c in named.candidates):
            named.in_site = True
            return [named]
    return []


def _located_site(doc: Document, mention: _Mention) -> bool:
    """ "au Kremlin", "at the Kremlin": the seat of a government named as the place where something happens."""
    return bool(_LOCATIVE_BEFORE.search(doc.text[max(0, mention.start - 30) : mention.start]))


def _ner_place_spans(parsed: Any) -> list[tuple[int, int]]:
    if parsed is None:
        return []
    return [(e.start_char, e.end_char) for e in parsed.ents if e.label_ in ("LOC", "GPE", "MISC")]


def _site_mentions(text: str, gazetteer: Gazetteer) -> Iterator[_Mention]:
    """Notable sites and front directions, matched as whole phrases ("direction de Koupiansk", "ZNPP").

    Only the phrases that begin with a word of the text are tried there (one small pattern per first word),
    instead of one alternation of every phrase at every position."""
    index = _site_index(gazetteer)
    folded = fold_same_length(text)
    end = 0
    for word in _WORD_START.finditer(folded):
        pattern = index.get(word.group())
        if pattern is None or word.start() < end:
            continue
        match = pattern.match(folded, word.start())
        if match is None:
            continue
        candidates = [c for c in gazetteer.lookup_exact(match.group()) if c.kind in ("site", "country", "region")]
        candidates.sort(key=lambda c: c.kind != "site")
        if candidates:
            end = match.end()
            yield _Mention(text[match.start() : match.end()], match.start(), match.end(), candidates=candidates[:1])


_WORD_START = re.compile(r"(?<!\w)\w+")
_SITE_INDEXES: dict[int, dict[str, re.Pattern[str]]] = {}


def _site_index(gazetteer: Gazetteer) -> dict[str, re.Pattern[str]]:
    """First word of each site phrase (folded) -> a pattern of the phrases that begin with it, longest first."""
    key = id(gazetteer)
    if key not in _SITE_INDEXES:
        by_word: dict[str, list[str]] = {}
        for name in sorted({*gazetteer.site_names(), *_lowercase_phrases()}, key=len, reverse=True):
            first = _WORD_START.match(name)
            if first is not None:
                by_word.setdefault(first.group(), []).append(re.escape(name).replace(r"\ ", r"[\s‐-]+"))
        _SITE_INDEXES[key] = {word: re.compile(rf"(?:{'|'.join(names)})(?!\w)") for word, names in by_word.items()}
    return _SITE_INDEXES[key]


@functools.cache
def _lowercase_phrases() -> frozenset[str]:
    """Country and region names with a lower-case word ("République tchèque"): no capitalised run holds them."""
    from kronika.data import load_json

    found = set()
    for entry in load_json("regions.json"):
        for name in [entry["name"], *entry.get("names", [])]:
            words = name.split()
            lower = [w for w in words[1:] if w[:1].islower()]
            if lower and words[0][:1].isupper() and not any(fold(w) in _ADMIN_WORDS or len(w) < 4 for w in lower):
                found.add(fold(name))
    return frozenset(found)


def fold_same_length(text: str) -> str:
    """Lower case without accents, one character for one (offsets stay valid)."""
    return "".join(map(_fold_char, text))


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    folded = fold(ch) if ch.strip() else ch
    return folded if len(folded) == 1 else ch.lower()


def _region_cue_mentions(text: str, gazetteer: Gazetteer) -> Iterator[_Mention]:
    for match in _REGION_BEFORE.finditer(text):
        offset = match.start("names")
        for name in re.finditer(_WORD, match.group("names")):
            if name.group() in ("De", "Et"):
                continue
            region = gazetteer.region(name.group())
            if region is not None:
                start = offset + name.start()
                yield _Mention(name.group(), start, start + len(name.group()), region_cue=True, candidates=[region])
    for match in _cyrillic_region_pattern().finditer(text):
        for adjective in _region_adjectives(match.group("name")):
            region = gazetteer.region(f"{adjective} область")
            if region is not None:
                start, end = match.span("name")
                yield _Mention(match.group("name"), start, end, region_cue=True, candidates=[region])
                break
    for match in _HROMADA.finditer(text):
        candidates = gazetteer.lookup_exact(f"{match.group('name')} hromada") or gazetteer.lookup_exact(
            f"{match.group('name')} громада"
        )
        if candidates:
            start, end = match.span()
            yield _Mention(match.group(), start, end, region_cue=False, candidates=candidates[:1])
    for match in _REGION_AFTER.finditer(text):
        region = gazetteer.region(match.group("name"))
        if region is not None:
            yield _Mention(
                match.group("name"), match.start("name"), match.end("name"), region_cue=True, candidates=[region]
            )


def _capitalised_ngrams(text: str) -> Iterator[tuple[int, int]]:
    """Every sub-run of capitalised words, longest first within each run."""
    for run in _CAPITALISED_RUN.finditer(text):
        words = [(w.start() + run.start(), w.end() + run.start()) for w in re.finditer(r"\S+", run.group())]
        for size in range(len(words), 0, -1):
            for i in range(len(words) - size + 1):
                start, end = words[i][0], words[i + size - 1][1]
                while end > start and text[end - 1] in "'’-":
                    end -= 1
                if text[end - 2 : end] in ("'s", "’s"):
                    end -= 2
                if _ELISION.match(text, start):
                    start += 2  # "L'Ukraine", "D'Odessa"
                if _BROKEN_WORD.match(text, end):
                    continue  # "Bakh‐ mout": half of a word cut at a line end
                yield start, end


def _name_mention(text: str, start: int, end: int, gazetteer: Gazetteer) -> _Mention | None:
    surface = text[start:end]
    if len(surface) < 3 or fold(surface) in _stopwords():
        return None
    candidates = [c for c in gazetteer.lookup(surface) if c.quality != "base" and _plausible(c, surface)]
    if _CYRILLIC.search(surface):
        by_id = {c.id: c for c in candidates}
        for lemma in nominative_forms(surface):
            for candidate in gazetteer.lookup_exact(lemma):
                current = by_id.get(candidate.id)
                if candidate.quality != "base" and (current is None or current.quality == "key"):
                    by_id[candidate.id] = candidate
        candidates = list(by_id.values())
    if not candidates:
        return None
    return _Mention(surface, start, end, candidates=candidates)


def _plausible(candidate: Candidate, surface: str) -> bool:
    """Drop readings no reporter means: an acronym matching an airport code ("SMM", "NAF") among alternate
    names, and a small place outside the theatre known here only by an alternate name or a spelling key."""
    if candidate.kind not in ("city", "settlement"):
        return True
    if surface.isupper() and candidate.quality != "name":
        return False
    if candidate.country == "UA" or candidate.admin1 in _theatre():
        return True
    if candidate.quality in ("alt", "key") and candidate.population < _SMALL_FOREIGN:
        return False
    if candidate.quality == "key" and candidate.country not in _FOCUS_WEIGHT:
        return False  # a foreign town by a spelling key ("Namura" for Namur) or a minor alias
    return candidate.feature != "village" or candidate.country not in _FOCUS_WEIGHT  # a hamlet deep in Russia


def nominative_forms(surface: str) -> list[str]:
    """Nominative forms a declined Ukrainian or Russian toponym may come from (у Харкові → Харків)."""
    words = surface.split(" ")
    options = [_word_forms(word) for word in words[:2]]
    if len(options) == 1:
        return [form for form in options[0] if form != surface]
    return [f"{a} {b}" for a in options[0] for b in options[1] if f"{a} {b}" != surface]


def _word_forms(word: str) -> list[str]:
    head, joiner, tail = word.partition("-на-")  # Ростове-на-Дону: only the first part declines
    forms = [head]
    for ending, replacement in _inflections()["noun"]:
        if head.endswith(ending) and len(head) - len(ending) >= 2:
            forms.append(head[: len(head) - len(ending)] + replacement)
    return [form + joiner + tail for form in dict.fromkeys(forms)]


def _acceptable(mention: _Mention, persons: list[tuple[int, int]], text: str = "") -> bool:
    if fold(mention.surface) in _first_names() and (not mention.locative or _SURNAME_AFTER.match(text, mention.end)):
        return False  # "Olena, une habitante…", "the birthday of Taras Shevchenko": a person, not a hamlet
    if text and _NEIGHBOURHOOD_AFTER.match(text, mention.end):
        return False  # "the Kirov and Levoberezhny neighbourhoods of Mariupol": parts of the town named after them
    given = _GIVEN_NAME_BEFORE.search(text, max(0, mention.start - 30), mention.start) if text else None
    if given and fold(given.group("name")) in _first_names():
        return False  # the surname of "Taras Shevchenko", not the town
    if text and _actor_use(mention, text):
        return False
    best_population = max(c.population for c in mention.candidates)
    named_area = any(c.kind in ("country", "region", "macro", "site") for c in mention.candidates)
    if _overlaps(mention.start, mention.end, persons) and not (
        named_area or mention.locative or best_population >= 100_000 or _theatre_town(mention)
    ):
        return False
    if _foreign_alias(mention) and not (mention.locative or mention.ner):
        return False  # "Taras Shevchenko", "the Kazakh consulate", "Namura Queen": a word that is a foreign alias
    if mention.sentence_initial and " " not in mention.surface:
        if not mention.ner and all(
            c.quality == "key" and c.country != "UA" and c.admin1 not in _theatre() for c in mention.candidates
        ):
            return False  # "Mass grave: …" is not Miass: a first word that only a spelling key makes a far place
        focus = any(c.country in _FOCUS_WEIGHT and c.population >= 1_000 for c in mention.candidates)
        return mention.ner or named_area or focus or (bool(text) and _lone_line_place(mention, text))
    if all(c.quality == "key" for c in mention.candidates):
        # a spelling variant: trusted when NER, a place cue, a region after a comma or a second word vouches for it
        regioned = bool(text) and bool(_REGION_FOLLOWS.match(text, mention.end))
        return mention.ner or mention.locative or regioned or " " in mention.surface or best_population >= 1_000
    return True


def _lone_line_place(mention: _Mention, text: str) -> bool:
    """A line that is only a village of the war's regions ("Shyrokyne", "Pisky."): a feed's place tag."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if line.strip(" .;") != mention.surface:
        return False
    return any(c.kind in ("city", "settlement") and _in_theatre(c) for c in mention.candidates)


def _in_theatre(candidate: Candidate) -> bool:
    return candidate.country == "UA" or candidate.admin1 in _theatre()


def _foreign_alias(mention: _Mention) -> bool:
    """Every reading is a town abroad that bears the word only as an alternate name or a spelling variant."""
    return all(
        c.kind in ("city", "settlement")
        and c.country not in _FOCUS_WEIGHT
        and c.country != "UA"
        and c.quality in ("alt", "key")
        and c.population < _FOREIGN_ALIAS_CITY
        for c in mention.candidates
    )


def _theatre_town(mention: _Mention) -> bool:
    """A town of the war's regions by its own name ("Sloviansk, Bakhmout, Avdiivka") even when NER says person."""
    return any(
        c.kind == "city" and c.population >= _TOWN and c.admin1 in _theatre() and c.quality in ("name", "alt")
        for c in mention.candidates
    )


def _actor_use(mention: _Mention, text: str) -> bool:
    """ "Luhansk rebels", "Donetsk People's Militia", "DPR positions": a name standing for an armed group."""
    if _ACTOR_AFTER.match(text, mention.end):
        return True
    if not all(c.kind in ("region", "macro") for c in mention.candidates):
        return False
    armed_group = mention.surface.isupper() or "people" in fold(mention.surface)
    return armed_group and not _INSIDE_BEFORE.search(text[max(0, mention.start - 20) : mention.start])


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _admin_conventions(text: str, mentions: list[_Mention], gazetteer: Gazetteer) -> None:
    """ "X, Y" with Y a region ("Romny, Sumy", "Ozerne, Donetsk region"): Y is X's region, never the event's place.

    X keeps only its homonyms inside Y; an X the gazetteer does not hold there is an unindexed village of Y,
    located at Y with region precision rather than at a namesake elsewhere.
    """
    for index, (first, second) in enumerate(itertools.pairwise(mentions)):
        if not _ADMIN_BETWEEN.fullmatch(text[first.end : second.start]) or first.region_cue:
            continue
        region = _region_reading(second, gazetteer)
        if region is None or _list_goes_on(text, second, mentions[index + 2 : index + 4], gazetteer):
            continue
        inside = [c for c in first.candidates if _inside(c, region)] or _close_to(first.candidates, region)
        if not inside and _region_reading(first, gazetteer) is not None:
            continue  # "Kharkiv, Sumy": two regions in a list
        if not inside and any(c.kind == "city" and c.population >= _KNOWN_TOWN for c in first.candidates):
            continue  # "près de Koupiansk, Kiev dément": a known town outside Y, so the comma ends a clause
        inside = inside or gazetteer.near_spellings(first.surface, region)
        second.candidates, second.region_cue = [region], True
        first.candidates, first.located = inside or [region], True
    taken = [(m.start, m.end) for m in mentions]
    found: list[_Mention] = []
    for index, mention in enumerate(list(mentions)):
        if mention.region_cue or mention.start == 0:
            continue
        before = _UNKNOWN_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        if before is None or _overlaps(before.start(), mention.start, taken):
            continue
        last_word = before.group().rstrip(", ").split()[-1]
        if fold(last_word) in _stopwords() or not last_word[:1].isupper():
            continue
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


def _spelled_otherwise(text: str, before: re.Match[str], region: Candidate, gazetteer: Gazetteer) -> list[_Mention]:
    """ "Kamyshevakha, Luhansk": a village of Y the gazetteer holds under another spelling of its name."""
    name = _ADMIN_TAIL.sub("", before.group())
    candidates = gazetteer.near_spellings(name, region)
    if not candidates:
        return []
    start = before.start()
    return [_Mention(name, start, start + len(name), located=True, candidates=candidates)]


def _close_to(candidates: list[Candidate], region: Candidate) -> list[Candidate]:
    """A city that is its own first-level unit, named with the region around it ("Sevastopol, Crimea")."""
    if region.kind != "region":
        return []
    return [
        c
        for c in candidates
        if c.kind == "city" and c.country == region.country and c.distance_to(region) <= _CITY_REGION_KM
    ]


def _region_reading(mention: _Mention, gazetteer: Gazetteer) -> Candidate | None:
    if mention.region_cue and mention.candidates and mention.candidates[0].kind == "region":
        return mention.candidates[0]
    if any(c.kind == "country" for c in mention.candidates):
        return next(c for c in mention.candidates if c.kind == "country")
    region = gazetteer.region(mention.surface)
    return region if region is not None and region.kind == "region" else None


def _list_goes_on(text: str, mention: _Mention, following: list[_Mention], gazetteer: Gazetteer) -> bool:
    """ "Kreminna, Rubizhne and Lysychansk": the comma joins a list, not a place and its region.

    "Berdiansk, Zaporizhzhia and Mariupol, Donetsk" pairs places with regions: the next item has its own region.
    """
    if not following or not _LIST_JOIN.fullmatch(text[mention.end : following[0].start]):
        return False
    if len(following) > 1 and _ADMIN_BETWEEN.fullmatch(text[following[0].end : following[1].start]):
        return _region_reading(following[1], gazetteer) is None
    return True


def _inside(candidate: Candidate, region: Candidate) -> bool:
    if region.kind == "country":
        return candidate.country == region.country and candidate.kind != "country"
    return (
        candidate.kind in ("city", "settlement", "site")
        and candidate.country == region.country
        and (candidate.admin1_code == region.admin1_code or candidate.admin1 == region.name)
    )


def _sentence_context(doc: Document, mention: _Mention, mentions: list[_Mention]) -> list[Candidate]:
    """Regions named in the mention's own sentence: the strongest clue among homonyms."""
    sentence = next((s for s in doc.sentences if s.start <= mention.start < s.end), None)
    if sentence is None:
        return []
    return [
        m.candidates[0]
        for m in mentions
        if m.region_cue and m.candidates and m is not mention and sentence.start <= m.start < sentence.end
    ]


def _choose(
    mention: _Mention,
    sentence: list[Candidate],
    context: list[Candidate],
    anchors: list[Candidate],
    day: str | None = None,
) -> Candidate:
    if len(mention.candidates) == 1:
        return mention.candidates[0]
    city = _city_by_its_name(mention, sentence)
    if city is not None:
        return city
    best = max(mention.candidates, key=lambda c: _score(c, context, anchors, mention.surface, sentence, day))
    if translit_key(best.name) in _name_keys(mention.surface):
        return _far_fallback(best, sentence) or best  # its own name: only a region of the same sentence overrules
    return _far_fallback(best, context) or best


@dataclass(frozen=True, slots=True)
class RankedCandidate:
    candidate: Candidate
    score: float
    confidence: float  # how far ahead of the runner-up, 0.5 (a tie) .. 1.0


def geocode(surface: str, gazetteer: Gazetteer, context: Iterable[str] = ()) -> list[RankedCandidate]:
    """Every place ``surface`` can denote, best first, ranked as the places stage ranks them.

    ``context`` names regions the text mentions ("Belgorod Oblast", "région de Koursk").
    """
    regions = [r for r in (gazetteer.region(_strip_region_words(name)) for name in context) if r is not None]
    candidates = [c for c in gazetteer.lookup(surface) if c.quality != "base"]
    if not candidates:
        region = gazetteer.region(_strip_region_words(surface))
        candidates = [region] if region else []
    scored = sorted(((c, _score(c, regions, [], surface, regions)) for c in candidates), key=lambda item: -item[1])
    fallback = _far_fallback(scored[0][0], regions) if scored else None
    if fallback is not None:
        scored.insert(0, (fallback, scored[0][1] + 0.01))
    ranked = []
    for index, (candidate, score) in enumerate(scored):
        rival = scored[1][1] if index == 0 and len(scored) > 1 else (scored[0][1] if index else None)
        margin = score - rival if rival is not None else 10.0
        ranked.append(RankedCandidate(candidate, round(score, 2), round(1 / (1 + math.exp(-margin)), 3)))
    return ranked


@functools.lru_cache(maxsize=10_000)
def _name_keys(surface: str) -> frozenset[str]:
    return frozenset(translit_key(form) for form in (surface, *nominative_forms(surface)))


def _strip_region_words(name: str) -> str:
    return re.sub(
        r"(?i)^(?:r[ée]gion|oblast|province)\s+(?:de\s+|d'|du\s+)|\s+(?:oblast|region|province|krai)$", "", name
    ).strip()


def _score(
    candidate: Candidate,
    context: list[Candidate],
    anchors: list[Candidate],
    surface: str = "",
    sentence: list[Candidate] | None = None,
    day: str | None = None,
) -> float:
    score = 10.0 if candidate.kind in ("country", "region", "macro") and candidate.quality == "full" else 0.0
    if candidate.admin1 in _theatre() and _theatre_on(candidate.admin1, day):
        score += _THEATRE_WEIGHT  # the war's front-line and border regions of the day, over namesakes elsewhere
    if any(_inside(candidate, region) for region in sentence or []):
        score += _SENTENCE_REGION
    if candidate.precision == "point":
        score += 0.3  # among namesakes otherwise alike, the one located exactly is the better known
    if candidate.kind in ("city", "settlement") and candidate.country in ("UA", "RU"):
        score += _front_prior(candidate, day)
    own_name = bool(surface) and translit_key(candidate.name) in _name_keys(surface)
    if own_name:
        score += _OWN_NAME  # the place bears the name itself, not as a former or foreign alias
    register = candidate.kind == "settlement" and candidate.country == "UA"  # reached by its Russian-style name
    quality = "alt" if (own_name or register) and candidate.quality == "key" else candidate.quality
    score += {"key": 0.0, "alt": 2.0}.get(quality, 3.5)  # a place's current name beats a former one
    score += _focus(candidate, day)
    score += 0.8 * math.log10(candidate.population + 1)
    context_codes = {(c.country, c.admin1_code) for c in context if c.admin1_code}
    if (candidate.country, candidate.admin1_code) in context_codes:
        score += _DOCUMENT_REGION
    if any(distance_km(candidate.lat, candidate.lon, a.lat, a.lon) < 250 for a in anchors if a.id != candidate.id):
        score += 2.0
    return score


def _focus(candidate: Candidate, day: str | None) -> float:
    """Ukraine and its neighbours over the rest of the world; in Russia, the border regions of the day and its
    cities, not a namesake village beyond the Volga."""
    weight = _FOCUS_WEIGHT.get(candidate.country, 0.0)
    if candidate.country != "RU" or candidate.kind not in ("city", "settlement"):
        return weight
    theatre = candidate.admin1 in _theatre() and _theatre_on(candidate.admin1, day)
    return weight if theatre or candidate.population >= _ANCHOR_CITY else 0.0


def _city_by_its_name(mention: _Mention, sentence: list[Candidate]) -> Candidate | None:
    """ "Mykolaïv" is the city of 470,000, whatever other region the article names, unless its own sentence
    puts a namesake elsewhere."""
    keys = _name_keys(mention.surface)
    cities = [
        c
        for c in mention.candidates
        if c.kind == "city" and c.population >= _ANCHOR_CITY and translit_key(c.name) in keys
    ]
    exact = any(c.quality != "key" for c in mention.candidates)
    cities = [c for c in cities if c.quality != "key" or not exact]  # "Shumy" is the village so named, not Sumy
    if not cities or any(_inside(c, region) for c in mention.candidates for region in sentence):
        return None
    if any(c.kind in ("country", "region", "macro", "site") for c in mention.candidates):
        return None  # "Russie" is the country, not Ruse
    return max(cities, key=lambda c: c.population)


def _front_prior(candidate: Candidate, day: str | None = None) -> float:
    """Up to _FRONT_WEIGHT near the front lines; a city of 100,000 is the default reading of its name anywhere."""
    if candidate.population >= _ANCHOR_CITY:
        return _FRONT_WEIGHT
    distance = front_distance_km(candidate.lat, candidate.lon, _front_lines_on(day))
    return _FRONT_WEIGHT * max(0.0, 1.0 - distance / _FRONT_KM)


def _far_fallback(best: Candidate, context: list[Candidate]) -> Candidate | None:
    """A small place far from every region the article names is more likely an unindexed village there."""
    regions = [c for c in context if c.kind == "region"]
    if best.kind not in ("city", "settlement") or best.population >= _SMALL_PLACE or not regions:
        return None
    if any((c.country, c.admin1_code) == (best.country, best.admin1_code) for c in regions):
        return None
    nearest = min(regions, key=lambda c: distance_km(best.lat, best.lon, c.lat, c.lon))
    if distance_km(best.lat, best.lon, nearest.lat, nearest.lon) > _FAR_KM:
        return nearest
    return None


def _place(doc: Document, mention: _Mention, chosen: Candidate) -> Place:
    precision = chosen.precision
    if chosen.kind == "site":
        feature = chosen.feature
    elif mention.region_cue or chosen.kind not in ("city", "settlement"):
        feature = "country" if chosen.kind == "country" else "region"
    else:
        feature = chosen.feature
    if chosen.kind == "region" and not mention.region_cue and fold(mention.surface) != fold(chosen.name):
        precision = "region"
    role = "other" if mention.in_site else _role(doc, mention, chosen)
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


def _is_river(doc: Document, mention: _Mention, chosen: Candidate) -> bool:
    before = doc.text[max(0, mention.start - 60) : mention.start]
    after = doc.text[mention.end : mention.end + 20]
    article = chosen.kind == "city" and bool(_FRENCH_ARTICLE_BEFORE.search(before))
    return article or bool(_RIVER_BEFORE.search(before) or _RIVER_AFTER.match(after))


@functools.cache
def _rivers() -> dict[str, dict[str, Any]]:
    """Folded river name → the river (data/sites.json "rivers"), located where the war meets it."""
    from kronika.data import load_json

    return {fold(name): river for river in load_json("sites.json").get("rivers", []) for name in river["names"]}


def _role(doc: Document, mention: _Mention, chosen: Candidate) -> str:
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
    if _REFERENCE_BEFORE.search(before) or _ROAD_BEFORE.search(before):  # a distance from X, the road to X
        return "reference"
    if _NEAR_BEFORE.search(before) and chosen.kind in ("city", "settlement"):
        return "near"  # "the village of X, near Kupiansk": an anchor, the event's place only if nothing finer is named
    if chosen.id in _actor_sites() and not _LOCATIVE_BEFORE.search(before):
        return "actor"  # "le Kremlin a démenti": the presidency, not the fortress
    located = mention.located or _LOCATIVE_BEFORE.search(before) or _CITY_DISTRICT_AFTER.match(after)
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


def _theatre_on(region: str | None, day: str | None) -> bool:
    """The region was a front-line or border region on ``day`` (every theatre region when undated): before
    24 February 2022 the war was in Donbas and Crimea only (``theatre_since`` in regions.json)."""
    since = _theatre_since().get(region or "", "")
    return not day or day[:10] >= since


@functools.cache
def _theatre_since() -> dict[str, str]:
    from kronika.data import load_json

    return {e["name"]: e.get("theatre_since", "") for e in load_json("regions.json") if e.get("theatre")}


@functools.cache
def _theatre() -> frozenset[str]:
    """Names of the front-line and border regions of Ukraine and Russia (``"theatre": true`` in regions.json)."""
    from kronika.data import load_json

    return frozenset(e["name"] for e in load_json("regions.json") if e.get("theatre"))


@functools.lru_cache(maxsize=100_000)
def front_distance_km(lat: float, lon: float, lines: tuple[str, ...] | None = None) -> float:
    """Kilometres from a point to the nearest front line or border of data/front.json (equirectangular);
    ``lines`` names the lines to use (all by default)."""
    scale = math.cos(math.radians(lat))
    return 111.2 * min(math.hypot(lat - a, (lon - b) * scale) for a, b in _front_points(lines))


@functools.lru_cache(maxsize=4_096)
def _front_lines_on(day: str | None) -> tuple[str, ...] | None:
    """The lines of data/front.json that were a front on ``day`` (YYYY-MM-DD); None (every line) if undated."""
    from kronika.data import load_json

    if not day:
        return None
    data = load_json("front.json")
    periods = data.get("periods", {})
    active = tuple(
        name
        for name in data["lines"]
        if (periods.get(name, [None, None])[0] or "") <= day[:10] <= (periods.get(name, [None, None])[1] or "9999")
    )
    return active or None


@functools.cache
def _front_points(lines: tuple[str, ...] | None = None) -> tuple[tuple[float, float], ...]:
    """The lines of data/front.json (those named, else all), with a point every few kilometres."""
    from kronika.data import load_json

    points: list[tuple[float, float]] = []
    for name, line in load_json("front.json")["lines"].items():
        if lines is not None and name not in lines:
            continue
        for (lat1, lon1), (lat2, lon2) in itertools.pairwise(line):
            steps = max(1, int(distance_km(lat1, lon1, lat2, lon2) / _FRONT_STEP_KM))
            points += [(lat1 + (lat2 - lat1) * i / steps, lon1 + (lon2 - lon1) * i / steps) for i in range(steps)]
        points.append(tuple(line[-1]))  # type: ignore[arg-type]
    return tuple(points)


@functools.cache
def _inflections() -> dict[str, Any]:
    from kronika.data import load_json

    return load_json("inflections.json")  # type: ignore[no-any-return]


@functools.cache
def _cyrillic_region_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?P<name>[А-ЯЁІЇЄҐ][\w'’-]+)\s+{_inflections()['region_noun']}")


def _region_adjectives(word: str) -> list[str]:
    forms = [word]
    for ending, replacement in _inflections()["region_adjective"]:
        if word.endswith(ending):
            forms.append(word[: len(word) - len(ending)] + replacement)
    return forms


@functools.cache
def _not_places() -> frozenset[str]:
    from kronika.data import load_json

    return frozenset(fold(word) for word in load_json("not_places.json")["words"])


def _starts_sentence_at(doc: Document, offset: int) -> bool:
    return any(s.start == offset for s in doc.sentences)


@functools.cache
def _first_names() -> frozenset[str]:
    from kronika.data import load_json

    return frozenset(fold(name) for name in load_json("first_names.json")["names"])


@functools.cache
def _stopwords() -> frozenset[str]:
    import justext

    words: set[str] = set()
    for language in ("French", "English"):
        words.update(fold(w) for w in justext.get_stoplist(language))
    from kronika.data import load_json

    dates = load_json("dates.json")
    words.update(fold(w) for w in dates["months"])
    words.update(fold(w) for w in dates["weekdays"])
    return frozenset(words)
