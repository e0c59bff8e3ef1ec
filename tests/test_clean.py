"""The clean stage and data/boilerplate.json, on scraped-looking articles written for these tests."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from kronika.data import load_json
from kronika.model import Document
from kronika.stages.clean import clean_text, normalise_line, repeated_line_keys
from kronika.stages.read import read_inputs

MakeDoc = Callable[..., Document]

# --- a French page: section labels, timestamp, share lines, credit, SEO keywords, repeated headline, wire signoff ---

FR_HEADLINE = "Frappes russes sur Kharkiv : au moins trois blessés"
FR_BYLINE = "Par Claire Martin"
FR_BOILERPLATE = [
    FR_BYLINE,
    "Europe",
    "Ukraine",
    "14/06/2024 à 09h42",
    "Partager sur Facebook",
    "Facebook Twitter WhatsApp E-mail",
    "Crédit photo : AFP",
    "ukraine russie guerre frappes kharkiv",
]
FR_BODY = [
    "Une frappe de missile a touché un immeuble résidentiel du centre de Kharkiv dans la nuit de jeudi à vendredi, "
    "a indiqué le gouverneur de la région. Trois personnes ont été légèrement blessées.",
    "Selon le maire, une école voisine a également été endommagée par le souffle de l'explosion.",
    "Plus de 200 personnes ont manifesté samedi devant la mairie pour réclamer davantage d'abris antiaériens "
    "dans les quartiers nord.",
    "« Nous reconstruirons tout », a déclaré le maire.",
    "Avec l'AFP",
    "Les secours ont poursuivi les recherches dans les décombres jusqu'au petit matin, "
    "ont précisé les services d'urgence (AFP)",
]
FR_TEASERS = [
    "Lire aussi",
    "Kharkiv, une ville qui vit au rythme des sirènes",
    "Zelensky réclame encore plus de défense antiaérienne",
]
FR_PAGE = "\n".join(
    [
        "Europe",
        "Ukraine",
        FR_HEADLINE,
        FR_BYLINE,
        "14/06/2024 à 09h42",
        "Partager sur Facebook",
        "Facebook Twitter WhatsApp E-mail",
        "Crédit photo : AFP",
        "ukraine russie guerre frappes kharkiv",
        FR_HEADLINE,
        *FR_BODY,
        *FR_TEASERS,
    ]
)

# --- an English page: breadcrumb, cookie banner, share icons, image credit, "Related articles" block ---------------

EN_BOILERPLATE = [
    "Home » Monde » Guerre en Ukraine",
    "This website uses cookies to improve your experience. We'll assume you're ok with this, "
    "but you can opt-out if you wish.",
    "Facebook icon Twitter icon LinkedIn icon",
    "Image: Reuters",
    "Related articles",
    "Russia says it downed 30 drones over Crimea",
    "Kyiv asks allies for more air defence systems",
]
EN_BODY = [
    "Drone attack hits Odesa port, two injured",
    "Russian drones struck port infrastructure in Odesa overnight, injuring two workers and setting a grain "
    "warehouse on fire, the regional governor said on Telegram.",
    "Air defence units shot down most of the drones over the sea, according to the Ukrainian navy.",
    '"We heard at least five explosions," one dock worker said.',
    "Officials said.",
    "Firefighters needed several hours to put out the blaze at the warehouse, which held wheat destined for export.",
]
EN_PAGE = "\n".join([*EN_BOILERPLATE[:2], EN_BODY[0], *EN_BOILERPLATE[2:4], *EN_BODY[1:], *EN_BOILERPLATE[4:]])

# --- a French page ending in a comment block ---------------------------------------------------------------------

COMMENTS_BODY = [
    "Une frappe de drone a visé une sous-station électrique près de Soumy dans la nuit, privant de courant "
    "plusieurs milliers de foyers.",
    "Le gouverneur a appelé les habitants à limiter leur consommation d'électricité jusqu'à la fin des réparations.",
    "Les équipes de réparation sont intervenues dès le lever du jour, a précisé l'opérateur.",
]
COMMENTS_TAIL = ["3 Commentaires", "Jeanne : courage à eux", "Marc : encore une fois"]
COMMENTS_PAGE = "\n".join(["Monde", *COMMENTS_BODY, *COMMENTS_TAIL])


def removed_texts(doc: Document) -> list[str]:
    return [r.text for r in doc.removed]


def assert_cleaned(doc: Document, boilerplate: list[str], body: list[str]) -> None:
    paragraphs = doc.text.split("\n\n")
    for line in boilerplate:
        assert line not in paragraphs, f"boilerplate kept: {line!r}"
        assert line in removed_texts(doc), f"not recorded as removed: {line!r}"
    for line in body:
        assert line in paragraphs, f"body line lost: {line!r}"
        assert line not in removed_texts(doc)


def test_french_page(make_doc: MakeDoc) -> None:
    doc = clean_text(make_doc(FR_PAGE))
    assert_cleaned(doc, FR_BOILERPLATE + FR_TEASERS, FR_BODY)
    # the headline is kept once, its repeat is dropped
    assert doc.text.split("\n\n").count(FR_HEADLINE) == 1
    assert removed_texts(doc).count(FR_HEADLINE) == 1
    assert doc.title == FR_HEADLINE
    assert doc.text.endswith("ont précisé les services d'urgence (AFP)")
    assert "Kharkiv, une ville" not in doc.text


def test_french_page_reasons(make_doc: MakeDoc) -> None:
    reasons = {r.text: r.reason for r in clean_text(make_doc(FR_PAGE)).removed}
    assert reasons["Europe"] == "navigation"
    assert reasons["14/06/2024 à 09h42"] == "timestamp"
    assert reasons["Partager sur Facebook"] == "share buttons"
    assert reasons["Crédit photo : AFP"] == "photo credit"
    assert reasons["ukraine russie guerre frappes kharkiv"] == "SEO keywords"
    assert reasons[FR_HEADLINE] == "repeated line"
    assert reasons["Lire aussi"] == "after wire agency signoff"
    assert reasons["Zelensky réclame encore plus de défense antiaérienne"].startswith("trailing content")


def test_english_page(make_doc: MakeDoc) -> None:
    doc = clean_text(make_doc(EN_PAGE))
    assert_cleaned(doc, EN_BOILERPLATE, EN_BODY)
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons[EN_BOILERPLATE[0]] == "navigation"
    assert reasons[EN_BOILERPLATE[1]] == "cookie banner"
    assert reasons["Related articles"] == "related articles"
    assert reasons["Russia says it downed 30 drones over Crimea"] == "trailing content (related articles)"


def test_comment_block_ends_the_body(make_doc: MakeDoc) -> None:
    doc = clean_text(make_doc(COMMENTS_PAGE))
    assert_cleaned(doc, ["Monde", *COMMENTS_TAIL], COMMENTS_BODY)
    assert {r.text: r.reason for r in doc.removed}["3 Commentaires"] == "comments"


def test_removed_lines_are_verbatim_and_nothing_is_lost(make_doc: MakeDoc) -> None:
    for page in (FR_PAGE, EN_PAGE, COMMENTS_PAGE):
        doc = clean_text(make_doc(page))
        kept = doc.text.split("\n\n")
        assert sorted(kept + removed_texts(doc)) == sorted(line for line in page.split("\n") if line.strip())


def test_cookie_banner_in_french(make_doc: MakeDoc) -> None:
    banner = "Ce site utilise des cookies pour vous offrir la meilleure expérience possible."
    body = "Des tirs d'artillerie ont visé la périphérie de Kherson dans la matinée, selon l'administration militaire."
    doc = clean_text(make_doc(f"{body}\n{banner}\n{body.replace('matinée', 'soirée')}"))
    assert banner not in doc.text
    assert banner in removed_texts(doc)
    assert body in doc.text


def test_short_label_after_first_real_line_is_kept(make_doc: MakeDoc) -> None:
    text = (
        "Des drones ont visé la centrale thermique de Zmiïv, dans la région de Kharkiv.\n"
        "Ukraine\n"
        "La centrale avait déjà été frappée au printemps, a rappelé l'exploitant."
    )
    doc = clean_text(make_doc(text))
    assert "Ukraine" in doc.text.split("\n\n")


def test_lowercase_sentence_with_punctuation_is_not_seo(make_doc: MakeDoc) -> None:
    line = "selon les secours, trois personnes ont été blessées."
    doc = clean_text(make_doc(f"Frappe sur Zaporijjia dans la nuit de mardi\n{line}\nLe bilan pourrait s'alourdir."))
    assert line in doc.text


def test_header_line_is_recorded_as_removed(make_doc: MakeDoc) -> None:
    doc = make_doc(FR_BODY[1], date="2024-06-14", _line="date 2024-06-14")
    clean_text(doc)
    assert ("date 2024-06-14", "metadata header") in [(r.text, r.reason) for r in doc.removed]
    assert "date 2024" not in doc.text


def test_repeated_across_documents_resource(make_doc: MakeDoc) -> None:
    footer = "Retrouvez toute l'actualité internationale sur notre site"
    texts = [f"{body}\n{footer}" for body in COMMENTS_BODY]
    keys = repeated_line_keys(texts, 3)
    doc = clean_text(make_doc(texts[0]), repeated_lines=keys)
    assert footer not in doc.text
    assert (footer, "repeated across documents") in [(r.text, r.reason) for r in doc.removed]
    assert COMMENTS_BODY[0] in doc.text


def test_a_place_tag_repeated_across_documents_stays(make_doc: MakeDoc) -> None:
    """A feed that tags each item with its place ("Pisky") repeats the tag, but it is news, not furniture."""
    texts = [f"{body}\nPisky" for body in COMMENTS_BODY]
    doc = clean_text(make_doc(texts[0]), repeated_lines=repeated_line_keys(texts, 3))
    assert "Pisky" in doc.text


def test_section_labels_below_cookie_banner(make_doc: MakeDoc) -> None:
    text = (
        "Nous utilisons des cookies. En poursuivant votre navigation, vous acceptez notre politique de cookies.\n"
        "International\n"
        "Russie\n"
        "Moscou dit avoir abattu des drones ukrainiens\n"
        "Les autorités russes ont affirmé mardi avoir abattu une vingtaine de drones au-dessus de la région de "
        "Belgorod pendant la nuit.\n"
        "Aucune victime n'a été signalée, selon le gouverneur régional, qui a fait état de dégâts matériels."
    )
    doc = clean_text(make_doc(text))
    paragraphs = doc.text.split("\n\n")
    assert "International" not in paragraphs
    assert "Russie" not in paragraphs


def test_inline_read_also_teaser(make_doc: MakeDoc) -> None:
    teaser = "Lire aussi : Soumy, la ville frontalière qui vit sous les drones"
    text = "\n".join([COMMENTS_BODY[0], teaser, *COMMENTS_BODY[1:]])
    doc = clean_text(make_doc(text))
    assert teaser not in doc.text
    assert teaser in removed_texts(doc)


# --- repeated_line_keys ------------------------------------------------------------------------------------------


def test_repeated_line_keys_threshold() -> None:
    shared_by_three = "Abonnez-vous à notre lettre quotidienne"
    shared_by_two = "Notre dossier spécial sur la guerre"
    texts = [
        f"Frappe sur Kharkiv.\n{shared_by_three}\n{shared_by_two}",
        f"Frappe sur Odessa.\n  {shared_by_three.upper()}  \n{shared_by_two}",
        f"Frappe sur Soumy.\n{shared_by_three}",
        "Frappe sur Kherson.",
    ]
    keys = repeated_line_keys(texts, 3)
    assert normalise_line(shared_by_three) in keys
    assert normalise_line(shared_by_two) not in keys
    assert normalise_line("Frappe sur Kharkiv.") not in keys


def test_repeated_line_keys_counts_documents_not_lines() -> None:
    line = "Publicité ciblée"
    texts = [f"{line}\n{line}\n{line}\nCorps un.", "Corps deux.", "Corps trois."]
    assert repeated_line_keys(texts, 3) == frozenset()


def test_repeated_line_keys_needs_enough_documents() -> None:
    assert repeated_line_keys(["Même ligne", "Même ligne"], 3) == frozenset()


def test_repeated_line_keys_ignores_very_long_lines() -> None:
    long_line = "Une très longue ligne répétée " * 10
    assert len(long_line) >= 200
    assert repeated_line_keys([long_line] * 3, 3) == frozenset()


def test_normalise_line() -> None:
    assert normalise_line("  L’armée   RUSSE ") == "l'armée russe"


# --- data/boilerplate.json ---------------------------------------------------------------------------------------


def test_boilerplate_rules_are_valid() -> None:
    data = load_json("boilerplate.json")
    assert 0 < float(data["tail_min_position"]) < 1
    for key in ("line_patterns", "tail_markers", "signoffs"):
        assert data[key], key
        for rule in data[key]:
            assert rule["reason"].strip()
            re.compile(rule["pattern"], re.IGNORECASE)


@pytest.mark.parametrize(
    "line",
    [
        "Accept all cookies",
        "Gestion des cookies",
        "Accepter tous les cookies",
        "Partager sur Facebook",
        "Share this article",
        "Copier le lien",
        "Crédit photo : AFP",
        "© Reuters",
        "3 Commentaires",
        "12 comments",
        "Lire aussi",
        "À lire aussi :",
        "Related articles",
        "Publicité",
        "Abonnez-vous pour lire la suite",
        "Home » Monde » Europe",
        "Accueil > International",
    ],
)
def test_line_patterns_match(line: str) -> None:
    data = load_json("boilerplate.json")
    assert any(re.search(r["pattern"], line, re.IGNORECASE) for r in data["line_patterns"]), line


@pytest.mark.parametrize(
    "line",
    [
        "Plus de 200 personnes ont manifesté devant la mairie de Kharkiv.",
        "Selon le maire, l'école a été endommagée.",
        "Le partage des responsabilités reste flou.",
        "La photo a été géolocalisée par des journalistes.",
        "Avec l'AFP",
    ],
)
def test_line_patterns_spare_body_sentences(line: str) -> None:
    data = load_json("boilerplate.json")
    assert not any(re.search(r["pattern"], line, re.IGNORECASE) for r in data["line_patterns"]), line


# --- structural signals, on pages written for these tests -------------------------------------------------------

BODY_A = (
    "Une frappe de missile a endommagé dans la nuit un entrepôt de céréales du port d'Izmaïl, a indiqué "
    "l'administration régionale, qui fait état de deux employés blessés."
)
BODY_B = (
    "Selon les autorités locales, les pompiers ont mis plusieurs heures à éteindre l'incendie qui s'était "
    "propagé à deux hangars voisins."
)
BODY_C = (
    "Le port avait déjà été visé à plusieurs reprises depuis l'été, la Russie accusant Kiev de l'utiliser "
    "pour livrer des armes, ce que l'Ukraine dément."
)


def reasons_of(doc: Document) -> dict[str, str]:
    return {r.text: r.reason for r in doc.removed}


def test_credit_forms_and_initials(make_doc: MakeDoc) -> None:
    credits = [
        "Oleksandr Petrenko/AFP/Getty",
        "© Maria Kovalenko / Ukrinform",
        "Un pompier devant l'entrepôt détruit. — Ivan Sydorenko/AP/SIPA",
        "Des secouristes dans les décombres, le 3 mai. IVAN SYDORENKO / AFP",
        "M.L., J.-P.D.",
        "(Photo Reuters)",
    ]
    doc = clean_text(make_doc("\n".join([BODY_A, *credits[:3], BODY_B, *credits[3:], BODY_C])))
    assert_cleaned(doc, credits, [BODY_A, BODY_B, BODY_C])


def test_inline_photo_credit_and_copyright_are_cut_from_the_line(make_doc: MakeDoc) -> None:
    line = f"{BODY_B} (Photo AFP)"
    doc = clean_text(make_doc(f"{BODY_A}\n{line}\n{BODY_C}"))
    assert BODY_B in doc.text.split("\n\n")
    assert reasons_of(doc)["(Photo AFP)"] == "photo credit"


def test_crumb_and_credit_glued_to_the_headline(make_doc: MakeDoc) -> None:
    head = (
        "Accueil Monde Europe Le port d'Izmaïl de nouveau visé Une analyse de Paul Martin. "
        "©EPA Paul Martin Envoyé spécial"
    )
    doc = clean_text(make_doc(f"{head}\n{BODY_A}\n{BODY_B}"))
    assert doc.text.startswith("Le port d'Izmaïl de nouveau visé Une analyse de Paul Martin.")
    reasons = reasons_of(doc)
    assert reasons["Accueil Monde Europe"] == "navigation"
    assert reasons["©EPA Paul Martin Envoyé spécial"] == "photo credit"


@pytest.mark.parametrize(
    "stub",
    [
        "Publié le 3 mai 2024 à 08h15",
        "• Mis à jour le 3 mai 2024 à 10:02",
        "Publié le 03/05/2024 à 08:15, mis à jour le 03/05/2024 à 10:02",
        "Published on: May 3, 2024",
        "dépêche transmise par l'agence 03/05/2024 à 08:15",
    ],
)
def test_publication_stubs_are_timestamps(make_doc: MakeDoc, stub: str) -> None:
    doc = clean_text(make_doc(f"Le port d'Izmaïl visé par un missile\n{stub}\n{BODY_A}\n{BODY_B}"))
    assert reasons_of(doc)[stub] == "timestamp"
    assert BODY_A in doc.text


def test_a_dated_subheading_without_a_day_is_kept(make_doc: MakeDoc) -> None:
    subhead = "Des frappes répétées depuis juillet 2023"
    doc = clean_text(make_doc(f"{BODY_A}\n{subhead}\n{BODY_B}\n{BODY_C}"))
    assert subhead in doc.text.split("\n\n")


def test_market_ticker(make_doc: MakeDoc) -> None:
    ticker = ["EUR/USD 1,0841 +0,12 %", "Blé Euronext 231,50 € -1,4 %", "+0,35 %"]
    doc = clean_text(make_doc("\n".join([*ticker, "Le port d'Izmaïl visé par un missile", BODY_A, BODY_B])))
    assert_cleaned(doc, ticker, [BODY_A, BODY_B])
    assert reasons_of(doc)[ticker[0]] == "market ticker"


def test_video_player_comment_policy_and_ui_strings(make_doc: MakeDoc) -> None:
    furniture = [
        "Vidéo suivante dans 8 secondes",
        "Autres vidéos",
        "Vous devez être connecté pour réagir à cet article",
        "Votre adresse e-mail ne sera pas publiée.",
        "Signaler un abus",
        "Partager cet article",
        "Fermer",
        "Temps de lecture : 3 min",
    ]
    lines = [BODY_A, furniture[0], furniture[1], BODY_B, *furniture[2:4], BODY_C, *furniture[4:]]
    doc = clean_text(make_doc("\n".join(lines)))
    assert_cleaned(doc, furniture, [BODY_A, BODY_B, BODY_C])


def test_sentence_pointing_to_the_video_is_cut(make_doc: MakeDoc) -> None:
    pointer = "Les images de l'incendie sont à voir dans la vidéo en tête de cet article."
    doc = clean_text(make_doc(f"{BODY_A}\n{BODY_B} {pointer}\n{BODY_C}"))
    assert BODY_B in doc.text.split("\n\n")
    assert pointer not in doc.text
    assert reasons_of(doc)[pointer] == "pointer to a video player"


def test_teaser_between_paragraphs_and_subheading(make_doc: MakeDoc) -> None:
    teaser = "Mer Noire : les assureurs relèvent encore leurs primes pour les céréaliers"
    subhead = "Un port sous pression"
    doc = clean_text(make_doc("\n".join([BODY_A, teaser, BODY_B, subhead, BODY_C])))
    assert reasons_of(doc)[teaser] == "teaser of another story"
    assert subhead in doc.text.split("\n\n")


def test_most_read_list_after_the_body(make_doc: MakeDoc) -> None:
    block = [
        "Les plus lus",
        "1",
        "Kherson : une nouvelle coupure d'électricité touche la rive droite",
        "2",
        "Les céréaliers ukrainiens cherchent de nouvelles routes vers le Danube",
    ]
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, BODY_C, *block])))
    assert_cleaned(doc, block, [BODY_A, BODY_B, BODY_C])


def test_lines_in_a_language_kronika_does_not_process(make_doc: MakeDoc) -> None:
    foreign = [
        "Bekijk hier alle berichten uit Kyiv en omgeving",
        "Lees ook het laatste nieuws van vandaag",
        "Las noticias más leídas del día",
    ]
    english_quote = "We will rebuild the port, and we will do it quickly, the governor wrote on Telegram."
    lines = [BODY_A, english_quote, BODY_B, BODY_C, foreign[0], "-", foreign[1], foreign[2]]
    doc = clean_text(make_doc("\n".join(lines)))
    assert_cleaned(doc, foreign, [BODY_A, english_quote, BODY_B, BODY_C])
    assert reasons_of(doc)[foreign[0]] == "another language"


def test_masthead_between_headline_and_body(make_doc: MakeDoc) -> None:
    doc = clean_text(make_doc(f"Le port d'Izmaïl visé par un missile\nRadio Dnipro Info\n{BODY_A}\n{BODY_B}"))
    assert reasons_of(doc)["Radio Dnipro Info"] == "label above the body"
    assert doc.title == "Le port d'Izmaïl visé par un missile"


def test_ai_writing_prompt_left_at_the_end(make_doc: MakeDoc) -> None:
    prompt = "Rédige un article de presse de 600 mots sur la frappe du port d'Izmaïl, ton neutre, avec deux citations."
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, BODY_C, prompt])))
    assert reasons_of(doc)[prompt] == "AI writing prompt"
    assert BODY_C in doc.text


def test_live_blog_entries_are_kept(make_doc: MakeDoc) -> None:
    entries = [
        "• Selon l'armée de l'air, douze drones ont été abattus au-dessus de la région d'Odessa",
        "• La défense antiaérienne a été active toute la nuit autour du port d'Izmaïl",
    ]
    doc = clean_text(make_doc("\n".join([BODY_A, entries[0], entries[1], BODY_B])))
    assert_cleaned(doc, [], [BODY_A, *entries, BODY_B])


# --- every must_keep line of the French development set survives ------------------------------------------------

DEV_FR_GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev-fr.gold.json"
DEV_FR_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev-fr"


def _fold(text: str) -> str:
    """The folding of ../shared/eval/score.py: accents, case, quotes and spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    for quote, plain in (("’", "'"), ("«", '"'), ("»", '"'), ("“", '"'), ("”", '"')):
        text = text.replace(quote, plain)
    return " ".join(text.casefold().split())


