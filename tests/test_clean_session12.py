"""Issue 17, twelfth session: page furniture and flags on pages as scrapers bring them; on short pages written for
these tests in the style of several outlets (no text of any real page)."""

from __future__ import annotations

import pytest

from kronika.model import Document
from kronika.stages.clean import clean_text
from kronika.stages.flags import flag_content, verification_of
from test_clean_session11 import BODY_EN, HEADLINE_EN  # the same short page, cleaned and flagged again


def _cleaned(lines: list[str], glued: bool = False) -> Document:
    text = " ".join(lines) if glued else "\n".join(lines)
    return clean_text(Document(doc_id="t", source="t.txt", raw=text, header={}))


@pytest.mark.parametrize(
    "menu",
    [
        "Home World Politics U.S. News Business Health Sports",
        "Latest World U.K. Politics Business Culture",
        "News Europe E.U. Affairs Economy Science",
    ],
)
@pytest.mark.parametrize("button", ["Sign in", "Log in", "Subscribe"])
@pytest.mark.parametrize("glued", [False, True])
def test_initials_between_menu_items_are_a_menu_item(menu: str, button: str, glued: bool) -> None:
    doc = _cleaned(["The Daily Ledger", menu, button, HEADLINE_EN, "By Laura Whitfield", *BODY_EN], glued)
    assert button not in doc.text and "Business" not in doc.text
    assert doc.title == HEADLINE_EN
    assert all(line in doc.text for line in BODY_EN)


HEADLINE_FR = "Kherson : un bus touché par un drone russe, deux blessés"
BODY_FR = [
    "Un drone russe a frappé jeudi matin un bus municipal dans le quartier de Korabel, à Kherson, blessant deux "
    "passagers, a indiqué l'administration militaire régionale.",
    "Le chauffeur a réussi à arrêter le véhicule et les secours sont intervenus en quelques minutes.",
    "La ville, sur la rive droite du Dniepr, est visée presque chaque jour par des drones depuis l'automne.",
]


@pytest.mark.parametrize(
    ("head", "headline", "body"),
    [
        (["The Ledger Local Pro Newsletters Events", "Jan 3, 2024 - World"], HEADLINE_EN, BODY_EN),
        (["Home News Politics Sport TV Health Science Money", "Nov 26, 2023 - World News"], HEADLINE_EN, BODY_EN),
        (["Le Journal Accueil Actualités Société Sports", "3 janvier 2024 - Monde"], HEADLINE_FR, BODY_FR),
    ],
)
def test_a_date_and_a_section_glued_before_the_headline(head: list[str], headline: str, body: list[str]) -> None:
    doc = _cleaned([*head, headline, *body], glued=True)
    assert doc.title == headline
    assert not any(date in doc.text for date in ("2024", "2023")) and "World" not in doc.text
    assert all(line in doc.text for line in body)


def test_a_date_opening_a_sentence_stays() -> None:
    lines = [HEADLINE_EN, "Jan 3, 2024 - the day the barrage began - was the coldest of the winter in Kyiv.", *BODY_EN]
    assert "the day the barrage began" in _cleaned(lines, glued=True).text


@pytest.mark.parametrize("label", ["Go deeper:", "Dig deeper:", "Further reading:", "Pour aller plus loin :"])
@pytest.mark.parametrize("glued", [False, True])
def test_a_go_deeper_teaser(label: str, glued: bool) -> None:
    teaser = f"{label} The air defense stockpile is dwindling"
    head = ["The Ledger World Politics Business Health Sports", HEADLINE_EN, "By Laura Whitfield"]
    doc = _cleaned([*head, *BODY_EN[:2], teaser, BODY_EN[2]], glued)
    assert "stockpile" not in doc.text and all(line in doc.text for line in BODY_EN)


def test_a_sentence_going_further_stays() -> None:
    line = "Pour aller plus loin, les diplomates ont proposé une trêve autour de la centrale."
    assert line in _cleaned([HEADLINE_FR, *BODY_FR[:2], line, BODY_FR[2]]).text


@pytest.mark.parametrize("glued", [False, True])
def test_headlines_in_capitals_between_paragraphs(glued: bool) -> None:
    teasers = ["UKRAINE SAYS IT DOWNED A RUSSIAN SPY PLANE OVER THE SEA OF AZOV", "CLICK HERE TO GET THE LEDGER APP"]
    doc = _cleaned([HEADLINE_EN, BODY_EN[0], teasers[0], BODY_EN[1], teasers[1], BODY_EN[2]], glued)
    assert not any(teaser in doc.text for teaser in teasers)
    assert all(line in doc.text for line in BODY_EN)


@pytest.mark.parametrize("credit", ["(Pic: State Emergency Service)", "(Photo: Reuters)", "(Crédit photo : AFP)"])
def test_a_caption_with_its_labelled_credit(credit: str) -> None:
    caption = f"Rescuers at the scene of the strike in Kherson {credit}"
    doc = _cleaned([HEADLINE_EN, caption, *BODY_EN])
    assert "Rescuers at the scene" not in doc.text and all(line in doc.text for line in BODY_EN)


def test_a_paragraph_ending_with_a_credit_stays() -> None:
    line = "Two passengers were wounded when the drone hit the bus, regional officials said (Photo: Reuters)"
    assert "Two passengers were wounded when the drone hit the bus" in _cleaned([HEADLINE_EN, line, *BODY_EN]).text


