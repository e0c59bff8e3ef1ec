"""The flags stage: opinion, AI-generated content and media verification, each with its evidence."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from kronika.data import load_json
from kronika.model import Document
from kronika.stages.clean import clean_text
from kronika.stages.flags import evidence_spans, flag_content, verification_of
from kronika.stages.read import read_inputs

MakeDoc = Callable[..., Document]

NEWS_FR = (
    "Une frappe de missile a touché un immeuble résidentiel de Kharkiv mardi, faisant trois blessés, "
    "selon le gouverneur de la région."
)
NEWS_EN = "A missile struck a residential building in Kharkiv on Tuesday, injuring three people, the governor said."


@pytest.fixture()
def flagged(make_doc: MakeDoc) -> Callable[..., Document]:
    """Clean then flag a text, as the pipeline does."""

    def run(text: str, **header: str) -> Document:
        return flag_content(clean_text(make_doc(text, **header)))

    return run


# --- opinion -----------------------------------------------------------------------------------------------------


def test_opinion_label_french(flagged: Callable[..., Document]) -> None:
    doc = flagged(
        "TRIBUNE : L'Europe doit livrer plus d'obus à l'Ukraine\n"
        "Depuis deux ans, les capitales européennes promettent des munitions sans jamais tenir le calendrier."
    )
    assert "opinion" in doc.flags
    assert doc.flag_evidence["opinion"] == "TRIBUNE : L'Europe doit livrer plus d'obus à l'Ukraine"


def test_opinion_label_english(flagged: Callable[..., Document]) -> None:
    doc = flagged(
        "OPINION | Sanctions alone will not stop the Kremlin\n"
        "Western governments keep adding names to sanctions lists, yet Russia's war economy keeps growing."
    )
    assert doc.flags == ["opinion"]
    assert doc.flag_evidence["opinion"] == "OPINION | Sanctions alone will not stop the Kremlin"


def test_opinion_label_in_title(make_doc: MakeDoc) -> None:
    doc = make_doc("Les capitales européennes promettent des munitions sans jamais tenir le calendrier annoncé.")
    doc.title = "Éditorial - Le temps des promesses est passé"
    doc = flag_content(clean_text(doc))
    assert doc.flags == ["opinion"]
    assert doc.flag_evidence["opinion"] == "Éditorial - Le temps des promesses est passé"


def test_word_opinion_inside_a_sentence_is_not_a_label(flagged: Callable[..., Document]) -> None:
    doc = flagged(f"{NEWS_FR}\nL'opinion publique russe reste divisée sur la mobilisation, selon un sondage.")
    assert "opinion" not in doc.flags


def test_first_person_essay_french(flagged: Callable[..., Document]) -> None:
    doc = flagged(
        "Je suis arrivé à Kharkiv un matin de février. Mon chauffeur m'a déposé devant ce qui restait de la gare. "
        "J'ai marché longtemps, et je me suis demandé ce que mes amis d'ici étaient devenus. "
        "Moi qui croyais connaître cette ville, je ne la reconnaissais plus. Ma mémoire ne suffisait plus."
    )
    assert doc.flags == ["opinion"]
    assert "first-person words outside quotes" in doc.flag_evidence["opinion"]


def test_first_person_essay_english(flagged: Callable[..., Document]) -> None:
    doc = flagged(
        "I went back to Odesa in March. My old street was still there, but I barely recognised it. "
        "I asked myself what my neighbours had lived through while I was away, and I found no answer. "
        "The sea, at least, looked the same to me."
    )
    assert "opinion" in doc.flags


def test_first_person_only_in_quotes_is_news(flagged: Callable[..., Document]) -> None:
    doc = flagged(
        f"{NEWS_FR}\n"
        "« Je suis sorti de chez moi et j'ai vu ma voiture en feu. Mon voisin m'a aidé à éteindre les flammes, "
        "moi je tremblais », a raconté un habitant.\n"
        "« J'ai perdu mes fenêtres et ma porte », a ajouté une voisine, qui a dit avoir eu « très peur pour mes "
        "enfants ».\n"
        "Les secours ont dégagé deux personnes des décombres, a précisé le service d'urgence régional."
    )
    assert "opinion" not in doc.flags
    assert doc.flags == []


def test_first_person_in_english_quotes_is_news(flagged: Callable[..., Document]) -> None:
    doc = flagged(
        f"{NEWS_EN}\n"
        '"I was in my kitchen when I heard the blast, and my windows came in on me," one resident said.\n'
        "“My daughter and I hid in the corridor, I held her all night,” a neighbour told reporters.\n"
        "Rescuers pulled two people from the rubble, the emergency service said."
    )
    assert "opinion" not in doc.flags


# --- AI-generated content ----------------------------------------------------------------------------------------


def test_ai_disclosure_french(flagged: Callable[..., Document]) -> None:
    line = "Cet article a été rédigé avec l'aide de l'intelligence artificielle et relu par la rédaction."
    doc = flagged(f"{NEWS_FR}\n{line}")
    assert doc.flags == ["ai_generated"]
    assert doc.flag_evidence["ai_generated"] == line


def test_ai_disclosure_english(flagged: Callable[..., Document]) -> None:
    line = "This article was generated with the help of AI and reviewed by an editor."
    doc = flagged(f"{NEWS_EN}\n{line}")
    assert doc.flags == ["ai_generated"]
    assert doc.flag_evidence["ai_generated"] == line


def test_ai_disclosure_with_curly_apostrophe(flagged: Callable[..., Document]) -> None:
    doc = flagged(f"{NEWS_FR}\nImage générée par l’IA.")
    assert "ai_generated" in doc.flags


def test_ai_disclosure_only_in_removed_lines(flagged: Callable[..., Document]) -> None:
    disclosure = "Contenu généré par IA"
    tail = "Lire aussi"
    text = "\n".join(
        [
            NEWS_FR,
            "Les secours ont dégagé deux personnes des décombres, a précisé le service d'urgence régional.",
            tail,
            disclosure,
        ]
    )
    doc = flagged(text)
    assert disclosure not in doc.text
    assert disclosure in [r.text for r in doc.removed]
    assert doc.flags == ["ai_generated"]
    assert doc.flag_evidence["ai_generated"] == disclosure


def test_ai_disclosure_only_in_removed_english(flagged: Callable[..., Document]) -> None:
    disclosure = "AI-generated summary"
    text = "\n".join(
        [NEWS_EN, "Rescuers pulled two people from the rubble, the emergency service said (Reuters)", disclosure]
    )
    doc = flagged(text)
    assert disclosure in [r.text for r in doc.removed]
    assert "ai_generated" in doc.flags


def test_leftover_prompt(flagged: Callable[..., Document]) -> None:
    line = "As an AI language model, I cannot confirm the casualty figures, but here is the article."
    doc = flagged(f"{NEWS_EN}\n{line}")
    assert "ai_generated" in doc.flags
    assert doc.flag_evidence["ai_generated"] == line


def test_leftover_prompt_french(flagged: Callable[..., Document]) -> None:
    line = "Voici l'article réécrit dans un style plus neutre :"
    doc = flagged(f"{line}\n{NEWS_FR}")
    assert "ai_generated" in doc.flags
    assert doc.flag_evidence["ai_generated"] == line


def test_article_about_ai_is_not_ai_generated(flagged: Callable[..., Document]) -> None:
    doc = flagged(
        f"{NEWS_EN}\nUkraine's army says it uses artificial intelligence to sort drone footage from the front."
    )
    assert "ai_generated" not in doc.flags


# --- verification ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("La vidéo a été géolocalisée par l'AFP dans le centre de Kharkiv.", "verified"),
        ("The footage was verified by BBC Verify.", "verified"),
        ("Reuters was able to verify the location from the buildings visible in the video.", "verified"),
        ("We could not independently verify the claims.", "unverified"),
        ("Cette vidéo non vérifiée circule sur Telegram.", "unverified"),
        ("Le Monde n’a pas pu vérifier ces images.", "unverified"),
        ("The figures have not been independently verified.", "unverified"),
        ("Trois personnes ont été blessées, selon le gouverneur.", None),
        ("The governor said three people were hurt.", None),
    ],
)
def test_verification_of(sentence: str, expected: str | None) -> None:
    assert verification_of(sentence) == expected


def test_unverified_wins_over_verified_in_one_sentence() -> None:
    assert verification_of("The video, geolocated to Bakhmut, could not be independently verified.") == "unverified"


def test_verified_media_flag_french(flagged: Callable[..., Document]) -> None:
    sentence = "Une vidéo de l'impact, géolocalisée par l'AFP, montre un panache de fumée au-dessus de la gare."
    doc = flagged(f"{NEWS_FR} {sentence}")
    assert doc.flags == ["verified_media"]
    assert doc.flag_evidence["verified_media"] == sentence


def test_verified_media_flag_english(flagged: Callable[..., Document]) -> None:
    sentence = "The footage was verified by BBC Verify."
    doc = flagged(f"{NEWS_EN}\n{sentence}")
    assert doc.flags == ["verified_media"]
    assert doc.flag_evidence["verified_media"] == sentence


def test_unverified_media_flag_english(flagged: Callable[..., Document]) -> None:
    sentence = "The BBC could not independently verify the video."
    doc = flagged(f"{NEWS_EN} {sentence}")
    assert doc.flags == ["unverified_media"]
    assert doc.flag_evidence["unverified_media"] == sentence


def test_unverified_media_flag_french(flagged: Callable[..., Document]) -> None:
    sentence = "Une vidéo non vérifiée montre des colonnes de fumée au-dessus du port."
    doc = flagged(f"{NEWS_FR}\n{sentence}")
    assert doc.flags == ["unverified_media"]
    assert doc.flag_evidence["unverified_media"] == sentence


def test_both_verification_flags_in_order(flagged: Callable[..., Document]) -> None:
    verified = "Une première vidéo a été géolocalisée par des chercheurs en sources ouvertes."
    unverified = "Une seconde vidéo non vérifiée montrerait des blessés."
    doc = flagged(f"{NEWS_FR}\n{verified}\n{unverified}")
    assert doc.flags == ["unverified_media", "verified_media"]
    assert doc.flag_evidence == {"unverified_media": unverified, "verified_media": verified}


def test_all_flags_together_in_fixed_order(flagged: Callable[..., Document]) -> None:
    doc = flagged(
        "CHRONIQUE : Ce que disent les vidéos de Kharkiv\n"
        "Une vidéo géolocalisée par des journalistes montre l'impact. Une autre, non vérifiée, circule aussi.\n"
        "Texte rédigé avec l'aide de l'IA."
    )
    assert doc.flags == ["opinion", "ai_generated", "unverified_media", "verified_media"]
    assert set(doc.flag_evidence) == set(doc.flags)


def test_plain_news_has_no_flags(flagged: Callable[..., Document]) -> None:
    doc = flagged(f"{NEWS_FR}\nLes secours ont dégagé deux personnes des décombres, a précisé le service d'urgence.")
    assert doc.flags == []
    assert doc.flag_evidence == {}


def test_flag_patterns_compile() -> None:
    data = load_json("flags.json")
    for key in ("opinion_labels", "first_person", "ai_disclosure", "ai_traces", "verified", "unverified"):
        re.compile(data[key], re.IGNORECASE | re.MULTILINE)
    assert data["first_person_min_count"] > 0
    assert 0 < data["first_person_min_ratio"] < 1


# --- evidence, not the mere presence of media ---------------------------------------------------------------------


def test_opinion_byline_at_the_head(flagged: Callable[..., Document]) -> None:
    doc = flagged(
        "Le prix de l'hiver Une tribune de Marie Lefèvre.\n"
        "L'Europe a promis des générateurs à l'Ukraine, elle doit maintenant tenir parole avant les grands froids."
    )
    assert doc.flags == ["opinion"]
    assert doc.flag_evidence["opinion"] == "Une tribune de Marie Lefèvre."


def test_opinion_section_in_the_removed_navigation(flagged: Callable[..., Document]) -> None:
    doc = flagged(
        "Accueil Opinions Editos L'hiver sera long pour les villes du front et l'Europe le sait\n"
        "Les coupures de courant se multiplient à Kharkiv, et rien ne laisse penser que les frappes vont cesser."
    )
    assert doc.flags == ["opinion"]
    assert doc.flag_evidence["opinion"] == "Accueil Opinions Editos"


def test_writing_prompt_is_ai_evidence(flagged: Callable[..., Document]) -> None:
    prompt = "Write a 500-word news article about the drone attack on Odesa port in a neutral tone."
    doc = flagged(f"{NEWS_EN}\nRescuers pulled two people from the rubble, the emergency service said.\n{prompt}")
    assert prompt not in doc.text
    assert doc.flags == ["ai_generated"]
    assert doc.flag_evidence["ai_generated"] == prompt


def test_unverifiable_videos_french(flagged: Callable[..., Document]) -> None:
    videos = "Des vidéos tournées dans la nuit montrent des colonnes de blindés près de la frontière."
    sentence = "L'agence n'était pas en mesure d'authentifier ces images."
    doc = flagged(f"{NEWS_FR}\n{videos} {sentence}")
    assert doc.flags == ["unverified_media"]
    assert doc.flag_evidence["unverified_media"] == sentence


def test_unverified_figures_are_not_media(flagged: Callable[..., Document]) -> None:
    doc = flagged(
        f"{NEWS_FR}\nUne vidéo de la frappe a été diffusée par la mairie.\n"
        "Le bilan avancé par les séparatistes, quarante morts, n'a pas pu être vérifié de source indépendante."
    )
    assert "unverified_media" not in doc.flags


def test_a_video_on_the_page_is_no_evidence(flagged: Callable[..., Document]) -> None:
    doc = flagged(f"Vidéo suivante dans 5 secondes\n{NEWS_FR}\nUne vidéo publiée sur Telegram montre l'incendie.")
    assert doc.flags == []


def test_fact_check_that_authenticates_footage(flagged: Callable[..., Document]) -> None:
    sentence = "Plusieurs médias ont pu authentifier la séquence, tournée dans un village près de Bakhmout."
    doc = flagged(f"{NEWS_FR}\n{sentence}")
    assert doc.flags == ["verified_media"]
    assert doc.flag_evidence["verified_media"] == sentence


def test_opinion_disclaimer_anywhere(flagged: Callable[..., Document]) -> None:
    line = "Les opinions exprimées dans ce texte n'engagent que leur auteur."
    doc = flagged(f"{NEWS_FR}\n{line}")
    assert doc.flags == ["opinion"]
    assert doc.flag_evidence["opinion"] == line


@pytest.mark.parametrize(
    "line",
    [
        "Cet article a été rédigé avec ChatGPT puis relu par notre équipe.",
        "Bien sûr ! Voici une version plus courte de l'article sur la frappe.",
        "J'espère que cet article vous aide à comprendre la situation.",
    ],
)
def test_more_ai_evidence(flagged: Callable[..., Document], line: str) -> None:
    doc = flagged(f"{NEWS_FR}\n{line}")
    assert "ai_generated" in doc.flags


@pytest.mark.parametrize(
    "sentence",
    [
        "Ces images ne peuvent pas être vérifiées de manière indépendante.",
        "La vidéo, dont l'authenticité n'a pas pu être établie, a été partagée des milliers de fois.",
        "Les vidéos n'ont pas été authentifiées par notre rédaction.",
    ],
)
def test_more_unverified_media(flagged: Callable[..., Document], sentence: str) -> None:
    doc = flagged(f"{NEWS_FR}\n{sentence}")
    assert doc.flags == ["unverified_media"]


@pytest.mark.parametrize(
    ("sentence", "flag"),
    [
        ("Notre cellule de vérification a retrouvé l'emplacement exact où la vidéo a été tournée.", "verified_media"),
        ("Les images ont bien été tournées dans le centre de Marioupol, selon notre analyse.", "verified_media"),
        ("Rien ne permet d'affirmer que ces vidéos ont été tournées cette semaine.", "unverified_media"),
        ("La séquence n'a pas pu être datée ni localisée.", "unverified_media"),
    ],
)
def test_fact_check_wordings(flagged: Callable[..., Document], sentence: str, flag: str) -> None:
    doc = flagged(f"{NEWS_FR}\n{sentence}")
    assert doc.flags == [flag]


def test_prompt_in_the_middle_of_a_line_is_ai_evidence(flagged: Callable[..., Document]) -> None:
    prompt = "En tant que journaliste spécialisé, rédige-moi un article neutre sur cette frappe."
    doc = flagged(f"{NEWS_FR}\nLes secours ont dégagé deux personnes des décombres.\n{prompt}")
    assert doc.flags == ["ai_generated"]
    assert doc.flag_evidence["ai_generated"] == prompt


def test_a_columnist_writing_an_article_is_not_a_prompt(flagged: Callable[..., Document]) -> None:
    doc = flagged(f"{NEWS_FR}\nJ'écris un article sur ces villages depuis trois semaines, et rien ne change.")
    assert "ai_generated" not in doc.flags


def test_evidence_spans_index_the_text(flagged: Callable[..., Document]) -> None:
    sentence = "L’agence n’a pas pu vérifier ces images."
    disclosure = "Contenu généré par IA"
    doc = flagged(f"{NEWS_FR}\n{sentence}\nLire aussi\n{disclosure}")
    spans = {span["flag"]: span for span in evidence_spans(doc)}
    unverified = spans["unverified_media"]
    assert doc.text[unverified["start"] : unverified["end"]] == sentence == unverified["text"]
    assert spans["ai_generated"] == {"flag": "ai_generated", "text": disclosure, "start": None, "end": None}


def test_a_menu_bar_with_an_opinion_section_is_not_evidence(flagged: Callable[..., Document]) -> None:
    doc = flagged(
        "International Politique Économie Idées Débats Culture Sport\n"
        f"Frappe sur Kharkiv : trois blessés\n{NEWS_FR}\nLes secours ont dégagé deux personnes des décombres."
    )
    assert "opinion" not in doc.flags


@pytest.mark.parametrize(
    "sentence",
    [
        "Ces vidéos, dont l'origine n'a pu être vérifiée, circulent sur les messageries.",
        "Reuters could not immediately verify the footage.",
        "Des images diffusées sans pouvoir les authentifier montrent un incendie.",
    ],
)
def test_literary_and_wire_wordings_of_unverified_media(flagged: Callable[..., Document], sentence: str) -> None:
    assert flagged(f"{NEWS_FR}\n{sentence}").flags == ["unverified_media"]


def test_chatbot_preamble_is_ai_evidence(flagged: Callable[..., Document]) -> None:
    line = "Voici un article de presse sur la frappe de Kharkiv :"
    doc = flagged(f"{line}\n{NEWS_FR}")
    assert doc.flags == ["ai_generated"]
    assert doc.flag_evidence["ai_generated"] == line


# --- pages written for the project in the style of other outlets (tests/data/pages) -------------------------------

PAGES = Path(__file__).resolve().parent / "data" / "pages"
PAGES_GOLD = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))["pages"]


@pytest.mark.parametrize("name", sorted(PAGES_GOLD))
def test_flags_of_pages_in_the_style_of_other_outlets(name: str) -> None:
    path = PAGES / f"{name}.txt" if (PAGES / f"{name}.txt").exists() else PAGES / f"{name}.html"
    [doc] = [d for d in read_inputs([path]) if isinstance(d, Document)]
    doc = flag_content(clean_text(doc))
    assert sorted(doc.flags) == sorted(PAGES_GOLD[name]["flags"]), doc.flag_evidence
    assert all(doc.flag_evidence[flag] for flag in doc.flags)


@pytest.mark.parametrize(
    "sentence",
    [
        "Videos of the blaze circulated online, but they could not be immediately verified.",
        "The footage has not yet been independently verified by the BBC.",
        "Ces images n'ont pas été formellement authentifiées.",
    ],
)
def test_more_unverified_media_wording(sentence: str) -> None:
    assert verification_of(sentence) == "unverified"


def test_an_unconfirmed_statement_is_not_unverified_media(make_doc: MakeDoc) -> None:
    text = (
        "Le ministère russe affirme avoir détruit deux avions, une affirmation qui n'a pas été confirmée.\n\n"
        "La vidéo suivante démarre dans 5 secondes\n\nLe bilan n'a pas pu être vérifié de source indépendante."
    )
    doc = make_doc(text)
    doc.text = text
    assert "unverified_media" not in flag_content(doc).flags


@pytest.mark.parametrize(
    "text",
    [
        "Une vidéo générée par l'intelligence artificielle montrant le président ukrainien a circulé mardi.",
        "A deepfake clip made with AI tools and generated by artificial intelligence spread on Telegram.",
    ],
)
def test_news_about_a_generated_video_is_not_ai_generated(make_doc: MakeDoc, text: str) -> None:
    doc = make_doc(text)
    doc.text = text
    assert "ai_generated" not in flag_content(doc).flags


def test_a_disclosure_about_the_article_is_ai_generated(make_doc: MakeDoc) -> None:
    text = f"{NEWS_FR}\n\nCe texte a été préparé avec l'aide d'un outil d'intelligence artificielle, puis relu."
    doc = make_doc(text)
    doc.text = text
    assert flag_content(doc).flags == ["ai_generated"]


VERIFICATION_CASES = [
    ("verified", "BBC Verify has geolocated the footage to a street in central Kharkiv."),
    ("verified", "Notre équipe a confirmé que la vidéo avait été tournée le 3 mars à Bakhmout."),
    ("verified", "La vidéo est authentique, selon les experts consultés par le quotidien."),
    ("verified", "Notre cellule de vérification a pu localiser précisément la scène filmée dans la vidéo."),
    ("unverified", "L'authenticité de la vidéo ne peut être établie à ce stade."),
    ("unverified", "La date et le lieu de la vidéo n'ont pas pu être déterminés."),
    ("unverified", "The authenticity of the video could not be established."),
    ("unverified", "Des vidéos, dont l'authenticité n'a pu être vérifiée, montrent des colonnes de fumée."),
    (None, "Une vidéo montre l'immeuble en flammes après la frappe."),
    (None, "Les Russes affirment avoir détruit 15 chars, une information impossible à vérifier."),
]


@pytest.mark.parametrize(("want", "sentence"), VERIFICATION_CASES)
def test_media_verification_wording(make_doc: MakeDoc, want: str | None, sentence: str) -> None:
    doc = make_doc(sentence)
    doc.text = sentence
    flags = flag_content(doc).flags
    assert [f for f in flags if f.endswith("_media")] == ([f"{want}_media"] if want else [])


@pytest.mark.parametrize(
    "prompt",
    [
        "Sujet : la frappe de missiles sur Vinnytsia. Longueur : 700 mots. Ton : neutre.",
        "Rédaction d'un article d'actualité sur la frappe de Vinnytsia (800 mots)",
        "Rends ce texte plus naturel et évite les répétitions.",
        "Bien sûr, voici l'article demandé :",
    ],
)
def test_writing_prompts_and_tool_output_flag_the_page(make_doc: MakeDoc, prompt: str) -> None:
    doc = clean_text(make_doc(f"{NEWS_FR}\n{NEWS_FR.replace('mardi', 'jeudi')}\n{prompt}"))
    assert prompt not in doc.text
    assert flag_content(doc).flags == ["ai_generated"]


def test_the_stem_prefilter_lets_every_cue_through() -> None:
    """Every cue sentence of these tests holds one of the stems that gate the verification patterns."""
    stems = re.compile(load_json("flags.json")["verification_stems"], re.IGNORECASE)
    cues = [s for want, s in VERIFICATION_CASES if want] + [
        "Rien ne permet d'affirmer que ces images ont été prises à Kherson.",
        "Une vidéo non sourcée circule depuis lundi.",
        "Des images dont l'origine reste inconnue ont été diffusées.",
    ]
    assert all(stems.search(cue) for cue in cues)
    assert all(verification_of(cue) for cue in cues)


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("Une vidéo montre des soldats dans une tranchée. Kiev n'a pas pu confirmer la mort du commandant.", []),
        ("Une vidéo montre des soldats dans une tranchée. Elles n'ont pas pu être vérifiées.", ["unverified_media"]),
        ("Des vidéos ont circulé lundi. Reuters n'a pas pu les authentifier.", ["unverified_media"]),
        ("Videos circulated on Monday. Reuters could not verify them.", ["unverified_media"]),
    ],
)
def test_the_sentence_after_media_must_point_back_to_them(make_doc: MakeDoc, text: str, flags: list[str]) -> None:
    doc = make_doc(text)
    doc.text = text
    assert flag_content(doc).flags == flags


TESTIMONY = (
    "Une frappe russe a touché mardi un immeuble de Dnipro, faisant au moins six morts selon les autorités.\n"
    "Les secours ont dégagé plusieurs personnes des décombres pendant la nuit, a précisé le service d'urgence.\n"
    "Olena, 45 ans, raconte : j'étais dans ma cuisine quand j'ai entendu le sifflement. Mon mari m'a poussée "
    "dans le couloir, et j'ai vu le plafond tomber sur la table où je mangeais.\n"
    "Le maire a décrété une journée de deuil et annoncé l'ouverture de centres d'hébergement pour les sinistrés."
)
INTERVIEW = (
    "Une frappe russe a touché mardi un immeuble de Dnipro, selon les autorités régionales.\n"
    "— Comment avez-vous vécu la nuit ?\n"
    "— J'étais dans ma cuisine, j'ai entendu le sifflement. Mon mari m'a poussée, j'ai crié.\n"
    "— Je ne sais pas où dormir ce soir. Mes enfants sont chez ma sœur, et moi je reste ici."
)


@pytest.mark.parametrize("text", [TESTIMONY, INTERVIEW])
def test_testimony_and_interview_are_not_opinion(make_doc: MakeDoc, text: str) -> None:
    doc = make_doc(text)
    doc.text = text
    assert "opinion" not in flag_content(doc).flags


def test_a_neutral_tone_in_a_report_is_not_a_prompt(make_doc: MakeDoc) -> None:
    text = (
        "Le porte-parole du Kremlin a répondu sur un ton neutre que Moscou poursuivrait ses opérations.\n"
        "Les frappes ont repris dans la nuit, selon le gouverneur régional."
    )
    doc = flag_content(clean_text(make_doc(text)))
    assert doc.flags == [] and "ton neutre" in doc.text


# --- issue 17, second batch ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "BBC Verify has analysed videos posted online and confirmed they were filmed at the market.",
        "Our visual investigations team confirmed the footage was filmed near the station in Pokrovsk.",
        "Notre cellule de vérification a confirmé que les images avaient bien été tournées à Soumy.",
    ],
)
def test_confirmed_where_media_were_filmed_is_verified(sentence: str) -> None:
    assert verification_of(sentence) == "verified"


def test_a_confirmed_statement_is_not_verified_media() -> None:
    assert verification_of("The ministry confirmed that two soldiers were killed in the attack.") is None


def test_a_personal_blog_disclaimer_is_opinion(flagged: Callable[..., Document]) -> None:
    disclaimer = "Ce blog est personnel, la rédaction n'est pas à l'origine de ses contenus."
    doc = flagged(f"{NEWS_FR}\n{disclaimer}")
    assert doc.flags == ["opinion"]


def test_a_blog_crumb_is_opinion_but_a_live_blog_is_not(flagged: Callable[..., Document]) -> None:
    title = "Pourquoi l'Europe doit livrer plus vite"
    assert "opinion" in flagged(f"Le Club\nBlog\n{title}\n{NEWS_FR}").flags
    assert "opinion" not in flagged(f"Live blog\n{title}\n{NEWS_FR}").flags


def test_a_quoting_policy_is_no_writing_prompt(flagged: Callable[..., Document]) -> None:
    policy = (
        "Lorsque vous citez et utilisez nos contenus, un hyperlien vers le premier paragraphe de l'article est requis."
    )
    doc = flagged(f"{NEWS_FR}\n{policy}")
    assert "ai_generated" not in doc.flags


@pytest.mark.parametrize(
    "sentence",
    [
        "Après analyse, nous n'avons pas été en mesure d'établir où ni quand ces images ont été filmées.",
        "Reuters could not independently establish when the video was recorded.",
    ],
)
def test_unknown_place_or_time_of_media_is_unverified(sentence: str) -> None:
    assert verification_of(sentence) == "unverified"


def test_a_menu_bar_is_no_crumb_trail(flagged: Callable[..., Document]) -> None:
    """Four one-word lines or more above the headline are a menu: its last item is one section among others."""
    title = "Drone debris damages a school in Kharkiv"
    assert "opinion" not in flagged(f"Kyiv Post\nUkraine\nWorld\nBusiness\nOpinion\n{title}\n{NEWS_EN}").flags
    assert "opinion" in flagged(f"Home\nOpinion\n{title}\n{NEWS_EN}").flags
    assert "opinion" in flagged(f"Accueil › Débats › Tribunes › Europe\n{title}\n{NEWS_FR}").flags


@pytest.mark.parametrize(
    "sentence",
    [
        "Une «vidéo» de frappe sur Odessa était générée par l'IA, selon des spécialistes.",
        'A "video" of a downed jet over Kyiv was generated by AI, experts said.',
    ],
)
def test_a_generated_medium_in_quotes_is_news_not_an_ai_text(sentence: str) -> None:
    doc = Document(doc_id="q", source="q.txt", raw=f"{sentence}\nLes autorités ont démenti toute frappe ce jour-là.")
    doc = flag_content(clean_text(doc))
    assert "ai_generated" not in doc.flags


def test_a_column_named_with_an_adjective_is_opinion() -> None:
    raw = "\n".join(
        [
            "La chronique économique de Claire Duval",
            "Pourquoi l'hiver ukrainien se jouera sur le réseau électrique",
            "Les frappes russes ont détruit une grande partie des centrales thermiques du pays depuis le printemps.",
            "L'exploitant du réseau prévoit des coupures tournantes dans plusieurs régions dès le mois de novembre.",
        ]
    )
    doc = flag_content(clean_text(Document(doc_id="c", source="c.txt", raw=raw)))
    assert doc.flags == ["opinion"]


def test_an_editorial_label_glued_under_the_crumb_is_opinion() -> None:
    """'Idées Tribunes Éditorial : …' on a page glued into one line: the crumb goes, the label stays the headline's."""
    body = [
        "Trois ans de guerre ont appris aux Européens que la sécurité du continent se joue aussi à Kharkiv.",
        "Les promesses faites au printemps tardent pourtant à se traduire en livraisons sur le terrain.",
        "Il serait temps que les capitales passent des déclarations aux actes, et vite.",
    ]
    raw = " ".join(["Idées Tribunes Éditorial : Kharkiv ne peut pas attendre", *body, "Partager"])
    doc = flag_content(clean_text(Document(doc_id="e", source="e.txt", raw=raw)))
    assert doc.flags == ["opinion"] and all(sentence in doc.text for sentence in body)


