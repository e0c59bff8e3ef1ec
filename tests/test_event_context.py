"""Events in whole articles: what a clause frames rather than reports (stages/event_context.py).

Sentences written for the project in several outlets' styles (regional dailies, Belgian and Swiss wires,
Canadian sites, English wires and live blogs); none is taken from an evaluation text.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kronika.model import Document
from kronika.stages.event_context import description_spans, outside_descriptions
from kronika.tolls import casualties, is_update

pytestmark = pytest.mark.model

RunText = Callable[..., Document]


def places_of(doc: Document) -> list[str]:
    return [e.location.name for e in doc.events if e.location]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Un drone a tué deux personnes à Ternopil, ville de l'ouest habituellement épargnée, a dit le maire.",
         "Un drone a tué deux personnes à Ternopil"),
        ("Odessa, grand port de la mer Noire, est visée chaque nuit.", "est visée chaque nuit."),
        ("A missile hit Uzhhorod, a western city usually spared by the war, on Tuesday.", "on Tuesday."),
        ("Des frappes ont visé Kharkiv, la ville de Zolochiv et Izioum.",
         "Des frappes ont visé Kharkiv, la ville de Zolochiv et Izioum."),
        ("À Kherson, la ville a été bombardée.", "À Kherson, la ville a été bombardée."),
    ],
)  # fmt: skip
def test_place_descriptions_are_blanked(text: str, kept: str) -> None:
    blanked = outside_descriptions(text)
    assert len(blanked) == len(text)
    assert kept in blanked


def test_a_list_of_places_is_no_description() -> None:
    assert description_spans("Les frappes ont touché Soumy, Konotop et Chostka dans la nuit.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "Une frappe de drones a tué deux personnes mardi à Ternopil, ville de l'ouest habituellement épargnée par "
        "les bombardements, selon le maire.",
        "A Russian missile killed two people on Tuesday in Uzhhorod, a western city usually spared by the "
        "bombardments, the regional governor said.",
        "Deux personnes ont été tuées mardi par un drone à Ternopil, cité qui est d'ordinaire rarement visée et "
        "souvent citée comme refuge, selon les secours.",
    ],
)
def test_a_habitual_description_of_the_place_keeps_the_event(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2024-06-11")
    assert [(e.location.name if e.location else None, e.fatalities) for e in doc.events][:1] in (
        [("Ternopil", 2)],
        [("Uzhhorod", 2)],
    )


@pytest.mark.parametrize(
    ("text", "town", "other"),
    [
        ("À Kostiantynivka, ville voisine de Kramatorsk, un obus a tué un homme mardi.", "Kostyantynivka",
         "Kramatorsk"),
        ("In Pavlohrad, a town east of Dnipro, a drone killed a man on Tuesday, the governor said.", "Pavlohrad",
         "Dnipro"),
        ("Un drone a blessé deux habitants mardi à Bilopillia, petite ville proche de Soumy, selon la police.",
         "Bilopillia", "Sumy"),
    ],
)  # fmt: skip
def test_a_place_in_another_place_description_is_no_second_event(
    run_text: RunText, text: str, town: str, other: str
) -> None:
    doc = run_text(text, date="2024-06-11")
    assert town in places_of(doc)
    assert other not in places_of(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Depuis le début de l'invasion, plus de 300 frappes ont touché Kharkiv, selon la mairie.",
        "Since the start of the full-scale invasion, Russian forces have shelled Nikopol more than 2,000 times.",
        "Depuis la chute de Bakhmout, les forces russes ont bombardé Tchassiv Iar sans relâche.",
        "Since Russia launched its offensive in the region, artillery fire has hit Vovchansk every week.",
        "Au moins 1 200 civils ont été tués dans la région de Donetsk depuis février 2022, a indiqué le gouverneur.",
    ],
)
def test_a_long_time_frame_is_no_event_of_the_day(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2024-06-11")
    assert doc.events == []


def test_a_running_total_does_not_become_the_strike_toll(run_text: RunText) -> None:
    text = (
        "Un missile a frappé mardi un immeuble de Sloviansk, tuant trois personnes.\n\n"
        "Selon le gouverneur, 1 850 civils ont été tués dans la région depuis le début de l'invasion."
    )
    doc = run_text(text, date="2024-06-11")
    assert [(e.location.name if e.location else None, e.fatalities) for e in doc.events] == [("Slovyansk", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "Une frappe sur Dnipro a fait neuf morts samedi, la plus meurtrière depuis le début de l'année.",
        "A strike on Dnipro killed nine people on Saturday, the deadliest attack on the city since 2023.",
        "Des centaines de personnes ont manifesté samedi à Dnipro malgré la loi martiale en vigueur depuis 2022.",
    ],
)
def test_a_superlative_or_a_state_since_keeps_the_event(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2024-06-15")
    assert "Dnipro" in places_of(doc)


def test_an_undated_pluperfect_recalls_the_background(run_text: RunText) -> None:
    text = (
        "Un drone russe a blessé deux personnes ce mardi à Soumy, selon l'administration régionale.\n\n"
        "Konotop avait déjà été visée par des missiles, faisant plusieurs blessés."
    )
    doc = run_text(text, date="2024-06-11")
    assert places_of(doc) == ["Sumy"]


def test_a_dated_pluperfect_is_an_event_of_its_own_day(run_text: RunText) -> None:
    text = (
        "Un drone russe a blessé deux personnes ce mardi à Soumy.\n\n"
        "Le 2 mars dernier, un missile avait frappé un immeuble de Konotop, tuant quatre personnes."
    )
    doc = run_text(text, date="2024-06-11")
    dated = {e.location.name: e.date for e in doc.events if e.location}
    assert dated == {"Sumy": "2024-06-11", "Konotop": "2024-03-02"}


@pytest.mark.parametrize(
    "text",
    [
        "Le gouverneur a indiqué qu'un drone avait frappé un immeuble de Konotop dans la nuit.",
        "The governor said a drone had hit an apartment block in Konotop overnight.",
        "Des habitants de Konotop ont manifesté mardi face aux soldats qui avaient occupé la mairie.",
    ],
)
def test_a_pluperfect_of_reported_speech_or_a_relative_clause_keeps_the_event(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2024-06-11")
    assert "Konotop" in places_of(doc)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("La Russie a lancé des drones sur la région de Soumy dans la nuit de lundi à mardi. À Konotop, des débris "
         "sont tombés sur une école, blessant un gardien.", "Konotop"),
        ("Russian drones attacked the Dnipropetrovsk region overnight. In Pavlohrad, two people were injured when "
         "debris hit a house, the governor said.", "Pavlohrad"),
        ("Des drones ont visé la région de Kiev dans la nuit. Un immeuble de Boutcha a été endommagé, un habitant "
         "a été blessé.", "Bucha"),
    ],
)  # fmt: skip
def test_an_attack_on_a_region_is_located_at_the_town_that_tells_its_toll(
    run_text: RunText, text: str, town: str
) -> None:
    doc = run_text(text, date="2024-06-11")
    assert places_of(doc) == [town]


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        ("Over the past day, a woman was killed in the village of Antonivka, and a man died in Bilozerka after a "
         "drone hit his car.", {"Antonivka": 1, "Bilozerka": 1}),
        ("Mardi, les bombardements russes ont fait trois morts à Kherson et un mort à Beryslav, selon le gouverneur.",
         {"Kherson": 3, "Beryslav": 1}),
    ],
)  # fmt: skip
def test_each_place_of_a_clause_keeps_its_own_toll(run_text: RunText, text: str, tolls: dict[str, int]) -> None:
    doc = run_text(text, date="2024-11-03")
    assert {e.location.name: e.fatalities for e in doc.events if e.location} == tolls


def test_a_toll_told_at_another_town_is_not_the_previous_event_toll(run_text: RunText) -> None:
    text = (
        "9 h 40\nMoscou affirme avoir pris le village de Petropavlivka, dans la région de Kharkiv.\n\n"
        "8 h 15\nUn mort à Kherson\nUn homme a été tué par un obus russe dans le centre de Kherson ce matin."
    )
    doc = run_text(text, date="2024-12-04")
    tolls = {e.location.name: e.fatalities for e in doc.events if e.location}
    assert tolls.get("Petropavlivka") is None
    assert tolls.get("Kherson") == 1


def test_a_toll_with_an_authority_named_for_its_region_stays_the_strike_toll(run_text: RunText) -> None:
    doc = run_text(
        "On 20 May, Russian forces shelled a school in Lysychansk. At least 3 people died, according to the Luhansk "
        "military administration.",
        date="2022-05-21",
    )
    assert [(e.location.name, e.fatalities) for e in doc.events if e.location] == [("Lysychansk", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "Moscou revendique la prise d'un village près de Koupiansk. Le ministère russe de la Défense affirme que "
        "ses troupes ont pris le village de Petropavlivka, dans la région de Kharkiv.",
        "Russia says it captured a village near Kupiansk. The defence ministry said its troops captured Petropavlivka "
        "in the Kharkiv region.",
    ],
)
def test_a_village_near_a_town_then_named_is_one_event(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2024-12-04")
    assert places_of(doc) == ["Petropavlivka"]


def test_the_act_named_again_with_coarser_places_is_the_same_act(run_text: RunText) -> None:
    text = (
        "Une explosion a fait dérailler un train de carburant près de Mélitopol dans la nuit de dimanche à lundi.\n\n"
        "Selon le renseignement ukrainien, l'explosion s'est produite sur une voie ferrée reliant la Crimée au "
        "front de Zaporijjia."
    )
    doc = run_text(text, date="2024-03-18")
    assert places_of(doc) == ["Melitopol"]


def test_a_clause_dated_by_an_earlier_year_only_recalls_the_past(run_text: RunText) -> None:
    text = (
        "Par L'Est Républicain avec AFP - 14 sept. 2024 à 14:35\n\n"
        "L'Ukraine et la Russie ont échangé samedi 103 prisonniers de guerre.\n\n"
        "Parmi eux figurent des soldats capturés lors de la défense de Marioupol en 2022."
    )
    doc = run_text(text)
    assert "Mariupol" not in places_of(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Vovchansk, two men aged 41 and 67 were injured in a drone attack.", (None, 2)),
        ("Deux femmes âgées de 70 et 72 ans ont été blessées par des éclats.", (None, 2)),
        ("Deux hommes de 41 et 67 ans ont été blessés à Nikopol.", (None, 2)),
        ("The strike killed five people and wounded 21, the governor said, raising an earlier toll of three dead.",
         (5, 21)),
        ("Un premier bilan faisait état de dix morts.", (None, None)),
        ("Le bilan est passé de 21 à 34 morts dans la soirée.", (34, None)),
        ("The death toll rose from three to eight people overnight.", (8, None)),
    ],
)  # fmt: skip
def test_ages_and_superseded_figures_are_no_toll(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected


def test_a_town_after_a_semicolon_locates_the_attack_on_its_region(run_text: RunText) -> None:
    doc = run_text(
        "Mercredi, des drones ont visé la région d'Odessa ; à Izmaïl, deux dockers ont été blessés.",
        date="2024-11-17",
    )
    assert [(e.location.name, e.injuries, e.date) for e in doc.events if e.location] == [("Izmayil", 2, "2024-11-13")]


# --- session 5 (helper "events"): whole articles of 2023-2025, written in other outlets' styles ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selon Kiev, au moins 40 soldats russes ont été tués ou blessés lors de l'assaut.", (None, None)),
        ("Some 200 Russian troops were killed or wounded near the village, the brigade said.", (None, None)),
        ("Une cinquantaine de militaires blessés ou tués, selon l'état-major.", (None, None)),
        ("Trente soldats tués ou blessés, et deux civils tués dans le village.", (2, None)),
        ("Deux soldats ont été tués et trois blessés, a dit le porte-parole.", (2, 3)),
    ],
)  # fmt: skip
def test_the_dead_and_wounded_counted_together_are_no_toll(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    "update",
    [
        "At least 14 people were killed, the governor said in an evening update.",
        "Le bilan est de neuf morts, selon un nouveau décompte des secours.",
        "Nine people died, according to the latest count by emergency services.",
        "Neuf personnes sont mortes, a indiqué le maire dans une nouvelle mise à jour.",
    ],
)
def test_an_authority_later_update_is_a_toll_update(update: str) -> None:
    assert is_update(update)
    assert not is_update("Le gouverneur a indiqué que neuf personnes étaient mortes.")


@pytest.mark.parametrize(
    "text",
    [
        "18h05 - Un drone a frappé un bus à Kherson, tuant deux passagers, selon le gouverneur.",
        "4:40 PM EDT: A drone hit a bus in Kherson, killing two passengers, the governor said.",
        "09:12 | Un drone a frappé un bus à Kherson, tuant deux passagers.",
    ],
)
def test_a_live_blog_entry_is_news_of_its_day_not_of_an_earlier_entry(run_text: RunText, text: str) -> None:
    live = (
        "DIRECT - Guerre en Ukraine\n\n"
        "07h10 - Dans la nuit de dimanche à lundi, des drones ont visé Odessa, blessant trois personnes.\n\n"
        "10h30 - Le Kremlin n'a pas commenté.\n\n" + text
    )
    doc = run_text(live, date="2024-10-14")
    dated = {e.location.name: (e.date, e.date_end) for e in doc.events if e.location}
    assert dated["Kherson"] == ("2024-10-14", "2024-10-14")
    assert dated["Odesa"] == ("2024-10-13", "2024-10-14")


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("9:05 AM: A missile hit a shopping centre in Dnipro, killing at least three people.",
         "6:20 PM: At least nine people were killed and 30 wounded in the strike on a Dnipro shopping centre."),
        ("11h15 - Un missile a frappé un centre commercial de Dnipro, faisant au moins trois morts.",
         "19h40 - Neuf personnes ont été tuées et 30 blessées dans la frappe sur un centre commercial de Dnipro."),
    ],
)  # fmt: skip
def test_a_later_live_entry_updates_the_toll_whatever_the_order(run_text: RunText, first: str, later: str) -> None:
    for entries in ((first, later), (later, first)):
        doc = run_text("LIVE\n\n" + "\n\n".join(entries), date="2024-05-06")
        tolls = [(e.location.name, e.fatalities) for e in doc.events if e.location]
        assert tolls[:1] == [("Dnipro", 9)], entries


def _page(outlet: str, headline: str, dateline: str, body: str) -> str:
    """A regional page as scraped: outlet and section lines, headline, date line, credit, body, footer."""
    return f"{outlet}\nInternational\n{headline}\n{dateline}\nAFP\n{body}\n{outlet} - Metz\nRéagir à l'article\n"


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Ukraine : cinq morts dans une frappe russe sur des immeubles de Kryvyï Rih",
         "Un missile russe a frappé dans la nuit de lundi à mardi un immeuble de Kryvyï Rih, dans le centre du pays, "
         "tuant cinq personnes, a annoncé le gouverneur.", ("Kryvyy Rih", "2024-10-14", "2024-10-15", 5)),
        ("Frappe de drones sur un entrepôt de Poltava : deux blessés",
         "Jeudi soir, des drones russes ont touché un entrepôt de Poltava et blessé deux employés, a indiqué le "
         "chef de l'administration militaire régionale.", ("Poltava", "2024-10-10", "2024-10-10", None)),
        ("Guerre en Ukraine : une frappe russe tue quatre personnes dans un quartier de Sloviansk",
         "Un missile russe a frappé dimanche soir un quartier résidentiel de Sloviansk, tuant quatre personnes et "
         "en blessant onze, selon les autorités régionales.", ("Slovyansk", "2024-10-13", "2024-10-13", 4)),
    ],
)  # fmt: skip
def test_a_headline_and_the_body_that_dates_it_are_one_event(
    run_text: RunText, headline: str, body: str, expected: tuple[str, str, str, int | None]
) -> None:
    doc = run_text(_page("Le Journal de l'Est", headline, "Publié le 15/10/2024 à 16h34", body))
    place, start, end, fatalities = expected
    assert [(e.location.name if e.location else None, e.date, e.date_end) for e in doc.events] == [(place, start, end)]
    if fatalities is not None:
        assert doc.events[0].fatalities == fatalities


@pytest.mark.parametrize(
    "text",
    [
        "Kiev privée de courant, deux morts à Odessa\n\nLa Russie a visé le réseau électrique dans la nuit.",
        "Coupures à Kharkiv, un mort à Zaporijjia après une frappe sur le réseau\n\nLa nuit a été longue.",
    ],
)
def test_a_headline_toll_told_at_one_place_is_not_the_other_place_toll(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2024-03-22")
    tolls = {e.location.name: e.fatalities for e in doc.events if e.location}
    assert len([v for v in tolls.values() if v]) <= 1
    assert not tolls.get("Kyiv") and not tolls.get("Kharkiv")


@pytest.mark.parametrize(
    "text",
    [
        "Des missiles russes ont frappé Zaporijjia mardi matin, selon le gouverneur.\n\nUn missile a touché la "
        "centrale hydroélectrique DniproHES, tuant un employé.",
        "Russian missiles hit Zaporizhzhia on Tuesday morning, the governor said.\n\nOne missile struck the "
        "DniproHES hydroelectric plant, killing a worker.",
    ],
)
def test_a_site_and_its_town_told_in_turn_are_one_event(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2024-03-22")
    assert len(doc.events) == 1


@pytest.mark.parametrize(
    ("text", "town", "source"),
    [
        ("À Nikopol, une femme a été blessée par un drone mardi, selon le chef de l'administration régionale de "
         "Dnipropetrovsk.", "Nikopol", "Dnipro"),
        ("A drone wounded a man in Marhanets on Tuesday, said the head of the Dnipropetrovsk regional "
         "administration.", "Marhanets", "Dnipro"),
        ("Deux civils ont été blessés mardi à Kostiantynivka, a annoncé le gouverneur de la région de Donetsk.",
         "Kostyantynivka", "Donetsk"),
    ],
)  # fmt: skip
def test_the_source_office_names_no_place_of_the_event(run_text: RunText, text: str, town: str, source: str) -> None:
    doc = run_text(text, date="2024-06-11")
    assert town in places_of(doc)
    assert source not in places_of(doc)


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, the marines repelled six assaults near Krynky, spokeswoman Nataliia Humeniuk said.",
        "Jeudi, les soldats ont repoussé six assauts près de Krynky, a déclaré le porte-parole Nataliia Humeniuk.",
    ],
)
def test_a_first_name_after_a_title_is_no_place(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2023-11-17")
    assert places_of(doc) == ["Krynky"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Avdiïvka sous le feu. Jeudi, les défenseurs ont repoussé une vingtaine d'assauts, selon l'état-major.",
         "Avdiyivka"),
        ("Kherson endeuillée. Mercredi, un obus a tué deux passants près du marché, selon les autorités.",
         "Kherson"),
    ],
)  # fmt: skip
def test_a_paragraph_lead_in_is_the_topic_of_the_sentences_after_it(run_text: RunText, text: str, place: str) -> None:
    weekly = "Ce qu'il faut retenir de la semaine\n\n" + text
    doc = run_text(weekly, date="2023-10-21")
    assert [(e.location.name if e.location else None, e.date) for e in doc.events] in (
        [(place, "2023-10-19")],
        [(place, "2023-10-18")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Les forces russes ont pris le contrôle du village de Synkivka mardi, a annoncé Moscou. Dans la journée, "
        "l'artillerie ukrainienne a bombardé Synkivka, selon l'état-major ukrainien.",
        "Russian troops captured the village of Synkivka on Tuesday, the Russian Defence Ministry said. Later that "
        "day, Ukrainian artillery shelled Russian positions in Synkivka.",
        "Ukrainian drones struck a Russian ammunition depot in Tokmak on Tuesday. Russian forces also shelled "
        "Tokmak's outskirts, wounding two civilians.",
    ],
)
def test_acts_of_opposite_sides_told_as_further_acts_are_two_events(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2024-10-15")
    assert len(doc.events) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Les forces russes ont bombardé Vovtchansk mardi. Dans la ville, les soldats ukrainiens ont repoussé un "
        "assaut russe.",  # shelling told with fighting: one battle
        "Les troupes ukrainiennes ont repris le village de Robotyne mardi. Les soldats russes se sont retirés de "
        "Robotyne sous le feu ukrainien, selon Kiev.",  # one act told twice
        "Russian forces shelled Kherson on Tuesday, killing two civilians. Ukrainian officials said Russian "
        "artillery hit a market in Kherson.",
    ],
)
def test_one_act_told_twice_or_a_battle_stays_one_event(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2024-10-15")
    assert len(doc.events) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un homme avait été transporté à l'hôpital avec de graves brûlures, selon le parquet.", (None, 1)),
        ("Three people were taken to hospital after the strike, the mayor said.", (None, 3)),
        ("Deux passagers ont été évacués vers l'hôpital de Zaporijjia.", (None, 2)),
        ("Trente et une personnes ont été blessées dans l'attaque, selon les secours.", (None, 31)),
        ("Cent douze personnes ont été blessées, a indiqué le gouverneur.", (None, 112)),
        ("Quatre-vingt-dix soldats ont été tués lors de l'assaut, selon Kiev.", (90, None)),
        ("Des dizaines de personnes ont été blessées dans la nuit.", (None, 12)),
        ("Une dizaine de personnes ont été blessées dans la nuit.", (None, 10)),
    ],
)  # fmt: skip
def test_tolls_in_words_and_victims_taken_to_hospital(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "L'armée russe a affirmé mardi avoir détruit un dépôt de carburant près de Pavlohrad. Selon le maire, une "
        "frappe a touché la périphérie de Pavlohrad dans la nuit, sans faire de victime.",
        "Russia said on Tuesday it had destroyed a fuel depot near Pavlohrad. The mayor said a missile hit the "
        "outskirts of Pavlohrad overnight, causing no casualties.",
    ],
)
def test_the_night_before_and_the_report_day_at_one_place_are_one_strike(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2024-05-14")
    assert [(e.location.name if e.location else None) for e in doc.events] == ["Pavlohrad"]


def test_a_linked_report_that_updates_the_toll_supersedes_the_earlier_one() -> None:
    from kronika.model import Event, Evidence, Location
    from kronika.stages.link import merge_linked

    def report(doc_id: str, sentence: str, fatalities: int) -> Event:
        where = Location("Odesa", 46.48, 30.72, "UA", "Odesa Oblast", "point")
        evidence = [Evidence(doc_id, 0, len(sentence), sentence)]
        return Event(f"ev-{doc_id}", [doc_id], "Explosions/Remote violence", "Shelling/artillery/missile attack",
                     "2024-03-15", "2024-03-15", "day", where, fatalities=fatalities, evidence=evidence)  # fmt: skip

    early = report("a", "Une frappe russe a tué au moins 16 personnes ce vendredi à Odessa.", 16)
    later = report("b", "Le bilan de la frappe de vendredi sur Odessa s'est alourdi à 21 morts.", 21)
    other = report("c", "Selon Moscou, la frappe sur Odessa a tué 12 militaires.", 12)
    links = {"ev-a": "ev-a", "ev-b": "ev-a", "ev-c": "ev-a"}
    assert [e.fatalities for e in merge_linked([early, later], dict(links), [])] == [21]
    assert [e.fatalities for e in merge_linked([early, other], dict(links), [])] == [12]  # no update: the lowest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian drones hit Kyiv overnight, injuring four people, the city's military administration said.", "Kyiv"),
        ("Des missiles russes ont frappé Kiev dans la nuit, blessant quatre personnes, selon le maire.", "Kyiv"),
        ("Moscow again targeted the Ukrainian capital of Kyiv with drones on Tuesday, wounding two.", "Kyiv"),
    ],
)  # fmt: skip
def test_a_capital_an_attack_hits_is_the_place_not_the_government(run_text: RunText, text: str, expected: str) -> None:
    doc = run_text(text, date="2024-10-15")
    assert places_of(doc) == [expected]


def test_a_capital_that_speaks_is_no_place() -> None:
    from kronika.model import Place
    from kronika.stages.event_context import attacked_place

    text = "Kyiv said Russian drones had attacked the city overnight."
    kyiv = Place("Kyiv", 0, 4, "Kyiv", 50.45, 30.52, "UA", "Kyiv City", "city", role="actor")
    assert attacked_place(text, kyiv).role == "actor"


@pytest.mark.parametrize(
    "text",
    [
        "Trois personnes ont été blessées mardi par des tirs d'artillerie sur la ville russe de Chebekino, selon le "
        "gouverneur. Le ministère russe de la Défense a affirmé que 12 drones ukrainiens avaient été lancés dans la "
        "nuit de lundi à mardi contre la région de Belgorod.",
        "Two people were wounded on Tuesday when artillery shells hit the centre of Shebekino, the governor said. "
        "Overnight, Ukrainian drones attacked the Belgorod region, the Russian defence ministry said.",
    ],
)
def test_a_region_told_with_its_own_weapon_is_not_merged_into_the_towns_shelling(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2024-03-19")
    subs = {(e.location.name if e.location else None): e.sub_event_type for e in doc.events}
    assert subs.get("Shebekino") == "Shelling/artillery/missile attack"
    assert subs.get("Belgorod Oblast") == "Air/drone strike"


# --- session 6: districts of one town, a headline's generic word ---------------------------------------------------


def _summary(doc: Document) -> list[tuple[str | None, str, int | None, int | None]]:
    return [(e.location.name if e.location else None, e.event_type, e.fatalities, e.injuries) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Debris from downed drones fell in the Darnytskyi and Dniprovskyi districts overnight, injuring three "
         "people, Kyiv's military administration said.", "Kyiv"),
        ("Dans la nuit, un drone Shahed a frappé un immeuble du quartier de Saltivka, à Kharkiv. Deux personnes ont "
         "été blessées, selon le maire.", "Kharkiv"),
        ("Overnight, Russian drones hit Kyiv: fires broke out in the Holosiivskyi and Solomianskyi districts, and "
         "one man was killed, the mayor said.", "Kyiv"),
    ],
)  # fmt: skip
def test_districts_of_one_town_told_in_one_clause_are_one_act(run_text: RunText, text: str, town: str) -> None:
    doc = run_text(text, date="2024-06-11")
    assert len(doc.events) == 1
    location = doc.events[0].location
    assert location is not None and location.admin1 is not None and town in location.admin1


def test_two_towns_of_one_clause_stay_two_acts(run_text: RunText) -> None:
    doc = run_text("Des frappes russes ont touché Soumy et Konotop dans la nuit de lundi à mardi.", date="2024-06-11")
    assert len(doc.events) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Le Courrier de l'Est\nUkraine : nuit d'attaques russes sur Kyiv et Lviv\nPublié le 11/06/2024 à 08h10\n"
        "À Kyiv, un missile a touché un entrepôt dans la nuit de lundi à mardi, sans faire de victimes, selon la "
        "mairie.\nÀ Lviv, des drones ont frappé une usine dans la nuit, faisant un blessé, a indiqué le maire.\n",
        "Ukraine wire\nRussian attacks on Kyiv and Lviv overnight\nPublished on 11/06/2024 at 08:10\n"
        "In Kyiv, a missile hit a warehouse overnight, causing no casualties, the mayor said on Telegram.\n"
        "In Lviv, drones struck a factory overnight, injuring one worker, the regional governor said.\n",
    ],
)
def test_a_headline_word_for_the_acts_of_its_body_adds_no_event(run_text: RunText, text: str) -> None:
    doc = run_text(text)
    assert sorted(e.location.name for e in doc.events if e.location) == ["Kyiv", "Lviv"]
    assert {e.event_type for e in doc.events} == {"Explosions/Remote violence"}


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Later on Tuesday, the governor said a man wounded in the strike had died in hospital, bringing the death "
         "toll to three.", (3, None)),
        ("Dans la soirée, le maire a porté le bilan à cinq morts et douze blessés.", (5, 12)),
        ("Mercredi matin, le bilan était désormais de sept morts, dont deux enfants, selon les secours.", (7, None)),
        ("Le bilan s'établit jeudi à 11 morts et 40 blessés, selon le ministère de l'Intérieur.", (11, 40)),
        ("The death toll now stands at 19, including four children, emergency services said.", (19, None)),
        ("Un blessé est décédé à l'hôpital, portant le bilan à deux morts, a précisé la préfecture régionale.",
         (2, None)),
    ],
)  # fmt: skip
def test_a_toll_told_as_the_new_total_updates_the_earlier_one(text: str, toll: tuple[int | None, int | None]) -> None:
    assert casualties(text) == toll
    assert is_update(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le bilan est de trois morts, selon le gouverneur.",
        "Three people were killed and the toll could rise, the mayor warned.",
    ],
)
def test_a_first_toll_is_no_update(text: str) -> None:
    assert not is_update(text)


def test_a_rising_toll_of_one_report_keeps_its_latest_figure(run_text: RunText) -> None:
    text = (
        "Une frappe de drone a touché lundi matin un bus à Kherson, tuant un passager et en blessant six, selon "
        "l'administration régionale.\n\n"
        "Mardi, le gouverneur a indiqué qu'une passagère blessée dans l'attaque avait succombé, portant le bilan à "
        "deux morts."
    )
    doc = run_text(text, date="2025-02-11")
    assert [(e.fatalities, e.injuries) for e in doc.events] == [(2, 6)]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Des missiles ont frappé Kharkiv à l'aube, blessant six personnes, selon le gouverneur.\n\n"
         "Dans la région de Dnipropetrovsk, une personne a été tuée lors de l'attaque, a indiqué l'administration "
         "régionale.", {"Kharkiv Oblast": (None, 6), "Dnipropetrovsk Oblast": (1, None)}),
        ("Russian drones hit Odesa overnight, injuring three people, the governor said.\n\n"
         "In the Mykolaiv region, one man was killed in the attack, regional officials said.",
         {"Odesa Oblast": (None, 3), "Mykolaiv Oblast": (1, None)}),
    ],
)  # fmt: skip
def test_a_toll_told_in_another_region_of_a_round_up_is_its_own_act(
    run_text: RunText, text: str, regions: dict[str, tuple[int | None, int | None]]
) -> None:
    doc = run_text(text, date="2024-12-25")
    found = {e.location.admin1: (e.fatalities, e.injuries) for e in doc.events if e.location}
    assert found == regions


def test_the_act_named_again_in_its_own_region_stays_one(run_text: RunText) -> None:
    text = (
        "Un missile a frappé un entrepôt à Kharkiv dans la nuit, blessant deux personnes.\n\n"
        "Dans la région de Kharkiv, l'attaque a aussi endommagé des lignes électriques, selon le gouverneur."
    )
    doc = run_text(text, date="2024-12-25")
    assert len(doc.events) == 1


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Un homme et une femme ont été tués, et sept personnes ont été blessées, selon le gouverneur.", (2, 7)),
        ("A man and a woman were killed when the drone hit their car, police said.", (2, None)),
        ("Dans la nuit, un homme et une adolescente ont été blessés par des éclats.", (None, 2)),
        ("The shell hit a bakery and a woman was injured, the mayor said.", (None, 1)),
        ("Une femme a été tuée et un homme blessé, a indiqué la police régionale.", (1, 1)),
    ],
)  # fmt: skip
def test_a_pair_of_single_victims_counts_two(text: str, toll: tuple[int | None, int | None]) -> None:
    assert casualties(text) == toll


@pytest.mark.parametrize(
    "text",
    [
        "Un rassemblement de soutien à l'Ukraine est prévu samedi devant l'hôtel de ville de Lyon.",
        "Le collectif appelle à une manifestation dimanche prochain place Bellecour, à Lyon.",
        "In Dublin, campaigners have announced a rally for Saturday outside the parliament.",
        "A march in support of Ukraine is scheduled for Sunday in central Warsaw.",
    ],
)
def test_a_rally_announced_for_later_is_no_event(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2025-02-20")
    assert [e for e in doc.events if e.event_type in ("Protests", "Riots")] == []


def test_a_rally_held_is_still_an_event(run_text: RunText) -> None:
    doc = run_text(
        "Samedi, plusieurs centaines de personnes ont manifesté à Lyon en soutien à l'Ukraine.", date="2025-02-23"
    )
    assert [e.event_type for e in doc.events] == ["Protests"]


@pytest.mark.parametrize(
    "text",
    [
        "Parmi les soldats libérés figurent des marins capturés à Marioupol en 2022.",
        "Moscou a indiqué avoir récupéré 75 militaires russes faits prisonniers dans la région de Koursk.",
        "Among the freed prisoners were defenders of Mariupol, the Ukrainian ombudsman said.",
    ],
)
def test_people_freed_in_a_swap_are_no_retaking(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2025-05-23")
    assert [e for e in doc.events if e.event_type == "Battles"] == []


def test_a_town_retaken_by_troops_is_still_a_retaking(run_text: RunText) -> None:
    doc = run_text(
        "Ukrainian troops retook Robotyne, Zaporizhzhia, on Monday, the general staff said.", date="2023-08-29"
    )
    assert [e.event_type for e in doc.events] in (["Battles"], ["Strategic developments"])


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine and Russia swapped 103 prisoners of war each on Saturday, in an exchange brokered by Qatar.",
        "L'Ukraine et la Russie ont procédé samedi à un échange de 103 prisonniers de guerre, sous l'égide du Qatar.",
    ],
)
def test_a_swap_between_states_is_one_event_at_a_state(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2025-05-24")
    assert [e.sub_event_type for e in doc.events] == ["Agreement"]
    assert doc.events[0].location is not None and doc.events[0].location.geo_precision == "country"


@pytest.mark.parametrize(
    "text",
    [
        "Le bilan de la frappe russe qui a visé lundi un immeuble du centre de Dnipro, selon le parquet régional, "
        "s'est alourdi à neuf morts.",
        "Le bilan, qui faisait état de deux morts dimanche soir, est passé à quatre morts lundi matin.",
        "The number of people killed in Friday's missile strike on a hotel in Kramatorsk has risen to five.",
        "The death toll, which the mayor first put at three, rose to six on Wednesday.",
    ],
)
def test_an_update_told_after_a_long_subject_is_still_an_update(text: str) -> None:
    """The subject of 'le bilan … s'est alourdi' may carry a relative clause and an attribution."""
    assert is_update(text)