def test_dev_fr_must_keep_lines_are_never_removed() -> None:
    if not DEV_FR_GOLD.exists() or not DEV_FR_CORPUS.is_dir():
        pytest.skip(f"the French development set is not here ({DEV_FR_GOLD.parent.parent}); nothing to check")
    gold = json.loads(DEV_FR_GOLD.read_text(encoding="utf-8"))["documents"]
    lost = []
    for doc in read_inputs([DEV_FR_CORPUS]):
        assert isinstance(doc, Document), doc
        clean_text(doc)
        text = _fold(doc.text)
        for line in gold.get(doc.doc_id, {}).get("must_keep", []):
            if _fold(line) not in text:
                lost.append((doc.doc_id, line))
    assert not lost, lost


def test_read_also_label_takes_the_headline_under_it(make_doc: MakeDoc) -> None:
    teaser = ["À lire aussi", "Odessa : la saison des céréales sous la menace des drones"]
    doc = clean_text(make_doc("\n".join([BODY_A, *teaser, BODY_B, BODY_C])))
    assert_cleaned(doc, teaser, [BODY_A, BODY_B, BODY_C])


def test_capitalised_kicker_teaser_and_upper_case_list_header(make_doc: MakeDoc) -> None:
    teaser = "VIDÉO - Les images du port d'Izmaïl après la frappe de la nuit"
    block = ["LES PLUS LUS", "Blé : les cours mondiaux au plus haut depuis un an", "Danube : le trafic reprend"]
    doc = clean_text(make_doc("\n".join([BODY_A, teaser, BODY_B, BODY_C, *block])))
    assert_cleaned(doc, [teaser, *block], [BODY_A, BODY_B, BODY_C])
    assert reasons_of(doc)[teaser] == "teaser of another story"


@pytest.mark.parametrize(
    "line",
    [
        "Les commentaires sont soumis à modération avant publication.",
        "Afin de garantir la qualité du débat, nous vous rappelons que les commentaires injurieux seront supprimés.",
        "CAC 40 7 512,30 (+0,42 %)",
        "USD / UAH",
        "Il y a 3 heures",
        "Getty Images",
        "Mots-clés : Ukraine, Russie, port, céréales",
    ],
)
def test_more_page_furniture(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, line, BODY_C])))
    assert line in removed_texts(doc)
    assert_cleaned(doc, [], [BODY_A, BODY_B, BODY_C])


def test_declining_to_comment_is_news(make_doc: MakeDoc) -> None:
    line = (
        "Le Kremlin n'a pas souhaité faire de commentaires, par respect pour l'enquête en cours, a dit Dmitri Peskov."
    )
    doc = clean_text(make_doc("\n".join([BODY_A, line, BODY_B])))
    assert line in doc.text.split("\n\n")


def test_foreign_ui_above_and_below_the_body(make_doc: MakeDoc) -> None:
    ui = ["Головна", "Поділитися новиною", "Related topics and stories", "Sign up for alerts"]
    quote = "Glory to Ukraine"
    lines = [ui[0], "Le port d'Izmaïl visé par un missile", BODY_A, quote, BODY_B, BODY_C, *ui[1:]]
    doc = clean_text(make_doc("\n".join(lines)))
    assert_cleaned(doc, ui, [BODY_A, quote, BODY_B, BODY_C])


def test_writing_prompt_variants(make_doc: MakeDoc) -> None:
    prompts = [
        "Résume cet article en trois paragraphes avec un ton factuel et des intertitres.",
        "Rewrite the text below as a 400-word news story for a French audience.",
    ]
    for prompt in prompts:
        doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, prompt])))
        assert reasons_of(doc)[prompt] == "AI writing prompt", prompt


@pytest.mark.parametrize(
    "line",
    [
        "Euro / Dollar : 1,0850",
        "Pétrole Brent 82,40 $ (-0,6 %)",
        "Des pompiers devant l'immeuble touché, à Odessa. | AFP",
        "Capture d'écran d'une vidéo publiée sur Telegram",
        "Durée : 2:35",
    ],
)
def test_tickers_captions_and_player_lines(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, line, BODY_C])))
    assert line in removed_texts(doc)


def test_a_sentence_about_the_rouble_is_news(make_doc: MakeDoc) -> None:
    line = "Le rouble a perdu 3 % face au dollar depuis lundi, selon la Banque centrale russe."
    doc = clean_text(make_doc("\n".join([BODY_A, line, BODY_B])))
    assert line in doc.text.split("\n\n")


def test_headline_run_after_the_body_but_not_a_dated_source_list(make_doc: MakeDoc) -> None:
    run = [
        "Kherson sous les bombes pour la troisième nuit",
        "Les céréaliers cherchent de nouvelles routes",
        "Zelensky reçoit les ministres européens à Kiev",
    ]
    sources = [
        "Ukraine grain exports fall again, ministry says – 3 mai 2024",
        "Port of Izmail hit by drones overnight – 4 mai 2024",
        "Danube shipping resumes after strike – 6 mai 2024",
    ]
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, *run, BODY_C, "Sources", *sources])))
    assert_cleaned(doc, run, [BODY_A, BODY_B, BODY_C, *sources])


