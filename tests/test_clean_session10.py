"""Issue 17, tenth session: furniture and flags told by structure on pages as scrapers bring them (a live page's
entries run together, an author's note whose byline the reader dropped, a contributor's note), with the vocabulary
families found beside them; on short pages written for these tests in the style of several outlets (no text of
any real page)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest

from conftest import fold_text
from kronika.model import Document
from kronika.stages.clean import clean_text
from kronika.stages.flags import flag_content, verification_of

MakeDoc = Callable[..., Document]

ZAPO_FR = [
    "Une frappe de missile a endommagé jeudi matin un immeuble de cinq étages dans le centre de Zaporijjia, "
    "blessant quatre habitants, a indiqué l'administration militaire régionale.",
    "Les secours ont évacué une trentaine de personnes et l'incendie a été maîtrisé en milieu de journée.",
    "L'armée russe n'a pas commenté cette frappe, la troisième sur la ville en une semaine.",
]
SUMY_EN = [
    "A Russian glide bomb struck a warehouse on the outskirts of Sumy on Tuesday, wounding two workers, the regional "
    "military administration said.",
    "Firefighters put out the blaze by the evening, and the city's water supply was not affected, officials said.",
    "Sumy, about 30 kilometres from the Russian border, has been hit almost daily since the spring.",
]


def _removed(doc: Document) -> dict[str, str]:
    return {removal.text: removal.reason for removal in doc.removed}


@pytest.mark.parametrize(
    ("entry", "time", "follows"),
    [
        ("a indiqué le maire Ivan Fedorov.", "11:45", "Le gouverneur fait état de deux blessés dans la ville."),
        ("le chef de l'administration, Oleh Kiper.", "7h52", "« Les secours sont sur place », a-t-il ajouté."),
        ("the mayor, Igor Terekhov, said.", "14:05", "The regional governor said two people were hurt."),
    ],
)
def test_a_live_entry_run_into_the_next_entrys_time(make_doc: MakeDoc, entry: str, time: str, follows: str) -> None:
    """A scraper that lost a live page's line breaks runs an entry's last word into the next entry's time: the
    time goes, the name before it stays with its sentence."""
    line = f"Une explosion a été entendue dans le quartier nord vers midi, {entry}{time} {follows}"
    doc = clean_text(make_doc("\n".join([ZAPO_FR[0], line, ZAPO_FR[1]])))
    assert fold_text(entry) in fold_text(doc.text) and fold_text(follows) in fold_text(doc.text)
    assert _removed(doc).get(time) == "timestamp"


def test_a_decimal_after_a_full_stop_is_no_joint(make_doc: MakeDoc) -> None:
    line = "Le taux de change était de 41.12:1 selon la banque centrale, contre 40 un mois plus tôt."
    doc = clean_text(make_doc("\n".join([ZAPO_FR[0], line, ZAPO_FR[1]])))
    assert line in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Share Article via Facebook",
        "Share article via X",
        "Partager l'article via WhatsApp",
        "Watch now",
        "Regarder maintenant",
        "Épisode 3 de la série « Vivre sous les drones »",
        "Episode 12 of the series Ukraine at war",
        "Partie 2/4 de notre enquête sur les filières de drones",
        "Share this with family and friends",
        "Partagez cet article avec vos proches",
    ],
)
def test_share_watch_and_series_labels_between_paragraphs(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([ZAPO_FR[0], line, ZAPO_FR[1], ZAPO_FR[2]])))
    assert line in _removed(doc)
    assert all(fold_text(p) in fold_text(doc.text) for p in ZAPO_FR)


def test_a_sentence_about_an_episode_is_news(make_doc: MakeDoc) -> None:
    line = "Episode 3 of the drama was filmed in Kyiv before the invasion, the producers said on Monday."
    doc = clean_text(make_doc("\n".join([SUMY_EN[0], line, SUMY_EN[1]])))
    assert line in doc.text


def test_an_authors_note_whose_byline_the_reader_dropped(make_doc: MakeDoc) -> None:
    """The last line presents someone the page never names elsewhere: the author's note."""
    note = "Daniel Okafor is a former defence attaché and teaches strategy at a university in Leeds."
    doc = flag_content(clean_text(make_doc("\n".join([*SUMY_EN, note]))))
    assert _removed(doc).get(note) == "author bio"
    assert doc.flags == ["opinion"]


