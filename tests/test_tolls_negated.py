"""A victim the text negates is no victim: "No one was hurt" is not one injured, "Personne n'a été blessé" is not
one person injured (sentences written for the project, in wire and regional-daily styles)."""

import pytest

from kronika.tolls import casualties

NEGATED = [
    ("No one was hurt in the attack on the depot, the regional governor said on Telegram.", (None, None)),
    ("Not a single one of the residents was injured, officials said.", (None, None)),
    ("Personne n'a été blessé, selon les pompiers de la région.", (None, None)),
    ("Il n'y a eu aucun blessé, a précisé le maire de la ville.", (None, None)),
    ("Aucune victime n'est à déplorer après la chute des débris.", (None, None)),
    ("Deux civils ont été tués et personne n'a été blessé, selon le gouverneur.", (2, None)),
    ("No one was killed, but one woman was wounded by shrapnel.", (None, 1)),
    ("Personne n'a été tué, mais trois habitants ont été blessés.", (None, 3)),
]

STILL_COUNTED = [
    ("Une personne a été blessée par la chute de débris.", (None, 1)),
    ("One person was injured when the drone hit the building.", (None, 1)),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED + STILL_COUNTED)
def test_a_negated_victim_is_no_victim(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected
