"""The language stage: each paragraph's language, the main language and the others."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kronika.model import Document
from kronika.resources import Resources
from kronika.stages.clean import clean_text
from kronika.stages.language import detect_languages, paragraph_spans, stopword_language

pytestmark = pytest.mark.model

MakeDoc = Callable[..., Document]

FR_WITH_TWEET = "\n".join(
    [
        "Une frappe de missile a touché un immeuble résidentiel du centre de Kharkiv dans la nuit de lundi à mardi, "
        "faisant au moins trois blessés, selon le gouverneur de la région.",
        "Le maire de la ville a réagi sur le réseau social X, dans un message rédigé en anglais :",
        "Another night of terror for our city. Russia keeps hitting homes, schools and hospitals. "
        "We need more air defence now.",
        "Les services de secours ont travaillé toute la matinée pour dégager les décombres et évacuer les habitants "
        "des bâtiments voisins, a précisé l'administration militaire régionale.",
    ]
)
EN_ARTICLE = "\n".join(
    [
        "Russian drones struck port infrastructure in Odesa overnight, injuring two workers and setting a grain "
        "warehouse on fire, the regional governor said.",
        "Air defence units shot down most of the drones over the sea, according to the Ukrainian navy, which "
        "said the attack lasted more than three hours.",
    ]
)
UK_PARAGRAPH = (
    "Уночі російські війська атакували Харків ударними безпілотниками. Внаслідок обстрілу пошкоджено "
    "житловий будинок, троє людей дістали поранення, повідомив начальник обласної військової адміністрації."
)
RU_PARAGRAPH = (
    "Ночью над территорией области были сбиты несколько беспилотников. По словам губернатора, пострадавших "
    "нет, однако в одном из сёл повреждены жилые дома и линия электропередачи."
)


@pytest.fixture()
def detect(resources: Resources, make_doc: MakeDoc) -> Callable[..., Document]:
    def run(text: str, **header: str) -> Document:
        return detect_languages(clean_text(make_doc(text, **header)), language_detector=resources.language_detector)

    return run


def test_french_with_embedded_english_tweet(detect: Callable[..., Document]) -> None:
    doc = detect(FR_WITH_TWEET)
    assert doc.language == "fr"
    assert doc.languages[0] == "fr"
    assert "en" in doc.languages
    tweet = next(s for s in doc.segments if s.language == "en")
    assert doc.text[tweet.start : tweet.end].startswith("Another night of terror")


def test_english_article(detect: Callable[..., Document]) -> None:
    doc = detect(EN_ARTICLE)
    assert doc.language == "en"
    assert doc.languages == ["en"]


def test_ukrainian_paragraph(detect: Callable[..., Document]) -> None:
    doc = detect(UK_PARAGRAPH)
    assert doc.language == "uk"


def test_russian_paragraph(detect: Callable[..., Document]) -> None:
    doc = detect(RU_PARAGRAPH)
    assert doc.language == "ru"


def test_segments_cover_paragraphs(detect: Callable[..., Document]) -> None:
    doc = detect(f"{EN_ARTICLE}\n{UK_PARAGRAPH}")
    assert [s.language for s in doc.segments] == ["en", "en", "uk"]
    assert [(s.start, s.end) for s in doc.segments] == paragraph_spans(doc.text)
    assert doc.language == "en"
    assert set(doc.languages) == {"en", "uk"}


def test_too_short_text_keeps_header_hint(detect: Callable[..., Document]) -> None:
    doc = detect("Kyiv : 3 morts", language="fr")
    assert doc.segments == []
    assert doc.language == "fr"
    assert doc.languages == ["fr"]


def test_too_short_text_without_hint_is_undetermined(detect: Callable[..., Document]) -> None:
    doc = detect("Kharkiv, 14h")
    assert doc.language == "und"
    assert doc.languages == ["und"]


def test_paragraph_spans() -> None:
    text = "un\n\n  \ndeux trois\nquatre"
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["un", "deux trois", "quatre"]


def test_stopword_language_counts_every_occurrence() -> None:
    names = {"fr": "French", "en": "English"}
    # English stop words four times (one of them three times) outweigh two French ones
    lines = [["they", "shelled", "they", "said", "they"], ["et", "mais", "convoy"]]
    assert stopword_language(lines, names) == "en"
    lines.append(["nous", "et", "leur", "ou", "mais"])
    assert stopword_language(lines, names) == "fr"


def test_stopword_language_is_empty_without_any_stop_word() -> None:
    assert stopword_language([["kharkiv", "izium"], []], {"fr": "French", "en": "English"}) == ""
