"""Events stage: ACLED typing, casualties, clause handling — on sentences written for the project."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from conftest import DATA
from kronika.model import Document
from kronika.stages.events import best_cue, casualties, is_non_event

pytestmark = pytest.mark.model

ROWS = [json.loads(line) for line in (DATA / "event_sentences.jsonl").read_text(encoding="utf-8").splitlines() if line]
# floors measured on tests/data/event_sentences.jsonl; they only go up
FLOORS = {"detection": 0.90, "event_type": 0.88, "sub_event_type": 0.82, "casualties": 0.95}


@pytest.fixture(scope="module")
def labelled(pipeline: object) -> list[tuple[dict, Document]]:
    from kronika.stages.read import content_hash

    docs = []
    for number, row in enumerate(ROWS):
        doc = Document(doc_id=f"s{number}", source="labelled", raw=row["text"], header={"date": "2024-06-12"})
        doc.content_hash = content_hash(row["text"])
        docs.append(doc)
    done = pipeline.run_batch(docs, lambda stage, doc, exc: pytest.fail(f"{stage}: {exc}"))  # type: ignore[attr-defined]
    return list(zip(ROWS, done, strict=True))


def test_labelled_set_covers_every_event_type() -> None:
    types = {row["event_type"] for row in ROWS if row["event"]}
    assert types == {
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Protests",
        "Riots",
        "Strategic developments",
    }
    assert len(ROWS) >= 100


def test_detection_and_typing_floors(labelled: list[tuple[dict, Document]]) -> None:
    detected = sum(bool(doc.events) == row["event"] for row, doc in labelled)
    positives = [(row, doc) for row, doc in labelled if row["event"] and doc.events]
    n_positive = sum(row["event"] for row in ROWS)
    typed = sum(doc.events[0].event_type == row["event_type"] for row, doc in positives)
    subtyped = sum(doc.events[0].sub_event_type == row["sub_event_type"] for row, doc in positives)
    figures = {
        "detection": detected / len(ROWS),
        "event_type": typed / n_positive,
        "sub_event_type": subtyped / n_positive,
    }
    for name, value in figures.items():
        assert value >= FLOORS[name], f"{name} {value:.3f} fell below its floor {FLOORS[name]}"


def test_casualty_floor(labelled: list[tuple[dict, Document]]) -> None:
    checked = right = 0
    for row, doc in labelled:
        if row["event"] and doc.events:
            for key in ("fatalities", "injuries"):
                checked += 1
                right += getattr(doc.events[0], key) == row[key]
    assert right / checked >= FLOORS["casualties"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trois civils ont été tués et une dizaine blessés.", (3, 10)),
        ("The strike killed 14 people and injured dozens.", (14, 12)),
        ("Un blessé léger a été signalé.", (None, 1)),
        ("La frappe a fait 1 200 morts selon les autorités.", (1200, None)),
        ("Two soldiers were wounded, none killed.", (None, 2)),
        ("Aucune victime n'est à déplorer.", (None, None)),
        ("A drone hit a warehouse.", (None, None)),
    ],
)
def test_casualties(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected


def test_priority_prefers_the_specific_weapon() -> None:
    cue = best_cue("Une attaque de drones a frappé un dépôt de carburant.")
    assert cue is not None and cue.sub == "Air/drone strike"
    cue = best_cue("Air defence shot down 12 drones over the region.")
    assert cue is not None and cue.sub == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "Les autorités s'attendent à ce que les forces russes tentent de prendre la ville.",
        "Moscow regularly shells border villages.",
        "Le gouverneur a qualifié de mensonge l'annonce d'une frappe.",
        "A new offensive could begin in the spring.",
    ],
)
def test_non_events(text: str) -> None:
    assert is_non_event(text)


def test_two_clauses_two_places_two_events(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Les autorités ont déclaré qu'un immeuble de Kharkiv aurait été frappé par un drone "
        "et qu'une roquette serait tombée sur Soumy.",
        date="2024-06-12",
    )
    located = {(e.location.name if e.location else None, e.sub_event_type) for e in doc.events}
    assert ("Kharkiv", "Air/drone strike") in located
    assert ("Sumy", "Shelling/artillery/missile attack") in located


def test_background_event_keeps_its_own_date(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "En mai dernier, des combattants ont attaqué et pris deux villages de la région de Koursk.", date="2024-03-12"
    )
    assert doc.events, "a recalled past event is still an event"
    event = doc.events[0]
    assert (event.date, event.date_end, event.time_precision) == ("2023-05-01", "2023-05-31", "month")


def test_anaphora_takes_the_city_not_the_region(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Des combats ont eu lieu à Pokrovsk, dans la région de Donetsk. "
        "La ville a ensuite été bombardée par l'artillerie russe.",
        date="2024-06-12",
    )
    assert {e.location.name for e in doc.events if e.location} == {"Pokrovsk"}


def test_country_only_events_are_dropped(run_text: Callable[..., Document]) -> None:
    doc = run_text("Des drones ont attaqué la Russie cette nuit.", date="2024-06-12")
    assert doc.events == []


def test_protest_with_tear_gas(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Des centaines d'habitants ont manifesté mardi à Kherson contre l'occupation. "
        "Pour disperser la foule, les soldats ont utilisé du gaz lacrymogène.",
        date="2022-03-15",
    )
    assert len(doc.events) == 1
    event = doc.events[0]
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")
    assert event.date == "2022-03-15"
    assert any(a.name == "Protesters (Ukraine)" for a in event.actors)
    assert len(event.evidence) == 2