def test_a_generator_disclaimer_removed_by_the_clean_stage_still_flags() -> None:
    raw = "\n".join(
        [
            "Une frappe de drones a visé dans la nuit un dépôt de carburant près de Dnipro, selon le gouverneur.",
            "Cet article a été rédigé avec l'aide d'une intelligence artificielle et relu par la rédaction.",
            "Aucune victime n'a été signalée, mais l'incendie a duré plusieurs heures avant d'être maîtrisé.",
        ]
    )
    doc = flag_content(clean_text(Document(doc_id="d", source="d.txt", raw=raw)))
    assert doc.flags == ["ai_generated"] and "intelligence artificielle" not in doc.text


def test_an_origin_that_could_not_be_established_is_unverified() -> None:
    raw = "\n".join(
        [
            "Une vidéo partagée sur Telegram montre un blindé en flammes à l'entrée d'un village près de Koupiansk.",
            "La séquence, dont l'origine n'a pu être établie, a été vue des centaines de milliers de fois.",
            "L'état-major ukrainien n'a pas commenté ces images dans l'immédiat.",
        ]
    )
    doc = flag_content(clean_text(Document(doc_id="o", source="o.txt", raw=raw)))
    assert doc.flags == ["unverified_media"]


def test_an_english_opinion_label_with_a_possessive_is_not_another_language() -> None:
    """ "Opinion | Ukraine's blackout winter": the 's of a possessive is no French stop word."""
    raw = "\n".join(
        [
            "Opinion | Ukraine's blackout winter",
            "Russian strikes on the power grid have intensified since early autumn, the national operator said.",
            "Several central regions faced hours-long blackouts this week, and more are expected in December.",
        ]
    )
    doc = flag_content(clean_text(Document(doc_id="e", source="e.txt", raw=raw)))
    assert doc.flags == ["opinion"] and "Ukraine's blackout winter" in doc.text


