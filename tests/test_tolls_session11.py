"""Places and tolls of whole French articles (session 11): a place named for another moment ("au lendemain d'une
frappe sur Soumy") or told as a position across from another ("face à la centrale") takes no share of the act's
toll. Sentences of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kronika.model import Document, Place
from kronika.stages.event_context import beside_the_act
from kronika.tolls import casualties

pytestmark = pytest.mark.model

RunText = Callable[..., Document]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Un drone a tué deux civils à Nikopol, au lendemain d'une attaque meurtrière sur la ville de Marhanets.",
         "Marhanets"),
        ("Trois personnes ont été blessées à Kherson, à la veille d'une visite du ministre à Mykolaïv.", "Mykolaïv"),
        ("Four people were killed in Odesa, a day after a missile strike on the city of Izmail.", "Izmail"),
    ],
)  # fmt: skip
def test_a_place_of_another_moment_is_beside_the_act(text: str, surface: str) -> None:
    start = text.index(surface)
    assert beside_the_act(text, Place(surface=surface, start=start, end=start + len(surface)))


def test_the_toll_stays_whole_beside_a_place_of_the_day_before(run_text: RunText) -> None:
    text = (
        "Un missile russe a tué huit personnes et en a blessé 30 mardi à Kryvyï Rih, au lendemain d'une frappe "
        "meurtrière sur la ville de Dnipro, a indiqué le gouverneur."
    )
    doc = run_text(text, date="2024-04-16")
    assert [(e.fatalities, e.injuries) for e in doc.events] == [(8, 30)]


def test_a_position_across_from_a_site_takes_no_share(run_text: RunText) -> None:
    text = (
        "Jeudi, un drone russe a blessé trois pompiers à Marhanets, de l'autre côté du réservoir face à la centrale "
        "d'Enerhodar, selon le gouverneur."
    )
    doc = run_text(text, date="2025-03-06")
    assert [(e.fatalities, e.injuries) for e in doc.events] == [(None, 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Au moins 20 personnes ont été tuées jeudi 2 mai dans une frappe sur le port.", (20, None)),
        ("Un missile a tué le 14 mars au moins 21 personnes dans un immeuble.", (21, None)),
        ("Un drone a blessé vendredi 7 mars 2025 trois secouristes.", (None, 3)),
        ("Two people were killed on Sunday 3 March in the village.", (2, None)),
        ("La frappe a tué jeudi 12 personnes, selon le maire.", (12, None)),
    ],
)
def test_a_day_of_the_month_after_the_verb_is_no_count(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected
