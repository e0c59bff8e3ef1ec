"""Villages across a border: a namesake in the other country when the sentence places the village in a region.

Border villages share names across the Russian-Ukrainian border (Komarivka / Komarovka, Tyotkino / Tiotkino), and
the gazetteer lacks most Russian ones. "Snagost et Komarovka, près de Korenevo, dans la région de Koursk": when every
region the sentence names is of one country, a small place resolved to a namesake of the other country is a village
of the region after it, placed there with region precision (or at a near spelling inside it), as ACLED codes an
unindexed village by its admin unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kronika.gazetteer.index import Candidate, Gazetteer
from kronika.model import Sentence
from kronika.stages.place_conventions import KNOWN_TOWN, Mention, names_region

_REACH = 120  # characters from the village to the region that places it: a list, an anchor, then the region
# "shelled X from the Kursk region", "depuis la région de Belgorod": the region is where fire came from
_ORIGIN_BEFORE = re.compile(
    r"\b(?:from|depuis|à\s+partir|en\s+provenance|du\s+territoire|from\s+the\s+territory)\b[^,;.]{0,40}$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;:.!?]|\b(?:while|whereas|alors\s+que|tandis\s+que)\b", re.IGNORECASE)
# "Tiotkino, village russe à la frontière de la région ukrainienne de Soumy": the border is a landmark, not a container
_LANDMARK = re.compile(r"\b(?:fronti[èe]res?|borders?|limites?)\b", re.IGNORECASE)
# the text says which country the place is in: then it is the namesake of that country
_OWN_COUNTRY = {
    "RU": re.compile(r"\b(?:russes?|russian|russie|russia)\b", re.IGNORECASE),
    "UA": re.compile(r"\b(?:ukrainien(?:ne)?s?|ukrainian|ukraine)\b", re.IGNORECASE),
}


def across_the_border(
    text: str, mentions: list[Mention], chosen: list[Candidate], sentences: list[Sentence], gazetteer: Gazetteer
) -> Iterator[tuple[int, list[Candidate]]]:
    """(mention index, its readings inside the region) for each small place the sentence puts across the border."""
    for i, mention in enumerate(mentions):
        place = chosen[i]
        if mention.region_cue or place.kind not in ("city", "settlement") or place.population >= KNOWN_TOWN:
            continue
        sentence = next((s for s in sentences if s.start <= mention.start < s.end), None)
        if sentence is None:
            continue
        named = [m for m in mentions if names_region(m) and sentence.start <= m.start < sentence.end]
        countries = {m.candidates[0].country for m in named}
        if not named or place.country in countries or len(countries) > 1:
            continue
        region = _region_after(text, mention, named)
        own = _OWN_COUNTRY.get(place.country)
        if region is not None and not (own and own.search(text, mention.end, mention.end + _REACH // 2)):
            yield i, gazetteer.near_spellings(mention.surface, region) or [region]


def _region_after(text: str, mention: Mention, named: list[Mention]) -> Candidate | None:
    """The first region named after ``mention`` within reach, in the same clause, and not as where fire came from."""
    after = next((m for m in named if m.start > mention.end), None)
    if after is None or after.start - mention.end > _REACH or after.candidates[0].kind != "region":
        return None
    between = text[mention.end : after.start]
    if _CLAUSE_BREAK.search(between) or _LANDMARK.search(between):
        return None
    if _ORIGIN_BEFORE.search(text[max(0, after.start - 60) : after.start]):
        return None
    return after.candidates[0]