# --- issue 17, round 5: what a generator phrase is about ------------------------------------------------------------

_DNIPRO = "Une frappe de drones a visé dans la nuit un dépôt de carburant près de Dnipro, selon le gouverneur régional."


@pytest.mark.parametrize(
    "sentence",
    [
        "Ces petits calculateurs, conçus avec l'aide de l'intelligence artificielle, reconnaissent un char à 500 m.",
        "Le logiciel de ciblage, rédigé avec l'aide de l'intelligence artificielle, équipe déjà trois brigades.",
        "The targeting software, produced with the help of AI by a Kyiv start-up, now flies on interceptor drones.",
        "An AI-generated video purporting to show a general surrendering spread on Telegram on Tuesday.",
        "Un rapport du renseignement, rédigé avec l'aide de l'intelligence artificielle, chiffre les pertes russes.",
        "Des sous-titres générés automatiquement accompagnent la vidéo du discours du président.",
    ],
)
def test_a_generator_phrase_about_a_thing_the_text_reports_on_is_news(sentence: str) -> None:
    doc = Document(doc_id="n", source="n.txt", raw=f"{_DNIPRO}\n{sentence}")
    doc.text = doc.raw
    assert "ai_generated" not in flag_content(doc).flags


@pytest.mark.parametrize(
    "sentence",
    [
        "L'illustration de cet article a été générée par l'intelligence artificielle.",
        "Photo d'illustration générée par l'IA",
        "Portions of this story were written with the help of AI and checked by our editors.",
        "This summary was generated by AI from wire copy.",
        "Rédigé avec l'aide de l'IA, ce texte a été relu par un journaliste de la rédaction.",
    ],
)
def test_a_generator_phrase_about_the_page_itself_is_a_disclosure(sentence: str) -> None:
    doc = Document(doc_id="d", source="d.txt", raw=f"{_DNIPRO}\n{sentence}")
    doc.text = doc.raw
    doc = flag_content(doc)
    assert doc.flags == ["ai_generated"] and doc.flag_evidence["ai_generated"] == sentence


