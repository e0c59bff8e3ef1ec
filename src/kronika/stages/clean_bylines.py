"""Bylines of the clean stage: the author's name, role and note wherever a page puts them.

The byline itself (``Par Name Name``, ``By Name``) is a line rule (``clean_lines.py``); this module reads the lines
around it and the head of the page: the role under a byline, a role and a name above the first paragraph, a name
alone next to the publication stub, and the author's note after the body.
"""

from __future__ import annotations

import re

from kronika.stages.clean_rules import FULL_STOP, SENTENCE_END, Page, load_rules
from kronika.stages.clean_spans import is_weekday

_AUTHOR_NAME = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ'’-]+){1,3}\b")  # "Anne-Marie Le Roux"
_PRESENTS = re.compile(r" (est|était|is|was|a été|has been|covers|couvre)\b|, (ancien|ancienne|former)\b")
_BYLINE_INTRO = re.compile(r"^\W*(par|by|un texte de|une chronique de|written by)\s+", re.IGNORECASE)
_BIO_WORDS = 40  # an author's note presenting the author is short
_PARAGRAPHS_BEFORE_A_NOTE = 2
# "Sylvie Ronchard, historienne", "Marc Delorme, ancien ambassadeur": a contributor's name and quality above the body
_NAME_AND_QUALITY = re.compile(
    rf"{_AUTHOR_NAME.pattern},\s(?!(?:le|la|les|l'|l’|un|une|the|a|an)\b)[a-zà-ÿ][\w'’-]*(?:\s[\w'’-]+){{0,5}}"
)
_SIGNATURE = re.compile(
    r"[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?\s(?:[A-ZÀ-Ý]\.(?:,\s[A-ZÀ-Ý][\w'’-]+(?:[\s-][\w'’-]+){0,3})?"
    r"|[A-ZÀ-Ý][\w'’-]+,\s[A-ZÀ-Ý][\w'’-]+(?:[\s-][\w'’-]+){0,3})"
)  # "Jean-Marc D., Guînes", "Claire Morin, Lyon", "Paul R."
_NAME_AND_CITY = re.compile(rf"{_AUTHOR_NAME.pattern},\s[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?")  # "Name Name, City"


def mark_bylines(page: Page) -> None:
    """Mark the lines of the byline that the line rules cannot see alone."""
    _mark_byline_roles(page)
    _mark_head_roles(page)
    _mark_author_bios(page)


def _mark_byline_roles(page: Page) -> None:
    """The short line under a byline is the author's role ("Chef du service Monde", "Correspondante à Kyiv")."""
    for index in [i for i, reason in page.reasons.items() if reason == "byline"]:
        after = next((i for i in range(index + 1, len(page.lines)) if page.lines[i]), None)
        headline_above = any(len(page.words[i]) >= 3 for i in page.live() if i < index)
        if after is None or after in page.reasons or not headline_above:
            continue  # under a byline above the headline comes the headline
        line = page.lines[after]
        short = len(page.words[after]) <= 6 and not SENTENCE_END.search(line) and not re.search(r"\d", line)
        if short and line[:1].isupper() and not page.is_prose(after):
            page.reasons[after] = "byline"


def _mark_head_roles(page: Page) -> None:
    """Above the first paragraph, a journalist's role on its own line ("BBC Ukraine correspondent") and the name
    on the line above it ("James Carter": two to four capitalised words) are the byline; so is a name and a city
    on their own line above the second paragraph, under a standfirst ("Sophie Vercors, Kharkiv"), and a name with
    its quality in lowercase above the first ("Sylvie Ronchard, historienne": a contributor's byline)."""
    live = page.live()
    paragraphs = [i for i in live if page.is_prose(i) and FULL_STOP.search(page.lines[i])]
    head = [i for i in live if paragraphs and i < paragraphs[0]]
    standfirst = [i for i in live if len(paragraphs) > 1 and i < paragraphs[1]]  # the head and the standfirst
    for index in standfirst[1:]:
        if _NAME_AND_CITY.fullmatch(page.lines[index].strip()) and not re.search(r"\d", page.lines[index]):
            page.reasons[index] = "byline"  # "Sophie Vercors, Kharkiv": a byline without "Par"
        elif _is_name_by_a_stub(page, index):
            page.reasons[index] = "byline"  # "Tom Whitfield" / "Thursday 30 May 2024 16:02 BST"
    for position, index in enumerate(head):
        if position > 0 and _NAME_AND_QUALITY.fullmatch(page.lines[index].strip()):
            page.reasons[index] = "byline"
            continue
        if position == 0 or not load_rules().author_role.search(page.lines[index]):
            continue
        page.reasons[index] = "byline"
        name = page.lines[head[position - 1]]
        if _AUTHOR_NAME.fullmatch(name.strip()) and not re.search(r"\d", name):
            page.reasons[head[position - 1]] = "byline"


def _is_name_by_a_stub(page: Page, index: int) -> bool:
    """A name alone on its line (two to four capitalised words), next to the publication stub or the reading time,
    whose words the page does not use again: the author's, with no "Par" or "By" (a person in the news is named in
    the text)."""
    line = page.lines[index].strip()
    if not _AUTHOR_NAME.fullmatch(line) or page.is_prose(index):
        return False
    near = [i for i in (index - 1, index + 1) if 0 <= i < len(page.lines)]
    if not any(page.reasons.get(i) in _STUB_REASONS for i in near):
        return False
    used = {w for i in page.live() if i != index for w in page.words[i]}
    return not used.intersection(page.words[index])


_STUB_REASONS = ("timestamp", "reading time")  # "Jessica Ward" / "3 min read"