def test_an_update_verb_in_the_next_sentence_is_not_the_toll_s() -> None:
    assert not is_update("Le bilan est de trois morts. Le maire a augmenté les aides aux sinistrés.")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day of the statement comes first, the act's own day later in the clause
        (
            "L'armée ukrainienne a assuré jeudi tenir toujours Toretsk, ville que les troupes russes tentent de "
            "prendre et où de violents combats ont eu lieu mercredi, selon l'état-major.",
            "2024-07-10",
        ),
        (
            "Le ministère russe a affirmé samedi que ses troupes avaient combattu vendredi près de Koupiansk.",
            "2024-07-12",
        ),
        (
            "The army said on Thursday that heavy fighting took place near Pokrovsk on Wednesday.",
            "2024-07-10",
        ),
    ],
)
def test_a_day_told_after_a_verb_of_saying_dates_the_statement(run_text: RunText, text: str, day: str) -> None:
    doc = run_text(text, date="2024-07-13")
    assert doc.events and doc.events[0].date == day


def test_the_only_day_of_a_clause_still_dates_it_after_a_verb_of_saying(run_text: RunText) -> None:
    doc = run_text("Un drone a frappé un bus à Kherson, a annoncé mardi le gouverneur régional.", date="2024-09-04")
    assert doc.events and doc.events[0].date == "2024-09-03"


