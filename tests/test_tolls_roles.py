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


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the first figure and its update in one sentence (a live page whose entries a scraper ran together)
        (
            "Au moins sept personnes ont été tuées à Odessa, selon le maire. Le bilan s'alourdit à dix morts, selon "
            "les secours.",
            (10, None),
        ),
        ("Trois civils ont été tués dimanche et le bilan est passé lundi à cinq morts, selon la police.", (5, None)),
        ("Two people were killed in the strike; the toll rose to four dead overnight, officials said.", (4, None)),
        # an update of the injured is no death toll
        ("Le bilan est passé à 40 blessés, selon le gouverneur.", (None, 40)),
        # a date's figures are no count
        ("Orikhiv12/03/2025 Trois secouristes ont été tués mercredi.", (3, None)),
        ("Updated March 12, 2025 Two soldiers were killed near Pokrovsk.", (2, None)),
    ],
)
def test_an_update_or_a_date_in_the_sentence(text: str, toll: tuple[int | None, int | None]) -> None:
    assert casualties(text) == toll