def test_a_last_line_about_someone_the_page_named_is_news(make_doc: MakeDoc) -> None:
    last = "Oleksandr Lysenko is the head of the regional military administration and took office in 2023."
    body = [*SUMY_EN[:2], "Oleksandr Lysenko said the workers were taken to hospital in a stable condition.", last]
    doc = flag_content(clean_text(make_doc("\n".join(body))))
    assert last in doc.text and doc.flags == []


@pytest.mark.parametrize(
    ("byline", "note", "flags"),
    [
        ("Par Hélène Marchetti - 14 mars 2025", "Hélène Marchetti est essayiste et ancienne diplomate.", ["opinion"]),
        ("Par Hélène Marchetti - 14 mars 2025", "Hélène Marchetti est avocate au barreau de Lyon.", ["opinion"]),
        ("Par Hélène Marchetti - 14 mars 2025", "Hélène Marchetti est journaliste au service Monde.", []),
        ("By Tom Aldridge", "Tom Aldridge is a historian of the Soviet Union.", ["opinion"]),
        ("By Tom Aldridge", "Tom Aldridge is a correspondent based in Kyiv.", []),
        ("By Tom Aldridge", "Tom Aldridge is a freelance reporter who covers eastern Ukraine.", []),
    ],
)
def test_a_contributors_note_marks_an_opinion_piece(make_doc: MakeDoc, byline: str, note: str, flags: list) -> None:
    """An author's note that presents its author in no newsroom role is a contributor's: an opinion piece."""
    body = ZAPO_FR if byline.startswith("Par") else SUMY_EN
    doc = flag_content(clean_text(make_doc("\n".join(["Titre de la page", byline, *body, note]))))
    assert _removed(doc).get(note) == "author bio"
    assert doc.flags == flags


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Footage shared online showed a fire at the depot. CNN verified that the video was filmed in Tuapse.", "v"),
        ("Le Monde a vérifié que la vidéo avait bien été tournée à Kherson.", "v"),
        ("The ministry confirmed that the video showed the minister at the front.", None),
    ],
)
def test_verified_that_the_footage(sentence: str, expected: str | None) -> None:
    found = verification_of(sentence)
    assert (found == "verified") if expected else found is None


def test_a_list_header_in_capitals_inside_a_glued_run(make_doc: MakeDoc) -> None:
    """A "most read" header in capitals is a span of furniture like its lowercase form, even when a comment
    counter after it ends the page first."""
    page = "".join(
        [
            "Zaporijjia : un immeuble touché par un missile",
            *ZAPO_FR,
            "À LA UNE",
            "Législatives : la participation en hausse à midi",
            "Football : le club local s'impose",
            "Réactions (5)",
            "Laisser un avis",
        ]
    )
    doc = clean_text(make_doc(page))
    text = fold_text(doc.text)
    assert "participation en hausse" not in text and "club local" not in text
    assert all(fold_text(paragraph) in text for paragraph in ZAPO_FR[1:])


@pytest.mark.parametrize("name", ["Mathilde Roussel", "Jean-Baptiste Le Goff"])
def test_a_name_run_into_the_stub_on_a_glued_page(make_doc: MakeDoc, name: str) -> None:
    """Capitalised words the page never uses again, between the headline and a dated stub: the byline."""
    head = f"Odessa : des drones frappent le port dans la nuit {name} 12 mars 2025 à 07:40"
    body = (
        "Des drones russes ont frappé le port d'Odessa dans la nuit, blessant deux dockers, selon l'administration "
        "régionale. Un entrepôt de céréales a pris feu et l'incendie a été maîtrisé au matin. « Les secours sont sur "
        "place », a déclaré le gouverneur Oleh Kiper sur Telegram. Moscou n'a pas commenté ces frappes."
    )
    doc = clean_text(make_doc(f"{head} {body}"))
    assert fold_text(name) not in fold_text(doc.text) and "07:40" not in doc.text
    assert doc.text.startswith("Odessa : des drones frappent le port dans la nuit")
    assert "Moscou n'a pas commenté ces frappes." in doc.text


def test_a_question_headline_under_a_list_header_after_the_body(make_doc: MakeDoc) -> None:
    teasers = ["Nos derniers articles", "Drones : faut-il craindre une pénurie de batteries ?", "Un été record ?"]
    doc = clean_text(make_doc("\n".join([*ZAPO_FR, *teasers])))
    assert all(line in _removed(doc) for line in teasers)
    assert all(fold_text(paragraph) in fold_text(doc.text) for paragraph in ZAPO_FR)