# --- issue 17, round 5: a fresh probe of flag pages of our own, scored before any change (27/33 pages right,
# F1 0.850: fn 6 — cross-checked footage, "d'en vérifier l'authenticité", a guest essay, an open letter, "As an
# AI, I …"); each page: the flags expected and its lines -------------------------------------------------------

_N1 = "Une frappe de drones a visé dans la nuit un dépôt de carburant près de Dnipro, selon le gouverneur régional."
_N2 = (
    "Les pompiers ont mis plusieurs heures à maîtriser l'incendie, qui n'a pas fait de victime, a "
    "précisé le service d'urgence."
)
_E1 = "Russian drones hit an energy facility in the Odesa region overnight, the regional governor said on Telegram."
_E2 = "Firefighters brought the blaze under control by morning and no casualties were reported, officials said."
_ROUND_5_PAGES = [
    (
        ["verified_media"],
        [
            _N1,
            "Les images de l'incendie, diffusées sur Telegram, ont été authentifiées par notre "
            "cellule de vérification.",
            _N2,
        ],
    ),
    (
        ["verified_media"],
        [
            _N1,
            "Une vidéo montre une boule de feu au-dessus des cuves. La rédaction a pu recouper ces "
            "images avec des photos satellites prises le lendemain.",
            _N2,
        ],
    ),
    (
        ["verified_media"],
        [
            _N1,
            "Selon l'analyse des Décodeurs, la vidéo a bien été filmée à l'entrée sud de la ville, "
            "près d'une station-service reconnaissable.",
            _N2,
        ],
    ),
    (
        ["verified_media"],
        [
            _N1,
            "Notre équipe a retrouvé l'emplacement exact où la vidéo a été tournée, à deux kilomètres du dépôt.",
            _N2,
        ],
    ),
    (
        ["verified_media"],
        [_E1, "BBC Verify matched the buildings in the footage to satellite images of the port of Izmail.", _E2],
    ),
    (
        ["verified_media"],
        [
            _E1,
            "The New York Times verified the video by comparing the silos and a water tower visible "
            "in it with satellite imagery.",
            _E2,
        ],
    ),
    (
        ["verified_media"],
        [
            _E1,
            "Reuters was able to confirm the location of the video from the road layout, the buildings and the trees.",
            _E2,
        ],
    ),
    (["unverified_media"], [_N1, "Ces images n'ont pas pu être authentifiées de source indépendante.", _N2]),
    (
        ["unverified_media"],
        [
            _N1,
            "Une vidéo circulant sur les réseaux sociaux montre des flammes hautes de plusieurs "
            "dizaines de mètres. Il n'a pas été possible d'en vérifier l'authenticité dans l'immédiat.",
            _N2,
        ],
    ),
    (
        ["unverified_media"],
        [_N1, "L'AFP n'était pas en mesure de vérifier dans l'immédiat les vidéos publiées par l'armée russe.", _N2],
    ),
    (
        ["unverified_media"],
        [_N1, "Nous ne sommes pas en mesure d'authentifier ces images, publiées par un canal prorusse.", _N2],
    ),
    (
        ["unverified_media"],
        [
            _E1,
            "Video shared on social media showed a large fire at the site, though CNN could not "
            "independently confirm its authenticity.",
            _E2,
        ],
    ),
    (
        ["unverified_media"],
        [
            _E1,
            "Newsweek has not independently verified the footage, which was posted by a pro-Kremlin military blogger.",
            _E2,
        ],
    ),
    (
        ["unverified_media"],
        [
            _E1,
            "The Kyiv Independent could not verify the claims or the videos published by the Russian Defense Ministry.",
            _E2,
        ],
    ),
    ([], [_N1, "Une vidéo publiée par le gouverneur montre des pompiers arrosant les cuves au lever du jour.", _N2]),
    (
        [],
        [
            _N1,
            "Moscou affirme avoir abattu 30 drones, un chiffre qui n'a pas pu être vérifié de source indépendante.",
            _N2,
        ],
    ),
    (
        [],
        [
            _E1,
            "Russia said it had destroyed 40 drones overnight, a claim that could not be independently verified.",
            _E2,
        ],
    ),
    ([], [_E1, "Photos released by the governor's office showed charred tanks and twisted metal at the site.", _E2]),
    ([], [_N1, "Le parquet a ouvert une enquête pour vérifier les circonstances de l'incendie.", _N2]),
    (
        ["opinion"],
        [
            "Tribune",
            "« L'Europe doit enfin protéger le ciel ukrainien »",
            "Par Claire Fontaine, ancienne ambassadrice",
            _N1,
            "Je suis convaincue que nous avons trop attendu. Nos hésitations coûtent des vies chaque nuit.",
            "Il est temps que je le dise clairement : l'Europe peut fournir ces systèmes, et elle doit le faire.",
        ],
    ),
    (
        ["opinion"],
        [
            "Opinion | Why I changed my mind about sending troops to Ukraine",
            _E1,
            "I have long argued that Western soldiers should stay out of this war. I no longer believe that.",
            "My reasons are simple, and I think most readers who followed this war will share them.",
        ],
    ),
    (
        ["opinion"],
        [
            "Guest Essay",
            "Ukraine Cannot Win a War of Attrition on Promises Alone",
            _E1,
            "I spent three weeks with a drone unit near Pokrovsk this winter, and I came back convinced of one thing.",
            "We in the West keep promising and keep delivering late. I have seen what that costs.",
        ],
    ),
    (
        ["opinion"],
        [
            "Le billet de Marc Lenoir",
            "Pourquoi je ne crois pas au cessez-le-feu",
            _N1,
            "Je l'écris sans plaisir : je ne crois pas à cette trêve. J'ai vu trop d'accords signés puis oubliés.",
            "Mon expérience de correspondant me rend méfiant, et je pense que Kiev a raison de l'être.",
        ],
    ),
    (
        ["opinion"],
        [
            "Lettre ouverte",
            "Monsieur le Président, nous vous demandons de livrer les missiles promis",
            _N1,
            "Nous, médecins de Kharkiv, soignons chaque nuit des blessés que ces missiles auraient pu épargner.",
            "Nous vous demandons d'agir avant l'hiver. Nous ne pouvons plus attendre.",
        ],
    ),
    (
        [],
        [
            "Analyse",
            "Pourquoi l'offensive russe piétine autour de Koupiansk",
            _N1,
            "Selon plusieurs analystes, l'armée russe manque de blindés pour exploiter ses percées.",
            "L'état-major ukrainien estime que les pertes russes dépassent 1 000 hommes par jour dans le secteur.",
        ],
    ),
    (
        [],
        [
            _N1,
            "« Je pense que nous tiendrons l'hiver, mais je ne sais pas comment », a confié un "
            "habitant, Mykola, 63 ans.",
            "« J'ai perdu ma maison en 2022 et je ne veux pas la perdre une deuxième fois », a-t-il ajouté.",
            _N2,
        ],
    ),
    (
        [],
        [
            "Entretien",
            "« Nous manquons de munitions, pas de courage »",
            "Le commandant d'une brigade répond à nos questions.",
            "Comment se passe la défense de la ville ?",
            "— Je vous le dis franchement : nous manquons de tout. Mes hommes tiennent, mais je ne "
            "sais pas combien de temps.",
            "Que demandez-vous aux alliés ?",
            "— Des obus. Je ne demande rien d'autre.",
        ],
    ),
    (
        ["ai_generated"],
        [
            _N1,
            _N2,
            "Cet article a été généré automatiquement à partir des données de l'armée de l'air et relu par un éditeur.",
        ],
    ),
    (["ai_generated"], [_E1, _E2, "This summary was created with the help of an AI tool and checked by our newsroom."]),
    (["ai_generated"], [_N1, _N2, "Voici une version plus courte de l'article, prête à être publiée :"]),
    (
        ["ai_generated"],
        [_E1, _E2, "Note: As an AI, I do not have access to real-time information, so please verify these figures."],
    ),
    (
        [],
        [
            _N1,
            "L'armée ukrainienne utilise l'intelligence artificielle pour analyser les images de ses "
            "drones de reconnaissance.",
            _N2,
        ],
    ),
    (
        [],
        [
            _E1,
            "A deepfake video generated with artificial intelligence showed the governor announcing "
            "an evacuation that never happened.",
            _E2,
        ],
    ),
]


