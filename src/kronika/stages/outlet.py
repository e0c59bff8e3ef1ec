"""Outlet stage: which news outlet a document comes from, as a fact for counting corroboration.

From the URL's domain, else from in-text credits ("(Reuters)", "(ats/asi)",
"Video: watson"). A wire credit wins over the publishing site: a rewrite of an
agency dispatch is that agency's report, so wire rewrites count once.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import urlparse

from kronika.data import load_json
from kronika.literals import Prefilter, anchors
from kronika.model import Document
from kronika.pipeline import stage


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    country: str
    kind: str
    domains: tuple[str, ...]
    credits: tuple[str, ...]


@functools.cache
def outlets() -> dict[str, Outlet]:
    return {
        item["name"]: Outlet(
            item["name"], item["country"], item["kind"], tuple(item["domains"]), tuple(item["credits"])
        )
        for item in load_json("outlets.json")["outlets"]
    }


@functools.cache
def _credit_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str], Outlet]]:
    """(the credit as a literal, the credit in its context, the outlet), in the outlets' order. A context pattern
    can only match where its literal does, and the literal alone is several times faster to search for."""
    found = []
    for outlet in outlets().values():
        for credit in outlet.credits:
            body = re.escape(credit)
            # "(Reuters)", "(ats/asi)", "(AFP) -", "Video: watson", "avec AFP", "— Reuters"
            pattern = (
                rf"\((?:[^()]*/)?{body}(?:/[^()]*)?\)"
                rf"|^(?:vid[ée]o|video|photo|source)\s*:\s*{body}\s*$"
                rf"|\bavec\s+(?:l')?{body}\b"
            )
            flags = re.IGNORECASE | re.MULTILINE
            found.append((re.compile(body, flags), re.compile(pattern, flags), outlet))
    return found


@functools.cache
def _credit_prefilter() -> Prefilter[int]:
    """The credits (by their index in ``_credit_patterns``) with their literals as anchors: one scan of a text tells
    which credits it can hold (most texts: none but the shortest, "AP" or "ATS", inside some word)."""
    return Prefilter([(index, anchors(literal)) for index, (literal, _, _) in enumerate(_credit_patterns())])


@stage("outlet", requires=["doc.text", "doc.removed"], assigns=["doc.outlet"])
def identify_outlet(doc: Document) -> Document:
    """Set ``doc.outlet`` to the outlet whose report this is (None when nothing says)."""
    credited = _credited(doc)
    wire = next((o for o in credited if o.kind == "wire agency"), None)
    found = wire or _by_domain(doc.url or doc.source) or (credited[0] if credited else None)
    doc.outlet = found.name if found else None
    return doc


def _by_domain(address: str | None) -> Outlet | None:
    if not address or not re.match(r"^https?://", address):
        return None
    host = (urlparse(address).hostname or "").lower().removeprefix("www.")
    for outlet in outlets().values():
        if any(host == d or host.endswith("." + d) for d in outlet.domains):
            return outlet
    return None


def _credited(doc: Document) -> list[Outlet]:
    """The outlets credited in the text or its removed lines, in the outlets' order."""
    holding: dict[int, list[str]] = {}  # credit index -> the texts that can hold it
    for text in (doc.text, *(r.text for r in doc.removed)):
        for index in _credit_prefilter().candidates(text.lower(), text):
            holding.setdefault(index, []).append(text)
    found: list[Outlet] = []
    for index in sorted(holding):
        literal, pattern, outlet = _credit_patterns()[index]
        if outlet not in found and any(literal.search(text) and pattern.search(text) for text in holding[index]):
            found.append(outlet)
    return found