def test_a_question_between_paragraphs_is_kept_under_no_header(make_doc: MakeDoc) -> None:
    question = "Faut-il s'attendre à de nouvelles frappes dans les prochains jours ?"
    doc = clean_text(make_doc("\n".join([ZAPO_FR[0], question, *ZAPO_FR[1:]])))
    assert question in doc.text


@pytest.mark.parametrize("line", ["Vous avez aimé cet article ? Partagez-le !", "Partagez-la !", "Our latest stories"])
def test_calls_and_headers_of_the_outlets_voice(make_doc: MakeDoc, line: str) -> None:
    doc = clean_text(make_doc("\n".join([*SUMY_EN, line, "Heatwave grips the capital as temperatures soar"])))
    assert fold_text(line) not in fold_text(doc.text)
    assert all(fold_text(paragraph) in fold_text(doc.text) for paragraph in SUMY_EN)


def test_text_size_buttons_glued_before_the_first_sentence(make_doc: MakeDoc) -> None:
    page = " ".join(["Zaporijjia : un immeuble touché par un missile", "Taille du texte A+ A-", *ZAPO_FR])
    doc = clean_text(make_doc(page))
    assert "A+" not in doc.text and "Taille du texte" not in doc.text
    assert all(fold_text(paragraph) in fold_text(doc.text) for paragraph in ZAPO_FR)


@pytest.mark.parametrize(
    "prompt",
    [
        "Pour lire la suite de cet article, abonnez-vous",
        "Il vous reste 68% de l'article à lire.",
        "Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.",
    ],
)
@pytest.mark.parametrize("glued", [False, True])
def test_a_paywall_prompt_ends_the_body(make_doc: MakeDoc, prompt: str, glued: bool) -> None:
    """After a prompt to read on, the page holds no more of the article: its subscription block and footer go,
    and the author's note there is still read as one (a label "réservé aux abonnés" above the body cuts nothing)."""
    tail = [
        "Notre journal est indépendant et financé par ses lecteurs",
        "Je m'abonne",
        "Déjà abonné ? Je me connecte",
        "Camille Berthier est ancienne ambassadrice.",
    ]
    head = ["Zaporijjia : un immeuble touché par un missile", "Par Camille Berthier", "Article réservé aux abonnés"]
    page = (" " if glued else "\n").join([*head, *ZAPO_FR, prompt, *tail])
    doc = flag_content(clean_text(make_doc(page)))
    text = fold_text(doc.text)
    assert all(fold_text(paragraph) in text for paragraph in ZAPO_FR)
    assert not any(fold_text(line) in text for line in [prompt, *tail])
    assert glued or doc.flags == ["opinion"]


def test_a_summary_label_glued_before_its_first_point(make_doc: MakeDoc) -> None:
    head = ["Glide bomb hits Sumy warehouse, two hurt", "Published Tue, Mar 4 2025 9:12 AM EST", "Share", "Key Points"]
    page = " ".join([*head, *SUMY_EN, "Sign up for free newsletters", "Trending Now"])
    doc = clean_text(make_doc(page))
    assert "Key Points" not in doc.text and all(fold_text(p) in fold_text(doc.text) for p in SUMY_EN)


def test_a_byline_in_capitals_with_its_city_names_the_author_of_the_note(make_doc: MakeDoc) -> None:
    stub = "TOM ALDRIDGE KYIV Mar 4, 2025 9:12 am"
    note = "Tom Aldridge is a senior lecturer in war studies."
    page = "\n".join(["Sea drones push Russia's fleet out of its harbours", stub, *SUMY_EN, note])
    doc = flag_content(clean_text(make_doc(page)))
    assert _removed(doc).get(note) == "author bio" and doc.flags == ["opinion"]


@pytest.mark.parametrize(
    "line",
    ["The opinions expressed are the author's own.", "The views expressed here are those of the writer."],
)
def test_a_disclaimer_of_the_authors_views(make_doc: MakeDoc, line: str) -> None:
    doc = flag_content(clean_text(make_doc("\n".join([*SUMY_EN, line]))))
    assert line in _removed(doc) and doc.flags == ["opinion"]


