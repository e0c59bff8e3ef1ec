"""The clean stage's line model, and the rules of issue 17's seventh session (pages of outlets not seen before).

Sentences of our own, in the style of several outlets; none is taken from an evaluation text.
"""

from __future__ import annotations

import pytest

from kronika.data import load_json
from kronika.model import Document
from kronika.stages.clean import clean_text
from kronika.stages.clean_lines import line_rule
from kronika.stages.clean_model import FEATURES, MODEL_REASON

BODY = [
    "Trois drones ont visé dans la nuit un dépôt de carburant près de Dnipro, a indiqué l'administration régionale.",
    "Les pompiers ont maîtrisé l'incendie au petit matin et aucune victime n'a été signalée, selon le gouverneur.",
    "L'armée de l'air ukrainienne affirme avoir abattu vingt-deux des vingt-six drones lancés par la Russie.",
    "Moscou n'a pas réagi à ces informations, comme à son habitude après de telles frappes.",
]
HEADLINE = "Dnipro : un dépôt de carburant visé par des drones"


def cleaned(lines: list[str]) -> Document:
    return clean_text(Document(doc_id="t", source="t.txt", raw="\n".join(lines)))


def removed(doc: Document) -> dict[str, str]:
    return {r.text: r.reason for r in doc.removed}


def test_the_shipped_model_matches_its_features() -> None:
    model = load_json("line_model.json")
    assert model["features"] == list(FEATURES)
    assert len(model["weights"]) == len(model["mean"]) == len(model["scale"]) == len(FEATURES)
    assert 0.5 <= model["threshold"] < 1


def test_a_feed_readers_counters_above_the_body_go() -> None:
    """A feed reader's UI that no rule names: a counter, by its shape, above the article's first paragraph."""
    doc = cleaned(["Feedbin", "Inbox (37)", "Sync now", "Mark as unread", HEADLINE, *BODY])
    assert removed(doc)["Inbox (37)"] == MODEL_REASON
    assert HEADLINE in doc.text and all(sentence in doc.text for sentence in BODY)


@pytest.mark.parametrize(
    "line",
    [
        "Un mort à Dnipro",  # a live entry's heading shares the words of the text
        "Sirènes dans la nuit",  # a subheading between two paragraphs
    ],
)
def test_a_heading_inside_or_sharing_the_body_is_not_the_models(line: str) -> None:
    doc = cleaned([HEADLINE, BODY[0], BODY[1], line, BODY[2], BODY[3], "Partager", "Commentaires"])
    assert line in doc.text


def test_a_short_report_is_left_to_the_rules() -> None:
    """A report of a few lines (a coder's note and its place) is no page: the model does not read it."""
    doc = cleaned([BODY[0], "Dnipro"])
    assert doc.text.split("\n\n") == [BODY[0], "Dnipro"]


def test_dated_sources_after_the_body_stay() -> None:
    sources = ["Drone attack on Dnipro fuel depot – 12 mars 2025", "Air force says 22 drones downed – 12 mars 2025"]
    doc = cleaned([HEADLINE, *BODY, "Sources", *sources, "Partager", "Imprimer", "Signaler une erreur"])
    assert all(source in doc.text for source in sources)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Apple Podcasts", "UI string"),
        ("Écouter sur Deezer", "UI string"),
        ("Spotify | Amazon Music | Flux RSS", "UI string"),
        ("Voir la version complète de cet article", "UI string"),
        ("View non-AMP version", "UI string"),
        ("Heard on All Things Considered", "production credits"),
        ("Entendu dans Le Journal de 18h", "production credits"),
        ("Diffusé dans L'Invité du matin", "production credits"),
        (
            "Ce texte est une transcription : cette transcription a été réalisée automatiquement et peut "
            "comporter des erreurs.",
            "disclaimer",
        ),
        ("Transcripts are created by a contractor and this text may not be in its final form.", "disclaimer"),
        ("https://www.example-journal.fr/monde/article-8812.html", "link"),
        ("Le Journal de l'Est - Imprimer cet article", "UI string"),
        ("Printer-friendly version", "UI string"),
        ("RELATED", "related articles"),
        ("Related coverage", "related articles"),
        ("This brief was compiled with the help of generative AI and checked by an editor.", "disclaimer"),
        ("Ce post a été préparé avec l'aide d'un outil d'intelligence artificielle.", "disclaimer"),
        ("Estimated reading time: 6 minutes", "reading time"),
        ("Durée d'écoute : 12 min", "reading time"),
        ("5–7 minutes", "reading time"),
        ("Leave a comment", "comment notice"),
        ("Ajouter un commentaire", "comment notice"),
        ("Marquer tout comme lu", "UI string"),
        ("Open in new tab", "UI string"),
        ("Non lus (48)", "UI string"),
        ("Ajouter à ma playlist", "UI string"),
        ("Invités", "production credits"),
        ("Presented by", "production credits"),
        ("Sujets associés", "related articles"),
        ("Related reads", "related articles"),
        ("Imprimé depuis example-journal.fr le 02/04/2025", "UI string"),
        ("Printed from example-news.com on April 2, 2025", "UI string"),
        ("Cet article provient du site example-journal.fr", "UI string"),
        ("Vous pourriez aimer aussi :", "related articles"),
        ("Ces articles pourraient vous intéresser", "related articles"),
    ],
)
def test_labels_of_podcast_print_and_transcript_pages(line: str, reason: str) -> None:
    assert line_rule(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Spotify a annoncé mardi la suspension de ses services en Russie.",
        "Voir la version intégrale du rapport publié par l'ONU sur les frappes.",
        "Radio France a diffusé le reportage dans sa matinale de lundi.",
        "The transcript of the call was released by the White House on Wednesday.",
        "Ce rapport a été rédigé par des experts de l'ONU après une visite à Kherson.",
        "La production d'obus a doublé en un an, selon le ministère.",
        "Avec l'AFP",
        "The reading time of the treaty text was cut to two hours by the negotiators.",
        "Les invités du sommet ont quitté Kiev sous les sirènes.",
        "Le drone provient du site de production d'Alabuga, selon le renseignement ukrainien.",
    ],
)
def test_news_about_platforms_versions_and_transcripts_stays(line: str) -> None:
    assert line_rule(line) is None