HTML_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Le port d'Izmaïl visé</title></head>
<body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<main><article><h1>Le port d'Izmaïl visé par un missile</h1>
<p>Publié le 3 mai 2024 à 08h15</p>
<p>{a}</p><p>VIDÉO - Les images de l'incendie filmées par un habitant</p><p>{b}</p><p>{c}</p>
<p>Partager cet article</p></article>
<aside><h2>Les plus lus</h2><ul><li><a href="/a">Kherson : une nouvelle coupure d'électricité</a></li></ul></aside>
</main><footer>Tous droits réservés</footer></body></html>"""


def test_html_page_through_the_reader(tmp_path: Path) -> None:
    page = tmp_path / "izmail.html"
    page.write_text(HTML_PAGE.format(a=BODY_A, b=BODY_B, c=BODY_C), encoding="utf-8")
    [doc] = list(read_inputs([page]))
    assert isinstance(doc, Document)
    clean_text(doc)
    assert_cleaned(
        doc,
        [
            "Publié le 3 mai 2024 à 08h15",
            "VIDÉO - Les images de l'incendie filmées par un habitant",
            "Partager cet article",
        ],
        [BODY_A, BODY_B, BODY_C],
    )
    assert "coupure d'électricité" not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Publié aujourd’hui à 10h12, modifié à 11h03",
        "Ajouter à vos sélections",
        "Votre navigateur ne supporte pas la lecture de cette vidéo.",
        "Keystone-SDA",
        "Partager sur : Facebook",
        "Наші новини в Telegram",
    ],
)
def test_more_ui_lines(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, line, BODY_C])))
    assert line in removed_texts(doc)


def test_segments_of_a_glued_page(make_doc: MakeDoc) -> None:
    glued = (
        f"Le port d'Izmaïl visé par un missile Publié le 03/05/2024 à 08:15 Ivan Sydorenko / AFP {BODY_A} "
        f"Partager Facebook Twitter WhatsApp {BODY_B} CAC 40 7 512,30 +0,42 % EUR/USD 1,0841 {BODY_C} "
        "Les plus lus Kherson : une nouvelle coupure d'électricité touche la rive droite Les céréaliers "
        "cherchent de nouvelles routes vers le Danube"
    )
    doc = clean_text(make_doc(glued))
    for body in (BODY_A, BODY_B, BODY_C):
        assert body in doc.text
    for junk in ("Publié le", "Sydorenko", "Twitter", "7 512,30", "coupure d'électricité"):
        assert junk not in doc.text, junk
    assert {"timestamp", "photo credit", "share buttons", "market ticker", "list of other stories"} <= set(
        reasons_of(doc).values()
    )


def test_a_headline_and_its_place_keep_the_place(make_doc: MakeDoc) -> None:
    text = "Two civilians killed in shelling of a village near the front line.\nVelyka Novosilka"
    doc = clean_text(make_doc(text))
    assert doc.text.split("\n\n") == text.split("\n")


@pytest.mark.parametrize("text", ["Saur-Mogila hill", "Situation report 104/2020 3 May 2020"])
def test_a_one_line_report_is_never_emptied(make_doc: MakeDoc, text: str) -> None:
    assert clean_text(make_doc(text)).text == text


def test_banner_above_the_headline(make_doc: MakeDoc) -> None:
    banner = "Profitez de notre offre d'été sur tous les abonnements numériques du groupe"
    lines = ["Aller au contenu", banner, "En savoir plus", "Le port d'Izmaïl visé par un missile", BODY_A, BODY_B]
    doc = clean_text(make_doc("\n".join(lines)))
    assert reasons_of(doc)[banner] == "banner above the headline"
    assert doc.title == "Le port d'Izmaïl visé par un missile"


# --- pages written for the project in the style of other outlets: a held-out check -------------------------------

PAGES = Path(__file__).resolve().parent / "data" / "pages"
PAGES_GOLD = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))["pages"]


def page_path(name: str) -> Path:
    """A page as scraped text (``.txt``) or as the HTML a crawler saves (``.html``, read through trafilatura)."""
    text = PAGES / f"{name}.txt"
    return text if text.exists() else PAGES / f"{name}.html"


def cleaned_page(name: str) -> Document:
    [doc] = [d for d in read_inputs([page_path(name)]) if isinstance(d, Document)]
    return clean_text(doc)


@pytest.mark.parametrize("name", sorted(PAGES_GOLD))
def test_pages_in_the_style_of_other_outlets(name: str) -> None:
    doc, gold = cleaned_page(name), PAGES_GOLD[name]
    text = _fold(doc.text)
    left = [line for line in gold["must_remove"] if _fold(line) in text and line not in gold.get("known_left", [])]
    lost = [line for line in gold["must_keep"] if _fold(line) not in text]
    assert not left and not lost, {"left": left, "lost": lost}
    assert all(removal.reason for removal in doc.removed)


def test_print_layout_hyphens_are_joined(make_doc: MakeDoc) -> None:
    doc = clean_text(
        make_doc(
            "Les secours ont dégagé trois per\u00adsonnes des décombres à Do‐ netsk, où les frappes conti‐ nuaient "
            "mardi soir, selon le gouverneur de la ré‐ gion. Une délégation est partie pour Saint‐ Pétersbourg."
        )
    )
    assert "personnes" in doc.text and "Donetsk" in doc.text and "continuaient" in doc.text
    assert "Saint-Pétersbourg" in doc.text and "\u00ad" not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Par Hélène Dufour, envoyée spéciale à Odessa",
        "By Tom Ellison and Maria Kovalenko",
        "Article rédigé par franceinfo avec AFP - France Télévisions",
        "Le Courrier du Sud avec AFP",
        "Reporting by Anna Petrenko in Kyiv; Editing by Paul Grant",
        "Advertisement · Scroll to continue",
        "Une info à nous signaler ? Écrivez-nous",
        "View image in fullscreen",
        "I hope this helps! Let me know if you would like another version.",
        "Partager sur Facebook Partager sur X Partager par e-mail",
    ],
)
def test_bylines_wire_credits_and_widgets(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, line, BODY_C])))
    assert line in removed_texts(doc)


def test_a_sentence_starting_with_par_is_news(make_doc: MakeDoc) -> None:
    line = "Par ailleurs, trois villages de la région ont été privés d'électricité après les frappes."
    doc = clean_text(make_doc("\n".join([BODY_A, line, BODY_B])))
    assert line in doc.text


def test_tagline_above_the_headline_but_not_the_headline(make_doc: MakeDoc) -> None:
    page = "\n".join(
        [
            "Independent journalism from the heart of Europe",
            "Drone strike sets Odesa grain terminal ablaze",
            "A Russian drone strike set fire to a grain terminal in the Odesa port overnight, the governor said, "
            "adding that no one was hurt.",
            "Firefighters put out the blaze at the terminal by morning, the Odesa port authority said.",
        ]
    )
    doc = clean_text(make_doc(page))
    assert "Independent journalism" not in doc.text
    assert doc.text.startswith("Drone strike sets Odesa grain terminal ablaze")


def test_a_page_cut_short_mid_sentence_keeps_its_last_lines(make_doc: MakeDoc) -> None:
    cut = "Le gouverneur a ajouté dans la soirée que les équipes de déminage travailleraient toute la nuit sur"
    page = "\n".join([BODY_A, BODY_B, "Des écoles fermées", cut])
    doc = clean_text(make_doc(page))
    assert cut in doc.text and "Des écoles fermées" in doc.text


@pytest.mark.parametrize("line", ["Deutsch | Italiano | English | Español", "Русский", "日本語のニュース", "العربية"])
def test_language_switchers_and_lines_in_other_scripts(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([line, BODY_A, BODY_B, BODY_C])))
    assert line in removed_texts(doc)
    assert BODY_A in doc.text


def test_a_report_made_only_of_lines_repeated_across_documents_is_kept(make_doc: MakeDoc) -> None:
    text = "Shelling reported near the airport.\nDonetsk airport"
    repeated = frozenset(normalise_line(line) for line in text.split("\n"))
    doc = clean_text(make_doc(text), repeated_lines=repeated)
    assert doc.text.split("\n\n") == text.split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "À lire également",
        "Pour aller plus loin",
        "Connectez-vous pour lire la suite",
        "Télécharger notre application",
        "Photo d'illustration AFP",
        "La rédaction",
        "Sous-titres",
    ],
)
def test_labels_and_prompts_between_paragraphs(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, line, BODY_C])))
    assert line in removed_texts(doc)


def test_a_glued_page_loses_the_matching_sentence_not_the_paragraph(make_doc: MakeDoc) -> None:
    glued = f"{BODY_A} Abonnez-vous à notre newsletter. {BODY_B} {BODY_C}"
    doc = clean_text(make_doc(glued))
    assert all(body in doc.text for body in (BODY_A, BODY_B, BODY_C))
    assert "Abonnez-vous à notre newsletter." in removed_texts(doc)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (f"{BODY_A} © AFP {BODY_B}", "© AFP"),
        (f"{BODY_A} REUTERS/Stringer {BODY_B}", "REUTERS/Stringer"),
        (f"{BODY_A} AFP / Sergei Kovalenko {BODY_B}", "AFP / Sergei Kovalenko"),
    ],
)
def test_credits_glued_inside_a_line(make_doc: MakeDoc, line: str, credit: str) -> None:
    doc = clean_text(make_doc(line))
    assert credit in removed_texts(doc)
    assert BODY_A in doc.text and BODY_B in doc.text


def test_a_poll_named_after_an_agency_is_news(make_doc: MakeDoc) -> None:
    line = "Un sondage Reuters/Ipsos publié mardi montre un recul du soutien à l'aide militaire, selon l'institut."
    doc = clean_text(make_doc("\n".join([BODY_A, line, BODY_B])))
    assert line in doc.text


def test_an_unrelated_headline_between_paragraphs_is_a_teaser(make_doc: MakeDoc) -> None:
    teaser = "Le prix de l'essence augmente encore en mars"
    subheading = "Deux hangars voisins en feu"
    doc = clean_text(make_doc("\n".join([BODY_A, teaser, BODY_B, subheading, BODY_C])))
    assert reasons_of(doc)[teaser] == "teaser of another story"
    assert subheading in doc.text


def test_the_role_under_a_byline_goes_with_it(make_doc: MakeDoc) -> None:
    page = "\n".join(["Odessa : le port de nouveau visé", "Par Jean-Marc Delcourt", "Chef du service Monde", BODY_A])
    doc = clean_text(make_doc(page))
    assert reasons_of(doc)["Chef du service Monde"] == "byline"
    headline_under = clean_text(make_doc("\n".join(["Par Jean-Marc Delcourt", "Le port visé", BODY_A, BODY_B])))
    assert "Le port visé" in headline_under.text


@pytest.mark.parametrize(
    "line", ["Mentions légales | CGU | Plan du site", "Politique de confidentialité", "Gérer mes cookies", "Horoscope"]
)
def test_footer_links(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, line, BODY_C])))
    assert line in removed_texts(doc)


# --- issue 17, second batch: rules found on pages of our own in the style of other outlets -------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Save articles to read later and create your own reading list.",
        "Fermer le bouton de partage",
        "Taille du texte Aa Aa",
        "Actualiser",
        "Épinglé",
        "Chargement du lecteur...",
        "Loading video…",
        "Début du widget Widget. Passer le widget?",
        "Signaler une erreur",
        "Google News",
        "Commenter",
        "Abonnés",
        "Abonnée du Courrier picard",
        "Ce qu'il faut retenir",
        "Key points",
        "Lecture en 4 min.",
        "Partager l'article sur WhatsApp",
        "Ce contenu n'est plus disponible.",
        "This video is no longer available",
        "Les opinions exprimées dans ce billet n'engagent que leur auteur.",
        "The views expressed in this column are the author's own.",
        "Ce blog est personnel, la rédaction n'est pas à l'origine de ses contenus.",
        "En cas de reprise de nos articles, un lien vers la source est obligatoire.",
    ],
)
def test_ui_lines_of_other_outlets(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, line, BODY_C])))
    assert line in removed_texts(doc)
    assert all(body in doc.text for body in (BODY_A, BODY_B, BODY_C))


@pytest.mark.parametrize(
    "sentence",
    [
        "Lorsque vous utilisez un abri antiaérien, gardez votre téléphone chargé, a rappelé la mairie dans un texte.",
        "Si vous créez un compte sur l'application Diia, les alertes arrivent aussi dans le texte des notifications.",
    ],
)
def test_second_person_news_is_no_writing_prompt(make_doc: MakeDoc, sentence: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, sentence, BODY_B])))
    assert sentence in doc.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The footage shows thick smoke rising above the depot after the strike.",
        "The video, filmed from a balcony, shows flames below the bridge and sirens in the distance.",
    ],
)
def test_footage_described_is_no_pointer_to_a_player(make_doc: MakeDoc, sentence: str) -> None:
    body = "A drone hit a fuel depot in the Bryansk region overnight, the governor said, adding that no one was hurt."
    doc = clean_text(make_doc("\n".join([body, sentence])))
    assert sentence in doc.text


def test_the_video_above_is_a_pointer_to_a_player(make_doc: MakeDoc) -> None:
    body = "A drone hit a fuel depot in the Bryansk region overnight, the governor said, adding that no one was hurt."
    pointer = "Watch the video above."
    doc = clean_text(make_doc(f"{body} {pointer}\nFirefighters worked through the night to contain the blaze there."))
    assert reasons_of(doc).get(pointer) == "pointer to a video player"


@pytest.mark.parametrize(
    ("label", "teaser"),
    [
        ("À lire aussi :", "Dans les villages du nord, les habitants vivent au rythme des alertes et des coupures"),
        ("Lire aussi", "Ottawa promet une nouvelle enveloppe de 300 millions pour la défense aérienne de l'Ukraine"),
        ("Read also", "How Kharkiv's metro stations became classrooms for thousands of children under the bombs"),
    ],
)
def test_a_long_headline_under_a_read_also_label(make_doc: MakeDoc, label: str, teaser: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, label, teaser, BODY_B, BODY_C])))
    assert teaser in removed_texts(doc)
    assert BODY_B in doc.text


def test_a_short_sentence_after_a_read_also_teaser_is_the_article(make_doc: MakeDoc) -> None:
    short = "Kiev a dénoncé « un crime de guerre » et promis une « riposte »."
    lines = [BODY_A, BODY_B, "Lire aussi", "Odessa : ce que l'on sait de l'attaque contre le port", short, "Partager"]
    doc = clean_text(make_doc("\n".join(lines)))
    assert short in doc.text
    assert "Odessa : ce que l'on sait de l'attaque contre le port" not in doc.text


@pytest.mark.parametrize(
    ("byline", "bio"),
    [
        ("Par Julien Dessart*", "* Julien Dessart est historien, spécialiste de la Russie, maître de conférences."),
        ("Un texte de Catherine Morasse", "Catherine Morasse (Consulter le profil)"),
        ("By Helen Carter", "Helen Carter is a correspondent based in Kyiv who has covered the war since 2014."),
        ("Anne-Marie Le Roux (avec AFP),", "Anne-Marie Le Roux est journaliste au service Monde depuis 2019."),
    ],
)
def test_author_bio_named_by_the_byline(make_doc: MakeDoc, byline: str, bio: str) -> None:
    lines = ["Le port d'Izmaïl visé par un missile", byline, BODY_A, BODY_B, BODY_C, bio]
    doc = clean_text(make_doc("\n".join(lines)))
    assert reasons_of(doc).get(byline) == "byline"
    assert bio in removed_texts(doc)
    assert BODY_C in doc.text


def test_the_author_in_the_news_is_not_a_bio(make_doc: MakeDoc) -> None:
    """Only a line that opens with the author's full name goes: a paragraph naming them in passing stays."""
    line = "Selon Julien Dessart, interrogé par la radio publique, les frappes ont visé deux dépôts de carburant."
    doc = clean_text(make_doc("\n".join(["Le port d'Izmaïl visé", "Par Julien Dessart", BODY_A, line, BODY_B])))
    assert line in doc.text


@pytest.mark.parametrize(
    "notice",
    [
        "Cet article a été traduit de l'ukrainien par notre rédaction.",
        "Cet article a été initialement publié en anglais",
        "This article was translated from Ukrainian by the editorial team.",
        "Avec les informations de l'Agence France-Presse et de Reuters",
        "With files from The Associated Press",
    ],
)
def test_translation_notices_and_wire_files_end_the_body(make_doc: MakeDoc, notice: str) -> None:
    source = ["Source", "Dzerkalo Tyjnia", "Kiev", "Fondé en 1994, cet hebdomadaire est l'un des plus anciens du pays."]
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, BODY_C, notice, *source])))
    assert doc.text.split("\n\n") == [BODY_A, BODY_B, BODY_C]


@pytest.mark.parametrize(
    "line",
    [
        "Feel free to adjust the headline to fit your site's style!",
        "N'hésitez pas à l'adapter au ton de votre blog.",
        "Get the morning briefing delivered to your inbox",
        "Vous avez repéré une faute ? Écrivez-nous.",
        "Cette contribution n'engage que son auteur.",
        "Le titre et les intertitres sont de la rédaction.",
        "Écouter",
        "Lecture de 3 min",
        "Agence France-Presse à Kiev",
        "Associated Press in Kyiv",
    ],
)
def test_more_lines_of_a_third_batch(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, line, BODY_C])))
    assert line in removed_texts(doc)


@pytest.mark.parametrize(
    "line",
    [
        "Vous aimez nos reportages ? Soutenez une rédaction indépendante",
        "Recevez chaque matin l'essentiel de votre département",
        "Votre avis compte : répondez à notre enquête lecteurs",
        "Never miss a story: get our briefing in your inbox every morning",
        "Support independent journalism from Ukraine with your monthly gift",
        "Votre journal vous attend chaque matin dès 6 heures en version numérique",
    ],
)
def test_a_short_line_speaking_to_the_reader_is_a_call_to_action(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, line, BODY_C])))
    assert reasons_of(doc).get(line) == "call to action"


@pytest.mark.parametrize(
    "line",
    [
        "« Vous n'avez rien à faire ici », a lancé un soldat aux journalistes.",
        "Quand avez-vous appris que votre unité partait pour Bakhmout ?",
        "Gardez votre téléphone chargé, a rappelé la mairie de Kharkiv.",
        "Residents should stay in shelters until the all-clear, officials said, and keep your documents close.",
    ],
)
def test_quotes_questions_and_reported_advice_stay(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, line, BODY_B, BODY_C])))
    assert line in doc.text


def test_a_page_that_speaks_to_its_reader_keeps_its_short_lines(make_doc: MakeDoc) -> None:
    """An op-ed or a guide written in the second person: its short lines are the author's voice too."""
    voice = (
        "Vous pensez sans doute que cette guerre se joue loin de chez vous, mais chaque hiver sans électricité à "
        "Kharkiv se paie aussi dans vos factures et dans votre sécurité."
    )
    short = "Vous voilà prévenus."
    doc = clean_text(make_doc("\n".join([BODY_A, voice, short, BODY_B])))
    assert short in doc.text and voice in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Link Copied!",
        "Our live coverage has ended. Follow the latest news or read through the posts below.",
        "C'est la fin de ce direct, merci de nous avoir suivis",
        "Please use Chrome browser for a more accessible video player",
        "Become our patron and keep our reporters in the field!",
        "Dans ce dossier",
        "Advertisement:",
        "Agence France-Presse",
        "Kherson. Photo: Oleksandr Kornyakov on Telegram",
        "SpeechKit",
    ],
)
def test_lines_of_a_fourth_batch(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, line, BODY_C])))
    assert line in removed_texts(doc)


def test_labelled_lines_of_a_structured_report_stay(make_doc: MakeDoc) -> None:
    """Some outlets lay out a report in labelled lines: ``Quote: "…"``, ``Details: …`` (not teasers of other
    stories, although they have the shape ``Kicker: headline``)."""
    lines = [
        "A drone struck a fuel depot in Sumy overnight, injuring two workers, the regional administration said.",
        'Quote: "The enemy attacked the city with Shahed drones. Two people were injured."',
        "Details: a warehouse and three trucks were damaged by the fire that followed the strike.",
    ]
    doc = clean_text(make_doc("\n".join(lines)))
    assert doc.text.split("\n\n") == lines


def test_an_interview_keeps_its_questions(make_doc: MakeDoc) -> None:
    lines = [
        "Le maire de Kherson était de passage à Bruxelles cette semaine pour demander des groupes électrogènes.",
        "Combien d'obus tombent sur votre ville chaque jour ?",
        "Plusieurs centaines, selon les jours. Les quartiers proches du fleuve sont les plus touchés par les tirs.",
        "Vous avez évacué les écoles. Où sont les enfants aujourd'hui ?",
        "Ils suivent les cours en ligne, depuis des abris ou chez des proches dans l'ouest du pays.",
    ]
    doc = clean_text(make_doc("\n".join(lines)))
    assert doc.text.split("\n\n") == lines


# --- glued pages: a scraper ran the lines of a page together -----------------------------------------------------

GLUED_SENTENCES = [
    "Une frappe de drones a visé dans la nuit un dépôt de carburant près de Belgorod, a annoncé le gouverneur.",
    "Le 3 mai, un autre dépôt de la région avait déjà été touché par une attaque similaire.",
    "Selon les autorités locales, l'incendie a été maîtrisé au matin et aucun blessé n'est à déplorer.",
    "Kiev n'a pas commenté ces informations, comme à son habitude après de telles frappes.",
    "Le ministère russe de la Défense affirme avoir abattu douze drones au-dessus de trois régions.",
    "Les frappes ukrainiennes contre les installations pétrolières russes se sont multipliées depuis janvier.",
    "Plusieurs raffineries ont dû réduire leur production, selon des sources du secteur citées par la presse russe.",
    "Moscou accuse Kiev de viser délibérément des infrastructures civiles, ce que l'Ukraine conteste.",
]


def test_a_glued_page_is_read_line_by_line(make_doc: MakeDoc) -> None:
    a, b, c, d, e, f, g, h = GLUED_SENTENCES
    furniture = ["Publié le 04/05/2024 à 08h12", "Publicité", "Lire plus tard", "Écouter cet article", "Abonnés"]
    t1, t2, t3, t4, t5 = furniture
    glued = f"{a} {t1} {b} {c} {t2} {d} {t3} {e} {f} {t4} {g} {h} {t5}"
    doc = clean_text(make_doc(glued))
    assert doc.text == " ".join(GLUED_SENTENCES)  # the kept pieces of the line make one paragraph again
    assert set(furniture) <= set(removed_texts(doc))


def test_a_long_paragraph_is_not_a_glued_page(make_doc: MakeDoc) -> None:
    """Only a line that holds most of a long page is cut into pieces: a long paragraph among others stays whole."""
    paragraph = " ".join(GLUED_SENTENCES)
    doc = clean_text(make_doc("\n".join([BODY_A, paragraph, BODY_B, BODY_C, BODY_A.replace("Izmaïl", "Reni")])))
    assert paragraph in doc.text.split("\n\n")


