"""The dates stage: the publication date (never invented) and date expressions resolved to windows."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from conftest import DATA
from kronika.model import DateMention, Document, Published
from kronika.stages.clean import clean_text
from kronika.stages.dates import find_published, resolve_dates

MakeDoc = Callable[..., Document]

# measured on tests/data/date_expressions.jsonl: 56/60 = 0.933 (the misses are "le mois dernier", "last month",
# "l'année dernière", "last year"; see test_relative_month_and_year below); pinned rounded down to 0.05
DATE_ACCURACY_FLOOR = 0.98

ROWS: list[dict[str, Any]] = [
    json.loads(line) for line in (DATA / "date_expressions.jsonl").read_text(encoding="utf-8").splitlines() if line
]


@pytest.fixture()
def dated(make_doc: MakeDoc) -> Callable[..., Document]:
    """Clean then resolve dates, as the pipeline does."""

    def run(text: str, **header: str) -> Document:
        return resolve_dates(clean_text(make_doc(text, **header)))

    return run


def mention_at(doc: Document, expression: str) -> DateMention | None:
    start = doc.text.find(expression)
    assert start >= 0, f"{expression!r} not in {doc.text!r}"
    end = start + len(expression)
    found = [m for m in doc.dates if m.start < end and start < m.end]
    return found[0] if found else None


def window(mention: DateMention | None) -> tuple[str, str, str] | None:
    return (mention.date, mention.date_end, mention.precision) if mention else None


def test_date_expressions_accuracy(dated: Callable[..., Document]) -> None:
    assert len(ROWS) >= 50
    failures = []
    for row in ROWS:
        doc = dated(row["text"], date=row["published"])
        got = window(mention_at(doc, row["expression"]))
        expected = (row["date"], row["date_end"], row["precision"])
        if got != expected:
            failures.append(f"{row['lang']} {row['published']} {row['expression']!r}: expected {expected}, got {got}")
    accuracy = 1 - len(failures) / len(ROWS)
    assert accuracy >= DATE_ACCURACY_FLOOR, f"accuracy {accuracy:.3f} < {DATE_ACCURACY_FLOOR}:\n" + "\n".join(failures)


@pytest.mark.parametrize(
    ("text", "published", "expression", "expected"),
    [
        (
            "Mardi, une frappe de missile a touché un immeuble du centre de Kharkiv.",
            "2024-03-14",
            "Mardi",
            ("2024-03-12", "2024-03-12", "day"),
        ),
        ("Hier, trois drones ont visé Odessa.", "2024-03-01", "Hier", ("2024-02-29", "2024-02-29", "day")),
        (
            "Il y a trois jours, la ville de Soumy a été bombardée.",
            "2024-01-02",
            "Il y a trois jours",
            ("2023-12-30", "2023-12-30", "day"),
        ),
        (
            "On 24 February 2022, Russian troops crossed the border.",
            "2024-06-14",
            "24 February 2022",
            ("2022-02-24", "2022-02-24", "day"),
        ),
        (
            "Le 28 décembre, une frappe a visé Kharkiv.",
            "2024-01-03",
            "28 décembre",
            ("2023-12-28", "2023-12-28", "day"),
        ),
        ("La contre-offensive a commencé en juin.", "2024-03-14", "en juin", ("2023-06-01", "2023-06-30", "month")),
        ("Depuis 2014, la Crimée est occupée.", "2024-03-14", "Depuis 2014", ("2014-01-01", "2014-12-31", "year")),
        (
            "Last week, drones hit Kharkiv.",
            "2024-03-14",
            "Last week",
            ("2024-03-04", "2024-03-10", "week"),
        ),
        (
            "Dans la nuit de samedi à dimanche, des drones ont visé Kiev.",
            "2024-03-11",
            "Dans la nuit de samedi à dimanche",
            ("2024-03-09", "2024-03-10", "day"),
        ),
    ],
)
def test_resolved_windows(
    dated: Callable[..., Document], text: str, published: str, expression: str, expected: tuple[str, str, str]
) -> None:
    assert window(mention_at(dated(text, date=published), expression)) == expected


@pytest.mark.parametrize(
    "row",
    [
        row
        for row in ROWS
        if row["expression"].lower() in ("le mois dernier", "last month", "l'année dernière", "last year")
    ],
    ids=lambda row: row["expression"],
)
def test_relative_month_and_year(dated: Callable[..., Document], row: dict[str, Any]) -> None:
    doc = dated(row["text"], date=row["published"])
    assert window(mention_at(doc, row["expression"])) == (row["date"], row["date_end"], row["precision"])


# --- find_published ----------------------------------------------------------------------------------------------


def test_published_from_month_header(dated: Callable[..., Document]) -> None:
    doc = dated("Une frappe de drone a touché Kharkiv dans la nuit, selon le gouverneur.", date="2022-03")
    assert doc.published == Published("2022-03-01", "month", "2022-03")


def test_published_from_month_header_keeps_header_line(make_doc: MakeDoc) -> None:
    doc = make_doc("Une frappe de drone a touché Kharkiv.", date="2022-03", _line="date 2022-03")
    assert find_published(doc) == Published("2022-03-01", "month", "date 2022-03")


def test_published_from_day_header(dated: Callable[..., Document]) -> None:
    doc = dated("Une frappe de drone a touché Kharkiv dans la nuit, selon le gouverneur.", date="2024-06-14")
    assert doc.published.date == "2024-06-14"
    assert doc.published.precision == "day"


def test_published_from_removed_timestamp_line(dated: Callable[..., Document]) -> None:
    doc = dated(
        "Frappe de drones sur Kharkiv\n12.03.2024, 15:13\nUne frappe de drone a touché Kharkiv dans la nuit, "
        "selon le gouverneur de la région."
    )
    assert "12.03.2024, 15:13" in [r.text for r in doc.removed]
    assert "12.03.2024" not in doc.text
    assert doc.published == Published("2024-03-12", "day", "12.03.2024, 15:13")


def test_published_from_publie_le_line(dated: Callable[..., Document]) -> None:
    doc = dated("Publié le 05/02/2024 à 10h15\nUne frappe de drone a touché Kharkiv dans la nuit de dimanche.")
    assert doc.published.date == "2024-02-05"
    assert doc.published.precision == "day"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Publié le 3 mars 2023 à 18h02", "2023-03-03"),
        ("  • Publié le 1er juin 2024 à 07:45", "2024-06-01"),
        ("Mis à jour le 28 février 2025 à 22h10", "2025-02-28"),
        ("Published 14 August 2023, 09:12 GMT", "2023-08-14"),
        ("Published on March 9, 2024", "2024-03-09"),
    ],
)
def test_published_written_with_a_month_name(dated: Callable[..., Document], stamp: str, expected: str) -> None:
    doc = dated(f"{stamp}\nUne frappe de drone a touché Kharkiv dans la nuit de dimanche à lundi.")
    assert doc.published.date == expected
    assert doc.published.precision == "day"


def test_published_stamp_without_a_year_is_not_a_date(dated: Callable[..., Document]) -> None:
    doc = dated("Publié le 3 mars à 18h02\nUne frappe de drone a touché Kharkiv dans la nuit de dimanche à lundi.")
    assert doc.published.date is None


def test_no_publication_date_is_none(dated: Callable[..., Document]) -> None:
    doc = dated("Une frappe de drone a touché Kharkiv mardi soir, faisant trois blessés selon le gouverneur.")
    assert doc.published == Published()
    assert doc.published.date is None
    # with neither a publication date nor an explicit day, a weekday cannot be resolved: nothing is invented
    assert doc.dates == []


def test_invalid_header_day_is_not_used(make_doc: MakeDoc) -> None:
    assert find_published(make_doc("Une frappe de drone a touché Kharkiv.", date="2024-02-30")) == Published()


def test_date_in_body_is_not_the_publication_date(dated: Callable[..., Document]) -> None:
    doc = dated("Le 24 février 2022, les troupes russes ont franchi la frontière au nord de Kharkiv.")
    assert doc.published.date is None
    assert window(mention_at(doc, "24 février 2022")) == ("2022-02-24", "2022-02-24", "day")


def test_relative_date_anchored_on_latest_explicit_day_without_publication(dated: Callable[..., Document]) -> None:
    doc = dated(
        "Le 14 mars 2024, une frappe a touché Odessa. La veille au soir, hier, des drones avaient visé le port."
    )
    assert doc.published.date is None
    assert window(mention_at(doc, "hier")) == ("2024-03-13", "2024-03-13", "day")


# --- month-precision publication dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Mardi, une frappe de missile a touché un immeuble du centre de Kharkiv.", "Mardi"),
        ("Hier, trois drones ont visé le port d'Odessa.", "Hier"),
        ("Two days ago, a drone hit a power station near Sumy.", "Two days ago"),
        ("Last week, Russian forces shelled the outskirts of Kherson.", "Last week"),
    ],
)
def test_relative_expression_with_month_publication_widens_to_month(
    dated: Callable[..., Document], text: str, expression: str
) -> None:
    doc = dated(text, date="2024-03")
    assert doc.published.precision == "month"
    assert window(mention_at(doc, expression)) == ("2024-03-01", "2024-03-31", "month")


def test_month_publication_with_explicit_day_anchors_on_that_day(dated: Callable[..., Document]) -> None:
    doc = dated("Le 14 mars, une frappe a touché Kharkiv. Hier, les secours ont retrouvé deux corps.", date="2024-03")
    assert window(mention_at(doc, "14 mars")) == ("2024-03-14", "2024-03-14", "day")
    assert window(mention_at(doc, "Hier")) == ("2024-03-13", "2024-03-13", "day")


def test_mentions_are_in_text_order_without_overlap(dated: Callable[..., Document]) -> None:
    doc = dated(
        "Lundi 11 mars, des drones ont visé Odessa ; hier, Kharkiv a été frappée ; en 2022, Kherson était occupée.",
        date="2024-03-14",
    )
    starts = [m.start for m in doc.dates]
    assert starts == sorted(starts)
    for first, second in zip(doc.dates, doc.dates[1:], strict=False):
        assert first.end <= second.start
    assert all(doc.text[m.start : m.end].strip() == m.surface for m in doc.dates)


def test_bare_month_abbreviation_is_not_a_date(dated: Callable[..., Document]) -> None:
    doc = dated("Le camion transportait sept tonnes d'explosifs, selon les enquêteurs, le 8 oct. 2022.", date="2022-10")
    assert all(m.surface.lower() != "sept" for m in doc.dates)
    assert any(m.date == "2022-10-08" for m in doc.dates)


@pytest.mark.parametrize(
    "text",
    [
        "The army said two positions came under fire in the past 24 hours near the line.",
        "Au cours des dernières 24 heures, les séparatistes ont tiré à onze reprises, selon l'état-major.",
        "Militants violated the ceasefire nine times over the past day, the headquarters reported.",
    ],
)
def test_a_daily_briefing_period_is_the_day_before_publication(dated: Callable[..., Document], text: str) -> None:
    """A morning briefing's "past 24 hours" is mostly the previous day: UCDP's windows agree more often with D-1."""
    doc = dated(text, date="2020-02-11")
    assert [(m.date, m.precision) for m in doc.dates] == [("2020-02-10", "day")]


@pytest.mark.parametrize(
    "text",
    [
        "DH Les Sports+\nPublié le 08-09-2024 à 09h15\nDes drones ont visé la région de Kiev dans la nuit.",
        "Le Soir\nPublié le 8.9.2024 à 09:15\nDes drones ont visé la région de Kiev dans la nuit.",
        "Sudinfo\nPublié le 08/09/2024 à 06:45\nDes drones ont visé la région de Kiev dans la nuit.",
    ],
)
def test_a_day_first_publication_line_with_dashes_or_dots(make_doc: MakeDoc, text: str) -> None:
    """Belgian and French sites write the day first, with slashes, dots or dashes."""
    assert find_published(clean_text(make_doc(text))).date == "2024-09-08"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("La veille, une frappe sur Poltava avait fait 51 morts.", "La veille"),
        ("The day before, a missile had hit a railway station in Poltava.", "The day before"),
        ("Rescuers had already cleared the site the previous day, officials said.", "the previous day"),
    ],
)
def test_the_day_before_is_the_day_before_publication(
    dated: Callable[..., Document], text: str, expression: str
) -> None:
    doc = dated(text, date="2024-09-04")
    assert window(mention_at(doc, expression)) == ("2024-09-03", "2024-09-03", "day")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ukraine-Russie : un échange de prisonniers\nPar L'Est Républicain avec AFP - 14 sept. 2024 à 14:35\n"
         "L'Ukraine et la Russie ont procédé samedi à un échange.", "2024-09-14"),
        ("Russian strike on Dnipro\nBy Jane Doe, March 3, 2024 10:15 AM\nA missile hit Dnipro on Sunday.",
         "2024-03-03"),
        ("Zelensky à Strasbourg\nPar Rédaction - 10 oct. 2024 à 18:45\nLe président s'est exprimé jeudi.",
         "2024-10-10"),
    ],
)  # fmt: skip
def test_a_byline_with_its_day_and_time_dates_the_story(make_doc: MakeDoc, text: str, day: str) -> None:
    assert find_published(clean_text(make_doc(text))).date == day


def test_a_date_in_the_first_sentence_is_no_dateline(make_doc: MakeDoc) -> None:
    text = "Le 24 février 2022, la Russie a envahi l'Ukraine.\nDeux ans plus tard, le front a peu bougé."
    assert find_published(clean_text(make_doc(text))).date is None


@pytest.mark.parametrize(
    ("text", "published", "expression", "expected"),
    [
        ("Russian drones hit Kyiv overnight, injuring four people.", "2024-10-15", "overnight",
         ("2024-10-14", "2024-10-15", "day")),
        ("Dans la nuit, une trentaine de drones ont visé la région de Soumy.", "2025-02-03", "Dans la nuit",
         ("2025-02-02", "2025-02-03", "day")),
        ("Overnight into Tuesday, Russian drones attacked Sumy.", "2024-10-16", "Overnight into Tuesday",
         ("2024-10-14", "2024-10-15", "day")),
        ("Dans la nuit de dimanche, des drones ont frappé Odessa.", "2024-10-15", "Dans la nuit de dimanche",
         ("2024-10-13", "2024-10-14", "day")),
        ("Dans la nuit du 12 au 13 octobre, des drones ont frappé Odessa.", "2024-10-15",
         "Dans la nuit du 12 au 13 octobre", ("2024-10-12", "2024-10-13", "day")),
        ("On the night of 5 to 6 January, a drone hit a depot near Bryansk.", "2025-01-07",
         "On the night of 5 to 6 January", ("2025-01-05", "2025-01-06", "day")),
        ("Dans la nuit du 22 mars, des missiles ont frappé Kharkiv.", "2024-03-22", "22 mars",
         ("2024-03-22", "2024-03-22", "day")),
        ("Des soldats nord-coréens ont subi des pertes ce week-end près de Koursk.", "2024-12-16", "ce week-end",
         ("2024-12-14", "2024-12-15", "week")),
        ("Over the weekend, Russian drones hit Odesa, injuring two.", "2024-10-14", "Over the weekend",
         ("2024-10-12", "2024-10-13", "week")),
        ("Le week-end dernier, un missile a frappé Dnipro.", "2025-03-04", "Le week-end dernier",
         ("2025-03-01", "2025-03-02", "week")),
    ],
)  # fmt: skip
def test_nights_told_in_2023_2025_reporting(
    dated: Callable[..., Document], text: str, published: str, expression: str, expected: tuple[str, str, str]
) -> None:
    assert window(mention_at(dated(text, date=published), expression)) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Lyon Matin\nPublié le 05/03/25 à 07h40\nDes drones ont frappé Odessa dans la nuit.", "2025-03-05"),
        ("Le Courrier du Nord\nPublié le 2.11.23 à 18:02\nUne frappe a touché Kherson mardi.", "2023-11-02"),
        ("World desk\nUpdated 10/21/2024\nA drone hit a car in Kherson on Monday.", "2024-10-21"),
        ("Wire\n11/30/2023\nShelling hit Nikopol overnight, officials said.", "2023-11-30"),
        ("Euro desk\n21.10.2024\nA drone hit a bus in Kherson on Monday.", "2024-10-21"),
    ],
)  # fmt: skip
def test_short_years_and_month_first_dates_date_the_story(make_doc: MakeDoc, text: str, day: str) -> None:
    """A two-digit year in a publication line, a month-first date that only reads one way, a line that is only a
    date: each dates the story."""
    assert find_published(clean_text(make_doc(text))).date == day


def test_an_ambiguous_or_inline_date_is_no_dateline(make_doc: MakeDoc) -> None:
    text = "Brief\nThe talks of 3/4/25 in Riyadh ended without a deal.\nNo strike was reported."
    assert find_published(clean_text(make_doc(text))).date is None


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Dans la nuit du 31 août au 1er septembre, des drones ont visé une raffinerie.",
         "nuit du 31 août au 1er septembre", ("2024-08-31", "2024-09-01", "day")),
        ("Du 2 au 8 septembre, l'armée dit avoir abattu 300 drones.", "Du 2 au 8 septembre",
         ("2024-09-02", "2024-09-08", "week")),
        ("Between 1 and 7 September, Russian forces shelled the village daily.", "Between 1 and 7 September",
         ("2024-09-01", "2024-09-07", "week")),
        ("On the night of 31 August to 1 September, drones struck a depot.", "night of 31 August to 1 September",
         ("2024-08-31", "2024-09-01", "day")),
        ("Entre le 10 et le 25 août, les combats ont repris près de Pokrovsk.", "Entre le 10 et le 25 août",
         ("2024-08-10", "2024-08-25", "month")),
    ],
)  # fmt: skip
def test_a_range_of_days_starts_on_its_first_day(
    dated: Callable[..., Document], text: str, expression: str, expected: tuple[str, str, str]
) -> None:
    """ACLED dates an act told over several days by its first day, with the precision the span deserves."""
    doc = dated(text, date="2024-09-10")
    assert window(mention_at(doc, expression)) == expected


def test_a_reversed_range_is_no_range(dated: Callable[..., Document]) -> None:
    doc = dated("Du 9 au 2 septembre, rien.", date="2024-09-10")
    assert window(mention_at(doc, "2 septembre")) == ("2024-09-02", "2024-09-02", "day")


@pytest.mark.parametrize(
    ("published", "text", "expression", "day"),
    [
        (
            "2025-02-20",
            "L'association appelle à un rassemblement samedi 22 février, place de la Mairie.",
            "samedi 22 février",
            "2025-02-22",
        ),
        ("2025-12-29", "Les pourparlers reprendront le lundi 5 janvier à Genève.", "lundi 5 janvier", "2026-01-05"),
        (
            "2024-01-03",
            "Le missile avait frappé le centre-ville le jeudi 28 décembre.",
            "jeudi 28 décembre",
            "2023-12-28",
        ),
        (
            "2025-03-04",
            "A vigil is planned for Saturday, March 8 outside the embassy.",
            "Saturday, March 8",
            "2025-03-08",
        ),
    ],
)
def test_a_day_told_with_its_weekday_falls_in_the_year_that_fits(
    dated: Callable[..., Document], published: str, text: str, expression: str, day: str
) -> None:
    """'samedi 22 février' on a page of 20 February 2025 is that Saturday, not 22 February 2024 (a Thursday)."""
    doc = dated(text, date=published)
    assert window(mention_at(doc, expression)) == (day, day, "day")


# --- glued scraped heads (session 8): a publication day read where scrapers glue lines together ---------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a publication keyword glued to the headline
        (
            "Le Courrier du Sud\nMondeUne école touchée par un drone à SoumyPublié le 04/10/2024 à 08h30\n"
            "Une école a été touchée jeudi soir par un drone à Soumy, selon la mairie.",
            "2024-10-04",
        ),
        (
            "Actu RégionsFrappes sur Odessa : deux blessésMis à jour le 12/06/25 19:02\n"
            "Deux personnes ont été blessées mardi à Odessa, selon le gouverneur.",
            "2025-06-12",
        ),
        (
            "Le Journal de l'Ouest\nPublié: 3 février 2025, 07h55Un homme a été tué par un obus à Nikopol lundi.",
            "2025-02-03",
        ),
        # the year glued to the body's first word
        (
            "La Gazette\nPublié le mercredi 9 octobre 2024Un drone a touché un immeuble de Kharkiv mardi soir.",
            "2024-10-09",
        ),
        (
            "Le Quotidien de l'Est\nPublié le 27/08/2024Les secours ont dégagé trois corps à Kostiantynivka.",
            "2024-08-27",
        ),
        # a day and its time of day inside a long glued line
        (
            "Monde Frappe sur Zaporijjia : le bilan monte à cinq morts12 janvier 2025, 10h40Le bilan de la frappe "
            "de samedi sur Zaporijjia est passé à cinq morts, a annoncé le gouverneur Ivan Fedorov.",
            "2025-01-12",
        ),
        (
            "Info Monde : l'armée ukrainienne se retire de Vouhledar, selon un commandant régional02.10.2024 - 16:05 "
            "Les troupes ukrainiennes ont quitté la ville de Vouhledar, dans la région de Donetsk.",
            "2024-10-02",
        ),
        # a line that opens with the day, the body glued to it
        (
            "L'Hebdo du Nord\nFrappe de drone sur Tchernihiv\n8 mars 2024Une femme a été blessée par un drone à "
            "Tchernihiv, selon les autorités.",
            "2024-03-08",
        ),
        # an American time of day: the numeric date reads month first
        (
            "Washington Daily\nNationalUS says it will send more interceptors to UkraineBY STAFF - 03/04/25 "
            "06:15 PM ET The Pentagon would send the interceptors soon, an official said.",
            "2025-03-04",
        ),
    ],
)
def test_published_in_a_glued_scraped_head(make_doc: MakeDoc, text: str, day: str) -> None:
    assert find_published(clean_text(make_doc(text))).date == day


def test_a_written_month_with_an_american_time_stays_as_written(make_doc: MakeDoc) -> None:
    text = (
        "Daily Herald\nWorldRussia says it repelled a raidReuters | Updated on: Mar 12, 2024 03:15 PM IST\nRussia said."
    )
    assert find_published(clean_text(make_doc(text))).date == "2024-03-12"


def test_an_american_date_line_reads_month_first(make_doc: MakeDoc) -> None:
    text = "The Daily Courier\nBY STAFF - 07/09/25 10:05 AM ET\nUkraine said Russia launched drones at Kyiv."
    assert find_published(clean_text(make_doc(text))).date == "2025-07-09"


@pytest.mark.parametrize(
    "text",
    [
        "3 mars 2024 : la Russie a frappé Kharkiv avec des drones, selon le gouverneur de la région.",
        "Le 24 février 2022, les troupes russes ont franchi la frontière au nord de Kharkiv.",
    ],
)
def test_a_chronology_line_is_no_glued_date_line(make_doc: MakeDoc, text: str) -> None:
    assert find_published(clean_text(make_doc(text))).date is None


def test_a_glued_day_in_the_body_is_still_a_date(dated: Callable[..., Document]) -> None:
    doc = dated("L'armée a annoncé son retrait d'Avdiïvka17 février 2024 après des mois de combats.")
    assert window(mention_at(doc, "17 février 2024")) == ("2024-02-17", "2024-02-17", "day")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # headline, date line and body run together, the day glued to the headline's last word
        (
            "Le Courrier du Jura\nUkraine : deux morts à Nikopol, dont un secouriste3 juin 2025Deux personnes ont été "
            "tuées mardi par un drone russe à Nikopol, selon le gouverneur.",
            "2025-06-03",
        ),
        (
            "Radio Nord\nUn tracteur touché par une mine près de Koupiansk22/08/2024Un agriculteur a été blessé par "
            "l'explosion d'une mine près de Koupiansk, a indiqué la police.",
            "2024-08-22",
        ),
        # a space or a separator after the day: still a new block when it opens with a capital
        (
            "Gazette de l'Est\nFrappe sur Poltava : le bilan s'alourdit7 octobre 2024 - Le bilan de la frappe sur "
            "Poltava est passé à trois morts.",
            "2024-10-07",
        ),
        # an English wire page
        (
            "Island Times\nDrone attack sets Russian fuel depot ablaze12.05.2025The fire at the depot in the Bryansk "
            "region was put out, the governor said.",
            "2025-05-12",
        ),
    ],
)
def test_a_day_glued_between_headline_and_body_is_the_date_line(make_doc: MakeDoc, text: str, day: str) -> None:
    assert find_published(clean_text(make_doc(text))).date == day


@pytest.mark.parametrize(
    "text",
    [
        "Les forces russes ont repris Robotyne3 septembre 2023 après des semaines de combats, selon Moscou.",
        "The army left Avdiivka17 February 2024, after months of fighting, a spokesman said.",
    ],
)
def test_a_glued_day_inside_a_sentence_is_no_date_line(make_doc: MakeDoc, text: str) -> None:
    assert find_published(clean_text(make_doc(text))).date is None


def test_a_month_first_day_glued_to_a_headline_is_the_date_line(make_doc: MakeDoc) -> None:
    text = (
        "The Coast Herald\nWorld Drones hit Odesa port as talks stallMarch 3, 2025 — 9.40am AEDT Russian drones hit "
        "the port of Odesa overnight, the governor said."
    )
    assert find_published(clean_text(make_doc(text))).date == "2025-03-03"
