"""Issue 17, twelfth session: page furniture and flags on pages as scrapers bring them; on short pages written for
these tests in the style of several outlets (no text of any real page)."""

from __future__ import annotations

import pytest

from kronika.model import Document
from kronika.stages.clean import clean_text

HEADLINE_EN = "Russian drone hits a city bus in Kherson, wounding two"
BODY_EN = [
    "A Russian drone struck a city bus in Kherson's Korabel district on Thursday morning, wounding two passengers, "
    "the regional military administration said.",
    "The driver managed to stop the vehicle and rescuers arrived within minutes, officials said.",
    "The city, on the right bank of the Dnipro, has been hit by drones almost every day since the autumn.",
]


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
