"""Contest and verdict rules of round 6, on sentences written for the tests in several outlets' styles.

A correction of the target or of the facts ("un dépôt de munitions, et non un hôpital", "au contraire"), a
counter-statement with no denial verb ("there were no military facilities near the building", "l'attaque a été
repoussée", "all the drones were shot down") against what the other side claims; a fact-checker who "verified" that
footage is old; two verdicts in one sentence (geolocated by one, not verifiable by another).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kronika.model import Document
from kronika.registry import fold

pytestmark = pytest.mark.model

CONTEST_CASES_6 = [
    (  # a correction of the target, French wire style
        "Une frappe russe a touché lundi un centre de rééducation à Tchernihiv, faisant quatre morts, a indiqué le "
        "gouverneur régional. Le ministère russe de la Défense a affirmé avoir visé « un centre de commandement "
        "ukrainien ». C'était une clinique pleine de patients, et non un centre de commandement, a rétorqué le maire.",
        True,
    ),
    (  # a correction in the English broadsheet style
        "A Russian missile hit a shopping street in Sumy on Friday, killing three people, the regional governor "
        "said. Moscow said it had struck a Ukrainian army fuel depot, not a civilian area.",
        True,
    ),
    (  # no military target, said against the other side's version
        "Russia's defence ministry said its strike on Kharkiv on Sunday had destroyed a barracks used by foreign "
        "fighters. The city's mayor, Ihor Terekhov, said there were no military facilities in the area, only homes "
        "and a kindergarten.",
        True,
    ),
    (  # 'au contraire' and an assault beaten back, Swiss regional paper on an agency dispatch
        "L'armée russe a revendiqué jeudi la prise du village de Novomykhaïlivka, dans la région de Donetsk. "
        "L'état-major ukrainien affirme au contraire que ses unités y tiennent toujours le terrain.",
        True,
    ),
    (  # a capture claimed, the assault 'repelled' in the other side's words
        "Des combattants pro-ukrainiens ont affirmé mardi s'être emparés du village de Tiotkino, dans la région "
        "russe de Koursk. Selon le ministère russe de la Défense, l'attaque a été repoussée et les assaillants ont "
        "reflué vers la frontière.",
        True,
    ),
    (  # every attacker destroyed: the hit the other side claims did not happen
        "Ukraine's navy said on Thursday its sea drones had hit a Russian patrol boat near Sevastopol. Russia's "
        "defence ministry said its forces had destroyed all six Ukrainian unmanned boats that tried to approach the "
        "port.",
        True,
    ),
    (  # the same side's updated toll and a statement of no military target with nobody claiming one
        "Un missile russe a frappé un immeuble résidentiel de Zaporijjia dans la nuit de mardi à mercredi. Le "
        "gouverneur Ivan Fedorov a d'abord fait état de deux morts, puis de quatre. « Il n'y avait aucune cible "
        "militaire dans ce quartier », a-t-il ajouté.",
        False,
    ),
    (  # the two sides agree on a withdrawal
        "Le ministère russe de la Défense a annoncé samedi la prise de la localité de Krasnohorivka, dans la région "
        "de Donetsk. L'armée ukrainienne a confirmé que ses troupes s'étaient retirées de la localité pour éviter "
        "l'encerclement.",
        False,
    ),
    (  # the two sides agree on an exchange, same numbers
        "Russia and Ukraine exchanged 103 prisoners of war each on Saturday after mediation by the United Arab "
        "Emirates. Russia's defence ministry said 103 Russian soldiers had been returned. President Volodymyr "
        "Zelensky said 103 Ukrainian defenders were home.",
        False,
    ),
]

VERDICT_CASES_6 = [
    (  # a fact-checker 'verified' that the footage is old: unverified, whatever the verb
        "Un missile russe a touché un immeuble de Dnipro dimanche, faisant six morts, selon les autorités "
        "régionales.\n\nUne vidéo présentée comme celle de l'explosion a été vue des centaines de milliers de fois. "
        "Elle date en réalité de 2021 et a été tournée en Syrie, a vérifié la rubrique Fake Off de 20 Minutes.",
        "unverified",
        "20 Minutes",
    ),
    (  # two verdicts in one sentence: geolocated by an OSINT project, not verifiable by the newsroom
        "Les troupes russes se sont emparées de Toretsk, dans la région de Donetsk, a annoncé le ministère russe "
        "de la Défense.\n\nUne vidéo montre des "
        "soldats russes plantant un drapeau dans le centre du village. La séquence, géolocalisée par les analystes "
        "du projet DeepState, n'a pas pu être authentifiée de façon indépendante par notre rédaction.",
        "verified",
        "DeepState",
    ),
    (  # the same in English: one newsroom geolocated, could not date
        "A Russian glide bomb hit a school in Kharkiv on Monday, wounding nine people, the regional governor "
        "said.\n\nRadio Free Europe geolocated a video of the burning school to a street in the Saltivka district "
        "but could not independently verify when it was filmed.",
        "verified",
        "Radio Free Europe",
    ),
    (  # a recycled clip found by a Russian independent outlet
        "Belgorod's governor said a Ukrainian drone had hit a car park in the city on Tuesday, wounding two "
        "people.\n\nA video shared by pro-Kremlin channels as showing the strike was first posted in 2023 and shows "
        "a fire in Rostov, Meduza found.",
        "unverified",
        "Meduza",
    ),
]


@pytest.mark.parametrize(("text", "contested"), CONTEST_CASES_6)
def test_corrections_and_counter_statements_contest(
    run_text: Callable[..., Document], text: str, contested: bool
) -> None:
    doc = run_text(text, date="2024-06-12")
    assert doc.events, "the events stage found no event"
    assert any(e.contested for e in doc.events) is contested, [(c.source, c.side, c.stance) for c in doc.claims]


@pytest.mark.parametrize(("text", "verification", "verifier"), VERDICT_CASES_6)
def test_two_verdicts_in_a_sentence_and_a_fact_checker_verifying_a_fake(
    run_text: Callable[..., Document], text: str, verification: str, verifier: str
) -> None:
    doc = run_text(text, date="2024-06-12")
    assert doc.events and doc.events[0].verification == verification
    assert f"{verification}_media" in doc.flags
    assert {"verified_media", "unverified_media"} - {f"{verification}_media"} - set(doc.flags)
    last = fold(text.split("\n\n")[-1])
    claims = [c for c in doc.claims if fold(c.text) in last]
    assert any(fold(verifier) in fold(c.source + " " + c.source_surface) for c in claims), claims


def test_a_correction_is_a_denial_but_a_count_with_pas_un_seul_is_not(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Moscou a assuré que ses missiles avaient frappé un dépôt de munitions, et non un hôpital, à Kherson. Le "
        "gouverneur a indiqué que trois maisons avaient été touchées, pas un seul blessé n'étant à déplorer.",
        date="2024-06-12",
    )
    stances = {fold(c.text)[:20]: c.stance for c in doc.claims}
    assert [s for t, s in stances.items() if "moscou" in t] == ["deny"], stances
    assert [s for t, s in stances.items() if "le gouverneur" in t] == ["assert"], stances


def test_counting_calling_and_toll_verbs_report(run_text: Callable[..., Document]) -> None:
    """ "a recensé", "called it a …", "had put the toll at": a count or a qualification is a claim of its author."""
    doc = run_text(
        "Une frappe russe a touché un immeuble de Kharkiv mardi. La mission de l'ONU en Ukraine a de son côté recensé "
        "au moins six civils tués, un chiffre provisoire.",
        date="2024-06-12",
    )
    assert any("six civils" in c.text and "ONU" in c.source_surface for c in doc.claims), doc.claims
    doc = run_text(
        "A Russian glide bomb hit a shopping centre in Kharkiv on Saturday, killing 12 people, the regional governor "
        "said. Earlier, the mayor had put the toll at eight dead. President Volodymyr Zelensky called it an act of "
        "terror against civilians.",
        date="2024-06-12",
    )
    sources = {c.source: c.text for c in doc.claims}
    assert "eight dead" in sources.get("the mayor", ""), sources
    assert "act of terror" in sources.get("Volodymyr Zelensky", ""), sources


def test_selon_lui_after_a_body_that_opened_the_sentence_before(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Des missiles russes ont frappé le port d'Odessa dans la nuit. « Des entrepôts de céréales ont brûlé », a "
        "indiqué le gouverneur Oleh Kiper.\n\nLe ministère russe de la Défense donne une autre version des faits. "
        "Selon lui, les missiles ont détruit un atelier de drones navals, et non des entrepôts de céréales.",
        date="2024-06-12",
    )
    claim = next(c for c in doc.claims if "atelier" in c.text)
    assert claim.source == "Ministry of Defence of Russia" and claim.stance == "deny"
    assert doc.events and all(e.contested for e in doc.events)


def test_bloggers_are_someone(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Une frappe ukrainienne a touché une caserne à Louhansk. Plusieurs blogueurs militaires russes ont critiqué "
        "le commandement pour avoir regroupé les soldats au même endroit.",
        date="2024-06-12",
    )
    assert any("blogueurs" in c.source_surface for c in doc.claims), doc.claims


def test_a_name_inside_the_quotation_is_not_what_the_pronoun_refers_to(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "L'armée russe a revendiqué la prise de Pokrovsk.\n\nLe porte-parole de l'armée ukrainienne, Andriï "
        "Kovalov, a rejeté cette annonce. « Pokrovsk tient. Nos unités défendent toujours le centre-ville », a-t-il "
        "déclaré.",
        date="2024-06-12",
    )
    claim = next(c for c in doc.claims if "centre-ville" in c.text)
    assert claim.source == "Andriï Kovalov" and claim.stance == "deny", doc.claims


def test_a_time_adverbial_is_no_part_of_the_subject(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "A Russian drone hit a bus in Kherson on Monday, killing two people, governor Oleksandr Prokudin said. "
        "Earlier in the day he had reported one dead.",
        date="2024-06-12",
    )
    claim = next(c for c in doc.claims if "one dead" in c.text)
    assert claim.source == "Oleksandr Prokudin" and claim.source_surface == "he"


@pytest.mark.parametrize(
    "sentence",
    [
        "Les journalistes de l'AFP ont situé ces images dans le centre de la ville.",
        "Our visual investigations team verified videos of the strike by matching them to satellite imagery.",
    ],
)
def test_locating_and_matching_footage_are_verdicts(sentence: str) -> None:
    from kronika.verification import verdict_of

    assert verdict_of(sentence) == "verified"


def test_a_capital_speaks_for_its_government_even_with_a_marker(run_text: Callable[..., Document]) -> None:
    doc = run_text(
        "Des soldats nord-coréens ont été capturés dans la région de Koursk, selon Kiev. Pyongyang, de son côté, a "
        "démenti toute présence de ses troupes en Russie. Pékin, pour sa part, a estimé que ces informations "
        "devaient être vérifiées.",
        date="2024-06-12",
    )
    stances = {c.source: c.stance for c in doc.claims}
    assert stances.get("Pyongyang") == "deny" and "Pékin" in stances, stances
