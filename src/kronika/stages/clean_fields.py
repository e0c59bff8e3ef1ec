"""Lines above the body that a page's structure, not its words, marks as furniture (for the clean stage).

* **fields**: a run of three lines or more of ``Label: value`` above the first paragraph is a block of metadata
  (an RSS item or an e-mail turned into text, a file's front matter: ``Link: …``, ``Author: …``,
  ``Categories: …``); the title's field is the headline and stays;
* **crumbs**: above the first paragraph, a line of three items or more, each of one to three capitalised words,
  between the same separator (``Défense - Guerre - Conflit``, ``Monde | Europe | Ukraine``) is a section crumb;
* **galleries**: on a page with two slide counters or more (``1 / 8``, ``Photo 2 sur 12``), the captions are the
  page's text: a caption and its credit (``Un immeuble éventré à Kharkiv, le 25 mai. © NAME / AFP``) lose the
  credit only, where elsewhere the caption of a picture goes with its credit.
"""

from __future__ import annotations

import re

from kronika.model import Removal
from kronika.stages.clean_rules import CREDIT_SPLIT, FULL_STOP, WORD, Page
from kronika.stages.language import fold_word

_FIELD = re.compile(r"^[\W_]*(?P<label>[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][a-zà-ÿ]+)?)\s?:\s*\S")
_TITLE_LABELS = frozenset({"title", "titre", "headline", "subject", "objet", "sujet"})
_FIELD_WORDS = 20  # a field's value is short; a longer line is prose with a label ("Source: …, who said …")
_MIN_FIELDS = 3  # two labelled lines may be the article's own layout ("Lieu : …", "Date : …")
_CRUMB_SEPARATORS = (" - ", " – ", " | ", " > ", " / ", " · ", " • ")
_MIN_CRUMBS = 3
_SLIDE_COUNTER = re.compile(r"^(?:(?:photo|image|diapo|slide|picture)s?\s+)?\d{1,3}\s*(?:/|sur|of|de)\s*\d{1,3}$", re.I)
_MIN_SLIDES = 2
_CAPTION_WORDS = 6  # a caption of this many words or more, a sentence, is kept on a gallery's page


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


def keep_gallery_captions(page: Page) -> list[Removal]:
    """On a gallery's page, a caption removed with its credit comes back without it; the credits removed."""
    if sum(bool(_SLIDE_COUNTER.match(line.strip())) for line in page.lines) < _MIN_SLIDES:
        return []
    removed: list[Removal] = []
    for index, reason in list(page.reasons.items()):
        if reason != "photo credit":
            continue
        line = page.lines[index]
        cuts = [m.start() for m in CREDIT_SPLIT.finditer(line)]
        caption = line[: cuts[-1]].strip() if cuts else ""
        if len(WORD.findall(caption)) < _CAPTION_WORDS or not FULL_STOP.search(caption):
            continue
        removed.append(Removal(line[len(caption) :].strip(), "photo credit"))
        page.lines[index] = caption
        page.words[index] = [fold_word(w) for w in WORD.findall(caption)]
        page.densities.pop(index, None)
        del page.reasons[index]
    return removed