@pytest.mark.parametrize(
    "text",
    [
        "Les attaques de drones ukrainiens contre les dépôts pétroliers russes se multiplient. La dernière en date a "
        "visé samedi un dépôt de Briansk, provoquant un incendie, selon le gouverneur.",
        "Ukraine has stepped up its drone strikes on Russian oil refineries this month. The latest struck a refinery "
        "in Saratov on Saturday, the governor said.",
    ],
)
def test_an_anaphor_of_the_acts_just_named_tells_one_of_them(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2025-09-15")
    assert [(e.event_type, e.date) for e in doc.events] == [("Explosions/Remote violence", "2025-09-13")]


@pytest.mark.parametrize(
    "text",
    [
        "Un missile a frappé lundi l'hôpital de Kherson, blessant trois patients. Une quarantaine de malades ont été "
        "évacués vers d'autres établissements.",
        "A guided bomb hit a school in Kharkiv on Monday, injuring two teachers. Dozens of pupils were evacuated to "
        "shelters nearby.",
    ],
)
def test_an_evacuation_after_a_strike_is_its_consequence(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2024-06-04")
    assert [e.event_type for e in doc.events] == ["Explosions/Remote violence"]


@pytest.mark.parametrize(
    "text",
    [
        "Les défenses russes ont abattu dimanche des drones ukrainiens au-dessus de la Crimée, dont trois au-dessus de "
        "Sébastopol, selon le gouverneur.",
        "Russian air defences downed Ukrainian drones over Crimea on Sunday, including two over Sevastopol, the "
        "governor said.",
    ],
)
def test_sevastopol_lies_in_crimea(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2024-09-22")
    assert places_of(doc) == ["Sevastopol"]


def test_a_credit_glued_after_the_first_paragraph_keeps_it_prose(run_text: RunText) -> None:
    text = (
        "Le Journal du Nord\nUne attaque russe repoussée près de Koupiansk, selon Kiev12/06/2024 à 06h10Les troupes "
        "ukrainiennes ont repoussé mardi une attaque russe près de Koupiansk, a annoncé l'état-major.Crédit photo : "
        "Armée ukrainienne\nLes combats se poursuivent dans la région."
    )
    doc = run_text(text)
    assert [(e.event_type, e.date) for e in doc.events] == [("Battles", "2024-06-11")]


@pytest.mark.parametrize(
    "text",
    [
        "Moscou et Kiev ont échangé samedi 84 prisonniers chacun. Parmi les Russes libérés figurent des soldats "
        "capturés lors de l'incursion ukrainienne dans la région de Koursk.",
        "Russia and Ukraine swapped 84 prisoners each on Saturday. The Russians freed included conscripts captured "
        "during the incursion into the Kursk region.",
    ],
)
def test_people_described_by_when_they_were_captured_recall_no_act(run_text: RunText, text: str) -> None:
    doc = run_text(text, date="2024-09-14")
    assert [e.event_type for e in doc.events] == ["Strategic developments"]


def test_people_captured_in_an_assault_told_as_news_is_still_the_assault(run_text: RunText) -> None:
    doc = run_text(
        "Deux soldats ukrainiens ont été capturés lors de l'assaut russe lancé mardi près de Pokrovsk.",
        date="2024-09-04",
    )
    assert [e.event_type for e in doc.events] == ["Battles"]


@pytest.mark.parametrize(
    "text",
    [
        "Perchée sur une colline, Tchassiv Iar commande la route de Kostiantynivka et de Droujkivka, les dernières "
        "villes de la région sous contrôle ukrainien.",
        "Sitting on high ground, Chasiv Yar overlooks Kostiantynivka and Druzhkivka, the last big towns of the region "
        "under Ukrainian control.",
    ],
)
def test_an_act_word_inside_a_place_description_is_no_act(run_text: RunText, text: str) -> None:
    assert run_text(text, date="2024-07-11").events == []
