"""Ukrainian and Russian reading of a clause: its event cue, whether it reports an act, and its toll.

Official posts (a regional military administration, a governor, the General Staff, a ministry) and news sites in
Ukrainian or Russian tell an act with a word family that one stem covers in every inflection ("обстріл*":
обстріляли, обстрілу; "обстрел*": обстреляли, обстрелом), so the lexicon (``data/slavic.json``) holds stems, not
sentences. The French and English readers in ``event_typing`` and ``tolls`` hand a text over here only when it
holds Cyrillic letters, so their hot path is unchanged.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from kronika.data import load_json, word_patterns
from kronika.model import Event
from kronika.stages.event_typing import Cue

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_TOKEN = re.compile(r"\d+[:.,]\d+|[\w'’ʼ-]+|[,;:.!?()«»—–\"]")
_CLAUSE_END = frozenset(',;:.!?()«»—–"')
_REACH = 4  # words between a toll word and its count


@functools.cache
def _lexicon() -> dict[str, Any]:
    data = load_json("slavic.json")
    tolls = data["casualties"]
    return {
        "cues": sorted(
            (Cue(c["type"], c["sub"], c["priority"], word_patterns(c["patterns"])) for c in data["cues"]),
            key=lambda cue: -cue.priority,
        ),
        "intervention": word_patterns(data["protest_intervention"]),
        "arrest_reason": word_patterns(data["arrest_reason"]),
        "disappeared": word_patterns(data["disappeared"]),
        "skip": word_patterns(data["skip"]),
        "killed": tuple(tolls["killed"]),
        "injured": tuple(tolls["injured"]),
        "none_told": word_patterns(tolls["none_told"]),
        "one_forms": frozenset(tolls["one_forms"]),
        "persons_one": frozenset(tolls["persons_one"]),
        "numbers": {word.replace("’", "'").replace("ʼ", "'"): n for word, n in tolls["number_words"].items()},
        "not_counts": re.compile("|".join(tolls["not_counts"])),
    }


def has_cyrillic(text: str) -> bool:
    return CYRILLIC.search(text) is not None


@functools.lru_cache(maxsize=4096)
def slavic_cue(text: str) -> Cue | None:
    """The strongest Ukrainian or Russian cue of ``text``; a protest with arrests or force is one with intervention
    (ACLED: "police detained 27 journalists" at a rally is the rally's intervention, not a separate arrest)."""
    lexicon = _lexicon()
    cue = next((cue for cue in lexicon["cues"] if cue.pattern.search(text)), None)
    if cue is not None and cue.sub == "Peaceful protest" and lexicon["intervention"].search(text):
        return Cue("Protests", "Protest with intervention", cue.priority, cue.pattern)
    if cue is not None and cue.sub != "Arrests":
        cue = _arrest_for_reason(text, cue) or cue
    if cue is not None and cue.sub == "Arrests" and lexicon["disappeared"].search(text):
        # ACLED: a detention after which the person's whereabouts are unknown is a forced disappearance
        return Cue("Violence against civilians", "Abduction/forced disappearance", cue.priority, cue.pattern)
    return cue


def refine_slavic(event: Event, text: str) -> None:
    """The sub-type of an event by its whole sentence: a protest whose sentence tells arrests or force used on it
    is one with intervention; an arrest whose sentence says the person's whereabouts are unknown, a disappearance."""
    lexicon = _lexicon()
    if event.sub_event_type == "Peaceful protest" and lexicon["intervention"].search(text):
        event.sub_event_type = "Protest with intervention"
    elif event.sub_event_type == "Arrests" and lexicon["disappeared"].search(text):
        event.event_type, event.sub_event_type = "Violence against civilians", "Abduction/forced disappearance"


def _arrest_for_reason(text: str, cue: Cue) -> Cue | None:
    """ "СБУ затримали агентку, яка коригувала ракетні удари": the act after the arrest, in a relative clause or
    told as the suspicion, is its reason; the arrest is the clause's act."""
    arrest = next((c for c in _lexicon()["cues"] if c.sub == "Arrests"), None)
    told = arrest.pattern.search(text) if arrest else None
    act = cue.pattern.search(text)
    if arrest is None or told is None or act is None or act.start() < told.end():
        return None
    return arrest if _lexicon()["arrest_reason"].search(text, told.end(), act.start()) else None


def slavic_non_event(text: str) -> bool:
    """An air-raid alert, a threat, a plan, a denial or an anniversary names an act that did not take place now."""
    return _lexicon()["skip"].search(text) is not None


def slavic_casualties(text: str) -> tuple[int | None, int | None]:
    """(killed, injured) told in ``text``: for each toll word ("загинули", "поранено", "погибли", "ранены",
    "постраждали"), the count nearest to it in its clause, before it first ("3 людини загинули", "ще 12 поранені"),
    then after it ("Загинули двоє мешканців", "погиб один человек"); with no count, one victim when the word or a
    person beside it is singular ("загинув 54-річний чоловік", "Ранена мирная жительница"). An age ("68-річна") or a
    time ("13:00") is no count. The highest count of a kind is kept: a post repeats its toll, it does not add to it.
    """
    lexicon = _lexicon()
    cleaned = lexicon["not_counts"].sub(" ", lexicon["none_told"].sub(" ", text))
    tokens = [t.lower().replace("’", "'").replace("ʼ", "'") for t in _TOKEN.findall(cleaned)]
    result: dict[str, int | None] = {"killed": None, "injured": None}
    for i, token in enumerate(tokens):
        kind = _toll_kind(token, lexicon)
        if kind is None:
            continue
        count = _count_near(tokens, i, lexicon)
        if count is not None:
            result[kind] = max(result[kind] or 0, count)
    return result["killed"], result["injured"]


def _toll_kind(token: str, lexicon: dict[str, Any]) -> str | None:
    if token.startswith(lexicon["killed"]):
        return "killed"
    if token.startswith(lexicon["injured"]):
        return "injured"
    return None


def _count_near(tokens: list[str], at: int, lexicon: dict[str, Any]) -> int | None:
    for side in (_words_before(tokens, at), _words_after(tokens, at)):
        for word in side:
            number = _number(word, lexicon["numbers"])
            if number is not None:
                return number
    if tokens[at] in lexicon["one_forms"]:
        return 1
    near = [*_words_before(tokens, at), *_words_after(tokens, at)]
    return 1 if any(word in lexicon["persons_one"] for word in near) else None


def _words_before(tokens: list[str], at: int) -> list[str]:
    words: list[str] = []
    for token in reversed(tokens[max(0, at - _REACH) : at]):
        if token in _CLAUSE_END:
            break
        words.append(token)
    return words


def _words_after(tokens: list[str], at: int) -> list[str]:
    words: list[str] = []
    for token in tokens[at + 1 : at + 1 + _REACH]:
        if token in _CLAUSE_END:
            break
        words.append(token)
    return words


def _number(word: str, numbers: dict[str, int]) -> int | None:
    if word.isdigit():
        return int(word)
    return numbers.get(word)