@pytest.mark.parametrize(
    ("label", "flags"),
    [
        ("Chronique | Hélène Marchetti", ["opinion"]),
        ("OPINION. Pourquoi l'Europe doit livrer plus d'obus à Kiev", ["opinion"]),
        ("Point de vue – Par Hélène Marchetti, ancienne diplomate", ["opinion"]),
        ("Le point de vue d'Hélène Marchetti", ["opinion"]),
        ("Libre propos", ["opinion"]),
        ("Humeur", ["opinion"]),
        ("Opinion | Sport | Culture | Économie", []),  # a menu: its items are the site's sections
        ("Chronique | Mentions légales", []),
    ],
)
def test_an_opinion_label_the_clean_stage_removed_as_navigation(make_doc: MakeDoc, label: str, flags: list) -> None:
    page = "\n".join([label, "Zaporijjia : une frappe sur un immeuble, quatre blessés", *ZAPO_FR])
    doc = flag_content(clean_text(make_doc(page)))
    assert doc.flags == flags


# --- a flag probe of the tenth session: 18 short pages written for it (wordings not met before, hard negatives) ---
# before any change for it 12/18 (tp 8, fp 0, fn 6: an AI disclosure naming an assistant or a tool, "AI was used to
# help write", "Analyse et opinion |", "the views in this article are his own", "sans qu'il soit possible d'en
# déterminer l'origine")

_FLAG_B = [
    "Une frappe de drone a touché mardi un dépôt de carburant près de Belgorod, provoquant un incendie, "
    "selon le gouverneur régional.",
    "Aucune victime n'a été signalée, a-t-il ajouté sur Telegram.",
    "Le ministère russe de la Défense a affirmé avoir abattu 14 drones au-dessus de la région pendant la nuit.",
]
_FLAG_E = [
    "A drone struck a fuel depot near Belgorod on Tuesday, starting a fire, the regional governor said.",
    "No casualties were reported, he added on Telegram.",
    "Russia's defence ministry said it downed 14 drones over the region overnight.",
]
_FLAG_PROBE = [
    ("ai", [*_FLAG_B, "Article rédigé automatiquement à partir de sources publiques et relu par nos soins."]),
    ("ai", [*_FLAG_B, "Ce texte a été produit par un outil d'IA générative à partir d'une dépêche."]),
    ("ai", ["Note : cet article a été généré par notre assistant de rédaction IA.", *_FLAG_B]),
    ("ai", [*_FLAG_B, "Contenu créé avec ChatGPT et vérifié par la rédaction."]),
    ("ai", [*_FLAG_E, "This article was generated using AI tools and reviewed by an editor."]),
    ("ai", [*_FLAG_E, "AI was used to help write this story."]),
    (
        "none",
        [*_FLAG_B, "Les drones guidés par intelligence artificielle se multiplient sur le front, selon des experts."],
    ),
    ("none", [*_FLAG_E, "The report was compiled by the ministry using satellite data."]),
    (
        "opinion",
        ["Tribune", "Par Marc Delorme", *_FLAG_B, "Marc Delorme est maître de conférences en droit international."],
    ),
    ("opinion", ["Analyse et opinion | Jean Perrin", *_FLAG_B]),
    ("opinion", [*_FLAG_E, "The author is a former NATO official. The views in this article are his own."]),
    (
        "none",
        [
            *_FLAG_B,
            "Dans une tribune publiée lundi, plusieurs anciens ministres ont appelé à livrer des missiles à Kiev.",
        ],
    ),
    (
        "unverified",
        [
            *_FLAG_B,
            "Des vidéos amateurs montrent un panache de fumée ; leur authenticité n'a pas été vérifiée "
            "dans l'immédiat.",
        ],
    ),
    (
        "unverified",
        [*_FLAG_B, "La vidéo circule sur les réseaux sociaux sans qu'il soit possible d'en déterminer l'origine."],
    ),
    (
        "unverified",
        [
            *_FLAG_E,
            "Videos purporting to show the blaze circulated online; their authenticity could not be established.",
        ],
    ),
    ("verified", [*_FLAG_B, "Une vidéo authentifiée par notre cellule de vérification montre le dépôt en flammes."]),
    ("verified", [*_FLAG_E, "Our visual investigations team confirmed the video was filmed at the depot."]),
    ("none", [*_FLAG_B, "Une vidéo diffusée par la télévision russe montre des pompiers sur place."]),
]
_FLAGS = {
    "ai": ["ai_generated"],
    "opinion": ["opinion"],
    "unverified": ["unverified_media"],
    "verified": ["verified_media"],
}