def test_furniture_inside_a_glued_run_of_text(make_doc: MakeDoc) -> None:
    """Headline, stub, byline and share labels run together before the first sentence of a glued page."""
    head = "Belgorod : un dépôt de carburant en feu après une attaque de drones"
    furniture = ["Publié le 04/05/2024 à 08h12", "Par Marie Durand", "Partager sur Facebook", "Écouter cet article"]
    glued = " ".join([head, *furniture, *GLUED_SENTENCES, "Sur le même sujet", "Les plus lus"])
    doc = clean_text(make_doc(glued))
    assert not [line for line in furniture if line in doc.text]
    assert all(sentence in doc.text for sentence in GLUED_SENTENCES)
    assert doc.text.startswith(head)


def test_a_name_inside_a_glued_sentence_is_not_cut(make_doc: MakeDoc) -> None:
    sentence = "Selon le gouverneur Viatcheslav Gladkov Lundi matin, trois personnes ont été blessées à Belgorod."
    glued = " ".join([GLUED_SENTENCES[0], sentence, *GLUED_SENTENCES[1:]])
    doc = clean_text(make_doc(glued))
    assert sentence in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Vous avez un scoop à nous transmettre?",
        "Une info, une photo ? Vous pouvez nous l'envoyer ?",
        "Got a story you want us to look into?",
        "Article suivant",
        "Reuse this content",
        "4 min.",
        "The views expressed in opinion pieces do not necessarily reflect the position of the editorial board.",
        "Les propos tenus ici ne reflètent pas nécessairement la ligne éditoriale du journal.",
        "By Anna Kovalenko (Odesa, special correspondent)",
    ],
)
def test_lines_of_a_fifth_batch(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, line, BODY_C])))
    assert line in removed_texts(doc)


def test_interview_questions_with_nous_stay_in_an_interview(make_doc: MakeDoc) -> None:
    """In an interview the questions put to the guest stay, even one that says "nous"."""
    lines = [
        "Le gouverneur de la région de Soumy était à Bruxelles mardi pour plaider la cause des villages frontaliers.",
        "Combien de villages avez-vous fait évacuer depuis le printemps ?",
        "Une quarantaine. Les bombardements y sont quotidiens, et les routes sont visées par des drones.",
        "Pouvez-vous nous dire ce qui manque le plus sur place ?",
        "Des générateurs et des ambulances blindées, avant tout, pour les équipes de secours du district.",
    ]
    doc = clean_text(make_doc("\n".join(lines)))
    assert doc.text.split("\n\n") == lines


def test_a_translation_of_an_original_article_ends_the_body(make_doc: MakeDoc) -> None:
    notice = "Translation of an original article published in French; the publisher is liable for the French version."
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, BODY_C, notice, "Reuse this content"])))
    assert doc.text.split("\n\n") == [BODY_A, BODY_B, BODY_C]


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("James Carter", "BBC Ukraine correspondent"),
        ("Hélène Marchand", "Envoyée spéciale à Kharkiv"),
        ("Olena Bondar", "Kyiv bureau chief"),
    ],
)
def test_a_name_and_a_role_above_the_body_are_the_byline(make_doc: MakeDoc, name: str, role: str) -> None:
    lines = ["Le port d'Izmaïl visé par un missile", name, role, BODY_A, BODY_B]
    doc = clean_text(make_doc("\n".join(lines)))
    assert reasons_of(doc).get(name) == "byline" and reasons_of(doc).get(role) == "byline"
    assert doc.text.split("\n\n") == [lines[0], BODY_A, BODY_B]


def test_a_role_in_the_body_is_news(make_doc: MakeDoc) -> None:
    line = "Le correspondant de la radio publique à Kherson a été blessé par un drone mardi matin."
    doc = clean_text(make_doc("\n".join([BODY_A, line, BODY_B])))
    assert line in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Suivre ce média",
        "Show key events only",
        "Please turn on JavaScript to use this feature",
        "Texte par : RFI",
    ],
)
def test_lines_of_a_sixth_batch(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, line, BODY_C])))
    assert line in removed_texts(doc)


def test_a_kicker_with_a_full_stop_between_paragraphs_is_a_teaser(make_doc: MakeDoc) -> None:
    teaser = "Guerre en Ukraine. Ce que l'on sait des nouvelles frappes sur le port de Reni"
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, teaser, BODY_C])))
    assert reasons_of(doc).get(teaser) == "teaser of another story"


# --- every page of our own, glued as scrapers glue pages: a held-out check ---------------------------------------


def glue_page(raw: str, how: str) -> str:
    """A page as a scraper that loses its line breaks brings it: all on ``one line``, in ``three lines`` (its
    lines run together in three blocks) or with its lines run together with ``no space`` between them."""
    lines = [line.strip() for line in raw.split("\n") if line.strip()]
    if how == "one line":
        return " ".join(lines)
    if how == "no space":
        return "".join(lines)
    size = -(-len(lines) // 3)
    return "\n".join(" ".join(lines[i : i + size]) for i in range(0, len(lines), size))


# share of the gold checks (must_remove absent, must_keep present) passed, and must_keep lines lost at most: the
# pages written before issue 17's third round, and its ninth batch apart (scored before its fixes 0.862 / 0.875 /
# 0.842, must_keep lines lost 1 / 2 / 2) and its tenth
GLUED_FLOORS = {
    None: {"one line": (0.955, 0), "three lines": (0.95, 0), "no space": (0.935, 0)},
    9: {"one line": (0.97, 0), "three lines": (0.98, 0), "no space": (0.95, 0)},
    10: {"one line": (0.94, 0), "three lines": (0.94, 0), "no space": (0.875, 0)},  # before its fixes 0.88/0.891/0.837
    11: {"one line": (0.99, 0), "three lines": (0.99, 0), "no space": (0.99, 0)},  # before 0.885/0.885/0.885
    12: {"one line": (0.98, 0), "three lines": (0.98, 0), "no space": (0.98, 0)},  # before 0.898/0.898/0.898
    13: {"one line": (0.955, 0), "three lines": (0.94, 0), "no space": (0.95, 0)},  # before 0.855/0.862/0.829
    14: {"one line": (0.95, 0), "three lines": (0.95, 0), "no space": (0.9, 0)},  # before 0.863/0.890/0.795
    15: {"one line": (0.78, 0), "three lines": (0.78, 0), "no space": (0.78, 0)},  # before 0.761/0.761/0.761
    16: {"one line": (0.97, 1), "three lines": (0.955, 1), "no space": (0.93, 0)},  # before 0.874/0.859/0.844
    17: {"one line": (0.93, 0), "three lines": (0.86, 0), "no space": (0.81, 0)},  # before 0.846/0.785/0.769
    18: {"one line": (0.98, 0), "three lines": (0.965, 2), "no space": (0.95, 0)},  # before 0.842/0.837/0.826
    19: {"one line": (0.965, 0), "three lines": (0.965, 0), "no space": (0.93, 0)},  # before 0.918/0.918/0.885
    20: {"one line": (0.98, 0), "three lines": (0.985, 0), "no space": (0.915, 0)},  # before 0.965/0.960/0.900
    21: {"one line": (0.985, 0), "three lines": (0.99, 0), "no space": (0.94, 0)},  # before 0.947/0.947/0.895
    22: {"one line": (0.945, 0), "three lines": (0.99, 0), "no space": (0.9, 1)},  # before 0.923/0.949/0.859
    23: {"one line": (0.935, 0), "three lines": (0.96, 0), "no space": (0.94, 0)},  # before 0.874/0.883/0.878
    24: {"one line": (0.91, 0), "three lines": (0.99, 0), "no space": (0.91, 0)},  # before 0.896/0.972/0.896
    25: {"one line": (0.9, 0), "three lines": (0.98, 0), "no space": (0.9, 0)},  # before 0.868/0.943/0.868
    # before 0.916/0.950/0.885 (no space: 7 lines lost of two hard-wrapped pages, whose words the gluing runs together)
    26: {"one line": (0.98, 0), "three lines": (0.98, 0), "no space": (0.94, 7)},
    27: {"one line": (0.985, 0), "three lines": (0.985, 0), "no space": (0.93, 2)},  # before 0.893/0.893/0.853
    28: {"one line": (0.99, 0), "three lines": (0.99, 0), "no space": (0.94, 3)},  # before 0.974/0.974/0.923
    29: {"one line": (0.89, 0), "three lines": (0.875, 0), "no space": (0.85, 0)},  # before 0.897/0.882/0.853
    # before 0.930/0.930/0.935 (no space: 4 lines lost of two hard-wrapped pages)
    30: {"one line": (0.955, 0), "three lines": (0.955, 0), "no space": (0.955, 4)},
    31: {"one line": (0.99, 0), "three lines": (0.99, 0), "no space": (0.99, 0)},  # before 0.914/0.921/0.914
    32: {"one line": (0.925, 0), "three lines": (0.92, 0), "no space": (0.93, 0)},  # before 0.860/0.873/0.864
    33: {"one line": (0.97, 0), "three lines": (0.97, 0), "no space": (0.935, 0)},  # held out 0.965/0.965/0.930
}


@pytest.mark.parametrize("how", ["one line", "three lines", "no space"])
@pytest.mark.parametrize("batch", [None, *range(9, 34)])
def test_pages_of_our_own_glued(how: str, batch: int | None) -> None:
    passed = checks = 0
    lost: list[str] = []
    for name, gold in sorted(PAGES_GOLD.items()):
        if gold.get("batch") != batch:
            continue
        [doc] = [d for d in read_inputs([page_path(name)]) if isinstance(d, Document)]
        doc.raw = glue_page(doc.raw, how)
        text = _fold(clean_text(doc).text)
        left = [line for line in gold["must_remove"] if _fold(line) in text]
        lost += [line for line in gold["must_keep"] if _fold(line) not in text]
        passed += len(gold["must_remove"]) - len(left) + len(gold["must_keep"])
        checks += len(gold["must_remove"]) + len(gold["must_keep"])
    floor, most_lost = GLUED_FLOORS[batch][how]
    assert (passed - len(lost)) / checks >= floor and len(lost) <= most_lost, ((passed - len(lost)) / checks, lost)


# --- glued pages, second round: sentence openers, no-space joints, runs of a few lines, the head ------------------

KHARKIV = [
    "Trois personnes ont été blessées dans la nuit par une frappe de drone sur un immeuble de Kharkiv, selon le maire.",
    "Les secours ont évacué une quarantaine d'habitants et l'incendie a été maîtrisé au petit matin.",
    "Le parquet régional a ouvert une enquête pour crime de guerre, a-t-il ajouté sur Telegram.",
    "Moscou n'a pas commenté ces informations, comme à son habitude après de telles frappes.",
]


@pytest.mark.parametrize(
    "head",
    [
        "Kharkiv : un immeuble touché par un drone, trois blessés",  # Le Figaro style
        "Ukraine : un drone frappe un immeuble de Kharkiv",  # 20 Minutes style
        "Un drone russe touche un immeuble d'habitation à Kharkiv",  # La Croix style
    ],
)
def test_a_headline_glued_to_the_first_sentence_and_a_teaser_between_paragraphs(make_doc: MakeDoc, head: str) -> None:
    teaser = "LIRE AUSSI - Guerre en Ukraine : ce que l'on sait des nouveaux drones russes"
    stub = "Publié le 12/03/2024 à 07h45"
    glued = " ".join([head, stub, KHARKIV[0], KHARKIV[1], teaser, *KHARKIV[2:], "Partager"])
    doc = clean_text(make_doc(glued))
    assert teaser in removed_texts(doc) and stub in removed_texts(doc)
    assert all(sentence in doc.text for sentence in KHARKIV)


def test_lines_run_together_with_no_space(make_doc: MakeDoc) -> None:
    """A scraper that joins the text of each block with no separator: ``…Telegram.Publicité14h05Les secours…``."""
    lines = [
        "Accueil",
        "Monde",
        KHARKIV[0],
        "Publicité",
        KHARKIV[1],
        "Partager sur Facebook",
        *KHARKIV[2:],
        "Lire plus tard",
    ]
    doc = clean_text(make_doc("".join(lines)))
    assert all(sentence in doc.text for sentence in KHARKIV)
    assert not {"Publicité", "Partager sur Facebook", "Lire plus tard"} & set(doc.text.split(" "))
    assert "Publicité" not in doc.text and "Lire plus tard" not in doc.text


def test_a_page_glued_into_a_few_long_lines(make_doc: MakeDoc) -> None:
    """Blocks of a page each run into one line: furniture is cut out of a run shorter than the page."""
    header = "International Frappe de drone sur Kharkiv Par Anna Koval Publié le 12/03/2024 à 07h45 Partager"
    body = " ".join([KHARKIV[0], "Écouter cet article", *KHARKIV[1:3]])
    tail = " ".join([KHARKIV[3], "Les plus lus", "Tempête sur la Bretagne", "Le prix du gazole recule"])
    doc = clean_text(make_doc("\n".join([header, body, tail])))
    assert all(sentence in doc.text for sentence in KHARKIV)
    gone = ["Par Anna Koval", "Publié le 12/03/2024 à 07h45", "Écouter cet article", "Les plus lus", "Tempête sur"]
    assert not [text for text in gone if text in doc.text]


@pytest.mark.parametrize(
    "sentence",
    [
        "Marine Le Pen a réclamé mardi un débat au Parlement sur l'aide militaire, a rapporté Le Monde.",
        "The strike hit a grain terminal in the port of Izmail overnight, officials told The Guardian on Monday.",
        "Around 8 April 2022 (as reported), Russian forces shelled the outskirts of Kharkiv, Kharkiv.",
        "On 3 March 2022 Russian forces shelled the village of Bilopillia. Two civilians were wounded.",
        "M. Kouleba a salué l'entrée des troupes ukrainiennes dans la ville, selon le ministère.",
    ],
)
def test_names_dates_and_abbreviations_in_a_glued_page_stay(make_doc: MakeDoc, sentence: str) -> None:
    glued = " ".join([KHARKIV[0], sentence, *KHARKIV[1:], "Publicité"])
    doc = clean_text(make_doc(glued))
    assert sentence in doc.text and "Publicité" in removed_texts(doc)


def test_an_acled_style_note_is_left_whole(make_doc: MakeDoc) -> None:
    note = (
        "Around 14 April 2022 (week of), Ukrainian forces shot down a Russian drone in the Zaporizhia region. "
        "After the drone was shot down, Russian soldiers came to recover it and 2 of them were wounded. "
        "(coded to Zaporizhia as the exact location is unknown)"
    )
    doc = clean_text(make_doc(note))
    assert doc.text == note and not doc.removed


def test_the_crumb_glued_before_the_headline_of_a_glued_page(make_doc: MakeDoc) -> None:
    glued = " ".join(["Débats Editos", "Kharkiv ne doit pas rester seule", "Partager", *KHARKIV])
    doc = clean_text(make_doc(glued))
    assert "Débats Editos" in removed_texts(doc)
    named = " ".join(["Volodymyr Zelensky appelle à renforcer la défense de Kharkiv", "Partager", *KHARKIV])
    named += " Volodymyr Zelensky"
    named += " a demandé des systèmes Patriot, a indiqué la présidence."
    assert clean_text(make_doc(named)).text.startswith("Volodymyr Zelensky appelle")


def test_a_reading_time_inside_a_glued_run(make_doc: MakeDoc) -> None:
    glued = " ".join(["Drone strike hits Kharkiv apartment block", "By Anna Koval", "3 min read", *KHARKIV])
    doc = clean_text(make_doc(glued))
    assert "3 min read" in removed_texts(doc) and doc.text.endswith(KHARKIV[-1])


def test_an_elided_opener_and_a_starred_teaser_in_a_glued_page(make_doc: MakeDoc) -> None:
    teaser = "*VIDÉO : « Les images de l'immeuble touché à Kharkiv »"
    opening = "L'armée de l'air ukrainienne a indiqué avoir abattu onze des quatorze drones lancés dans la nuit."
    glued = " ".join(["Kharkiv visée par des drones Publié le 12/03/2024 à 07h45", opening, KHARKIV[0], teaser])
    doc = clean_text(make_doc(" ".join([glued, *KHARKIV[1:], "Partager"])))
    assert teaser in removed_texts(doc)
    assert opening in doc.text and all(sentence in doc.text for sentence in KHARKIV)


@pytest.mark.parametrize("byline", ["Sophie Vercors, Kharkiv", "Mark Ellison, Odesa", "Anne-Laure Petit, Zaporijjia"])
def test_a_name_and_a_city_under_the_standfirst_are_the_byline(make_doc: MakeDoc, byline: str) -> None:
    headline = "Kharkiv : sous les bombes, les écoles descendent sous terre"
    standfirst = "Pour protéger les enfants des frappes, la ville a aménagé des classes dans le métro. Reportage."
    doc = clean_text(make_doc("\n".join([headline, standfirst, byline, *KHARKIV])))
    assert reasons_of(doc)[byline] == "byline"
    assert standfirst in doc.text and all(sentence in doc.text for sentence in KHARKIV)


def test_a_name_and_a_city_inside_the_body_stay(make_doc: MakeDoc) -> None:
    line = "Olena Hrytsenko, Kharkiv"  # a caption-like line between paragraphs is left to the other rules
    doc = clean_text(make_doc("\n".join(["Kharkiv : les écoles sous terre", *KHARKIV[:3], line, KHARKIV[3]])))
    assert reasons_of(doc).get(line) != "byline"


@pytest.mark.parametrize(("first", "second"), [("Time to", "4 min."), ("Temps de lecture", ": 3 min")])
def test_a_reading_time_cut_over_two_lines(make_doc: MakeDoc, first: str, second: str) -> None:
    doc = clean_text(make_doc("\n".join(["Drones hit Kharkiv overnight", first, second, *KHARKIV])))
    assert {first, second} <= set(removed_texts(doc))
    assert all(sentence in doc.text for sentence in KHARKIV)


def test_a_short_subheading_before_a_short_line_stays(make_doc: MakeDoc) -> None:
    lines = [KHARKIV[0], KHARKIV[1], "Des écoles fermées", "Publicité", *KHARKIV[2:]]
    doc = clean_text(make_doc("\n".join(lines)))
    assert "Des écoles fermées" in doc.text and "Publicité" in removed_texts(doc)


@pytest.mark.parametrize("label", ["Note from the author:", "A message from our editor", "Le mot de la rédaction"])
def test_an_authors_note_ends_the_body(make_doc: MakeDoc, label: str) -> None:
    note = "Hi, I'm Anna. I cover the war for a newsroom funded by its readers. Every gift keeps us going."
    doc = clean_text(make_doc("\n".join([*KHARKIV, label, note, "Support us"])))
    assert {label, note} <= set(removed_texts(doc)) and all(sentence in doc.text for sentence in KHARKIV)


@pytest.mark.parametrize(
    "line",
    [
        "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "Par la rédaction avec AFP",
        "By Staff",
    ],
)
def test_blog_comment_forms_and_newsroom_bylines(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join(["Kharkiv : un immeuble touché par un drone", line, *KHARKIV])))
    assert line in removed_texts(doc) and all(sentence in doc.text for sentence in KHARKIV)


