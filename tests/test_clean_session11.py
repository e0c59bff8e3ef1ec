"""Issue 17, eleventh session: page furniture and flags on pages as scrapers bring them, told by structure (a
label line alone above the body, a kicker in capitals ending a glued menu), with the vocabulary families beside
them; on short pages written for these tests in the style of several outlets (no text of any real page)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kronika.model import Document
from kronika.stages.clean import clean_text
from kronika.stages.flags import flag_content, verification_of

MakeDoc = Callable[..., Document]

MENU = "Accueil Monde Politique Économie Culture Sport Sciences Santé Régions"
HEADLINE = "Kherson : un bus touché par un drone russe, deux blessés"
BODY = [
    "Un drone russe a frappé jeudi matin un bus municipal dans le quartier de Korabel, à Kherson, blessant deux "
    "passagers, a indiqué l'administration militaire régionale.",
    "Le chauffeur a réussi à arrêter le véhicule et les secours sont intervenus en quelques minutes.",
    "La ville, sur la rive droite du Dniepr, est visée presque chaque jour par des drones depuis l'automne.",
]

HEADLINE_EN = "Russian drone hits a city bus in Kherson, wounding two"
BODY_EN = [
    "A Russian drone struck a city bus in Kherson's Korabel district on Thursday morning, wounding two passengers, "
    "the regional military administration said.",
    "The driver managed to stop the vehicle and rescuers arrived within minutes, officials said.",
    "The city, on the right bank of the Dnipro, has been hit by drones almost every day since the autumn.",
]


def _flags(lines: list[str], glued: bool = False) -> list[str]:
    text = " ".join(lines) if glued else "\n".join(lines)
    doc = Document(doc_id="t", source="t.txt", raw=text, header={})
    return flag_content(clean_text(doc)).flags


@pytest.mark.parametrize(
    "label",
    [
        "L'invité de la rédaction",
        "L'invitée de la rédaction",
        "Contribution",
        "Lettre d'un lecteur",
        "Courrier des lecteurs",
        "Point de vue",
        "POINT DE VUE",
        "Le billet",
        "Tribune libre",
        "Letters to the Editor",
        "Viewpoint",
    ],
)
def test_a_label_line_alone_above_the_headline_marks_an_opinion_piece(label: str) -> None:
    assert _flags([MENU, label, HEADLINE, "Par Marc Delorme", *BODY]) == ["opinion"]


@pytest.mark.parametrize("label", ["Analyse", "Décryptage", "Reportage", "Entretien", "Analysis", "Explainer"])
def test_a_label_of_reporting_marks_nothing(label: str) -> None:
    assert _flags([MENU, label, HEADLINE, "Par Marc Delorme", *BODY]) == []


@pytest.mark.parametrize("label", ["ÉDITO", "POINT DE VUE", "TRIBUNE"])
def test_a_kicker_in_capitals_ending_a_glued_menu(label: str) -> None:
    assert _flags([MENU, label, HEADLINE, "Par Marc Delorme", *BODY], glued=True) == ["opinion"]


def test_a_menu_bar_one_item_a_line_ending_with_a_section_marks_nothing() -> None:
    menu = ["Accueil", "Monde", "Économie", "Sport", "Culture", "Courrier des lecteurs"]
    assert _flags([*menu, HEADLINE, *BODY]) == []


def test_a_section_named_in_the_footer_marks_nothing() -> None:
    assert _flags([HEADLINE, *BODY, "Courrier des lecteurs", "Mentions légales", "Contact"]) == []


@pytest.mark.parametrize("masthead", ["La Tribune", "Le Point"])
def test_an_outlets_masthead_is_no_label(masthead: str) -> None:
    assert _flags([masthead, HEADLINE, *BODY]) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Leur travail consiste à géolocaliser les images en les comparant avec des photos satellites.", None),
        ("La vidéo, géolocalisée par notre équipe, montre le bus sur l'avenue de Perekop.", "verified"),
    ],
)
def test_a_method_described_is_no_verification_done(sentence: str, expected: str | None) -> None:
    assert verification_of(sentence) == expected


def _removed(lines: list[str]) -> dict[str, str]:
    doc = clean_text(Document(doc_id="t", source="t.txt", raw="\n".join(lines), header={}))
    return {removal.text: removal.reason for removal in doc.removed}


@pytest.mark.parametrize(
    ("byline", "note"),
    [
        (
            "Par le général (2S) Marc Delorme",
            "Marc Delorme, officier général en deuxième section, a commandé une brigade blindée.",
        ),
        ("By retired Gen. Paul Hardwick", "Paul Hardwick, a former commander of US Army Europe, writes on defence."),
        ("Par l'amiral Jean Quéré", "Jean Quéré est ancien commandant de la force d'action navale."),
    ],
)
def test_a_byline_with_a_rank_names_the_author_of_the_note(byline: str, note: str) -> None:
    removed = _removed([HEADLINE, byline, *BODY, note])
    assert removed.get(byline) == "byline" and removed.get(note) == "author bio"


def test_a_name_with_its_quality_above_the_body_is_the_byline() -> None:
    note = "Hélène Marchetti est historienne, professeure à l'université de Lille."
    removed = _removed([HEADLINE, "Hélène Marchetti, historienne", *BODY, note])
    assert removed.get("Hélène Marchetti, historienne") == "byline" and removed.get(note) == "author bio"


def test_a_portrait_headline_naming_someone_stays() -> None:
    removed = _removed(["Menu", "Oleksandr Syrsky, le général de l'usure", *BODY])
    assert "Oleksandr Syrsky, le général de l'usure" not in removed


@pytest.mark.parametrize(
    "line",
    [
        "Cet article est paru dans Diplomatie n° 127.",
        "Cette tribune a paru dans notre édition du 3 mars.",
        "This article first appeared in Foreign Affairs.",
        "A version of this story ran in our weekly newsletter.",
    ],
)
def test_a_note_on_where_the_article_first_appeared(line: str) -> None:
    assert line in _removed([HEADLINE, *BODY, line])


def test_a_sentence_about_another_article_is_news() -> None:
    line = "Un article paru dans le Kyiv Independent en mars affirmait que le bus était visé depuis une semaine."
    assert line not in _removed([HEADLINE, *BODY[:2], line, BODY[2]])


def test_an_authors_note_before_the_pages_furniture_whose_byline_the_reader_dropped() -> None:
    note = "Mark Ellison is a senior fellow at a Washington think tank. The views expressed are his own."
    page = [HEADLINE_EN, *BODY_EN, note, "Topics: Air Defense, Ukraine", "Related Reading", "Newsletter"]
    removed = _removed(page)
    assert removed.get(note) == "author bio"


@pytest.mark.parametrize("signature", ["Jean-Marc D., Guînes", "Claire Morin, Lyon", "Paul R."])
def test_a_signature_after_the_last_paragraph(signature: str) -> None:
    assert _removed([HEADLINE, *BODY, signature]).get(signature) == "byline"


def test_a_short_last_sentence_naming_a_place_stays() -> None:
    line = "Le maire, Roman Mrochko."
    assert line not in _removed([HEADLINE, *BODY, line])
