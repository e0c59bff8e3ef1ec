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
def _any_credit() -> re.Pattern[str]:
    """Any outlet's credit as a literal: a text without one credits no outlet (most texts; one search, not 54)."""
    credits = sorted({c for outlet in outlets().values() for c in outlet.credits}, key=len, reverse=True)
    return re.compile("|".join(re.escape(c) for c in credits), re.IGNORECASE | re.MULTILINE)


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
    texts = [text for text in (doc.text, *(r.text for r in doc.removed)) if _any_credit().search(text)]
    found: list[Outlet] = []
    for literal, pattern, outlet in _credit_patterns():
        if outlet not in found and any(literal.search(text) and pattern.search(text) for text in texts):
            found.append(outlet)
    return found