@pytest.mark.parametrize(
    "note",
    [
        "Cet article a été traduit et adapté avec l'aide d'un outil d'intelligence artificielle, puis relu par la "
        "rédaction.",
        "This article was translated and edited with the help of AI tools.",
        "Le site de l'agence ne publie qu'une partie des dépêches proposées à ses abonnés, et sous forme résumée.",
        "The agency's website contains only a portion of the news stories offered to its subscribers.",
        "Story tips can be sent to newsdesk@ledger.example.",
    ],
)
def test_notes_of_the_trade_after_the_body(note: str) -> None:
    doc = _cleaned([HEADLINE_EN, *BODY_EN, note])
    assert note not in doc.text and all(line in doc.text for line in BODY_EN)


def test_a_statement_that_only_part_of_results_is_published_stays() -> None:
    line = "La commission électorale ne publie qu'une partie des résultats, a regretté l'opposition."
    assert line in _cleaned([HEADLINE_FR, *BODY_FR, line]).text


def test_the_authors_note_after_a_byline_run_into_the_outlet() -> None:
    note = "Laura Whitfield is a reporter for Ledger Digital."
    doc = _cleaned(
        ["The Ledger World Politics Business", HEADLINE_EN, "By Laura Whitfield Ledger", *BODY_EN, note], True
    )
    assert "is a reporter for" not in doc.text and all(line in doc.text for line in BODY_EN)


# a probe of verification wording, written before any change for it: verified 7/12, unverified 10/12 at the first
# score (left: a relative clause 'que nous avons vérifiées', 'verified the videos' in the plural, a location confirmed
# 'from' what the footage shows, 'la localisation de la vidéo a été confirmée', 'sans qu'on puisse en vérifier …',
# 'no way to verify'); after: 11/12 and 12/12


@pytest.mark.parametrize(
    "sentence",
    [
        "Ces images, que nous avons vérifiées, montrent un char en feu près de Robotyne.",
        "The Ledger verified the videos, which show smoke rising over the port of Odesa.",
        "Reuters confirmed the location from buildings and signs seen in the video.",
        "La localisation de la vidéo a été confirmée par des images satellites.",
    ],
)
def test_more_verified_media_wording(sentence: str) -> None:
    assert verification_of(sentence) == "verified"


@pytest.mark.parametrize(
    "sentence",
    [
        "Une vidéo circule sur Telegram, sans qu'on puisse en vérifier l'authenticité.",
        "There was no way to independently verify the video posted by the regional governor.",
    ],
)
def test_more_unverified_media_wording(sentence: str) -> None:
    assert verification_of(sentence) == "unverified"


@pytest.mark.parametrize(
    "sentence",
    [
        "Les informations que le ministère a vérifiées font état de trois morts.",
        "Les secours avaient vérifié l'identité de quatre des victimes, selon le gouverneur.",
    ],
)
def test_verification_of_what_is_no_media_is_none(sentence: str) -> None:
    assert verification_of(sentence) is None


def test_a_verified_video_in_a_relative_clause_flags_the_page() -> None:
    line = "Des images, que la rédaction a vérifiées, montrent le bus en feu au milieu de la chaussée."
    doc = flag_content(_cleaned([HEADLINE_FR, BODY_FR[0], line, *BODY_FR[1:]]))
    assert doc.flags == ["verified_media"]


def test_a_menu_glued_to_the_headline_under_the_sites_name_on_a_page_with_no_space() -> None:
    menu = "El WatanAccueilActualitéÉconomieInternationalSportsCultureContributionsInternational"
    more = [
        "Le maire de la ville a annoncé une journée de deuil et l'ouverture d'un centre d'accueil pour les familles.",
        "Selon les autorités régionales, une vingtaine de drones ont été abattus dans la nuit au-dessus de la région.",
        "Les secouristes ont dégagé trois personnes des décombres d'un immeuble voisin touché par des débris.",
    ]
    tail = ["Ajouter un commentaire", "© El Watan 2024 - Tous droits réservés"]
    page = "".join([menu, HEADLINE_FR, "Par Samir K.", *BODY_FR, *more, *tail])
    doc = clean_text(Document(doc_id="t", source="t.txt", raw=page, header={}))
    assert "Contributions" not in doc.text and "Économie" not in doc.text
    assert all(line in doc.text for line in [*BODY_FR, *more])


def test_a_list_label_among_the_menu_items_leaves_the_headline() -> None:
    menu = ["La Presse du Sud", "À la une", "National", "Économie", "Monde", "Sport", "Monde"]
    doc = _cleaned([*menu, HEADLINE_FR, "Publié le 22/05/2024", "Par La Presse", *BODY_FR])
    assert doc.title == HEADLINE_FR and HEADLINE_FR in doc.text


def test_a_read_also_label_still_takes_its_headline() -> None:
    teaser = "Lyon : le périphérique fermé cette semaine pour travaux"
    doc = _cleaned([HEADLINE_FR, BODY_FR[0], "Lire aussi :", teaser, *BODY_FR[1:]])
    assert teaser not in doc.text and all(line in doc.text for line in BODY_FR)