def test_a_sentence_opening_par_la_redaction_is_news(make_doc: MakeDoc) -> None:
    line = "Par la rédaction de ce décret, le gouvernement entend encadrer les évacuations de la région."
    doc = clean_text(make_doc("\n".join([KHARKIV[0], line, *KHARKIV[1:]])))
    assert line in doc.text


def test_labels_above_the_headline_of_a_glued_page_that_the_page_never_uses_again(make_doc: MakeDoc) -> None:
    head = "Analyse stratégique Dépêches Frappe de drones sur un immeuble de Kharkiv Aujourd'hui, 09:40 Partager"
    doc = clean_text(make_doc(" ".join([head, *KHARKIV])))
    assert "Analyse stratégique Dépêches" in removed_texts(doc)
    assert doc.text.startswith("Frappe de drones sur un immeuble de Kharkiv")
    assert all(sentence in doc.text for sentence in KHARKIV)


def test_every_long_line_of_a_glued_page_is_read_as_a_run(make_doc: MakeDoc) -> None:
    """The last block of a page glued into a few lines: the article's last sentences, then the headlines of the
    original outlet in its own language (a translated page), with no furniture the rules know in between."""
    header = (
        "Monde Frappe de drone sur un immeuble d'habitation de Kharkiv, trois blessés Par Anna Koval "
        "Publié le 12/03/2024 à 07h45 Mis à jour le 12/03/2024 à 09h10 Partager Écouter cet article"
    )
    tail = "Meer nieuws over de oorlog in Oekraïne Oekraïne krijgt nieuwe luchtverdediging van de bondgenoten"
    doc = clean_text(make_doc("\n".join([header, " ".join(KHARKIV[:2]), " ".join([*KHARKIV[2:], tail])])))
    assert tail not in doc.text and all(sentence in doc.text for sentence in KHARKIV)


def test_a_label_in_capitals_run_into_a_time_on_a_no_space_page(make_doc: MakeDoc) -> None:
    entries = ["22h45 : Trois drones abattus au-dessus de Kharkiv, selon l'armée de l'air ukrainienne.", *KHARKIV]
    doc = clean_text(
        make_doc("".join(["DIRECT. Guerre en Ukraine", entries[1], "À LIRE AUSSI", *entries[0:1], *entries[2:]]))
    )
    assert "À LIRE AUSSI" in removed_texts(doc) and entries[0] in doc.text


# --- issue 17, third round: the ninth batch's rules, on sentences of our own --------------------------------------

ROUND3_BODY = [
    "Trois personnes ont été blessées jeudi soir par la chute de débris de drones sur un quartier de Poltava.",
    "Le gouverneur a précisé qu'un immeuble de quatre étages et deux voitures avaient été endommagés.",
    "Les secours ont évacué une trentaine d'habitants pendant la nuit, selon les services d'urgence.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Suivez notre direct",
        "Consultez notre dossier sur la guerre en Ukraine",
        "Retrouvez toutes nos vidéos",
        "Inscrivez-vous gratuitement",
        "Téléchargez l'application",
        "ats/vic",
        "(afp/jfi)",
        "En tant qu'IA, je ne dispose pas d'informations postérieures à ma date de formation.",
        "As an AI, I cannot browse the internet.",
        "En cas de reprise, le lien hypertexte vers la source est obligatoire.",
        "An active hyperlink to the agency is required when quoting.",
        "Dans cet article :",
        "In this story:",
        "Cet article vous a-t-il été utile ?",
        "Cet article est paru dans l'édition du lundi 3 juin",
        "Écouter plus tard",
    ],
)
def test_round3_furniture_between_paragraphs(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([ROUND3_BODY[0], line, *ROUND3_BODY[1:]])))
    assert line not in doc.text and all(sentence in doc.text for sentence in ROUND3_BODY)


@pytest.mark.parametrize(
    "line",
    [
        "Sánchez a promis jeudi à Kiev une nouvelle aide militaire, lors d'une visite surprise.",  # a name in -ez
        "Chez les secouristes, la fatigue se fait sentir après une semaine de frappes nocturnes sur la ville.",
        "Les soldats y ont des mains déformées : la séquence a été fabriquée de toutes pièces, selon les experts.",
    ],
)
def test_round3_news_lines_stay(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([ROUND3_BODY[0], line, *ROUND3_BODY[1:]])))
    assert line in doc.text


def test_a_writing_prompt_ending_on_a_colon_goes_without_the_article(make_doc: MakeDoc) -> None:
    """'Voici un article …, rédigé dans un style neutre : La ville …': the tool's preface goes, not the sentence after
    the colon, on a page glued into one line."""
    glued = " ".join(
        ["Voici un article de presse sur les frappes à Poltava, rédigé dans un style neutre :", *ROUND3_BODY, LAST]
    )
    doc = clean_text(make_doc(glued))
    assert "Voici un article" not in doc.text and all(sentence in doc.text for sentence in [*ROUND3_BODY, LAST])


LAST = "La défense antiaérienne a abattu la plupart des engins au-dessus de la région, selon l'armée de l'air."


def test_stories_of_the_same_section_after_the_body(make_doc: MakeDoc) -> None:
    teaser = "Kherson : la distribution d'eau rétablie dans trois quartiers"
    doc = clean_text(make_doc("\n".join([*ROUND3_BODY, "Nouvelles de la même rubrique", teaser])))
    assert teaser not in doc.text and "Nouvelles de la même" not in doc.text and ROUND3_BODY[-1] in doc.text


def test_a_coders_note_ending_with_a_bracketed_note_is_one_paragraph() -> None:
    """A report of one paragraph that ends with a bracketed note after its full stop is no glued page: the
    word-by-word search is not made (the cheap pre-filter), and nothing is cut."""
    from kronika.stages.clean_glued import _ends_sentence, _glued_pieces

    note = " ".join([*ROUND3_BODY, "Selon la police locale, aucun mort n'a été signalé. [size=no report]"])
    assert _glued_pieces(note, 1.0, 150) == []
    assert _ends_sentence(note) and not _ends_sentence(note.replace(". [size", " Partager [size"))


# --- issue 17, third round: glued pages — the masthead after the headline, calls to action, stubs, joints --------

HEAD_BODY = [
    "L'armée ukrainienne a affirmé mardi avoir repoussé une attaque russe près de Vovtchansk, au nord de Kharkiv.",
    "Les combats se poursuivent dans les faubourgs de la ville, a précisé l'état-major dans son bilan du soir.",
    "Quatre civils ont été blessés par des tirs d'artillerie, selon l'administration militaire régionale.",
]


@pytest.mark.parametrize("masthead", ["Sud Info", "Le Courrier Lorrain", "Info Matin"])
def test_the_outlets_name_glued_after_the_headline(make_doc: MakeDoc, masthead: str) -> None:
    headline = "Offensive russe au nord de Kharkiv : les troupes ukrainiennes tiennent leurs positions"
    doc = clean_text(make_doc(" ".join([headline, masthead, *HEAD_BODY])))
    assert masthead not in doc.text and all(sentence in doc.text for sentence in HEAD_BODY)


@pytest.mark.parametrize(
    "headline",
    [
        "Kharkiv : une nouvelle attaque de drones repoussée, selon l'état-major",  # a clause left open
        "Vovtchansk : l'armée ukrainienne repousse une attaque russe au nord de Kharkiv",  # words the page reuses
    ],
)
def test_a_headline_ending_on_a_name_keeps_it(make_doc: MakeDoc, headline: str) -> None:
    doc = clean_text(make_doc(" ".join([headline, *HEAD_BODY])))
    assert all(sentence in doc.text for sentence in HEAD_BODY)
    assert headline.split()[-1] in doc.text


def test_a_call_to_action_glued_to_a_headline(make_doc: MakeDoc) -> None:
    """'… selon l'état-major Suivez notre direct L'armée …': an imperative of the second person starts a line."""
    glued = " ".join(["Offensive russe au nord de Kharkiv, selon l'état-major", "Suivez notre direct", *HEAD_BODY])
    doc = clean_text(make_doc(glued))
    assert "Suivez notre direct" not in doc.text and all(sentence in doc.text for sentence in HEAD_BODY)


def test_a_stub_cut_before_its_year_goes_whole(make_doc: MakeDoc) -> None:
    glued = " ".join(["Kharkiv sous le feu", "Publié le 14 mai 2024 à 09:12", "Par Léa Morel", *HEAD_BODY, "Partager"])
    doc = clean_text(make_doc(glued))
    assert "2024" not in doc.text and "09:12" not in doc.text and "Léa Morel" not in doc.text
    assert all(sentence in doc.text for sentence in HEAD_BODY)


def test_footer_and_comment_labels_after_a_glued_body(make_doc: MakeDoc) -> None:
    tail = ["Voir les commentaires", "Conditions d'utilisation et politique de confidentialité", "Privacy Dashboard"]
    doc = clean_text(
        make_doc(" ".join([*HEAD_BODY, "Histoires connexes", "Les marchés européens ouvrent en hausse", *tail]))
    )
    assert all(sentence in doc.text for sentence in HEAD_BODY)
    assert not any(label in doc.text for label in [*tail, "Histoires connexes", "marchés européens"])


def test_a_starred_label_run_into_a_sentence_with_no_space(make_doc: MakeDoc) -> None:
    """A page whose lines a scraper joined with no space: '… du soir.*Vidéo archivée : « … »' is a joint too."""
    lines = [
        "Offensive russe au nord de Kharkiv",
        "Publié le 14 mai 2024 à 09h12",
        *HEAD_BODY[:2],
        "*Vidéo archivée : « Des drones frappent un dépôt près de Soumy »",
        HEAD_BODY[2],
        "Partager",
    ]
    doc = clean_text(make_doc("".join(lines)))
    assert "Vidéo archivée" not in doc.text and all(sentence in doc.text for sentence in HEAD_BODY)


def test_an_agency_named_at_the_end_of_a_glued_sentence_stays(make_doc: MakeDoc) -> None:
    """'…, rapporte Ukrinform.' ends the sentence that began before it: no credit to cut out of a glued page."""
    sentence = "Deux drones ont été abattus au-dessus de Soumy dans la nuit, rapporte Ukrinform."
    head = ["Soumy visée par des drones", "Publié le 14 mai 2024 à 09h12"]
    glued = " ".join([*head, HEAD_BODY[0], sentence, *HEAD_BODY[1:]])
    doc = clean_text(make_doc(glued + " Partager"))
    assert sentence in doc.text and all(s in doc.text for s in HEAD_BODY)


def test_a_tool_leftover_after_the_last_sentence_goes_alone(make_doc: MakeDoc) -> None:
    last = "La ville est régulièrement visée par des frappes depuis le début de l'invasion."
    leftover = "N'hésitez pas à me dire si vous souhaitez une version plus courte."
    doc = clean_text(make_doc("\n".join([*HEAD_BODY, f"{last} {leftover}"])))
    assert last in doc.text and leftover not in doc.text


# --- issue 17, third round: the tenth batch's rules, on sentences of our own --------------------------------------

WIRE_BODY = [
    "Russian drones struck a grain terminal in the Odesa region overnight, injuring two workers, the governor said.",
    "Air defenses shot down 18 of 24 drones launched at southern Ukraine, the air force said on Tuesday.",
    "Russia did not immediately comment on the strike.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Par Léa Martin | Ouest Matin",
        "By Tom Hale | Reuters",
        "Est. 4min",
        "Vous avez lu 2 articles ce mois-ci",
        "You've read 3 of 5 free articles",
        "Profitez d'un accès illimité à tous nos contenus",
        "Cet article a été rédigé avec l'aide d'une intelligence artificielle et relu par la rédaction.",
        "This story was generated with the help of AI and reviewed by an editor.",
    ],
)
def test_round3_more_furniture(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([ROUND3_BODY[0], line, *ROUND3_BODY[1:]])))
    assert line not in doc.text and all(sentence in doc.text for sentence in ROUND3_BODY)


def test_a_wire_signature_and_a_rule_in_a_glued_story(make_doc: MakeDoc) -> None:
    glued = " ".join([*ROUND3_BODY, "ats/afp", "Partager", "Envoyer par e-mail"])
    doc = clean_text(make_doc(glued))
    assert "ats/afp" not in doc.text and all(sentence in doc.text for sentence in ROUND3_BODY)
    glued = " ".join(["Drones hit Odesa grain terminal", "By Tom Hale", "Updated 2:15 PM GMT+2, June 4, 2024", "Share"])
    doc = clean_text(make_doc(" ".join([glued, *WIRE_BODY, "___", "Follow our coverage of the war", "Most read"])))
    assert all(sentence in doc.text for sentence in WIRE_BODY)
    assert "2:15" not in doc.text and "June 4" not in doc.text and "___" not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Cet article est réservé à nos abonnés",
        "Envoyer par courriel",
        "Email this article",
        "A+ A-",
        "Retour au direct",
        "Back to the live blog",
    ],
)
def test_round3_ui_lines_between_paragraphs(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([ROUND3_BODY[0], line, *ROUND3_BODY[1:]])))
    assert line not in doc.text and all(sentence in doc.text for sentence in ROUND3_BODY)


def test_a_related_block_between_paragraphs_does_not_end_the_body(make_doc: MakeDoc) -> None:
    """'Related coverage' and a headline, then the article goes on: a block of teasers, not the end of the page."""
    lines = [*WIRE_BODY[:2], "Related coverage", "Kherson, a city under fire", *WIRE_BODY[2:]]
    doc = clean_text(make_doc("\n".join(lines)))
    assert all(sentence in doc.text for sentence in WIRE_BODY)
    assert "Related coverage" not in doc.text and "a city under fire" not in doc.text


def test_a_meridiem_and_a_label_run_together_on_a_no_space_page(make_doc: MakeDoc) -> None:
    lines = [
        "Drones hit Odesa grain terminal",
        "By Tom Hale",
        "June 4, 2024 6:12 PM",
        "2 min read",
        *WIRE_BODY,
        "Note from the author:",
        "Hi, this is Tom. Consider supporting our work.",
        "Become a member",
    ]
    doc = clean_text(make_doc("".join(lines)))
    assert all(sentence in doc.text for sentence in WIRE_BODY)
    assert "min read" not in doc.text and "Note from the author" not in doc.text and "Hi, this is" not in doc.text


# --- glued pages, fourth round: capitals run together, separators in a header line, labels of the trade ----------