def _mark_author_bios(page: Page) -> None:
    """After the first paragraph, a line that opens with the name of the page's author (from a byline) is the
    author's note: ``* Name Name est historien…``, ``Name Name (Consulter le profil)``, ``Name Name is a
    correspondent…``. A line where the author is the news would not open with their full name. Outside the run of
    the article's paragraphs (above the first, below the last), a short line that presents the author (``Name Name
    est ancien diplomate…``, ``Name Name is a reporter…``) is the note too, the author named by a byline or by a
    name alone above the body (a reader mode's byline); that name alone is then the byline."""
    found = [name for i, r in page.reasons.items() if r == "byline" for name in _AUTHOR_NAME.findall(page.lines[i])]
    names = {*found, *(name.split(" ", 1)[1] for name in found if name.count(" ") >= 2)}  # "Par Julien Dessart"
    names |= {name.rsplit(" ", 1)[0] for name in names if name.count(" ") >= 2}  # "By Name Name Fox" on a glued page
    prose = [i for i in page.live() if page.is_prose(i)]
    if not prose:
        return
    first = next((i for i in prose if FULL_STOP.search(page.lines[i])), prose[0])  # the first sentence
    alone = {page.lines[i].strip(): i for i in range(first) if _is_name_by_furniture(page, i)}
    signed = {_BYLINE_INTRO.sub("", byline).split(",")[0].strip() for byline in _bylines(page)}
    names = names | {name for name in signed if _AUTHOR_NAME.fullmatch(name)} | _stub_names(page, first)
    trailing = [i for i, reason in page.reasons.items() if reason.startswith("trailing content")]
    for index in sorted([*page.live(), *trailing]):  # a note after a paywall's prompt is still the author's
        opening = page.lines[index].lstrip("*† ")
        opens = any(opening.startswith((n + " ", n + ",")) for n in names)
        if index > prose[0] and len(page.words[index]) <= 60 and opens:
            page.reasons[index] = "author bio"
            continue
        name = next((n for n in [*names, *alone] if opening.startswith(n) and _PRESENTS.match(opening[len(n) :])), "")
        edge = index <= prose[0] if name in names else index >= prose[-1]  # a reader mode puts the note at the end
        if name and edge and len(page.words[index]) <= _BIO_WORDS:
            page.reasons[index] = "author bio"
            if name in alone:
                page.reasons[alone[name]] = "byline"
    _mark_unnamed_author_note(page, prose)
    _mark_signature(page, prose)


def _mark_signature(page: Page, prose: list[int]) -> None:
    """After the last paragraph, a name with an initial or a town on a line of its own (``Jean-Marc D., Guînes``,
    ``Claire Morin, Lyon``) signs the text: a reader's letter, a column signed at its foot."""
    for index in page.live():
        line = page.lines[index].strip()
        if index > prose[-1] and not re.search(r"\d", line) and _SIGNATURE.fullmatch(line):
            page.reasons[index] = "byline"


def _mark_unnamed_author_note(page: Page, prose: list[int]) -> None:
    """The last line of the page presenting someone the page never names elsewhere (``Margaret Hollis is a former
    diplomat…``), with nothing but short lines after it, is the author's note of a page whose byline the reader
    dropped: a person in the news is named in the text before a line about them, an author is named only in the
    byline and the note."""
    if len(prose) < _PARAGRAPHS_BEFORE_A_NOTE + 1:
        return
    last = prose[-1]  # the last paragraph; short lines after it are the page's furniture, marked later
    opening = page.lines[last].lstrip("*† ")
    name = _AUTHOR_NAME.match(opening)
    if not name or not _PRESENTS.match(opening[name.end() :]) or len(page.words[last]) > _BIO_WORDS:
        return
    named = set(page.words[last][: len(name.group().split())])
    if not any(named & set(page.words[i]) for i in range(len(page.lines)) if i != last and page.lines[i]):
        page.reasons[last] = "author bio"


def _stub_names(page: Page, first: int) -> set[str]:
    """The name that opens a publication stub above the body (``Orla Kennedy Sat Nov 23 2024 - 05:00``, ``Par Name
    Name - 27 février 2025``): a byline run into the stub."""
    names = set()
    for index, reason in page.reasons.items():
        date = load_rules().date.search(page.lines[index]) if index < first and reason == "timestamp" else None
        words = _BYLINE_INTRO.sub("", page.lines[index][: date.start()]).rstrip(" -–—|,").split() if date else []
        if words and is_weekday(words[-1]):
            words = words[:-1]  # the day before the stub's date: "Orla Kennedy Sat Nov 23 2024"
        capitals = len(words) > 2 and all(word.isupper() for word in words)  # "ARDA KAYA ISTANBUL"
        words = [word.title() if word.isupper() and len(word) > 1 else word for word in words]
        if _AUTHOR_NAME.fullmatch(" ".join(words)):
            names.add(" ".join(words))
            if capitals:
                names.add(" ".join(words[:2]))  # a name and the city it was filed from, in capitals
    return names


def _bylines(page: Page) -> list[str]:
    """The byline lines, a byline cut in pieces on a glued page (``Par Hugo`` + ``Lemaire``) joined back."""
    runs: list[list[int]] = []
    for index in sorted(i for i, reason in page.reasons.items() if reason == "byline"):
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return [" ".join(page.lines[i] for i in run) for run in runs]


def _is_name_by_furniture(page: Page, index: int) -> bool:
    """A name alone on its line above the body, next to a line of furniture (a reading time, a stub)."""
    if not _AUTHOR_NAME.fullmatch(page.lines[index].strip()):
        return False
    return any(i in page.reasons for i in (index - 1, index + 1) if 0 <= i < len(page.lines))
