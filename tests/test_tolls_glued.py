"""Tolls and acts on short glued pages: blocks a scraper ran together with no space (stages/entities.py sentences,
stages/events.py, tolls.py).

Pages and sentences written for the project, in the manner of regional dailies, wires and aggregators as scrapers
bring them: the headline glued to the body, captions and credits glued to a sentence's end, timed entries of a live
page on one line.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kronika.model import Document
from kronika.stages.entities import _sentences

RunText = Callable[..., Document]


def _split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _sentences(text)]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "Deux morts à Odessa après une frappe de drones sur le portODESSA (AFP) - Deux dockers ont été tués.",
            ["Deux morts à Odessa après une frappe de drones sur le port", "ODESSA (AFP) - Deux dockers ont été tués."],
        ),
        (
            "Un blessé dans une frappe sur SoumyUne femme a été blessée lundi à Soumy.",
            ["Un blessé dans une frappe sur Soumy", "Une femme a été blessée lundi à Soumy."],
        ),
        (
            "Trois maisons ont été détruites.Les secours sont sur place.",
            ["Trois maisons ont été détruites.", "Les secours sont sur place."],
        ),
        (
            "Publié le 2 mai 2025 à 10h1207:45Un drone a touché un immeuble de Kharkiv.",
            ["Publié le 2 mai 2025 à 10h1207:45", "Un drone a touché un immeuble de Kharkiv."],
        ),
        (
            "Frappe sur Izioum12 mai 2025 à 09h15L'attaque a fait un mort.",
            ["Frappe sur Izioum12 mai 2025 à 09h15", "L'attaque a fait un mort."],
        ),
        (
            "Drone strike kills one in KhersonThe regional governor said a man was killed.",
            ["Drone strike kills one in Kherson", "The regional governor said a man was killed."],
        ),
    ],
)
def test_glued_blocks_open_a_sentence(text: str, pieces: list[str]) -> None:
    assert _split(text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        "La vidéo a été vue sur YouTube et sur TikTok, a vérifié CheckNews, qui cite McCain.",
        "Selon M.Zelensky et les U.S. Army, la centrale DniproHES a été touchée.",
        "Le pont a été touché à 6h07 selon le comité, qui a publié des images sur WhatsApp.",
        "Selon O'Brien, l'entreprise McDonald's a fermé ses restaurants à Moscou.",
        "Les analystes du projet ukrainien DeepState estimaient lundi que la ville était encerclée.",
    ],
)
def test_camel_case_names_and_abbreviations_stay_in_their_sentence(text: str) -> None:
    assert _split(text) == [text]


@pytest.mark.model
def test_a_glued_headline_toll_is_not_added_to_the_body_toll(run_text: RunText) -> None:
    text = (
        "Le Courrier du Nord\nUkraine : deux morts à Kharkiv après une frappe de drones sur un quartier "
        "résidentielKHARKIV (AFP) - Deux personnes ont été tuées et cinq blessées mardi soir à Kharkiv lorsqu'un "
        "drone a frappé un immeuble, a annoncé le gouverneur.Des secouristes sur place. © AFP\n"
        "Publié le 14/05/2024 à 08h10"
    )
    doc = run_text(text)
    strikes = [e for e in doc.events if e.location is not None and e.location.name == "Kharkiv"]
    assert [(e.fatalities, e.injuries) for e in strikes] == [(2, 5)]


@pytest.mark.model
def test_a_glued_headline_region_merges_into_the_body_village(run_text: RunText) -> None:
    text = (
        "Info Russie\nUn civil tué par un drone dans la région de BelgorodUn homme a été tué jeudi dans le village "
        "de Zhuravlevka, dans la région de Belgorod, lorsqu'un drone a frappé sa voiture, a annoncé le gouverneur."
        "\nPublié le 06/06/2024"
    )
    doc = run_text(text)
    assert len([e for e in doc.events if e.event_type == "Explosions/Remote violence"]) == 1


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Deux civils, un homme et une femme, ont été tués jeudi à Izioum.", (2, None)),
        ("Two people, both residents of the village, were killed by the shelling.", (2, None)),
        ("Trois personnes, selon le gouverneur, ont été blessées lors de l'attaque.", (None, 3)),
        ("Deux drones, lancés depuis la mer, ont été abattus.", (None, None)),
    ],
)
def test_an_apposition_between_commas_keeps_the_count(text: str, toll: tuple[int | None, int | None]) -> None:
    from kronika.tolls import casualties

    assert casualties(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Le bilan s'alourdit à onze morts, selon les secours.", (11, None)),
        ("Le bilan de la frappe de mardi sur Odessa monte à sept morts.", (7, None)),
        ("Le bilan passe à neuf morts, a indiqué la mairie.", (9, None)),
        ("The death toll climbs to 14, officials said.", (14, None)),
        ("The death toll from the strike on Sumy went up to 35 on Monday.", (35, None)),
    ],
)
def test_a_toll_update_in_any_tense_is_an_update(text: str, toll: tuple[int | None, int | None]) -> None:
    from kronika.tolls import casualties, is_update

    assert casualties(text) == toll
    assert is_update(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Un homme a été tué lundi par un obus à Kostiantynivka, dans la région de Donetsk, tandis qu'à Droujkivka, "
            "ville voisine, trois personnes ont été blessées par un drone, a annoncé le gouverneur.",
            ("Kostyantynivka", (1, None)),
            ("Druzhkivka", (None, 3)),
        ),
        (
            "A woman was wounded by shelling in Nikopol on Tuesday, while in Marhanets, further east, two men were "
            "killed by a drone, the regional governor said.",
            ("Nikopol", (None, 1)),
            ("Marhanets", (2, None)),
        ),
    ],
)
def test_each_place_of_a_sentence_keeps_the_toll_of_its_own_stretch(
    run_text: RunText, text: str, first: tuple[str, tuple], second: tuple[str, tuple]
) -> None:
    doc = run_text(text, date="2024-11-05")
    tolls = {e.location.name: (e.fatalities, e.injuries) for e in doc.events if e.location is not None}
    assert tolls.get(first[0]) == first[1], tolls
    assert tolls.get(second[0]) == second[1], tolls


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Info Monde Frappe sur Kryvyï Rih : le bilan passe à six morts14 mars 2024, 08h40Le bilan de la frappe de "
        "missile de mercredi sur Kryvyï Rih est passé à six morts, a annoncé jeudi le gouverneur.",
        "Actualité Un mort dans un bombardement à Kherson12.06.2024 - 10:15 Un homme a été tué mardi à Kherson par "
        "un obus russe, a indiqué l'administration régionale.",
    ],
)
def test_a_headline_glued_to_its_stamp_and_body_is_the_body_act(run_text: RunText, text: str) -> None:
    """The stamp dates the page, not the headline; the headline glued to the first paragraph is still the page's
    head, told again by the body: one act, at the body's day."""
    doc = run_text(text)
    strikes = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(strikes) == 1, [(e.location and e.location.name, e.date) for e in strikes]
    assert not strikes[0].dated_by_publication


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Frappe sur Soumy : le bilan passe à neuf morts21 avril 2025, 10h05", (9, None)),
        ("Kharkiv : quatre blessés12.05.2024 - 08:30", (None, 4)),
        ("Trois mortiers ont été détruits près de Bakhmout.", (None, None)),
    ],
)
def test_a_toll_word_glued_to_a_figure_is_read(text: str, toll: tuple[int | None, int | None]) -> None:
    from kronika.tolls import casualties

    assert casualties(text) == toll