@pytest.mark.parametrize(("want", "lines"), _ROUND_5_PAGES)
def test_round_5_flag_probe(want: list[str], lines: list[str]) -> None:
    doc = flag_content(clean_text(Document(doc_id="p", source="p.txt", raw="\n".join(lines))))
    assert doc.flags == want, doc.flag_evidence


@pytest.mark.parametrize(
    "line",
    [
        "Ce résumé a été rédigé à l'aide d'un outil d'intelligence artificielle, puis vérifié par un journaliste.",
        "Cette synthèse a été générée à l'aide d'une IA à partir de nos articles.",
        "This translation was produced with the help of AI and checked by an editor.",
    ],
)
def test_a_summarys_or_a_translations_generator_disclosure(line: str) -> None:
    raw = "\n".join([_N1, _N2, line])
    doc = flag_content(clean_text(Document(doc_id="s", source="s.txt", raw=raw)))
    assert doc.flags == ["ai_generated"] and line not in doc.text


@pytest.mark.parametrize("masthead", ["La Tribune", "L'Opinion"])
def test_an_outlets_masthead_named_like_a_section_is_not_opinion(
    flagged: Callable[..., Document], masthead: str
) -> None:
    doc = flagged(f"{masthead}\nFrappe sur Kharkiv : trois blessés\n{NEWS_FR}\nLes secours ont dégagé deux personnes.")
    assert "opinion" not in doc.flags


