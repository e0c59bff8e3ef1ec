"""Tolls listing victims by role: "blessant deux patients et une infirmière" counts three (kronika/tolls.py,
``victim_roles`` in data/event_context.json). Sentences written for the project in several outlets' styles."""

from __future__ import annotations

import pytest

from kronika.tolls import casualties


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Une frappe de drone a touché l'hôpital lundi soir, blessant deux patients et une infirmière.", (None, 3)),
        ("The shell hit the square, killing three soldiers and a medic, the brigade said.", (4, None)),
        ("Le missile a tué deux civils et un pompier venu éteindre l'incendie, selon les secours.", (3, None)),
        ("Russian drones struck a bus near Kherson, wounding four passengers and a driver.", (None, 5)),
        ("L'obus a blessé trois habitants et deux secouristes dans le centre de Nikopol.", (None, 5)),
        ("The strike killed two employees and a security guard at the plant, the company said.", (3, None)),
    ],
)
def test_a_list_of_victims_by_role_counts_them_all(text: str, toll: tuple[int | None, int | None]) -> None:
    assert casualties(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("The drone hit a farm, killing two people and a number of cows.", (2, None)),
        ("The attack killed two people and a further 10 were injured, officials said.", (2, 10)),
        ("Le drone a tué deux civils et un chien dans la cour d'une maison.", (2, None)),
        ("A missile killed three people and two hours later a second one hit the same street.", (3, None)),
    ],
)
def test_things_or_units_after_and_are_no_victims(text: str, toll: tuple[int | None, int | None]) -> None:
    assert casualties(text) == toll
