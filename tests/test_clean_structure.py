"""Issue 17, ninth session: furniture told by its structure (a menu bar, items between bars, pictograph bullets, a
"read also" label run into a headline, a name run into a stub), with the vocabulary families found beside them;
on short pages written for these tests in the style of several outlets (no text of any real page)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import cleaned_text, fold_text
from kronika.model import Document
from kronika.stages.clean import clean_text
from kronika.stages.flags import flag_content

MakeDoc = Callable[..., Document]


ODESA_FR = [
    "Un drone naval russe a frappé dans la nuit de mercredi à jeudi un entrepôt du port d'Izmaïl, sur le Danube, "
    "blessant deux dockers, a annoncé l'administration régionale d'Odessa.",
    "Les opérations de chargement ont repris en fin de matinée, selon la compagnie portuaire.",
    "Le port est régulièrement visé depuis l'été 2023.",
]
BELGOROD_EN = [
    "A Ukrainian drone hit an oil depot near Belgorod early on Friday, starting a fire that burned for several "
    "hours, the regional governor said on Telegram.",
    "No one was hurt, he said, and residents of two nearby streets were briefly evacuated.",
    "Russia's defence ministry said air defences had downed 14 drones over the region overnight.",
]
HEAD_FR = "Izmaïl : un drone naval frappe un entrepôt du port, deux blessés"
HEAD_EN = "Drone sets oil depot on fire near Belgorod, governor says"


@pytest.mark.parametrize(
    ("menu", "head", "body"),
    [
        ("Info Danube Actualités Odessa Ukraine Monde Sports Opinions", HEAD_FR, ODESA_FR),
        ("Belgorod Courier News World Russia Business Sport Culture Podcasts", HEAD_EN, BELGOROD_EN),
        ("The Evening Post World Politics Climate", HEAD_EN, BELGOROD_EN),
        ("Danube la 1ère Info Sport Culture Vidéos Radio", HEAD_FR, ODESA_FR),
    ],
)
def test_a_menu_bar_on_the_first_line(make_doc: MakeDoc, menu: str, head: str, body: list[str]) -> None:
    """Capitalised items with no punctuation, whatever its stop words (``The``, ``News``) and though it names a place
    of the article (``Odessa``), above a headline."""
    text = cleaned_text(make_doc, "\n".join([menu, head, *body]))
    assert fold_text(menu) not in text
    assert all(fold_text(sentence) in text for sentence in body)


def test_a_headline_in_title_case_is_no_menu_bar(make_doc: MakeDoc) -> None:
    """A headline in title case shares most of its words with its article: it stays."""
    head = "Ukrainian Drone Sets Belgorod Oil Depot On Fire"
    standfirst = "The governor says residents were briefly evacuated"
    doc = clean_text(make_doc("\n".join([head, standfirst, *BELGOROD_EN])))
    assert head not in [removal.text for removal in doc.removed]


@pytest.mark.parametrize(
    ("header", "where"),
    [
        ("En ondes : Le 15-18 avec Julie | Écouter en direct", "above"),
        ("Direct radio : Le journal de 7 h • Podcasts", "above"),
        ("Kyiv Daily · 2h · 4 min read", "under"),
        ("Fil info | il y a 20 min | Lecture 2 min", "under"),
        ("Le Courrier du Danube · 3 h", "under"),
        ("Monde · il y a 2 h · Par AFP", "under"),
    ],
)
def test_items_between_bars_above_the_body(make_doc: MakeDoc, header: str, where: str) -> None:
    """A line of short items between bars or bullets is a header of the site's, above the headline or under it."""
    head, body = (HEAD_EN, BELGOROD_EN) if "Kyiv" in header else (HEAD_FR, ODESA_FR)
    lines = [header, head, *body] if where == "above" else [head, header, *body]
    text = cleaned_text(make_doc, "\n".join(lines))
    assert fold_text(header) not in text
    assert all(fold_text(sentence) in text for sentence in body)


def test_a_kicker_and_its_headline_between_bars_stay_a_headline(make_doc: MakeDoc) -> None:
    """Under the headline, two items are a kicker and a headline's second part: three are needed for a header."""
    second = "Guerre en Ukraine | Le port d'Izmaïl de nouveau visé"
    text = cleaned_text(make_doc, "\n".join([HEAD_FR, second, *ODESA_FR]))
    assert fold_text(second) in text