ROUND4_BODY = [
    "Une frappe de missile a endommagé un entrepôt de céréales dans le port d'Izmaïl dans la nuit de jeudi à vendredi.",
    "Deux employés ont été blessés, selon l'administration régionale d'Odessa.",
    "Le trafic des navires a repris dans la matinée, a précisé la capitainerie.",
]


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("Le JournalEN DIRECTGuerre en Ukraine", ["Le Journal", "EN DIRECT", "Guerre en Ukraine"]),
        ("ABONNEZ-VOUSPOUR LIRE LA SUITEDéjà abonné ?", ["ABONNEZ-VOUS", "POUR LIRE LA SUITE", "Déjà abonné ?"]),
        ("INFO24Région Odessa : un port visé", ["INFO24Région Odessa : un port visé"]),  # no run of three capitals
        ("VIDÉOUne tornade frappe la côte", ["VIDÉO", "Une tornade frappe la côte"]),
        ("Le monde selon UKRINFORMKyiv", ["Le monde selon UKRINFORM", "Kyiv"]),
        ("Le JournalEN DIRECT Guerre en Ukraine", ["Le Journal", "EN DIRECT", "Guerre en Ukraine"]),  # space put back
        ("actuFLASH INFO Kiev dément", ["actu", "FLASH INFO", "Kiev dément"]),
    ],
)
def test_capitals_run_together_are_cut_where_the_case_changes(line: str, pieces: list[str]) -> None:
    from kronika.stages.clean_capitals import capital_pieces

    assert (capital_pieces(line) or [line]) == pieces


@pytest.mark.parametrize(
    "line",
    [
        "Le rapport cite ChatGPT comme source de la fausse vidéo.",  # a product's name
        "Au XIXème siècle, la ville comptait déjà un port.",  # a Roman numeral
        "La SNCF et la RATP ont annoncé des renforts.",
        "SURTOUT PAS DE PANIQUE, a lancé le maire.",  # a word in capitals two small words make, with no joint
        "Les données de l'OTAN montrent une hausse des tirs.",
    ],
)
def test_capitals_in_ordinary_sentences_are_left_alone(line: str) -> None:
    from kronika.stages.clean_capitals import capital_pieces

    assert capital_pieces(line) == []


def test_a_subscription_label_in_capitals_glued_inside_a_paragraph(make_doc: MakeDoc) -> None:
    para = f"{ROUND4_BODY[0]} {ROUND4_BODY[1]} ABONNEZ-VOUSPOUR LIRE LA SUITEDéjà abonné ? Se connecter"
    doc = clean_text(make_doc("\n".join(["Izmaïl : un entrepôt de céréales touché", para, ROUND4_BODY[2]])))
    assert all(sentence in doc.text for sentence in ROUND4_BODY)
    assert "ABONNEZ" not in doc.text and "LIRE LA SUITE" not in doc.text and "Déjà abonné" not in doc.text


@pytest.mark.parametrize(
    "header",
    [
        "Le Courrier de l'Ouest avec AFP - 9 mai 2025 à 08:10 - Temps de lecture : 2 min",
        "La Rédaction avec AFP | 9 mai 2025 à 08:10 | Lecture 2 min",
        "Par Anne Roux · 09/05/2025 à 08h10 · 2 min de lecture",
    ],
)
def test_items_of_a_glued_header_line_between_separators(make_doc: MakeDoc, header: str) -> None:
    glued = " ".join(["Izmaïl : un entrepôt de céréales touché par un missile", header, *ROUND4_BODY, "Partager"])
    doc = clean_text(make_doc(glued))
    assert all(sentence in doc.text for sentence in ROUND4_BODY)
    assert "08" not in doc.text and " min" not in doc.text and "AFP" not in doc.text and "Roux" not in doc.text


def test_a_dash_inside_a_sentence_is_no_header_separator(make_doc: MakeDoc) -> None:
    sentence = "Le port - le deuxième du pays - a rouvert Lundi 12 mai à 8 heures, selon la capitainerie."
    glued = " ".join([ROUND4_BODY[0], sentence, *ROUND4_BODY[1:]])
    doc = clean_text(make_doc(glued))
    assert sentence in doc.text and all(line in doc.text for line in ROUND4_BODY)


@pytest.mark.parametrize(
    "line",
    [
        "Live animé par Claire Dubois",
        "Ce direct est suivi par Marc Lenoir et Julie Aubert",
        "Live coverage by Anna Petrenko",
        "If you notice an error, select it with the mouse and press Ctrl+Enter",
        "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
        "Share Facebook Telegram Copy link",
        "Partager Facebook X WhatsApp",
        "Read time: 3 min",
        "You may also be interested in the news:",
        "VOIR AUSSI Le journal de 13H du 9 mai",
        "À LIRE ÉGALEMENT Un festival de musique annulé à Nantes",
        "READ MORE Drone debris falls on a school in Dnipro",
    ],
)
def test_labels_of_a_fourth_batch(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([ROUND4_BODY[0], line, *ROUND4_BODY[1:]])))
    assert line not in doc.text and all(sentence in doc.text for sentence in ROUND4_BODY)


@pytest.mark.parametrize(
    "line",
    [
        "Voir aussi les images de la capitainerie, qui montrent un quai détruit.",  # a sentence, not a label
        "Le directeur du port a été suivi par une équipe de la télévision régionale.",
    ],
)
def test_sentences_near_the_labels_of_a_fourth_batch_stay(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([ROUND4_BODY[0], line, *ROUND4_BODY[1:]])))
    assert line in doc.text


@pytest.mark.parametrize(
    ("label", "teaser"),
    [
        ("À LIRE AUSSI", "Nantes : la rocade fermée trois nuits pour travaux"),  # regional daily
        ("Lire aussi", "Les agriculteurs bretons manifestent devant la préfecture"),
        ("Read more:", "Storm Bert floods villages across northern Wales"),  # English wire
        ("You may also be interested in the news:", "Parliament adopts the budget for next year at first reading"),
    ],
)
def test_a_headline_glued_to_the_sentence_after_a_read_also_label(make_doc: MakeDoc, label: str, teaser: str) -> None:
    after = "Moscou n'a pas commenté ces frappes." if teaser[0] in "NL" else "Moscow did not comment on the strike."
    glued = " ".join([*ROUND4_BODY, label, teaser, after, "Partager"])
    doc = clean_text(make_doc(glued))
    assert all(sentence in doc.text for sentence in [*ROUND4_BODY, after])
    assert teaser not in doc.text and label not in doc.text


@pytest.mark.parametrize(
    ("teaser", "after"),
    [
        ("Guerre en Ukraine : un pont détruit près de Koupiansk", "L'armée russe n'a pas commenté ces frappes."),
        ("Inondations : un entrepôt évacué à Laval", "Le port d'Izmaïl reste ouvert aux céréaliers."),
        ("Storm Bert: villages flooded across Wales", "The port of Izmail remains open to grain ships."),
    ],
)
def test_a_teaser_with_a_kicker_glued_to_an_opener(make_doc: MakeDoc, teaser: str, after: str) -> None:
    label = "À lire également :" if "'" in after or "Le " in after else "Related:"
    glued = " ".join([*ROUND4_BODY, label, teaser, after, "Partager"])
    doc = clean_text(make_doc(glued))
    assert all(sentence in doc.text for sentence in [*ROUND4_BODY, after]) and teaser not in doc.text


def test_a_sentence_about_a_place_of_the_article_after_a_teaser_stays(make_doc: MakeDoc) -> None:
    teaser = "Zelensky meets the Prime Minister of Norway in Oslo"
    after = "Izmaïl lies on the Danube, across the river from Romania."
    glued = " ".join([*ROUND4_BODY, "Read also:", teaser, after, "Share"])
    doc = clean_text(make_doc(glued))
    assert after in doc.text and teaser not in doc.text


@pytest.mark.parametrize(
    ("menu", "headline"),
    [
        (  # a regional daily: its towns, then its sections
            "La Gazette Angers Cholet Saumur Segré Faits divers Sport Économie Loisirs Monde",
            "Guerre en Ukraine : un entrepôt de céréales touché à Izmaïl",
        ),
        ("Home News Ukraine World Business Sport Culture Opinion Podcasts", "Grain warehouse hit in Izmail overnight"),
        ("Le Quotidien Genève Vaud Valais Fribourg Suisse Monde Sports Culture", "Ukraine: un port du Danube visé"),
    ],
)
def test_a_long_menu_glued_before_the_headline(make_doc: MakeDoc, menu: str, headline: str) -> None:
    glued = " ".join([menu, headline, *ROUND4_BODY, "Partager"])
    doc = clean_text(make_doc(glued))
    assert all(sentence in doc.text for sentence in ROUND4_BODY)
    assert not any(item in doc.text.split() for item in menu.split()[2:] if item not in headline)
    assert any(removal.reason == "navigation" for removal in doc.removed)


@pytest.mark.parametrize(
    "words",
    [
        "Russian Drone Hits Grain Warehouse In Izmail Overnight, Governor Says",  # a headline in title case
        "Volodymyr Zelensky Et Emmanuel Macron se sont entretenus",  # names, then the sentence
        "Angers Cholet Saumur",  # a short crumb: left to the stray-words rule
    ],
)
def test_title_case_and_names_are_no_menu(words: str) -> None:
    from kronika.stages.clean_head import menu_end

    assert menu_end(words.split(" ")) == 0


@pytest.mark.parametrize(
    "line",
    [
        "La rédaction vous recommande",
        "Le Courrier vous conseille :",
        "Votre avis nous intéresse",
        "Qu'en pensez-vous ?",
        "Subscribe to Kyiv Daily on Google News",
        "Suivez Le Journal sur Google Actualités",
    ],
)
def test_labels_of_a_twelfth_batch(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([ROUND4_BODY[0], line, *ROUND4_BODY[1:]])))
    assert line not in doc.text and all(sentence in doc.text for sentence in ROUND4_BODY)


def test_a_teaser_glued_to_a_sentence_opening_on_a_place_and_its_apposition(make_doc: MakeDoc) -> None:
    teaser = "Air defence downs 40 drones over the south overnight"
    after = "Izmaïl, a river port on the Danube, handles a third of the grain exports."
    glued = " ".join([*ROUND4_BODY, "Read also:", teaser, after, "Share"])
    doc = clean_text(make_doc(glued))
    assert after in doc.text and teaser not in doc.text


@pytest.mark.parametrize(
    ("byline", "stub"),
    [
        ("Pierre Lambert Journaliste au service International", "Publié le 21-10-2024 à 07h12"),
        ("Olena Marchuk Correspondante à Kyiv", "Mis à jour le 3 juin 2024 à 18h02 Temps de lecture : 3 min"),
    ],
)
def test_a_name_and_a_role_glued_after_the_headline(make_doc: MakeDoc, byline: str, stub: str) -> None:
    headline = "Un entrepôt de céréales touché par un missile à Izmaïl"
    glued = " ".join(["Le Quotidien Monde Europe", headline, byline, stub, *ROUND4_BODY])
    doc = clean_text(make_doc(glued))
    assert byline in removed_texts(doc) and headline in doc.text
    assert all(sentence in doc.text for sentence in ROUND4_BODY)


def test_a_role_named_in_the_headline_stays(make_doc: MakeDoc) -> None:
    headline = "Mort du photographe Oleksandr Petrenko, reporter de guerre depuis 2014"
    glued = " ".join(["Le Quotidien Monde Europe", headline, "Publié le 21-10-2024 à 07h12", *ROUND4_BODY])
    doc = clean_text(make_doc(glued))
    assert "reporter de guerre depuis 2014" in doc.text and all(sentence in doc.text for sentence in ROUND4_BODY)


@pytest.mark.parametrize(
    ("head", "masthead"),
    [
        ("Grain warehouse hit in Izmail port", "Danube Herald"),  # a regional desk's name
        ("Un entrepôt de céréales touché à Izmaïl", "Radio Bessarabie"),
        ("Drone strike damages grain terminal", "Odesa Live"),
    ],
)
def test_a_masthead_before_a_first_sentence_opening_on_a_name(make_doc: MakeDoc, head: str, masthead: str) -> None:
    first = "Oleh Kiper, head of the regional military administration, said two workers were injured."
    if "é" in head:
        first = "Oleh Kiper, chef de l'administration militaire régionale, a fait état de deux blessés."
    glued = " ".join(["Monde Europe", head, masthead, first, *ROUND4_BODY[1:], "Partager"])
    doc = clean_text(make_doc(glued))
    assert not [word for word in masthead.split() if word in doc.text] and first in doc.text


def test_a_sentence_opening_on_a_name_after_a_glued_headline_keeps_the_name(make_doc: MakeDoc) -> None:
    head = "Grain warehouse hit in Izmail"
    first = "Oleh Kiper, head of the regional military administration, said two workers were injured."
    glued = " ".join(["Monde Europe", head, first, *ROUND4_BODY[1:], "Partager"])
    doc = clean_text(make_doc(glued))
    assert first in doc.text  # no crumb or stray cuts "Oleh" off "Kiper, head of …"


# --- issue 17, round 5: the thirteenth batch's rules, on sentences of our own ----------------------------------------

_POKROVSK = [
    "Les forces russes ont pris pied dans un village au sud de Pokrovsk, a reconnu mardi l'état-major ukrainien.",
    "Selon les autorités régionales, deux civils ont été tués par une bombe planante dans le centre de la ville.",
    "Les évacuations se poursuivent dans les localités situées à moins de dix kilomètres du front.",
]


@pytest.mark.parametrize(
    ("name", "stub"),
    [
        ("Margaux Delcourt", "17 juin 2024 07:45"),
        ("Daniel Okafor", "Tuesday 3 December 2024 09:12 GMT"),
        ("Jean-Philippe Roy", "Publié le 4 mars 2025 à 6 h 00"),
    ],
)
def test_a_name_alone_next_to_the_stub_is_the_byline(make_doc: MakeDoc, name: str, stub: str) -> None:
    """A standfirst, the author's name with no 'Par' or 'By', the stub: the name is the byline."""
    standfirst = "Le front recule de plusieurs kilomètres par semaine dans le Donbass, selon des analystes."
    doc = clean_text(make_doc("\n".join(["Pokrovsk sous la menace", standfirst, name, stub, *_POKROVSK])))
    assert name not in doc.text and reasons_of(doc)[name] == "byline"
    assert all(line in doc.text for line in [standfirst, *_POKROVSK])


def test_a_name_the_page_speaks_about_is_not_a_byline(make_doc: MakeDoc) -> None:
    """A name the text goes on about is the page's subject, not its author, even next to the stub."""
    standfirst = "Le commandant du secteur sud est critiqué après la perte de plusieurs positions près de Pokrovsk."
    body = [*_POKROVSK, "Oleksandr Tarnavsky a précisé que les renforts étaient arrivés dans la nuit."]
    raw = "\n".join(["Le général dans la tourmente", standfirst, "Oleksandr Tarnavsky", "17 juin 2024 07:45", *body])
    doc = clean_text(make_doc(raw))
    assert "Oleksandr Tarnavsky" not in reasons_of(doc)


@pytest.mark.parametrize(
    "line",
    [
        "DJIA 42,114.40 -0.3%",
        "SMI 11 892,30 +0,54 %",
        "TSX 24 512,10 −0,21 %",
        "Lisez aussi",
        "À lire également :",
        "Voir cette publication sur Instagram",
        "View this post on Instagram",
        "Une publication partagée par Kyiv Daily (@kyivdaily)",
        "A post shared by Odesa News (@odesa.news)",
        'Le dossier "Guerre en Ukraine" vous intéresse ? Retrouvez tous nos articles.',
        "Tu as vu quelque chose ? Envoie-nous tes photos !",
        "Abonne-toi à notre chaîne pour ne rien rater",
        "Pour ne rien manquer de l'info, suivez Ukraine Matin sur Google Actualités !",
        "Pour aller plus loin, consultez notre carte interactive",
    ],
)
def test_round_5_furniture_between_paragraphs(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([*_POKROVSK[:2], line, _POKROVSK[2]])))
    assert line in removed_texts(doc) and all(sentence in doc.text for sentence in _POKROVSK)


@pytest.mark.parametrize(
    "line",
    [
        "Deux bombardiers Tu-95 ont décollé de la base d'Olenia, a signalé l'armée de l'air.",
        "« Tu vas voir, ils reviendront », lui a lancé un voisin.",
        "Que savons-nous de l'attaque ?",
        "L'indice RTS a perdu 2,1 % à la clôture, sa plus forte baisse depuis janvier.",
        "Le président Sánchez a promis une aide supplémentaire lors de sa visite.",
    ],
)
def test_round_5_news_lines_stay(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([*_POKROVSK[:2], line, _POKROVSK[2]])))
    assert line in doc.text


