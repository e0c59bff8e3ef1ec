"""Tolls of whole French articles (session 12): the wounded who died, those still in hospital, a rough figure
("une vingtaine", "plus de 70") then the precise one, a long apposition after the count, and a dated recollection
in the pluperfect that lends nothing (nor its toll) to the act of the day. Sentences of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kronika.model import Document
from kronika.tolls import approximate, casualties

pytestmark = pytest.mark.model

RunText = Callable[..., Document]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trois blessés ont succombé pendant la nuit au CHU régional.", (None, None)),
        ("Deux des blessés sont décédés depuis, selon l'hôpital.", (None, None)),
        ("Four of the wounded later died in hospital.", (None, None)),
        ("Onze personnes ont été blessées, dont deux grièvement.", (None, 11)),
    ],
)  # fmt: skip
def test_the_wounded_who_died_are_no_injury_count(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le maire fait état de 37 blessés, dont huit enfants, et neuf personnes restent hospitalisées.", (None, 37)),
        ("Twenty-six people were injured, and five remain in hospital, officials said.", (None, 26)),
        ("Six personnes sont toujours hospitalisées après l'explosion.", (None, 6)),
    ],
)  # fmt: skip
def test_those_still_in_hospital_are_some_of_the_injured(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "rough"),
    [
        ("Une trentaine de personnes avaient été blessées dans l'explosion.", (False, True)),
        ("L'assaut contre la caserne de Sévaré a fait plus de 40 morts, selon un élu local.", (True, False)),
        ("Quarante-deux personnes ont été tuées, selon un élu local.", (False, False)),
    ],
)  # fmt: skip
def test_rough_figures(text: str, rough: tuple[bool, bool]) -> None:
    assert approximate(text) == rough


def test_a_long_apposition_after_the_count() -> None:
    text = (
        "Deux habitants, un retraité et son épouse âgés d'une soixantaine d'années, ont été tués et au moins cinq "
        "autres personnes ont été blessées, selon la préfecture."
    )
    assert casualties(text) == (2, 5)


def test_the_precise_figure_after_a_rough_one_wins(run_text: RunText) -> None:
    text = (
        "L'attaque qui a visé lundi à l'aube le camp militaire de Kati a fait plus de 30 morts, selon une source "
        "hospitalière. Une note interne fait état de 34 morts et 61 blessés.\n\n"
        "Les autorités n'ont pas communiqué de bilan officiel."
    )
    doc = run_text(text, date="2025-02-11")
    assert [(e.fatalities, e.injuries) for e in doc.events] == [(34, 61)]


def test_the_wounded_who_died_leave_the_injured_told(run_text: RunText) -> None:
    text = (
        "Le bilan de la frappe russe qui a touché mardi soir un entrepôt de Mykolaïv s'est alourdi à quatre morts, "
        "ont annoncé mercredi les autorités. Deux blessés ont succombé à l'hôpital. Une quinzaine de personnes avaient "
        "été blessées mardi. Selon le gouverneur, 17 blessés ont été pris en charge."
    )
    doc = run_text(text, date="2025-05-14")
    assert [(e.fatalities, e.injuries) for e in doc.events] == [(4, 17)]


def test_a_dated_recollection_lends_no_toll(run_text: RunText) -> None:
    text = (
        "La ville de Pokrovsk a de nouveau été bombardée jeudi matin. Douze civils ont été tués et 26 blessés, a "
        "annoncé le gouverneur.\n\n"
        "Les habitants restants sont peu nombreux. En mars 2024, une frappe sur la gare routière avait tué cinq "
        "personnes, l'une des plus meurtrières de la région."
    )
    doc = run_text(text, date="2025-01-10")
    today = [(e.date, e.fatalities, e.injuries) for e in doc.events if e.date and e.date >= "2025"]
    assert today == [("2025-01-09", 12, 26)]


def test_an_abbreviated_month_dates_the_page(run_text: RunText) -> None:
    text = (
        "Le Journal des Vallées\nGrève : les agents des impôts dans la rue\nPublié le 12 févr. 2026 à 7h30\n"
        "Plusieurs centaines d'agents ont manifesté mardi devant la cité administrative de Nancy."
    )
    assert run_text(text).published.date == "2026-02-12"


def test_a_march_in_the_streets_of_a_capital_is_a_protest_there(run_text: RunText) -> None:
    text = (
        "Des centaines de personnes ont défilé samedi dans les rues de Niamey pour exiger le départ des troupes "
        "étrangères, à l'appel d'un collectif de la société civile."
    )
    doc = run_text(text, date="2025-04-14")
    assert [(e.event_type, e.location and e.location.name, e.date) for e in doc.events] == [
        ("Protests", "Niamey", "2025-04-12")
    ]


def test_a_recollection_makes_no_report_of_its_own(run_text: RunText) -> None:
    text = (
        "Le gouvernement a annoncé lundi un plan de reconstruction pour les régions du nord.\n\n"
        "En juin 2024, l'attaque de Mansila avait fait plus de cent morts parmi les soldats, selon des sources locales."
    )
    assert run_text(text, date="2025-02-03").events == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quatre soldats sont tombés au cours des affrontements et neuf autres ont été blessés.", (4, 9)),
        ("Deux gendarmes sont tombés au combat, selon l'état-major.", (2, None)),
        ("Le pont est tombé au cours des combats.", (None, None)),
    ],
)  # fmt: skip
def test_the_fallen_are_the_dead(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected


def test_a_month_of_that_year_takes_the_year_told(run_text: RunText) -> None:
    text = (
        "Tout commence à l'été 2022. En septembre de cette année-là, une frappe de missiles avait touché le centre "
        "de Kharkiv, selon les archives de la mairie."
    )
    doc = run_text(text, date="2025-11-20")
    assert [(e.date, e.date_end) for e in doc.events] == [("2022-09-01", "2022-09-30")]


def test_a_speakers_label_is_no_place(run_text: RunText) -> None:
    text = "Question : Que change le drone ?\nJean Toulouse : Le drone a frappé partout, il a tout changé."
    assert [e.location and e.location.name for e in run_text(text, date="2025-11-20").events] == []


def test_the_town_the_wounded_were_taken_to_is_no_place_of_the_act(run_text: RunText) -> None:
    text = (
        "Des hommes armés ont attaqué dans la nuit de dimanche à lundi un poste de la gendarmerie dans le nord du "
        "pays. Cinq gendarmes ont été blessés et évacués vers Niamey, selon le ministère."
    )
    doc = run_text(text, date="2025-06-09")
    assert all(e.location is None or e.location.name != "Niamey" for e in doc.events)