@pytest.mark.parametrize(("want", "lines"), _FLAG_PROBE)
def test_flag_probe_of_the_tenth_session(make_doc: MakeDoc, want: str, lines: list[str]) -> None:
    doc = flag_content(clean_text(make_doc("\n".join(lines))))
    assert doc.flags == _FLAGS.get(want, [])


@pytest.mark.parametrize(
    "line",
    [
        "Un rapport rédigé par des experts en intelligence artificielle sera publié en mars.",
        "Le logiciel de ciblage, créé avec l'aide de Mistral, équipe déjà trois brigades.",
        "Des tracts générés par une IA russe ont été distribués à Kharkiv, selon la police.",
        "L'IA a été utilisée pour analyser les images satellites, selon l'état-major.",
    ],
)
def test_ai_in_the_news_is_no_disclosure(make_doc: MakeDoc, line: str) -> None:
    doc = flag_content(clean_text(make_doc("\n".join([*ZAPO_FR, line]))))
    assert doc.flags == []


def test_a_byline_run_into_its_stub_on_a_glued_page_keeps_the_whole_name(make_doc: MakeDoc) -> None:
    """``Par Hélène`` + ``Marchetti 14 mars 2025``: after ``Par``, a name goes on up to the stub's figure, so that
    the author's note at the end is read as the author's."""
    head = "Zaporijjia : une frappe sur un immeuble, quatre blessés Par Hélène Marchetti 14 mars 2025 à 09h12"
    note = "Hélène Marchetti est avocate au barreau de Lyon."
    doc = flag_content(clean_text(make_doc(" ".join([head, *ZAPO_FR, note]))))
    assert _removed(doc).get("Par Hélène Marchetti") == "byline"
    assert _removed(doc).get(note) == "author bio" and doc.flags == ["opinion"]


@pytest.mark.parametrize(
    "title",
    [
        "Le Courrier du Danube - L'info de toute la région Monde Économie Sports Culture",
        "Investir24 - Toute la finance en temps réel Marchés Actualités Analyses Outils",
    ],
)
def test_a_sites_title_and_menu_glued_before_the_headline(make_doc: MakeDoc, title: str) -> None:
    """The site's name and motto between a dash or a bar, then a shorter menu: navigation above the headline."""
    head = "Ukraine : un missile endommage un immeuble de Zaporijjia, quatre blessés"
    doc = clean_text(make_doc(" ".join([title, head, *ZAPO_FR])))
    assert doc.text.startswith(head)
    assert all(fold_text(paragraph) in fold_text(doc.text) for paragraph in ZAPO_FR)


def test_a_dateline_with_a_dash_is_no_sites_title(make_doc: MakeDoc) -> None:
    line = (
        "KYIV - Russian forces shelled Kharkiv and Sumy overnight, wounding five people, regional officials said on "
        "Tuesday. Rescue teams worked through the night in both cities. Moscow did not comment on the strikes."
    )
    doc = clean_text(make_doc(line))
    assert "Russian forces shelled Kharkiv and Sumy overnight" in doc.text


def test_a_short_page_hard_wrapped_is_unwrapped(make_doc: MakeDoc) -> None:
    """A short page wrapped at 72 columns has only a few full lines; those that end inside a sentence tell it."""
    page = "\n\n".join(textwrap.fill(paragraph, 72) for paragraph in ["Zaporijjia : un immeuble touché", *ZAPO_FR])
    doc = clean_text(make_doc(page))
    assert all(paragraph in doc.text for paragraph in ZAPO_FR)


def test_a_list_of_headlines_is_not_unwrapped(make_doc: MakeDoc) -> None:
    headlines = [
        "Four Ukrainian soldiers killed in fighting near Donetsk airport: military.",
        "Ukraine says rebels shelled positions near Mariupol overnight, two wounded.",
        "Rebels accuse Kiev of shelling Donetsk suburbs; three civilians killed.",
        "Fighting flares near Debaltseve as ceasefire talks stall in Minsk capital.",
        "Donetsk",
    ]
    doc = clean_text(make_doc("\n".join(headlines)))
    assert doc.text.split("\n\n")[:4] == headlines[:4]