def test_a_stub_glued_before_a_sentence_opening_on_quand_leaves_it_whole(make_doc: MakeDoc) -> None:
    """'… à 19h02 Quand Olena a appris …': the stub does not take the opener as the first name of a byline."""
    first = "Quand Olena a appris mardi que 90 prisonniers venaient d'être libérés, elle a appelé sa mère."
    glued = " ".join(["Échange de prisonniers à Dnipro", "Publié le 26/06/2024 à 19h02", first, *_POKROVSK])
    doc = clean_text(make_doc(glued))
    assert first in doc.text and "19h02" not in doc.text


@pytest.mark.parametrize(
    "paywall",
    [
        "Cet article est réservé aux abonnés",
        "Il vous reste 70 % de l'article à lire",
        "Ce contenu est réservé aux abonnés",
    ],
)
def test_a_paragraph_cut_short_by_a_paywall_on_a_glued_page_stays(make_doc: MakeDoc, paywall: str) -> None:
    """A preview cut mid-sentence ('… alors que') runs into the paywall: the sentence stays, the paywall goes."""
    cut = "Pour Kiev, la priorité est de protéger ce qui reste des centrales avant l'hiver, alors que"
    doc = clean_text(make_doc(" ".join([*_POKROVSK, cut, paywall, "Je m'abonne", "Déjà abonné ? Se connecter"])))
    assert cut in doc.text and "abonné ?" not in doc.text


def test_a_camel_case_name_that_comes_back_on_a_page_glued_with_no_space_stays_whole(make_doc: MakeDoc) -> None:
    """Joints of a scraper's do not repeat: 'FactWatch' three times is the desk's name, not two lines run together."""
    lines = [
        "FactWatch",
        "Non, cette vidéo ne montre pas une frappe sur Kharkiv",
        "Publié le 3 mars 2025 à 10h12",
        "Une vidéo partagée sur X montrerait une frappe de missile sur le centre de Kharkiv la nuit dernière.",
        "FactWatch a retrouvé la séquence originale, publiée en 2023 sur une chaîne YouTube consacrée aux orages.",
        "Les autorités de Kharkiv n'ont signalé aucune frappe dans le centre-ville cette nuit-là.",
        "Une question ? Écrivez à FactWatch",
        "Partager",
    ]
    doc = clean_text(make_doc("".join(lines)))
    assert "FactWatch a retrouvé la séquence originale" in doc.text and "Fact Watch" not in doc.text


@pytest.mark.parametrize(
    "label", ["À voir également sur Le Courrier :", "Voir aussi sur 20 Heures :", "Read more on NV:"]
)
def test_a_read_also_label_naming_the_outlet(make_doc: MakeDoc, label: str) -> None:
    doc = clean_text(
        make_doc("\n".join([*_POKROVSK[:2], label, "Kherson : le pont Antonivsky encore frappé", _POKROVSK[2]]))
    )
    assert label in removed_texts(doc) and all(sentence in doc.text for sentence in _POKROVSK)


@pytest.mark.parametrize(
    "line",
    [
        "Cet article a été produit avec l'aide financière d'un fonds de soutien au journalisme régional.",
        "Ce reportage a été réalisé grâce au soutien d'une bourse de la Fondation pour la presse.",
        "This story was produced with support from a journalism grant.",
        "This reporting was made possible by a grant from the European Journalism Fund.",
    ],
)
def test_a_funding_notice_is_no_article_text(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([*_POKROVSK, line])))
    assert reasons_of(doc)[line] == "funding notice" and all(sentence in doc.text for sentence in _POKROVSK)


def test_a_project_funded_in_the_news_is_no_funding_notice(make_doc: MakeDoc) -> None:
    line = "Ce projet de reconstruction, financé par l'Union européenne, doit s'achever en 2026 selon la mairie."
    assert line in clean_text(make_doc("\n".join([*_POKROVSK, line]))).text


@pytest.mark.parametrize(
    "prompt",
    [
        "Write a news story about the drone attack on Odesa. Use a neutral, factual tone and keep it short.",
        "Write a 300-word article about the Kursk incursion. Include these SEO keywords: Kursk, Sudzha, offensive.",
    ],
)
def test_an_english_writing_prompt_goes_whole(make_doc: MakeDoc, prompt: str) -> None:
    doc = clean_text(make_doc("\n".join([*_POKROVSK, prompt])))
    assert "SEO" not in doc.text and "tone" not in doc.text and all(sentence in doc.text for sentence in _POKROVSK)


def test_a_spokesman_in_a_neutral_tone_is_news(make_doc: MakeDoc) -> None:
    line = "The spokesman, speaking with a neutral tone, declined to comment on the losses near Pokrovsk."
    assert line in clean_text(make_doc("\n".join([*_POKROVSK, line]))).text


@pytest.mark.parametrize(
    "header", ["Ces articles pourraient vous intéresser", "Vous pourriez aussi aimer", "Ça pourrait vous intéresser"]
)
def test_lists_of_other_stories_under_a_header_in_the_second_person(make_doc: MakeDoc, header: str) -> None:
    teasers = ["Tours : la rentrée sous un soleil de plomb", "Indre : un motard blessé près de Châteauroux"]
    for raw in ("\n".join([*_POKROVSK, header, *teasers]), " ".join([*_POKROVSK, header, *teasers])):
        doc = clean_text(make_doc(raw))
        assert (
            all(sentence in doc.text for sentence in _POKROVSK) and "Tours" not in doc.text and header not in doc.text
        )


@pytest.mark.parametrize(
    "line",
    [
        "Nous respectons votre vie privée",
        "Nous et nos 312 partenaires stockons et accédons à des informations sur votre appareil.",
        "We and our 845 partners store and access information on a device, such as cookies.",
        "Tout accepter Continuer sans accepter Paramètres",
        "Accept all Reject all Manage options",
    ],
)
def test_consent_walls(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([line, *_POKROVSK])))
    assert reasons_of(doc)[line] == "cookie banner" and all(sentence in doc.text for sentence in _POKROVSK)


def test_a_minister_and_his_partners_are_news(make_doc: MakeDoc) -> None:
    line = "« Nous et nos partenaires européens continuerons à soutenir Kiev », a déclaré le ministre lundi."
    assert line in clean_text(make_doc("\n".join([*_POKROVSK, line]))).text


@pytest.mark.parametrize("line", ["bur-ant/pz", "(afp/mm-ach)", "1730889000", "1731402000000"])
def test_desk_signatures_and_epoch_stamps(make_doc: MakeDoc, line: str) -> None:
    """An AFP desk's signature in lowercase with a hyphen; a live page's entry stamped in Unix seconds."""
    for raw in ("\n".join([*_POKROVSK[:2], line, _POKROVSK[2]]), " ".join([*_POKROVSK[:2], line, _POKROVSK[2]])):
        doc = clean_text(make_doc(raw))
        assert line not in doc.text and all(sentence in doc.text for sentence in _POKROVSK)


def test_cyrillic_ui_run_into_a_french_page_with_no_space(make_doc: MakeDoc) -> None:
    """A browser-translated page glued with no space: where the script changes, two lines met."""
    ui = [
        "Новини",
        "Читайте також: Енергетики відновили живлення в Києві",
        "Поділитися",
        "Підписуйтеся на наш Telegram",
    ]
    raw = "".join([ui[0], *_POKROVSK[:2], ui[1], _POKROVSK[2], *ui[2:], "Найпопулярніше"])
    doc = clean_text(make_doc(raw))
    assert all(sentence in doc.text for sentence in _POKROVSK)
    assert not any(line in doc.text for line in ui)


def test_a_year_like_number_in_a_sentence_stays(make_doc: MakeDoc) -> None:
    line = "Le contrat, d'un montant de 1600000000 hryvnias, a été signé mardi, selon le ministère."
    assert line in clean_text(make_doc("\n".join([*_POKROVSK, line]))).text


@pytest.mark.parametrize(
    "line",
    [
        "Se désabonner | Gérer mes préférences | Voir dans le navigateur",
        "Unsubscribe · Manage preferences · View in browser",
        "Bonne lecture,",
        "Chers lecteurs,",
        "Have a great weekend!",
        "Resize Reprints",
        "Gift article",
        "Support truly independent journalism",
        "Join our WhatsApp channel",
        "Follow our live coverage of the war",
    ],
)
def test_newsletter_toolbar_and_english_call_to_action_lines(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([*_POKROVSK[:2], line, _POKROVSK[2]])))
    assert line in removed_texts(doc) and all(sentence in doc.text for sentence in _POKROVSK)


@pytest.mark.parametrize(
    "line",
    [
        "Support for Ukraine remains strong among voters in the Baltic states, a new poll found.",
        "Follow-up talks are planned in Istanbul in June, the foreign ministry said.",
        "« Bonjour, on vient pour l'évacuation », a lancé un policier aux habitants.",
    ],
)
def test_round_5_english_and_greeting_news_lines_stay(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([*_POKROVSK[:2], line, _POKROVSK[2]])))
    assert line in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Read in Ukrainian",
        "Lire cet article en anglais",
        "Good morning, and welcome to Kyiv Briefing.",
        "Bonjour et bienvenue dans Le Brief Ukraine.",
        "Thanks to editors Marta Koval and Ben Ross.",
        "This article is part of our Ukraine Weekly series",
        "Il vous reste 70% de cet article à lire",
    ],
)
def test_round_5_second_batch_furniture(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([*_POKROVSK[:2], line, _POKROVSK[2]])))
    assert line in removed_texts(doc) and all(sentence in doc.text for sentence in _POKROVSK)


def test_thanks_to_aid_is_news(make_doc: MakeDoc) -> None:
    line = "Thanks to Western air defence systems, most of the missiles were shot down, the air force said."
    assert line in clean_text(make_doc("\n".join([*_POKROVSK, line]))).text


def test_an_abbreviation_with_full_stops_stays_whole_on_a_page_glued_with_no_space(make_doc: MakeDoc) -> None:
    """'U.S.' is no joint, even on a page whose lines a scraper ran together."""
    body = [
        "EU ambassadors agreed on Tuesday on a new package of sanctions against Russia's shadow fleet.",
        "MEANWHILE IN RIYADH: U.S. and Russian officials met for more than four hours on Tuesday.",
        "Ukrainian officials said they had not been invited to the talks.",
    ]
    doc = clean_text(make_doc("".join(["Brussels Briefing", *body, "Share", "Subscribe"])))
    assert "U.S. and Russian officials met" in doc.text


def test_the_outlets_name_above_a_glued_headline_and_in_its_byline_is_navigation(make_doc: MakeDoc) -> None:
    """'KYIVTV En direct Monde Ukraine : …' / 'Par La rédaction KYIVTV': the name in the byline is no word of the
    article's, so the crumb glued before the headline goes; an opening quote stays with the headline."""
    head = "KYIVTVEn directMondeUkraine : l'armée annonce un retrait près de Pokrovsk"
    raw = "".join([head, "Par La rédaction KYIVTV", "Publié le 17/02/2025 à 08:40", *_POKROVSK, "Partager"])
    doc = clean_text(make_doc(raw))
    assert doc.text.startswith("Ukraine : l'armée annonce") and all(sentence in doc.text for sentence in _POKROVSK)
    quoted = " ".join(["Le Journal Débats Tribune « Il faut livrer des avions »", "Par Anne Roy", *_POKROVSK])
    assert "« Il faut livrer des avions »" in clean_text(make_doc(quoted)).text


@pytest.mark.parametrize(
    "line",
    [
        "Montage : Inès Roux",
        "Sous-titres : Clara Vidal",
        "Reportage : L. Kessler, M. Brun",
        "Images : Oleh Petrenko et Anna Koval",
    ],
)
def test_production_credits_of_a_video_page(make_doc: MakeDoc, line: str) -> None:
    for raw in ("\n".join([*_POKROVSK[:2], line, _POKROVSK[2]]), " ".join([*_POKROVSK, line, "Partager"])):
        doc = clean_text(make_doc(raw))
        assert line not in doc.text and all(sentence in doc.text for sentence in _POKROVSK)


def test_a_video_kicker_with_a_headline_is_no_credit(make_doc: MakeDoc) -> None:
    line = "Vidéo : Zelensky visite les positions ukrainiennes près de Pokrovsk"
    assert reasons_of(clean_text(make_doc("\n".join([line, *_POKROVSK])))).get(line) != "production credits"


# --- issue 17, round 5: a fresh probe of single lines between two paragraphs, written after the thirteenth and
# fourteenth batches' fixes and scored before any change for it: furniture removed 18/22, news kept 12/12, no
# article line lost (left: "Écouter cet article (3 min)", "Continuer la lecture", "Recevez chaque matin…",
# "Commenter cet article") ------------------------------------------------------------------------------------

_PROBE_FURNITURE = [
    "Écouter cet article (3 min)",
    "Article réservé aux abonnés premium",
    "Continuer la lecture",
    "Recevez chaque matin l'essentiel de l'actualité",
    "Commenter cet article",
    "Partager sur LinkedIn",
    "Crédit photo : Sergei Supinsky / AFP",
    "Temps de lecture estimé : 4 minutes",
    "Mis à jour il y a 2 heures",
    "À lire également sur notre site",
    "Cet article vous a été offert par un abonné",
    "Télécharger l'application",
    "Plus d'infos à suivre",
    "Listen to this story",
    "Most read this week",
    "Photograph: Anatolii Stepanov/AFP/Getty Images",
    "Advertisement - Scroll to continue",
    "Sign up for our morning briefing",
    "Updated 11 minutes ago",
    "Copy link",
    "Ce direct est terminé. Merci de l'avoir suivi.",
    "Pour réagir, connectez-vous",
]
_PROBE_NEWS = [
    "Le maire a appelé les habitants à rester dans les abris jusqu'à la fin de l'alerte.",
    "« Lisez les consignes et restez chez vous », a répété la mairie sur Telegram.",
    "Selon un sondage publié lundi, 62 % des Ukrainiens refusent toute concession territoriale.",
    "The governor said air defences were active over the city for more than an hour.",
    "Kyiv has asked its partners for more Patriot batteries before the winter.",
    "Deux enfants figurent parmi les blessés, selon le service d'urgence.",
    "Les drones ont été abattus au-dessus de la région de Poltava, d'après l'armée de l'air.",
    "Plus de 3 000 personnes ont été évacuées de Koupiansk depuis septembre.",
    "Read the statement in full: the ministry said no civilians were hurt.",
    "Les négociations doivent reprendre la semaine prochaine à Genève.",
    "Updated figures from the regional administration put the toll at nine dead.",
    "Les habitants ont partagé sur les réseaux sociaux des photos des dégâts.",
]


@pytest.mark.parametrize("line", _PROBE_FURNITURE)
def test_round_5_line_probe_furniture(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([*_POKROVSK[:2], line, _POKROVSK[2]])))
    assert line in removed_texts(doc) and all(sentence in doc.text for sentence in _POKROVSK)


@pytest.mark.parametrize("line", _PROBE_NEWS)
def test_round_5_line_probe_news(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([*_POKROVSK[:2], line, _POKROVSK[2]])))
    assert line in doc.text and all(sentence in doc.text for sentence in _POKROVSK)


@pytest.mark.parametrize(
    "line",
    ["VIDÉO - Les images des évacuations à Vovtchansk", "PHOTOS. Kharkiv après la frappe sur l'imprimerie"],
)
def test_a_video_teaser_after_the_last_paragraph(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([*_POKROVSK, line])))
    assert reasons_of(doc)[line] == "teaser of another story" and all(s in doc.text for s in _POKROVSK)


def test_a_source_line_after_the_last_paragraph_is_no_teaser(make_doc: MakeDoc) -> None:
    line = "AFP - Ukrinform"
    assert reasons_of(clean_text(make_doc("\n".join([*_POKROVSK, line])))).get(line) != "teaser of another story"


@pytest.mark.parametrize("line", ["Support Militarnyi on Patreon", "Soutenez Kyiv Matin sur Tipeee"])
def test_a_donation_prompt_naming_a_platform(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([*_POKROVSK, line])))
    assert line in removed_texts(doc) and all(s in doc.text for s in _POKROVSK)


@pytest.mark.parametrize(
    ("question", "call"),
    [
        ("Vous souhaitez poser une question à notre cellule ?", "Rendez-vous sur notre formulaire"),
        ("Vous avez été témoin de la frappe ?", "Écrivez-nous à temoins@exemple.fr"),
        ("Want to know more?", "Sign up for our newsletter"),
    ],
)
def test_a_question_to_the_reader_before_a_call_to_action(make_doc: MakeDoc, question: str, call: str) -> None:
    glued = " ".join(["Publié le 3 mars 2025 à 10h12", *_POKROVSK, question, call, "Partager", "Les plus lus"])
    for raw in ("\n".join([*_POKROVSK, question, call]), glued):
        doc = clean_text(make_doc(raw))
        assert question not in doc.text and all(sentence in doc.text for sentence in _POKROVSK)