@pytest.mark.parametrize("name", ["LinkedIn", "WhatsApp", "DeepState"])
def test_a_camel_case_name_ending_on_a_function_word_stays_whole(name: str) -> None:
    text = f"Le message a été publié sur {name}. Il a été partagé des milliers de fois."
    first = _sentences(text)[0]
    assert text[first.start : first.end] == f"Le message a été publié sur {name}."


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Monde Frappe sur Kherson : deux morts dont un policierPublié le Deux personnes ont été tuées mardi.",
            "Monde Frappe sur Kherson : deux morts dont un policier",
        ),
        (
            "World Drone strike kills two in SumyUpdated 4 March 2025 Two people were killed on Tuesday.",
            "World Drone strike kills two in Sumy",
        ),
        (
            "Ukraine : trois blessés à ZaporijjiaMis à jour le 12 mai Trois personnes ont été blessées.",
            "Ukraine : trois blessés à Zaporijjia",
        ),
    ],
)
def test_a_publication_keyword_glued_to_a_headline_opens_a_sentence(text: str, first: str) -> None:
    assert _split(text)[0] == first


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # cleaning spaces a stamp run into the body ("2025Trois" -> "2025 Trois"): still a joint between blocks
        (
            "Ukraine : deux morts dans une frappe à Nikopol03/06/2025 Deux civils ont été tués mardi à Nikopol.",
            "Ukraine : deux morts dans une frappe à Nikopol03/06/2025",
        ),
        (
            "Neuf morts à Odessa, selon le gouverneur.08:15 Le bilan s'alourdit à onze morts, selon les secours.",
            "Neuf morts à Odessa, selon le gouverneur.08:15",
        ),
    ],
)
def test_a_spaced_stamp_between_blocks_still_opens_a_sentence(text: str, first: str) -> None:
    assert _split(text)[0] == first
