"""Claims stage: attribution, stance, links to events, contested events — on sentences written for the project."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from conftest import DATA
from kronika.model import Claim, Document
from kronika.registry import fold
from kronika.stages.claims import is_contested

pytestmark = pytest.mark.model

ROWS = [json.loads(line) for line in (DATA / "claim_sentences.jsonl").read_text(encoding="utf-8").splitlines() if line]
FLOORS = {"recall": 0.98, "stance": 0.98}  # measured on tests/data/claim_sentences.jsonl; floors only go up


def _matches(row: dict, claim: Claim) -> bool:
    source, surface = fold(claim.source), fold(claim.source_surface)
    wanted = fold(row["source"])
    named = wanted in surface or surface in wanted or wanted in source
    return named and fold(row["claim_contains"]) in fold(claim.text)


def test_labelled_claims_floor(run_text: Callable[..., Document]) -> None:
    found = right_stance = 0
    misses = []
    for row in ROWS:
        doc = run_text(row["text"], date="2024-06-12")
        hit = next((c for c in doc.claims if _matches(row, c)), None)
        if hit is None:
            misses.append(row["text"][:80])
            continue
        found += 1
        right_stance += hit.stance == row["stance"]
    assert found / len(ROWS) >= FLOORS["recall"], misses
    assert right_stance / found >= FLOORS["stance"]


def test_quote_then_speaker_line(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Le ministère a publié un communiqué dans la matinée.\n\n"
        "«Toutes les attaques ennemies ont été repoussées et aucune percée n'a eu lieu.»\n"
        "Ministère russe de la Défense\n",
        date="2024-06-12",
    )
    claim = next(c for c in doc.claims if "percée" in c.text)
    assert claim.source == "Ministry of Defence of Russia"
    assert claim.stance == "deny"


def test_official_named_by_role_resolves_to_the_person(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Le gouverneur de la région a déclaré que deux drones avaient été abattus. "
        "Oleh Synehoubov a ajouté que personne n'avait été blessé.",
        date="2024-06-12",
    )
    sources = {(c.source_surface, c.source) for c in doc.claims}
    assert ("Le gouverneur de la région", "Oleh Syniehubov") in sources


def test_opposing_claims_make_an_event_contested(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Le Corps des volontaires russes a affirmé avoir pris le contrôle du village de Tiotkino, "
        "dans la région de Koursk. "
        "Le gouverneur Roman Starovoït a démenti toute prise de contrôle.",
        date="2024-03-12",
    )
    event = next(e for e in doc.events if e.location and e.location.name == "Tëtkino")
    assert event.contested
    assert event.claim_ids


def test_is_contested_needs_two_sources() -> None:
    def claim(source: str, stance: str, side: str | None) -> Claim:
        return Claim("c" + source + stance, "d", source, source, stance, "t", 0, 1, None, side)

    assert is_contested([claim("A", "assert", "ukraine"), claim("B", "deny", "russia")])
    assert not is_contested([claim("A", "assert", "ukraine"), claim("A", "deny", "ukraine")])
    assert not is_contested([claim("A", "assert", "russia"), claim("B", "assert", "ukraine")])