def test_a_crumb_naming_the_opinion_section_is_still_opinion(flagged: Callable[..., Document]) -> None:
    doc = flagged(
        "Accueil\nTribunes\nL'hiver sera long pour les villes du front et l'Europe le sait\n"
        "Les coupures de courant se multiplient à Kharkiv, et rien ne laisse penser que les frappes vont cesser."
    )
    assert doc.flags == ["opinion"]


# --- issue 17, sixth session: a fact-check's methods, an adjective of generation about a reported thing -----------


@pytest.mark.parametrize(
    "sentence",
    [
        "Using reverse image searches, we traced the clip to a 2021 exercise near Pskov.",  # fact-checking charity
        "A reverse image search shows the photo was first posted in 2019, in Syria.",  # wire fact check
        "Une recherche d'image inversée montre que cette vidéo circulait déjà en 2022.",  # French fact-check desk
        "Nous avons retrouvé la vidéo originale, publiée sur TikTok en mars 2023.",
        "Les Vérificateurs ont retrouvé la séquence d'origine, postée sur Telegram le 3 juin.",
    ],
)
def test_a_fact_checks_methods_verify_media(sentence: str) -> None:
    assert verification_of(sentence) == "verified"


@pytest.mark.parametrize(
    "sentence",
    [
        "The video first appeared on a Telegram channel close to the brigade on Monday.",  # described, no verdict
        "Une vidéo publiée par la brigade montre un drone FPV frapper un char près de Pokrovsk.",
        "The footage was shared widely on X, where it was viewed two million times.",
    ],
)
def test_footage_described_without_a_verdict_is_neither(sentence: str) -> None:
    assert verification_of(sentence) is None


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's Foreign Ministry introduces AI-generated spokesperson to read consular statements.",
        "Moldova warns of AI-generated robocalls imitating its president ahead of the vote.",
        "The broadcaster's AI-generated weather presenter will appear on its morning show from Monday.",
    ],
)
def test_an_ai_generated_thing_in_the_news_is_no_disclosure(flagged: Callable[..., Document], text: str) -> None:
    assert "ai_generated" not in flagged(f"{text}\n{NEWS_EN}").flags


@pytest.mark.parametrize(
    "line",
    [
        "AI-generated content. Reviewed by our editors.",
        "This article is AI-generated and was reviewed by the newsroom.",
    ],
)
def test_ai_generated_said_of_the_page_is_a_disclosure(flagged: Callable[..., Document], line: str) -> None:
    assert "ai_generated" in flagged(f"{NEWS_EN}\nPolice said the fire was put out by morning.\n{line}").flags


@pytest.mark.parametrize(
    ("line", "flagged_as_ai"),
    [
        ("Remarque : cet article a été généré à partir de dépêches par un système automatisé.", True),
        ("This story was produced from wire reports by an automated system and was not reviewed.", True),
        ("The automated system that tracks air-raid alerts failed for two hours on Monday, officials said.", False),
        ("Les alertes sont désormais diffusées par un système automatisé installé dans chaque quartier.", False),
    ],
)
def test_an_automated_systems_disclosure(flagged: Callable[..., Document], line: str, flagged_as_ai: bool) -> None:
    doc = flagged(f"{NEWS_FR}\nLes secours ont dégagé deux personnes des décombres dans la nuit.\n{line}")
    assert ("ai_generated" in doc.flags) is flagged_as_ai


# --- a fresh probe of 18 flag pages of our own, written after the sixteenth and seventeenth batches' fixes and scored
# before any change for it: 11/18 pages right, F1 0.588 (tp 5, fp 0, fn 7: "Perspective |", "Guest column:", "The Times
# view on …:" with a lone "Editorial" label, "rédigé par notre robot rédacteur", "drafted with the assistance of
# generative AI", "générée par Midjourney", "has verified the location of the video"); after: 18/18 ------------------

_P6_N = (
    "Une frappe de drones a endommagé dans la nuit une sous-station électrique de la région de Soumy, privant de "
    "courant 12 000 foyers, selon l'opérateur régional."
)
_P6_E = (
    "A drone strike damaged a power substation in the Sumy region overnight, cutting electricity to 12,000 homes, the "
    "regional operator said."
)
_P6_FR = (
    "Il faut le dire clairement : l'Europe a trop attendu. Chaque mois perdu se paie en vies ukrainiennes, et nos "
    "hésitations sont lues à Moscou comme une faiblesse.\nLa diplomatie ne se décrète pas, elle se prépare."
)
_P6_EN = (
    "It must be said plainly: Europe has waited too long. Every month lost is paid for in Ukrainian lives, and our "
    "hesitation is read in Moscow as weakness.\nDiplomacy is not declared; it is prepared, and it must be now."
)
_P6_INTERVIEW = (
    "— Pensez-vous que la ville tiendra l'hiver ?\n— Je pense que oui, si les réparations avancent. Je l'ai dit au "
    "maire la semaine dernière.\n— Qu'attendez-vous des alliés ?\n— J'attends des systèmes de défense antiaérienne."
)
PROBE_6_FLAGS = [
    (["opinion"], f"Le billet de Claire Morin\nLa paix, ce mot qu'on n'ose plus prononcer\n{_P6_FR}"),
    (["opinion"], f"OPINION\nThe West must not blink over Ukraine\n{_P6_EN}"),
    (["opinion"], f"Perspective | Why Europe should train Ukraine's pilots now\n{_P6_EN}"),
    (["opinion"], f"Guest column: Kyiv needs air defence, not promises\n{_P6_EN}"),
    (["opinion"], f"The Times view on Ukraine's energy grid: Keep the lights on\nEditorial\n{_P6_EN}"),
    (["ai_generated"], f"{_P6_N}\nCe texte a été rédigé par notre robot rédacteur à partir des données reçues."),
    (["ai_generated"], f"{_P6_E}\nThis post was drafted with the assistance of generative AI and edited by our staff."),
    (["ai_generated"], f"{_P6_N}\nIllustration générée par Midjourney."),
    (["verified_media"], f"{_P6_N}\nL'AFP a pu géolocaliser la vidéo à Pokrovsk grâce à un château d'eau."),
    (["unverified_media"], f"{_P6_E}\nThe Kyiv Independent could not verify the authenticity of the footage."),
    (["unverified_media"], f"{_P6_N}\nLes images, dont l'authenticité n'a pu être confirmée, montrent un incendie."),
    (["verified_media"], f"{_P6_E}\nSky News has verified the location of the video as a village in the Kursk region."),
    ([], f"{_P6_N}\nDans une tribune publiée par Le Monde, cinquante anciens diplomates appellent à des sanctions."),
    ([], f"{_P6_E}\nKyiv accuses Moscow of spreading AI-generated videos of surrendering soldiers on Telegram."),
    ([], f"{_P6_N}\nLe ministère n'a pas pu confirmer le nombre de victimes."),
    ([], f"Entretien\n{_P6_N}\n{_P6_INTERVIEW}"),
    ([], f"{_P6_E}\nA video posted by the brigade shows an FPV drone hitting a tank near Pokrovsk."),
    ([], f"{_P6_N}\nSelon le maire, qui s'exprimait dans une chronique radio, la situation reste « très tendue »."),
]


