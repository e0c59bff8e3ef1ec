"""Lines above the body that a page's structure, not its words, marks as furniture (for the clean stage).

* **fields**: a run of three lines or more of ``Label: value`` above the first paragraph is a block of metadata
  (an RSS item or an e-mail turned into text, a file's front matter: ``Link: …``, ``Author: …``,
  ``Categories: …``); the title's field is the headline and stays;
* **crumbs**: above the first paragraph, a line of three items or more, each of one to three capitalised words,
  between the same separator (``Défense - Guerre - Conflit``, ``Monde | Europe | Ukraine``) is a section crumb.
"""

from __future__ import annotations

import re

from kronika.stages.clean_rules import FULL_STOP, Page

_FIELD = re.compile(r"^[\W_]*(?P<label>[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][a-zà-ÿ]+)?)\s?:\s*\S")
_TITLE_LABELS = frozenset({"title", "titre", "headline", "subject", "objet", "sujet"})
_FIELD_WORDS = 20  # a field's value is short; a longer line is prose with a label ("Source: …, who said …")
_MIN_FIELDS = 3  # two labelled lines may be the article's own layout ("Lieu : …", "Date : …")
_CRUMB_SEPARATORS = (" - ", " – ", " | ", " > ", " / ", " · ", " • ")
_MIN_CRUMBS = 3


def mark_head_fields(page: Page) -> None:
    """Field runs and crumb lines above the first paragraph."""
    paragraphs = [i for i in page.live() if page.is_prose(i) and FULL_STOP.search(page.lines[i])]
    head = [i for i, line in enumerate(page.lines) if line and (not paragraphs or i < paragraphs[0])]
    run: list[int] = []
    for index in [*head, -1]:
        if index >= 0 and _is_field(page, index):
            run.append(index)
            continue
        if len(run) >= _MIN_FIELDS:
            for member in run:
                label = _FIELD.match(page.lines[member])
                if member not in page.reasons and label and label.group("label").casefold() not in _TITLE_LABELS:
                    page.reasons[member] = "metadata header"
        run = []
    for index in head:
        if index not in page.reasons and is_crumb_line(page.lines[index]):
            page.reasons[index] = "navigation"


def _is_field(page: Page, index: int) -> bool:
    return bool(_FIELD.match(page.lines[index])) and len(page.words[index]) <= _FIELD_WORDS


def is_crumb_line(line: str) -> bool:
    """Three items or more of one to three words each, the first capitalised, between one separator."""
    for separator in _CRUMB_SEPARATORS:
        items = [item.strip() for item in line.split(separator)]
        if len(items) < _MIN_CRUMBS:
            continue
        if all(1 <= len(item.split()) <= 3 and item[:1].isupper() and not FULL_STOP.search(item) for item in items):
            return True
    return False