def test_an_authors_note_above_the_body_goes_with_the_byline() -> None:
    bio = "Claire Dubois est ancienne diplomate et chercheuse associée dans un institut de relations internationales."
    doc = cleaned(["Tribune", HEADLINE, "Par Claire Dubois", "Publié le 3 mars 2025", bio, *BODY])
    assert removed(doc)[bio] == "author bio" and all(sentence in doc.text for sentence in BODY)


def test_a_reader_modes_name_and_the_note_at_the_end() -> None:
    """A browser's reader mode: the site, the headline, the author's name alone, a reading time; the note at the end
    presents that name."""
    bio = "Paul Girard is a freelance reporter who has covered the war in Ukraine since 2022."
    doc = cleaned(["example-news.com", HEADLINE, "Paul Girard", "6–8 minutes", *BODY, bio])
    assert removed(doc)[bio] == "author bio" and removed(doc)["Paul Girard"] == "byline"


def test_a_person_in_the_news_named_alone_above_the_body_keeps_the_sentence() -> None:
    sentence = "Oleksandr Vilkul est le chef de l'administration militaire de Kryvy Rih depuis 2022."
    doc = cleaned([HEADLINE, "Oleksandr Vilkul", BODY[0], BODY[1], sentence, BODY[2], BODY[3]])
    assert sentence in doc.text


@pytest.mark.parametrize(
    "tail",
    [
        "Les secouristes ont retrouvé sous les décombres deux",
        "Avant même la fin de l'alerte, un",
    ],
)
def test_a_page_cut_short_keeps_its_last_words(tail: str) -> None:
    head = ["Dnipro Info", "Monde", "Sync now", HEADLINE]
    one_line = " ".join([*BODY, tail])
    for doc in (cleaned([*head, *BODY, tail]), cleaned([*head, one_line])):
        assert tail in doc.text and MODEL_REASON not in removed(doc).values()


def test_a_list_of_a_reports_source_headlines_and_its_place_line_is_left_to_the_rules() -> None:
    """A conflict report's sources: headlines of several wires, then the place line, and no furniture: no page."""
    headlines = [
        "Two Ukrainian soldiers killed in shelling near Avdiivka: military.",
        "Ukraine says two servicemen killed in eastern clashes.",
        "Two troops killed as fighting flares in Donetsk region - army.",
        "Shelling kills two Ukrainian soldiers in the east.",
        "Two Ukrainian soldiers die in rebel attack, military says.",
        "Kiev reports two soldiers killed in the past day.",
        "Fighting flares near Donetsk airport, two soldiers dead.",
    ]
    doc = clean_text(Document(doc_id="t", source="t.txt", raw="\n\n".join([*headlines, "Opytne"])))
    assert doc.text.endswith("Opytne") and not doc.removed


def test_an_authors_note_after_a_glued_byline_cut_in_two() -> None:
    """On a page glued on one line the byline is cut into pieces (``Par Claire`` + ``Dubois``): joined back, its
    name tells the author's note at the end."""
    bio = "Claire Dubois est historienne et enseigne à l'université de Lille."
    page = " ".join(["Tribune", HEADLINE, "Par Claire Dubois 3 mars 2025", *BODY, bio, "Partager cet article"])
    doc = cleaned([page])
    assert bio not in doc.text and all(sentence in doc.text for sentence in BODY)