@pytest.mark.parametrize(("expected", "text"), PROBE_6_FLAGS)
def test_probe_of_the_sixth_session_flags(expected: list[str], text: str) -> None:
    doc = flag_content(clean_text(Document(doc_id="p", source="p.txt", raw=text)))
    assert sorted(doc.flags) == sorted(expected), doc.flag_evidence


@pytest.mark.parametrize(
    "line",
    [
        "Ces sites, générés par un algorithme, imitent les pages de médias français, selon Viginum.",
        "Le robot démineur a été détruit par un drone russe près de Koupiansk.",
        "From a Western perspective, the talks changed little, diplomats said.",
    ],
)
def test_news_near_the_sixth_sessions_flag_cues_is_not_flagged(flagged: Callable[..., Document], line: str) -> None:
    assert flagged(f"{NEWS_FR}\n{line}").flags == []


# a second flag probe of 12 pages, written after the first probe's fixes and scored before any change for it: 10/12,
# F1 0.875 (fp 1: a tribune reported inside a sentence of the news; fn 1: a "TRIBUNE." label with a full stop); 12/12
_P6_ARGUMENT = (
    "Je le dis sans détour : nous avons trop attendu. Chaque mois perdu se paie en vies ukrainiennes, et j'ai vu à "
    "Kharkiv ce que coûte notre prudence.\nJe ne crois pas que la paix viendra d'une conférence de plus. Elle "
    "viendra de notre fermeté, et je souhaite que Paris le dise."
)
PROBE_6_FLAGS_2 = [
    (["opinion"], f"TRIBUNE. Pourquoi l'Europe doit armer Kyiv sans attendre\n{_P6_ARGUMENT}"),
    (["opinion"], f"Par Anne Colin, professeure de relations internationales\nL'Europe et la guerre\n{_P6_ARGUMENT}"),
    (["ai_generated"], f"{_P6_N}\nRésumé généré par IA\nLes réparations prendront plusieurs jours."),
    (["ai_generated"], f"{_P6_N}\n« [Insérer ici une citation du maire] », a-t-il déclaré."),
    (["verified_media"], f"{_P6_N}\nLes Décodeurs ont pu dater la vidéo grâce à l'ombre des bâtiments."),
    (["verified_media"], f"{_P6_E}\nCNN has geolocated the footage to a street in Belgorod."),
    (["unverified_media"], f"{_P6_N}\nUne vidéo circule. La véracité de ces images n'a pas pu être établie."),
    (["unverified_media"], f"{_P6_E}\nA video appeared to show the fire. Reuters was unable to immediately verify it."),
    ([], f"Dans une tribune de Volodymyr Zelensky publiée mardi par Le Monde, le président appelle à agir.\n{_P6_N}"),
    ([], f"{_P6_E}\nKyiv could not verify Russia's claim that 300 soldiers were killed."),
    ([], f"Un éditorial du Global Times accuse Washington de prolonger la guerre.\n{_P6_N}"),
    ([], f"{_P6_E}\nThe ministry said the footage would be released after the investigation."),
]


@pytest.mark.parametrize(("expected", "text"), PROBE_6_FLAGS_2)
def test_second_probe_of_the_sixth_session_flags(expected: list[str], text: str) -> None:
    doc = flag_content(clean_text(Document(doc_id="p", source="p.txt", raw=text)))
    assert sorted(doc.flags) == sorted(expected), doc.flag_evidence


@pytest.mark.parametrize(
    "sentence",
    [
        "Reuters has not verified the footage.",
        "The Associated Press did not independently verify the video.",
        "CNN hasn't geolocated the clip posted on Telegram.",
    ],
)
def test_a_newsroom_that_has_not_verified_footage_is_an_unverified_verdict(sentence: str) -> None:
    assert verification_of(sentence) == "unverified"


# seventh session: a probe of 10 pages of our own (a radio chronique, an open letter, a guest essay, an AI summary,
# footage geolocated by a desk, footage a wire could not verify; hard negatives: a tribune cited in news, news about
# AI, a video described, first-person quotes), scored before any change: F1 1.0 (tp 6, fp 0, fn 0), 10/10 pages
PROBE_7_FLAGS = [
    (  # chronique_radio
        ["opinion"],
        [
            "France Bleu Isère",
            "La chronique de Julien Garnier",
            "Ukraine : arrêtons de nous mentir sur les sanctions",
            "Publié le 5 mars 2025",
            "Je l'avoue, j'ai longtemps cru que les sanctions suffiraient à faire plier Moscou.",
            "Je me trompais : l'économie russe s'est réorganisée, et nous avons fermé les yeux sur les contournements.",
            "Il est temps que nous assumions ce constat et que nous livrions enfin ce que Kiev demande.",
        ],
    ),
    (  # lettre_ouverte
        ["opinion"],
        [
            "Lettre ouverte",
            "À nos dirigeants : n'abandonnez pas Kharkiv",
            "Par un collectif de médecins",
            "Nous, soignants ukrainiens et français, vous écrivons depuis les hôpitaux de Kharkiv bombardés "
            "chaque semaine.",
            "Nous vous demandons de fournir sans délai des systèmes de défense aérienne à la ville.",
            "Nous refusons de compter nos morts en silence.",
        ],
    ),
    (  # guest_essay_en
        ["opinion"],
        [
            "Guest Essay",
            "Europe Cannot Outsource Its Security Any Longer",
            "By Anna Kowalska",
            "Ms. Kowalska is a former Polish deputy defense minister.",
            "I have sat in too many meetings where allies promised Ukraine more than they delivered.",
            "We must stop pretending that American guarantees will last forever.",
            "My country learned this lesson early; the rest of Europe should learn it now.",
        ],
    ),
    (  # ia_resume
        ["ai_generated"],
        [
            "Résumé généré par IA",
            "Ce résumé a été généré automatiquement par une intelligence artificielle et vérifié par la rédaction.",
            "Les forces ukrainiennes ont frappé un dépôt de munitions dans la région de Belgorod dans la nuit"
            " de lundi, selon l'état-major.",
            "Le gouverneur régional a fait état de deux blessés.",
        ],
    ),
    (  # geoloc_verified
        ["verified_media"],
        [
            "Des images de la frappe sur Odessa authentifiées",
            "Les vidéos publiées dimanche montrant l'incendie du port d'Odessa ont été géolocalisées par "
            "notre cellule de vérification : elles ont bien été tournées sur le quai numéro 3.",
            "Les ombres et la position des grues correspondent aux images satellites du jour.",
            "Selon le gouverneur, quatre personnes ont été blessées.",
        ],
    ),
    (  # unverif_en
        ["unverified_media"],
        [
            "Footage appears to show drone strike on Russian refinery",
            "Videos shared on Telegram on Friday appear to show a large fire at the Tuapse oil refinery after"
            " a drone attack.",
            "Reuters was unable to immediately verify the footage or the location.",
            "The local administration said the fire had been put out and no one was hurt.",
        ],
    ),
    (  # neg_tribune_cited
        [],
        [
            "Dans une tribune publiée jeudi par Le Monde, une centaine de chercheurs appellent l'Union "
            "européenne à saisir les avoirs russes gelés.",
            "La Commission européenne doit présenter une proposition en ce sens la semaine prochaine, selon "
            "un porte-parole.",
            "Plusieurs États membres, dont la Belgique, restent réticents.",
        ],
    ),
    (  # neg_ai_news_en
        [],
        [
            "Ukraine uses AI to sift through hours of drone footage, officials say",
            "Ukraine's defense ministry said on Tuesday it was using artificial intelligence software to "
            "analyze drone footage and spot Russian equipment.",
            "The system, developed by a Ukrainian startup, flags vehicles for human analysts, officials said.",
            "More than 2 million hours of video have been processed since 2023.",
        ],
    ),
    (  # neg_video_described
        [],
        [
            "Une vidéo diffusée par le ministère russe de la Défense montre des soldats plantant un drapeau "
            "dans le village.",
            "L'armée ukrainienne n'a pas commenté la prise revendiquée de la localité.",
            "Les combats se poursuivent dans le secteur de Koupiansk, selon l'état-major ukrainien.",
        ],
    ),
    (  # neg_first_person_quote
        [],
        [
            "« Je n'ai plus rien, ma maison a brûlé », raconte Olena, 67 ans, évacuée de Vovtchansk.",
            "« Nous avons passé trois nuits dans la cave », ajoute son voisin.",
            "Selon les autorités régionales, plus de 10 000 personnes ont été évacuées du secteur depuis le "
            "début de l'offensive russe.",
        ],
    ),
]