def test_a_header_cut_into_pieces_between_bars(make_doc: MakeDoc) -> None:
    """A glued header's fields between bars: the piece with the team's byline goes with the stub next to it."""
    header = "Vérification | Publié le 3 mars 2025 | Par l'équipe de la cellule Info Vérif"
    text = cleaned_text(make_doc, " ".join([HEAD_FR, header, *ODESA_FR]))
    assert "info verif" not in text and "publie le" not in text
    assert all(fold_text(sentence) in text for sentence in ODESA_FR)


@pytest.mark.parametrize("bullet", ["➡️", "👉", "⚡", "📲"])
def test_a_pictograph_after_a_sentence_opens_a_line(make_doc: MakeDoc, bullet: str) -> None:
    """A channel's repost: the sentence before the pictograph stays, the call after it goes."""
    last = "Les deux dockers ont été hospitalisés à Izmaïl."
    glued = f"{ODESA_FR[0]} {last} {bullet} Rejoignez notre canal : t.me/exemple_info {bullet} Soutenez-nous"
    text = cleaned_text(make_doc, "\n".join([HEAD_FR, glued, ODESA_FR[2]]))
    assert fold_text(last) in text and "t.me/exemple_info" not in text


@pytest.mark.parametrize(
    "stub",
    [
        "12 mars 2025 par Rédaction Info Danube 3 commentaires",
        "March 12, 2025 by Staff Reporter 14 comments",
    ],
)
def test_a_date_a_byline_and_a_counter_under_the_headline(make_doc: MakeDoc, stub: str) -> None:
    text = cleaned_text(make_doc, "\n".join([HEAD_FR, stub, *ODESA_FR]))
    assert fold_text(stub) not in text


@pytest.mark.parametrize(
    "teaser",
    [
        "Pour aller plus loin Les drones navals ukrainiens en trois questions",
        "À la une ailleurs Municipales : le maire sortant candidat",
        "Top stories Floods hit the north as rivers burst their banks",
    ],
)
def test_a_label_run_into_the_headline_it_introduces(make_doc: MakeDoc, teaser: str) -> None:
    text = cleaned_text(make_doc, "\n".join([HEAD_FR, ODESA_FR[0], ODESA_FR[1], teaser, ODESA_FR[2]]))
    assert fold_text(teaser) not in text
    assert all(fold_text(sentence) in text for sentence in ODESA_FR)


def test_a_sentence_opening_like_a_label_is_news(make_doc: MakeDoc) -> None:
    sentence = "Pour aller plus loin, Kiev demande à ses alliés des systèmes de défense côtière."
    text = cleaned_text(make_doc, "\n".join([HEAD_FR, ODESA_FR[0], sentence, ODESA_FR[1]]))
    assert fold_text(sentence) in text


@pytest.mark.parametrize(
    "line",
    [
        "Tout propos injurieux sera supprimé.",
        "Tout commentaire raciste sera retiré par la modération.",
        "Ce texte fait partie de notre série sur la guerre des drones.",
        "Cet article fait partie du partenariat entre Info Danube et la radio locale.",
        "This story is part of our coverage of the war in Ukraine.",
        "Open this image in gallery",
        "Key points",
        "Ce qu'il faut retenir :",
        "Cet article a été rédigé avec l'aide d'un agent conversationnel puis relu par la rédaction.",
    ],
)
def test_furniture_families_after_the_body(make_doc: MakeDoc, line: str) -> None:
    text = cleaned_text(make_doc, "\n".join([HEAD_FR, *ODESA_FR, line]))
    assert fold_text(line) not in text
    assert all(fold_text(sentence) in text for sentence in ODESA_FR)


def test_a_series_in_the_news_is_news(make_doc: MakeDoc) -> None:
    sentence = "Cette frappe fait partie d'une série d'attaques visant les ports du Danube depuis 2023."
    text = cleaned_text(make_doc, "\n".join([HEAD_FR, ODESA_FR[0], sentence, ODESA_FR[1]]))
    assert fold_text(sentence) in text


@pytest.mark.parametrize(
    ("stub", "note"),
    [
        ("Claire Dubois Mon Mar 3 2025 - 07:00", "Claire Dubois is a columnist with the Evening Post."),
        ("Tomas Vidal 12 mars 2025 à 08h15", "Tomas Vidal est correspondant à Kyiv depuis 2022."),
    ],
)
def test_a_name_run_into_the_stub_makes_the_note_at_the_end_the_authors(
    make_doc: MakeDoc, stub: str, note: str
) -> None:
    text = cleaned_text(make_doc, "\n".join([HEAD_EN, stub, *BELGOROD_EN, note]))
    assert fold_text(note) not in text
    assert all(fold_text(sentence) in text for sentence in BELGOROD_EN)


