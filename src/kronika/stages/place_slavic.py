"""Ukrainian and Russian place conventions: raions, okrugs and hromadas named by their adjective, and capitalised
words that a Cyrillic sentence shows to be no toponym.

A district takes its centre town's name as an adjective, declined with its noun: "у Бучанському районі" (Буча),
"в Грайворонском округе" (Грайворон), "Нікопольського району" (Нікополь), "Шебекинского округа" (Шебекино). The
adjective is read as its centre town, as ``place_raions`` reads "Glushkovsky district". A sentence's first word
that is an adjective before a lower-case noun ("Украинский дрон", "Російські війська") modifies that noun; a
preposition opening a sentence ("Біля Часового Яру") is not the village it spells; a name in quotes after a unit
noun ("группировки войск «Восток»") names the unit.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from kronika.data import load_json
from kronika.gazetteer.index import Candidate, Gazetteer
from kronika.stages.place_conventions import Mention, overlaps
from kronika.stages.place_raions import centre_towns

_UPPER = "А-ЯЁІЇЄҐ"
_RAION = re.compile(
    rf"(?<![\w'’ʼ-])(?P<name>[{_UPPER}][\w'’ʼ-]*?)(?P<ending>(?:сь|ць|зь|с|ц|з)к(?:ий|ого|ому|ім|ій|ом|ой|ая|ої|ою|ая|а|у|е))"
    r"\s+(?P<noun>район|району|районі|районе|района|районом|округ|округа|округу|окрузі|округе|громада|громади|громаді"
    r"|громаду|громадою|муніципальн\w*\s+округ\w*)(?!\w)"
)
_ENDINGS = ("", "о", "а", "я", "ь", "е", "и", "і", "ка", "ськ", "ля", "ове")
_CITY_DISTRICT_NAMESAKE = 150_000
_NAME_AFTER = re.compile(rf"\s+[{_UPPER}]")
_CITY_DISTRICT_AFTER = re.compile(rf"\s+район\w*\s+[{_UPPER}]")
_ADJECTIVE_OPENING = re.compile(rf"[{_UPPER}][\w'’ʼ-]*(?:ськ|цьк|ск|цк)(?:ий|і|ие|ое|е|ого|ому|ом|ім|ій)$")
_LOWER_WORD_AFTER = re.compile(r"\s+[а-яёіїєґ]")
_UNIT_BEFORE = re.compile(
    r"(?:угрупован|группировк|бригад|батальйон|батальон|полк|корпус|дивізі|дивизи|загон|отряд|підрозділ|подразделени"
    r"|центр|операці|операци)\w*(?:\s+\w+){0,2}\s*[«\"“]$",
    re.IGNORECASE,
)


def slavic_raion_mentions(text: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> Iterator[Mention]:
    """Each raion, okrug or hromada named by its Cyrillic adjective, as a mention of its centre town."""
    for match in _RAION.finditer(text):
        start, end = match.start("name"), match.end("ending")
        if overlaps(start, end, taken) or gazetteer.lookup(text[start:end] + " " + match.group("noun")):
            continue  # a hromada the gazetteer holds is read by the names stage
        towns = _towns(match.group("name"), gazetteer)
        if towns and match.group("noun").startswith("район") and _city_district(text, match.end(), towns[0]):
            continue
        if towns:
            yield Mention(text[start:end], start, end, located=True, candidates=towns[:1])


def _city_district(text: str, end: int, town: Candidate) -> bool:
    """ "в Кировском районе Донецка", "Київському районі" of Kharkiv: a city's district is named after a city (Київ,
    Киров) more often than a raion is, and a city's name follows it; a raion's event is no big city's anyway."""
    return town.population > _CITY_DISTRICT_NAMESAKE or _NAME_AFTER.match(text, end) is not None


def _towns(stem: str, gazetteer: Gazetteer) -> list[Candidate]:
    stems = {stem, stem[:-1] if stem.endswith("н") else stem, stem[:-2] if stem.endswith(("ан", "ян")) else stem}
    if stem.endswith("ів"):
        stems |= {stem[:-2] + "ове", stem[:-2] + "и", stem[:-2] + "івка", stem[:-2] + "ів"}
    return centre_towns(stems, _ENDINGS, gazetteer)


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset(load_json("slavic.json")["places"]["function_words"])


def not_a_slavic_place(mention: Mention, text: str) -> bool:
    """Whether a Cyrillic capitalised word is an adjective, a preposition or a unit's name, not a toponym."""
    surface = mention.surface
    if surface.lower() in _function_words():
        return True
    if " " not in surface and _ADJECTIVE_OPENING.search(surface) and _CITY_DISTRICT_AFTER.match(text, mention.end):
        return True  # "в Кировском районе Донецка": a district of the city named after it
    if mention.sentence_initial and " " not in surface and _ADJECTIVE_OPENING.search(surface):
        return _LOWER_WORD_AFTER.match(text, mention.end) is not None
    return _UNIT_BEFORE.search(text, max(0, mention.start - 50), mention.start) is not None