@pytest.mark.parametrize(("expected", "lines"), PROBE_7_FLAGS)
def test_probe_of_the_seventh_session_flags(expected: list[str], lines: list[str]) -> None:
    doc = flag_content(clean_text(Document(doc_id="p", source="p.txt", raw="\n".join(lines))))
    assert sorted(doc.flags) == sorted(expected), doc.flag_evidence


# --- issue 17, eighth session: probes of our own, scored before any change (37 sentences 32/37, then a second of
# 15 written after the first fixes 10/15): the families of the verification language and of opinion labels --------


@pytest.mark.parametrize(
    ("sentence", "flag"),
    [
        ("Notre cellule a confirmé l'emplacement de la vidéo : elle a été filmée près de la gare.", "verified_media"),
        ("Les vérificateurs de la RTBF ont pu localiser précisément la vidéo à Kherson.", "verified_media"),
        ("Le Figaro a pu identifier l'endroit où ces images ont été tournées.", "verified_media"),
        ("AP journalists confirmed the location of the footage using satellite images.", "verified_media"),
        ("Nos journalistes ont établi que la vidéo datait bien de lundi soir.", "verified_media"),
        ("Sky News verified when the footage was filmed from the position of the sun.", "verified_media"),
        ("Le Parisien n'a pas été en mesure d'authentifier ces images.", "unverified_media"),
        ("The Guardian has not been able to verify the video.", "unverified_media"),
        ("It was not possible to independently confirm the footage.", "unverified_media"),
        ("La provenance de ces images reste inconnue à ce stade.", "unverified_media"),
    ],
)
def test_verification_language_families(flagged: Callable[..., Document], sentence: str, flag: str) -> None:
    english = sentence.split()[0] in ("AP", "Sky", "The", "It")
    doc = flagged(f"{NEWS_EN if english else NEWS_FR}\n{sentence}")
    assert doc.flags == [flag]
    assert doc.flag_evidence[flag] == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Les enquêteurs ont pu identifier le suspect grâce aux images de vidéosurveillance.",
        "La police a pu établir le lieu de l'accident grâce aux témoins.",
        "The army has not been able to confirm the toll.",
        "Le gouverneur a publié une vidéo de l'immeuble détruit.",
        "L'origine de l'incendie reste inconnue.",
    ],
)
def test_no_verdict_on_media_is_no_flag(flagged: Callable[..., Document], sentence: str) -> None:
    english = sentence.startswith("The ")
    assert flagged(f"{NEWS_EN if english else NEWS_FR}\n{sentence}").flags == []


@pytest.mark.parametrize(
    "label",
    ["ÉDITO — Kharkiv, ville debout", "Edito. Le courage de Kharkiv", "Lettre ouverte aux dirigeants européens"],
)
def test_opinion_labels_of_other_outlets(flagged: Callable[..., Document], label: str) -> None:
    assert flagged(f"{label}\n{NEWS_FR}").flags == ["opinion"]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (
            "Une vidéo montre un char russe en feu. Des chercheurs l'ont géolocalisée au sud de Pokrovsk.",
            "Des chercheurs l'ont géolocalisée au sud de Pokrovsk.",
        ),
        (
            "Le blogueur a publié deux photos du pont détruit. Nos journalistes les ont authentifiées mercredi.",
            "Nos journalistes les ont authentifiées mercredi.",
        ),
        (
            "Les analystes d'un projet de cartographie ont situé ces images dans le centre de Koupiansk.",
            "Les analystes d'un projet de cartographie ont situé ces images dans le centre de Koupiansk.",
        ),
        (
            "CNN verified videos of the strike by matching the facades to satellite imagery.",
            "CNN verified videos of the strike by matching the facades to satellite imagery.",
        ),
    ],
)
def test_verified_media_by_pronoun_place_and_plural(flagged: Callable[..., Document], text: str, evidence: str) -> None:
    doc = flagged(f"{NEWS_EN if text.startswith('CNN') else NEWS_FR}\n{text}")
    assert doc.flags == ["verified_media"]
    assert doc.flag_evidence["verified_media"] == evidence


def test_a_pronoun_after_a_toll_is_no_media(flagged: Callable[..., Document]) -> None:
    """``l'ont confirmé`` after a toll: the pronoun points at the figure, not at media."""
    text = "Le bilan est de trois morts. Les secours l'ont confirmé dans la soirée."
    assert flagged(f"{NEWS_FR}\n{text}").flags == []


# --- issue 17, ninth session: families of the twenty-third batch's flags, on sentences of our own ------------------


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "Des images d'explosions circulent en ligne ; il n'était pas possible à ce stade d'en vérifier l'origine.",
            "unverified_media",
        ),
        (
            "Footage of the blast spread online. It was not possible at this stage to verify the video.",
            "unverified_media",
        ),
        (
            "Cet article a été préparé avec le concours d'un agent conversationnel et relu par la rédaction.",
            "ai_generated",
        ),
        ("Editor's note: this summary was produced with help from a chatbot and checked by an editor.", "ai_generated"),
        ("Cette synthèse a été rédigée avec l'assistance d'une IA générative.", "ai_generated"),
        ("Anne Moreau est chroniqueuse à La Gazette de l'Est.", "opinion"),
        ("Daniel Ross is a contributing opinion writer.", "opinion"),
    ],
)
def test_flag_families_of_the_twenty_third_batch(flagged: Callable[..., Document], text: str, flag: str) -> None:
    doc = flagged(f"{NEWS_EN if text[0] in 'FED' else NEWS_FR}\n{text}")
    assert doc.flags == [flag]
    assert doc.flag_evidence[flag]


@pytest.mark.parametrize(
    "text",
    [
        "Il n'était pas possible à ce stade de confirmer le bilan de l'attaque.",
        "Les drones sont guidés avec l'aide d'une IA lorsque leurs liaisons radio sont brouillées.",
        "Analysts say the drones were steered with the help of artificial intelligence.",
        "Le ministre, ancien chroniqueur de la radio publique, a démissionné mardi.",
        "Jean Martin est un habitant de Kherson depuis trente ans.",
    ],
)
def test_hard_negatives_of_the_twenty_third_batch(flagged: Callable[..., Document], text: str) -> None:
    assert flagged(f"{NEWS_EN if text.startswith('Analysts') else NEWS_FR}\n{text}").flags == []


# a flag probe of 17 sentences of our own written after the twenty-third batch's fixes, scored before any change for
# it: 10/17 pages right, F1 0.533 (tp 4, fp 0, fn 7; the code before the session the same): recall again
_PROBE_9 = [
    ("Ces vidéos, dont l'origine n'a pas été établie, ont été massivement partagées en ligne.", "unverified_media"),
    ("Nous n'avons pas été en mesure de dater précisément ces images.", "unverified_media"),
    ("It is unclear when or where the footage was recorded.", "unverified_media"),
    ("On ignore quand ces images ont été filmées.", "unverified_media"),
    ("Our visual investigations team matched the skyline in the footage to a district of Kherson.", "verified_media"),
    ("Nos journalistes ont fait correspondre les façades de la vidéo avec des vues du quartier.", "verified_media"),
    ("Cet article est une tribune, rédigée par un auteur extérieur au journal.", "opinion"),
    ("This is an opinion piece. The views are the author's.", "opinion"),
    ("Article généré avec l'assistance de Mistral puis vérifié par un journaliste.", "ai_generated"),
    ("This story was drafted with help from Gemini and edited by our staff.", "ai_generated"),
]


@pytest.mark.parametrize(("text", "flag"), _PROBE_9)
def test_flag_probe_of_the_ninth_session(flagged: Callable[..., Document], text: str, flag: str) -> None:
    english = text.split()[0] in ("It", "Our", "This")
    doc = flagged(f"{NEWS_EN if english else NEWS_FR}\n{text}")
    assert doc.flags == [flag]


@pytest.mark.parametrize(
    "text",
    [
        "Le président a publié une tribune dans Le Figaro pour défendre son plan.",
        "Une vidéo générée par intelligence artificielle montrant le président ukrainien a circulé.",
        "Le nombre de victimes n'a pas été établi.",
        "Des images satellites publiées par Maxar montrent des avions détruits sur la base.",
        "It is unclear when the talks will resume.",
        "In an op-ed published Tuesday, the senator called for more aid to Kyiv.",
    ],
)
def test_hard_negatives_of_the_ninth_session_probe(flagged: Callable[..., Document], text: str) -> None:
    english = text.split()[0] in ("It", "In")
    assert flagged(f"{NEWS_EN if english else NEWS_FR}\n{text}").flags == []
