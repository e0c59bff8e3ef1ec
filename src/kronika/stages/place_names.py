"""Names in the text that the gazetteer may hold: capitalised word runs, site phrases, French forms of names.

Each capitalised run (and each sub-run) is looked up by exact folded form, then by a transliteration key; a
reading no reporter means (an airport code, a small foreign place known only by an alias) is dropped here.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Iterator
from typing import Any

from kronika.gazetteer.index import Candidate, Gazetteer
from kronika.gazetteer.keys import fold, translit_key
from kronika.stages.place_conventions import UPPER, WORD, Mention, stopwords
from kronika.stages.place_ranking import FOCUS_WEIGHT, name_keys, nominative_forms, theatre
from kronika.stages.place_roles import facility_named

_CAPITALISED_RUN = re.compile(rf"(?<![\w-]){WORD}(?:[^\S\n]+{WORD}){{0,3}}")  # a name never crosses a line


_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")


_ELISION = re.compile(rf"[LD]['’](?=[{UPPER}])")


_BROKEN_WORD = re.compile(r"[-‐­]\s+[a-zà-ÿа-я]")


_SMALL_FOREIGN = 100_000


_TOWN = 10_000


_SMALL_NEIGHBOURS = ("MD", "BY")  # whole countries beside the war, their towns better known by Russian names


_ADMIN_WORDS = frozenset({"region", "oblast", "province", "district", "raion", "krai", "rayon", "republic", "city"})


def site_mentions(text: str, gazetteer: Gazetteer) -> Iterator[Mention]:
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
        areas = ("site", "country", "region", "macro")
        candidates = [c for c in gazetteer.lookup_exact(match.group()) if c.kind in areas]
        candidates.sort(key=lambda c: c.kind != "site")
        if candidates:
            end = match.end()
            yield Mention(text[match.start() : match.end()], match.start(), match.end(), candidates=candidates[:1])


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


_GLUED = re.compile(rf"(?<=[a-zà-ÿа-яёіїєґ]{{3}})(?=[{UPPER}]\w)|(?<=[{UPPER}]{{3}})(?=[{UPPER}][a-zà-ÿа-яёіїєґ])")


_GLUED_RUN = re.compile(  # a name glued to the lower-case word or the time before it: "suiteOdessa", "08h12KHARKIV"
    rf"(?:(?<=[a-zà-ÿа-яёіїєґ]{{3}})|(?<=\d))[{UPPER}][a-zà-ÿа-яёіїєґ{UPPER}]{{2}}[\w'’-]*(?:[^\S\n]+{WORD}){{0,3}}"
)


_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{2,40}\)\s*)?(?:[-–—:,]|\(AFP\))")


def capitalised_ngrams(text: str) -> Iterator[tuple[int, int]]:
    """Every sub-run of capitalised words, longest first within each run; a word glued to the one before it on a
    scraped page ("Guerre en UkrainePokrovsk", "Photo AFPKherson", "Lire la suiteOdessa") counts as two. A glued
    run of several words comes first, so that "2 minTchassiv Iar" is read whole before its unglued tail "Iar"."""
    glued = list(_GLUED_RUN.finditer(text))
    runs = [
        *(run for run in glued if " " in run.group().strip()),
        *_CAPITALISED_RUN.finditer(text),
        *(run for run in glued if " " not in run.group().strip()),
    ]
    for run in runs:
        words = [
            (part_start, part_end)
            for w in re.finditer(r"\S+", run.group())
            for part_start, part_end in _unglued(w.start() + run.start(), w.group())
        ]
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


def _unglued(start: int, word: str) -> list[tuple[int, int]]:
    """A word split where a scraped page glued two together: "UkrainePokrovsk" → "Ukraine", "Pokrovsk"."""
    cuts = [0, *(m.start() for m in _GLUED.finditer(word)), len(word)]
    return [(start + a, start + b) for a, b in itertools.pairwise(cuts)]


def _dateline(text: str, start: int, end: int) -> bool:
    """A name in capitals that opens a line or follows a glued credit, before "(Ukraine) -", "(AFP)", ", ":
    "KOUPIANSK (Ukraine), envoyé spécial", "SOUDJA (Russie) -"; a dateline, read as the name in any spelling."""
    line = text[text.rfind("\n", 0, start) + 1 : start].rstrip()
    glued = start > 0 and not text[start - 1].isspace()
    return (not line or line.endswith((".", "!", "?", "|")) or glued) and bool(_DATELINE_AFTER.match(text, end))


def name_mention(text: str, start: int, end: int, gazetteer: Gazetteer) -> Mention | None:
    surface = text[start:end]
    if len(surface) < 3 or fold(surface) in stopwords():
        return None
    if surface.isupper() and len(surface) > 4 and _dateline(text, start, end):
        surface = surface.title()  # spelled as any other name from here on (no acronym reading)
    candidates = [_own_spelling(c, surface) for c in gazetteer.lookup(surface) if c.quality != "base"]
    candidates = [
        c for c in candidates if _plausible(c, surface) or (_rear_hamlet(c) and facility_named(text, start, end))
    ]  # "le terminal méthanier de Vysotsk": a village of Russia's rear the war strikes
    for translated in [] if candidates else _french_forms(surface):
        candidates = [c for c in gazetteer.lookup(translated) if c.quality != "base" and _plausible(c, translated)]
        if candidates:
            break
    if _CYRILLIC.search(surface):
        candidates = _upgraded(candidates, nominative_forms(surface), gazetteer)
    elif "ï" in surface and any(c.quality == "key" for c in candidates):
        candidates = _upgraded(candidates, _diaeresis_forms(surface), gazetteer)
    if not all(map(_far_russian_town, candidates)):
        candidates = [c for c in candidates if not _far_russian_town(c)]  # only when no other reading is left
    candidates = candidates or _town_of_its_part(surface, gazetteer)
    if not candidates:
        return None
    return Mention(text[start:end], start, end, candidates=candidates)


_PART_OF_TOWN = re.compile(r"^(?P<town>.+?)[-‐ ](?:Nord|Sud|Est|Ouest|Centre|North|South|East|West|Central)$")


def _town_of_its_part(surface: str, gazetteer: Gazetteer) -> list[Candidate]:
    """ "Kharkiv-Nord", "Zaporizhzhia-South": a part of a town (its station, airfield or quarter) no source lists,
    read as the town; only a town of 10,000, which has parts so named."""
    part = _PART_OF_TOWN.match(surface)
    if part is None:
        return []
    towns = [c for c in gazetteer.lookup(part.group("town")) if c.kind == "city" and c.population >= _TOWN]
    return [c for c in towns if c.quality != "key"] or towns


def _own_spelling(candidate: Candidate, surface: str) -> Candidate:
    """A town's alternate name that is its own name in another romanisation is its name, not a former or foreign
    one: "Soltsy" for Sol’tsy (the soft sign dropped), "Hvardiiske" for Hvardiyske. Not a village's: among village
    namesakes, GeoNames and the register spell alike names differently, and the spelling tells none apart."""
    town = candidate.kind == "city" and candidate.population >= _TOWN
    if town and candidate.quality == "alt" and translit_key(candidate.name) in name_keys(surface):
        return dataclasses.replace(candidate, quality="name")
    return candidate


def _upgraded(candidates: list[Candidate], forms: list[str], gazetteer: Gazetteer) -> list[Candidate]:
    """The readings of other forms of the same name, exact ones replacing those a spelling key reached."""
    by_id = {c.id: c for c in candidates}
    for form in forms:
        for candidate in gazetteer.lookup_exact(form):
            current = by_id.get(candidate.id)
            if candidate.quality != "base" and (current is None or current.quality == "key"):
                by_id[candidate.id] = candidate
    return list(by_id.values())


def _diaeresis_forms(surface: str) -> list[str]:
    """French writes the Russian and Ukrainian й, ї as "ï" (Nikolaïev, Andreïevka, Kryvyï Rih): the name as English
    and Russian spellings write it ("Nikolaev", "Nikolayev"), so the city known by that alias is reached by it."""
    return [surface.replace("ï", other) for other in ("", "y", "i", "yi")]


def _french_forms(surface: str) -> list[str]:
    """ "Nouvelle-Kakhovka" → "Nova Kakhovka", "Slaviansk-sur-Kouban" → "Slaviansk-na-Koubani": words French
    translates in a Ukrainian or Russian name (``french_words``, ``french_on_river`` in data/translit.json)."""
    for french, native in _french_words():
        if surface.startswith(french) and len(surface) > len(french) + 2:
            return [native + surface[len(french) :]]
    rule = _french_on_river()
    town, on, river = surface.partition(rule["french"])
    if not on or not town or not river:
        return []
    for article in rule["articles"]:
        river = river.removeprefix(article)
    return [f"{town}{rule['native']}{river}{ending}" for ending in rule["endings"]]


@functools.cache
def _french_on_river() -> dict[str, Any]:
    from kronika.data import load_json

    return load_json("translit.json")["french_on_river"]  # type: ignore[no-any-return]


@functools.cache
def _french_words() -> tuple[tuple[str, str], ...]:
    from kronika.data import load_json

    return tuple((a, b) for a, b in load_json("translit.json")["french_words"])


def _far_russian_town(candidate: Candidate) -> bool:
    """A Russian town of 10,000 outside the war's regions reached only by a spelling key ("Ielabouga")."""
    return (
        candidate.country == "RU"
        and candidate.quality == "key"
        and candidate.population >= _TOWN
        and candidate.feature != "village"
        and candidate.admin1 not in theatre()
    )


