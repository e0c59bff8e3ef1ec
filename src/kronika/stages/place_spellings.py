"""A name the gazetteer does not read, respelled from where the text puts it.

A reporter's or a translator's own spelling of a village ("le village de Makiivkan, dans la région de Lougansk", a
Russian-style "Golo Pristan" in "Nova Kakhovka, Golo Pristan et Oleshky") reaches no entry. When the text places it
(a region phrase right after it, or a list whose neighbours lie in one region), the village of that region whose
transliteration key is one letter away is meant. Only one edit: two would make most short names one another.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from kronika.gazetteer.index import Candidate, Gazetteer
from kronika.gazetteer.keys import fold
from kronika.model import Place
from kronika.stages.place_conventions import WORD, Mention, overlaps, stopwords

_EDITS = 1
_REGION_GAP = (  # "Makiivkan, dans la région de Lougansk", "X in the Luhansk region", "X (région de Y)"
    r"\s*[,(]?\s*(?:(?:dans|en|in|within)\s+(?:la\s+|l['’]|the\s+)?)?(?:r[ée]gion|oblast|province)\s+"
    r"(?:de\s+|d['’]|du\s+|of\s+)?$|\s*,?\s*(?:dans|in)\s+(?:la\s+|l['’]|the\s+)?$"
)
_NAME_BEFORE_REGION = re.compile(
    rf"(?<![\w'’-])(?P<name>(?-i:{WORD}(?:[\s-]+{WORD}){{0,2}}))(?:{_REGION_GAP})", re.IGNORECASE
)
_LIST_GAP = re.compile(rf"\s*,\s*(?P<name>{WORD}(?:[\s-]+{WORD}){{0,2}})\s*(?:,|\bet\b|\band\b|\bou\b|\bor\b)\s*$")


def respelled(text: str, places: list[Place], gazetteer: Gazetteer) -> Iterator[Mention]:
    """Mentions of unread names that the text places in a region, with that region's villages one letter away."""
    located = sorted((p for p in places if p.lat is not None), key=lambda p: p.start)
    spans = [(p.start, p.end) for p in located]
    for region in (p for p in located if p.feature == "region"):
        before = _NAME_BEFORE_REGION.search(text, max(0, region.start - 80), region.start)
        if before is None or overlaps(before.start("name"), before.end("name"), spans):
            continue
        if fold(before.group("name")) in stopwords():
            continue
        yield from _within(gazetteer, before.group("name"), before.start("name"), region.admin1)
    for first, second in itertools.pairwise(located):
        gap = _LIST_GAP.fullmatch(text, first.end, second.start)
        if gap is None or first.admin1 is None or first.admin1 != second.admin1:
            continue
        if any(first.end <= p.start < second.start for p in places):
            continue  # the gap holds a name already read
        yield from _within(gazetteer, gap.group("name"), gap.start("name"), first.admin1)


def _within(gazetteer: Gazetteer, surface: str, start: int, admin1: str | None) -> Iterator[Mention]:
    region = gazetteer.region(admin1) if admin1 else None
    if region is None or region.kind != "region":
        return
    found: list[Candidate] = gazetteer.near_spellings(surface, region, edits=_EDITS)
    if found:
        yield Mention(surface, start, start + len(surface), located=True, candidates=found)