def test_flags_of_a_column_read_from_its_authors_note(make_doc: MakeDoc) -> None:
    page = "\n".join([HEAD_EN, "Claire Dubois Mon Mar 3 2025 - 07:00", *BELGOROD_EN, "Claire Dubois is a columnist."])
    doc = flag_content(clean_text(make_doc(page)))
    assert doc.flags == ["opinion"]


@pytest.mark.parametrize(
    "stub",
    ["Mis à jour le 30/12/2024 16:40", "Modifié le 30.12.2024 à 11h24", "Actualisé le 30/12/2024"],
)
def test_a_stub_run_into_the_first_sentence(make_doc: MakeDoc, stub: str) -> None:
    """A stub's time or date run into the first word of the article with no space: the stub goes, the word stays."""
    first = "Moscou a lancé dans la nuit une vague de drones navals contre le port d'Izmaïl, blessant deux dockers."
    glued = f"Publié le 29/12/2024 09:02 — {stub}{first} {ODESA_FR[1]} Partager Tweet Lire aussi"  # a glued header
    text = cleaned_text(make_doc, "\n".join([HEAD_FR, glued, ODESA_FR[2]]))
    assert fold_text(first) in text and fold_text(stub).split()[-1] not in text  # not "16:40Moscou a lancé …"


@pytest.mark.parametrize("day", ["Mardi", "Vendredi", "Sat"])
def test_a_weekday_goes_with_the_stub_glued_after_the_headline(make_doc: MakeDoc, day: str) -> None:
    """``… deux blessés Mardi 13 août 2024 Keystone-ATS``: the day is the stub's, not the headline's last word."""
    head = f"{HEAD_FR} {day} 13 août 2024 Keystone-ATS"
    paywall = "Vous lisez un article en accès libre. Soutenez-nous : abonnez-vous dès 5 euros par mois."
    body = " ".join([*ODESA_FR, paywall])  # a long run of text: the page is read as glued
    text = cleaned_text(make_doc, "\n".join(["Info Danube Monde Europe", head, body, "Le trafic fluvial a repris."]))
    assert fold_text(HEAD_FR) in text and fold_text(day) not in text


@pytest.mark.parametrize(
    "ui",
    [
        "Compartir en Facebook",
        "Te puede interesar",
        "Leer más",
        "Condividi",
        "Leggi anche:",
        "Artikel teilen",
        "Mehr zum Thema",
        "Lees ook",
        "Leia também",
    ],
)
@pytest.mark.parametrize("where", [2, 4])
def test_ui_lines_of_a_translated_page_in_other_languages(make_doc: MakeDoc, ui: str, where: int) -> None:
    """A translated page's share and "read also" labels left in German, Spanish, Italian, Dutch or Portuguese,
    between the paragraphs or after them."""
    lines = [HEAD_FR, *ODESA_FR]
    lines.insert(where, ui)
    text = cleaned_text(make_doc, "\n".join(lines))
    assert fold_text(ui) not in text
    assert all(fold_text(sentence) in text for sentence in ODESA_FR)


def test_a_quote_in_spanish_inside_the_body_stays(make_doc: MakeDoc) -> None:
    quote = "« Compartir el dolor de Ucrania es nuestro deber », a écrit le ministre espagnol sur X."
    text = cleaned_text(make_doc, "\n".join([HEAD_FR, ODESA_FR[0], quote, ODESA_FR[1]]))
    assert fold_text(quote) in text


@pytest.mark.parametrize(
    "line",
    [
        "Video report by Channel Four Europe Correspondent Sam Wells",
        "Photo report by Lena Novak",
        "Reportage vidéo de Claire Petit",
        "Watch: Drone footage shows the depot on fire",
        "Regarder : les images de l'incendie du dépôt",
    ],
)
def test_a_video_report_byline_and_a_watch_label_under_the_headline(make_doc: MakeDoc, line: str) -> None:
    text = cleaned_text(make_doc, "\n".join([HEAD_EN, line, *BELGOROD_EN]))
    assert fold_text(line) not in text
    assert all(fold_text(sentence) in text for sentence in BELGOROD_EN)


def test_a_sentence_opening_on_watch_is_news(make_doc: MakeDoc) -> None:
    sentence = "Watch: the word residents of Belgorod use for the sirens, which now sound every night."
    text = cleaned_text(make_doc, "\n".join([HEAD_EN, BELGOROD_EN[0], sentence, BELGOROD_EN[1]]))
    assert fold_text(sentence) in text
