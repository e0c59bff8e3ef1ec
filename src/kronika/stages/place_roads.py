"""A road named by the towns it joins: "on the Kramatorsk-Sloviansk road", "the Nikopol - Marhanets highway",
"sur l'autoroute Kharkiv-Koupiansk".

The gazetteer knows no "Kramatorsk-Sloviansk", so neither town was read, and the region after the road was taken for
its capital. ACLED codes such an act to the first town named; the second only names the road's direction (role
``other``, as the town a site is named after).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kronika.gazetteer.index import Candidate, Gazetteer
from kronika.stages.place_conventions import WORD, Mention, overlaps

_TOWNS = rf"(?P<first>{WORD}(?:\s+{WORD})?)\s*[-–—]\s*(?P<second>{WORD}(?:\s+{WORD})?)"
_ROADS = (
    re.compile(rf"(?<![\w'’-]){_TOWNS}\s+(?:road|highway|motorway|route)s?\b"),  # the Kharkiv-Kupiansk highway
    re.compile(rf"\b(?:route|autoroute|highway|road)\s+{_TOWNS}(?![\w'’-])", re.IGNORECASE),  # l'autoroute X-Y
)


def road_mentions(text: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> Iterator[Mention]:
    """The two towns of a road named after them: the first where the act is, the second the road's direction."""
    for pattern in _ROADS:
        for match in pattern.finditer(text):
            if overlaps(match.start("first"), match.end("second"), taken):
                continue
            first, second = _towns(gazetteer, match.group("first")), _towns(gazetteer, match.group("second"))
            if not first or not second:
                continue
            yield Mention(match.group("first"), match.start("first"), match.end("first"), candidates=first)
            end = match.end("second")
            yield Mention(match.group("second"), match.start("second"), end, in_site=True, candidates=second)


def _towns(gazetteer: Gazetteer, name: str) -> list[Candidate]:
    return [c for c in gazetteer.lookup(name) if c.kind in ("city", "settlement")]