def _rear_hamlet(candidate: Candidate) -> bool:
    """A village of Russia outside the war's regions, by its own name (``_plausible`` drops it unless a facility the
    war strikes is named with it)."""
    return candidate.country == "RU" and candidate.quality == "name" and candidate.feature == "village"


def _plausible(candidate: Candidate, surface: str) -> bool:
    """Drop readings no reporter means: an acronym matching an airport code ("SMM", "NAF") among alternate
    names, and a small place outside the theatre known here only by an alternate name or a spelling key."""
    if candidate.kind not in ("city", "settlement"):
        return True
    if surface.isupper() and candidate.quality != "name":
        return False
    if candidate.country == "UA" or candidate.admin1 in theatre():
        return True
    if candidate.country in _SMALL_NEIGHBOURS and candidate.quality == "alt" and candidate.population >= _TOWN // 2:
        return True  # a town of Moldova or Belarus by its Russian name ("Grigoriopol" for Hryhoriopol)
    if _far_russian_town(candidate):
        return True  # a Russian town as French spells it ("Ielabouga", "Novokouïbychevsk"): vouched for by acceptable
    if candidate.quality in ("alt", "key") and candidate.population < _SMALL_FOREIGN:
        return False
    if candidate.quality == "key" and candidate.country not in FOCUS_WEIGHT:
        return False  # a foreign town by a spelling key ("Namura" for Namur) or a minor alias
    # a hamlet deep in Russia, not a Moldovan town nor a Russian town by its own name ("Primorsk", a Baltic port)
    return candidate.feature != "village" or candidate.country != "RU" or candidate.population >= _TOWN // 2