def test_a_question_to_the_reader_before_an_answer_stays(make_doc: MakeDoc) -> None:
    question = "Vous vous demandez pourquoi Pokrovsk compte autant ?"
    answer = "La ville est un nœud ferroviaire et routier qui ravitaille tout le front du Donbass, selon les analystes."
    doc = clean_text(make_doc("\n".join([*_POKROVSK, question, answer])))
    assert question in doc.text and answer in doc.text


def test_a_gallerys_counter_goes_but_a_toll_in_a_headline_stays(make_doc: MakeDoc) -> None:
    captions = ["Une ambulance touchée par un drone à Kherson.", "2 / 6", "Des filets anti-drones au-dessus d'une rue."]
    glued = " ".join(["Kherson sous les drones", "Publié le 09/01/2025 à 17h30", *_POKROVSK, *captions, "Partager"])
    doc = clean_text(make_doc(glued))
    assert "2 / 6" not in doc.text and all(sentence in doc.text for sentence in _POKROVSK)
    headline = "Ukraine says it downed 40 of 55 Russian drones overnight"
    assert headline in clean_text(make_doc("".join(["Top NewsWorld News", headline, "By Ann Lee", *_POKROVSK]))).text


def test_a_one_line_report_with_a_read_more_pointer_keeps_its_first_words(make_doc: MakeDoc) -> None:
    """'One Ukrainian soldier killed …   Read more on Kyiv Daily: https://…': the pointer goes, and with no article
    text after the report, no word of it is taken for a crumb above a headline ('One' is the toll)."""
    report = "-;One Ukrainian soldier killed, another two wounded in past day amid truce"
    doc = clean_text(
        make_doc(f"{report}   Read more on Kyiv Daily: https://www.example.org/war/1024-one-soldier-killed")
    )
    assert doc.text == report


@pytest.mark.parametrize(
    "line",
    [
        "Dear readers, we are facing unprecedented challenges. Support our work today.",
        "Chers lecteurs, nous avons besoin de vous.",
        "Advertising",
    ],
)
def test_an_appeal_to_dear_readers_and_an_advertising_label(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([*_POKROVSK[:2], line, _POKROVSK[2]])))
    assert line in removed_texts(doc) and all(sentence in doc.text for sentence in _POKROVSK)


def test_dear_readers_quoted_in_a_letter_is_news(make_doc: MakeDoc) -> None:
    line = "« Chers lecteurs, ce journal continuera de paraître », a écrit le rédacteur en chef dans un éditorial."
    assert line in clean_text(make_doc("\n".join([*_POKROVSK, line]))).text


# --- issue 17, sixteenth batch: the structure of a page's head, and conventions of archives, caches and feeds -------

ODESA_BODY = [
    "Russian drones struck an energy facility in the Odesa region overnight, cutting power to 40,000 homes.",
    "Two workers were injured, the regional governor said on Telegram, adding that repairs had begun.",
    "Ukraine's air force said it had shot down 31 of the 45 drones launched across the country.",
]


@pytest.mark.parametrize(
    "fields",
    [
        ["Link: https://example.org/news/123", "Published: Tue, 04 Mar 2025 06:10:00 +0000", "Author: Desk"],
        ["Lien : https://exemple.fr/a/1", "Date : 4 mars 2025", "Auteur : Rédaction", "Catégories : Monde, Europe"],
        ["Source: Feed of the day", "Tags: drones, Odesa", "Guid: 8841-22"],
    ],
)
def test_a_run_of_fields_above_the_body_is_a_metadata_header(make_doc: MakeDoc, fields: list[str]) -> None:
    title = "Title: Drones cut power in the Odesa region"
    doc = clean_text(make_doc("\n".join([title, *fields, *ODESA_BODY])))
    assert all(field not in doc.text for field in fields)
    assert title in doc.text and all(line in doc.text for line in ODESA_BODY)


def test_two_labelled_lines_of_a_report_stay(make_doc: MakeDoc) -> None:
    labelled = ["Lieu : région d'Odessa", "Bilan : deux blessés"]
    doc = clean_text(make_doc("\n".join(["Frappe de drones sur un site énergétique", *labelled, BODY_A, BODY_B])))
    assert all(line in doc.text for line in labelled)


@pytest.mark.parametrize(
    "crumb", ["Monde | Europe | Ukraine", "International > Europe > Russie", "Défense - Armées - Conflits"]
)
def test_a_crumb_line_above_the_body(make_doc: MakeDoc, crumb: str) -> None:
    doc = clean_text(make_doc("\n".join(["Ouest Matin", crumb, "Izmaïl : le port de nouveau visé", BODY_A, BODY_B])))
    assert crumb not in doc.text and BODY_A in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Ouest Éclair (avec AFP) - 3 févr. 2024 à 09:12",  # regional daily
        "Par Jean Martin | 12 mars 2025 à 10h05",
        "Anna Kowalska — 4 mars 2025, 07:40",  # translated portal
    ],
)
def test_a_byline_and_a_stub_on_one_line(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join(["Izmaïl : le port de nouveau visé", line, BODY_A, BODY_B])))
    assert line not in doc.text and BODY_A in doc.text
    assert reasons_of(doc)[line] == "timestamp"  # the dates stage reads the publication date from it


@pytest.mark.parametrize(
    "line",
    [
        "The Wayback Machine - https://web.archive.org/web/20250304/https://example.org/odesa",
        "1,204 captures",
        "04 Mar 2025 - 19 Nov 2025",
        "COLLECTED BY",
        "These crawls are part of an effort to archive pages as they are created.",
        "Ceci est la version en cache de https://exemple.fr/a/1. Il s'agit d'un instantané de la page.",
        "This is Google's cache of https://example.org/odesa. It is a snapshot of the page.",
        "Version en texte seul",
        "Langue source : ukrainien",
        "Translated from: Russian",
        "Cette page a été traduite automatiquement.",
        "Cet article est republié à partir de The Conversation sous licence Creative Commons.",
        "This article is republished from a partner site under a Creative Commons license.",
        "The post Drones cut power in Odesa appeared first on Example News.",
        "L'article Izmaïl de nouveau visé est apparu en premier sur Exemple Infos.",
        "Rectificatif : une version précédente de cet article situait le port dans la région de Mykolaïv.",
        "Correction (5 mars) : le bilan était de deux blessés, et non trois.",
        "An earlier version of this story misstated the number of drones.",
        "Nos excuses.",
        "We regret the error.",
        "Il s'agit d'un instantané de la page telle qu'elle était affichée le 4 mars 2025 09:12:44 GMT.",
        "Editor's note: This story has been updated with the air force's figures.",
        "I hope this article meets your needs! Let me know if you'd like a shorter version.",
        "En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre charte de confidentialité.",
        "By signing up, you agree to our terms and privacy notice.",
        "Photo suivante",
        "Next slide",
    ],
)
def test_lines_of_a_sixteenth_batch(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, line, BODY_B, BODY_C])))
    assert line not in doc.text and all(body in doc.text for body in (BODY_A, BODY_B, BODY_C))


@pytest.mark.parametrize(
    "line",
    [
        "Une version précédente du projet de loi prévoyait une mobilisation dès 25 ans, a rappelé le député.",
        "The correction in oil prices came after the strike on the refinery, traders said.",
        "Le correctif publié mardi par l'éditeur du logiciel de défense aérienne a été déployé sur tout le réseau.",
        "Kyiv says the avatar's statements are written by diplomats, not by a generator, and checked by lawyers.",
        "En vous rendant au centre d'évacuation, vous trouverez des bus vers Dnipro, ont indiqué les autorités.",
    ],
)
def test_news_near_the_conventions_of_a_sixteenth_batch_stays(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, line, BODY_B, BODY_C])))
    assert line in doc.text


def test_a_name_after_a_glued_stub_opens_the_sentence_when_the_page_names_it_again(make_doc: MakeDoc) -> None:
    glued = (
        "Monde Scholz écarte l'envoi de missiles Taurus Publié le 26 février 2024 à 18:02 Olaf Scholz a réaffirmé "
        "lundi son refus de livrer des missiles de croisière Taurus à l'Ukraine, lors d'une conférence à Berlin. "
        "Le chancelier craint une implication directe de l'Allemagne dans le conflit. Plusieurs députés de sa "
        "coalition ont critiqué cette position. Partager Facebook"
    )
    doc = clean_text(make_doc(glued))
    assert "Olaf Scholz a réaffirmé lundi" in doc.text and "Publié le" not in doc.text


@pytest.mark.parametrize(
    "counters", [["1 / 6", "2 / 6"], ["Photo 1 sur 9", "Photo 2 sur 9"], ["Image 1 of 12", "Image 2 of 12"]]
)
def test_a_gallerys_captions_are_its_text(make_doc: MakeDoc, counters: list[str]) -> None:
    first = "Des habitants déblaient les débris d'une école touchée par un drone à Soumy, le 3 mars 2025."
    second = "Un sauveteur inspecte la façade d'un immeuble du centre-ville après la frappe de la nuit."
    slides = [counters[0], f"{first} © Oleh Petrenko / AFP", counters[1], f"{second} Photo : Ivan Kyrylenko/EPA"]
    raw = "\n".join(slides)
    doc = clean_text(make_doc("\n".join(["Soumy sous les drones, en images", raw, BODY_A])))
    assert first in doc.text and second in doc.text and "Petrenko" not in doc.text and "Kyrylenko" not in doc.text


def test_a_caption_outside_a_gallery_goes_with_its_credit(make_doc: MakeDoc) -> None:
    caption = "Des habitants déblaient les débris d'une école touchée par un drone à Soumy. © Oleh Petrenko / AFP"
    doc = clean_text(make_doc("\n".join([BODY_A, caption, BODY_B, BODY_C])))
    assert caption in removed_texts(doc)


def test_a_date_run_into_a_word_on_a_page_glued_with_no_space(make_doc: MakeDoc) -> None:
    more = "The energy ministry said engineers were working to restore supply to hospitals and water pumping stations."
    head = ["Kyiv unveils a drone-interceptor programme", "3 March 2025, 09:40"]
    lines = [*head, *ODESA_BODY, more, "Read also:", "Share"]
    doc = clean_text(make_doc("".join(lines)))
    assert "3 March 2025" not in doc.text and "programme" in doc.text and ODESA_BODY[1] in doc.text


@pytest.mark.parametrize(
    "cut",
    [
        "Les autorités ont commencé à installer des abris en béton aux arrêts de bus, mais",
        "Le maire a demandé aux habitants de rester dans les abris, et",
        "Officials said the evacuation of the border villages would continue over the weekend, but",
    ],
)
def test_a_paragraph_cut_by_a_paywall_stays_when_the_page_is_glued(make_doc: MakeDoc, cut: str) -> None:
    furniture = ["Cet article est réservé aux abonnés.", "Déjà abonné ? Se connecter", "Je m'abonne"]
    doc = clean_text(make_doc(" ".join([BODY_A, BODY_B, cut, *furniture])))
    assert cut in doc.text and all(line not in doc.text for line in furniture)


@pytest.mark.parametrize(
    "line",
    [
        "Voir sur Telegram",
        "View on X",
        "@kyiv_city_admin",
        "t.me/kyiv_city_admin/5521",
        "pic.twitter.com/Ab12Cd34Ef",
        "— Kyiv City Administration (@kyiv_admin) March 4, 2025",
        "download .zip",
        "report bug or abuse",
        "Remarque : cet article a été généré à partir de dépêches par un système automatisé.",
        "Note: This story was generated by an automated system from wire reports.",
        "La chronique de Marc Olivier",
        "Par la cellule Vérif",
        "By our fact-check desk",
    ],
)
def test_lines_of_a_seventeenth_batch(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, line, BODY_C])))
    assert line not in doc.text and all(body in doc.text for body in (BODY_A, BODY_B, BODY_C))


@pytest.mark.parametrize(
    "line",
    [
        "Le maire a publié sur Telegram une vidéo des dégâts, vue plus de 200 000 fois en une matinée.",
        "La chronique de la guerre tenue par cet habitant de Kharkiv a été publiée en livre la semaine dernière.",
        "The automated system that tracks air-raid alerts failed for two hours on Monday, officials said.",
    ],
)
def test_news_near_the_conventions_of_a_seventeenth_batch_stays(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, line, BODY_B, BODY_C])))
    assert line in doc.text


def test_a_handle_and_a_link_glued_into_a_page_are_lines_of_their_own(make_doc: MakeDoc) -> None:
    post = "Сьогодні вночі російський дрон впав на території країни."
    embed = ["@kyiv_city_admin", "t.me/kyiv_city_admin/5521"]
    pieces = [BODY_A, BODY_B, "Kyiv City Administration", embed[0], post, "Voir sur Telegram", embed[1], BODY_C]
    glued = " ".join(pieces)
    doc = clean_text(make_doc(glued))
    assert all(piece not in doc.text for piece in embed) and all(b in doc.text for b in (BODY_A, BODY_B, BODY_C))


def test_a_handle_inside_a_sentence_stays(make_doc: MakeDoc) -> None:
    sentence = "The mayor wrote on X under his handle @kyiv_mayor that the drone had hit a school."
    doc = clean_text(make_doc(" ".join([BODY_A, sentence, BODY_B, BODY_C])))
    assert sentence in doc.text


# a probe of single lines written after the sixteenth and seventeenth batches' fixes, scored before any change for it:
# furniture removed 16/20 (a wire feed's notice, an Outbrain label, "Lire l'article complet sur X", "originally
# published by X" left), news kept 8/8, no paragraph lost; after: 20/20, 8/8
PROBE_6_FURNITURE = [
    "Cet article vous a été utile ? Oui Non",
    "Mis à jour il y a 2 heures",
    "Écouter l'article — 5 min",
    "Ajouter à mes favoris",
    "Article réservé aux abonnés Premium",
    "Vous lisez un article gratuit. Pour continuer à soutenir notre rédaction, abonnez-vous.",
    "Cet article est issu du fil AFP, publié sans modification par la rédaction.",
    "Contenus sponsorisés",
    "Recommandé par Outbrain",
    "Lire l'article complet sur Ukrinform",
    "Ce contenu n'est pas disponible en raison de vos préférences de cookies.",
    "Accepter et afficher le contenu",
    "Rejoignez notre chaîne WhatsApp",
    "Signaler un contenu",
    "Retrouvez toutes nos vidéos sur notre chaîne YouTube",
    "EN IMAGES - Les ruines de Vovtchansk, un an après",
    "Updated 3 hours ago",
    "This article was originally published by The Kyiv Independent.",
    "Sponsored Links by Taboola",
    "Télécharger l'application Ouest Matin",
]
PROBE_6_NEWS = [
    "Le ministère a publié sur sa chaîne WhatsApp un appel aux volontaires pour déblayer les décombres.",
    "Selon l'AFP, qui a pu consulter le document, la livraison a été retardée de deux mois.",
    "La vidéo, publiée par l'armée ukrainienne, n'a pas pu être vérifiée de manière indépendante.",
    "Mis à jour en 2024, le plan d'évacuation prévoit des bus depuis la gare centrale.",
    "Il est conseillé aux habitants de rester dans les abris jusqu'à la fin de l'alerte, a indiqué la mairie.",
    "Le correspondant de l'AFP à Kyiv a entendu plusieurs explosions vers 4h du matin.",
    "Les abonnés de l'opérateur ont reçu un SMS les invitant à limiter leur consommation.",
    "L'application Diia affiche désormais la carte des coupures de courant par quartier.",
]


@pytest.mark.parametrize("line", PROBE_6_FURNITURE)
def test_probe_of_the_sixth_session_furniture(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, line, BODY_C])))
    assert line not in doc.text and all(body in doc.text for body in (BODY_A, BODY_B, BODY_C))


@pytest.mark.parametrize("line", PROBE_6_NEWS)
def test_probe_of_the_sixth_session_news(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([BODY_A, BODY_B, line, BODY_C])))
    assert line in doc.text


@pytest.mark.parametrize(
    "preface",
    [
        "Here's a 400-word news article about the strike on Izmail, written in a neutral journalistic tone:",
        "Voici un article de 500 mots sur la frappe d'Izmaïl, dans un style journalistique neutre :",
        "Bien sûr ! Voici le texte demandé, optimisé pour le SEO :",
    ],
)
def test_a_tools_preface_glued_to_the_first_sentence(make_doc: MakeDoc, preface: str) -> None:
    doc = clean_text(make_doc(" ".join(["Monde", preface, BODY_A, BODY_B, BODY_C])))
    assert preface not in doc.text and all(body in doc.text for body in (BODY_A, BODY_B, BODY_C))


def test_the_text_of_an_agreement_introduced_by_a_colon_stays(make_doc: MakeDoc) -> None:
    sentence = "Voici le texte de l'accord signé à Istanbul : « Les parties garantissent la navigation des navires. »"
    doc = clean_text(make_doc(" ".join([BODY_A, BODY_B, sentence, BODY_C])))
    assert sentence in doc.text
