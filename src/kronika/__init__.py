"""Kronika: raw war reporting in, a structured, geolocated, evidence-backed event ledger out."""

from __future__ import annotations

import logging
from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "events", "export", "ingest"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> Any:
    # the public functions live in kronika.api; importing it lazily keeps `import kronika` light
    if name in ("ingest", "export", "events", "relink"):
        from kronika import api

        return getattr(api, name)
    raise AttributeError(f"module 'kronika' has no attribute {name!r}")
