"""Hard-wrapped pages (text-mode browsers, newsletters, plain-text feeds): paragraphs rejoined, nothing else."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from kronika.model import Document
from kronika.stages.clean import clean_text
from kronika.stages.clean_wrap import unwrap

MakeDoc = Callable[..., Document]

PARAGRAPHS = [
    "Ukraine : deux morts dans une frappe de drones sur Kherson",
    "Deux civils ont été tués et cinq autres blessés mardi matin lorsqu'un drone russe a largué des explosifs sur "
    "un marché du quartier de Dniprovskyi, à Kherson, a annoncé le gouverneur régional Oleksandr Prokoudine sur "
    "Telegram, précisant qu'un adolescent figurait parmi les blessés.",
    "« Les Russes visent délibérément les lieux où se rassemblent les habitants », a déclaré le maire, qui a "
    "appelé la population à limiter ses déplacements dans les quartiers proches du fleuve Dniepr.",
    "Moscou n'a pas réagi à ces accusations. La rive gauche du fleuve est occupée par les forces russes depuis "
    "novembre 2022, date du retrait russe de la ville.",
]


def wrapped(width: int) -> str:
    return "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in PARAGRAPHS)


def test_paragraphs_wrapped_at_a_column_are_joined_again() -> None:
    for width in (64, 72, 79):
        assert unwrap(wrapped(width)).split("\n\n") == PARAGRAPHS


def test_a_page_of_long_lines_is_not_touched() -> None:
    page = "\n".join(PARAGRAPHS)
    assert unwrap(page) == page


def test_a_page_of_short_lines_is_not_touched() -> None:
    menu = "\n".join(["Accueil", "International", "Guerre en Ukraine", "Économie", "Sport", "Culture", "Météo"])
    assert unwrap(menu) == menu


def test_a_short_line_before_a_paragraph_stays_a_line_of_its_own() -> None:
    text = unwrap(wrapped(72))
    assert text.startswith(PARAGRAPHS[0] + "\n\n")


def test_the_clean_stage_reads_a_wrapped_page_as_paragraphs(make_doc: MakeDoc) -> None:
    doc = clean_text(make_doc(wrapped(72)))
    for paragraph in PARAGRAPHS[1:]:
        assert paragraph in doc.text
