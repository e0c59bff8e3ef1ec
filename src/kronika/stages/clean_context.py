"""Lines of a page judged by the lines around them, as jusText judges its short paragraphs by their neighbours.

A scraper that glued a page's blocks together leaves UI strings that no rule knows inside a run of text: a
button's label after a call to action (``… readers like you. Donate Here The town's …``), the first words of a
share prompt in another language before the network's name (``Abonnéiert eis op`` + ``WhatsApp``), a reading-time
label cut off its figure (``Lesezeit:`` + ``2 Min.``), a sentence of a comment policy between two others
(``… après modération. Merci de rester courtois. La charte de modération``), the headlines of a video carousel
after its player's strings (``Up Next`` + ``01:58`` + another story's headline). Each such line is short, and the
line next to it is page furniture: it takes that line's reason. A section crumb above the headline is told by the
headline under it (``is_crumb``). Used by ``clean``.
"""

from __future__ import annotations

import re

from kronika.stages.clean_head import menu_word
from kronika.stages.clean_lines import line_rule
from kronika.stages.clean_rules import FULL_STOP, LETTER_OR_DIGIT, SENTENCE_END, Page, load_rules

_BODY_PIECE_WORDS = 4  # a button's or a prompt's words glued inside the body: "Donate Here", "Abonnéiert eis op"
_HEAD_PIECE_WORDS = 3  # above the body, only pieces with no stop word of the page: "Artikel teilen", "Lesezeit:"
_SANDWICH_WORDS = 6  # a short sentence between two lines of one block of furniture is part of it
_CAROUSEL_WORDS = 20  # a video's title in a carousel is a headline: no longer than this, no full stop
_CAROUSEL_STRINGS = ("UI string", "timestamp", "video player")  # "Up Next", "01:58" between the titles
_CRUMB_WORDS = 6
_TEASER_LINE_WORDS = 30  # a label and one or two headlines of other stories
_LABEL_WORDS = 6
_TEASER_LABELS = ("related articles", "list of other stories")
_SEPARATED = re.compile(r"^\s*[|•·]|[|•·]\s*$")  # a piece that opens or ends on a separator of a header's fields
_SEPARATED_PIECE_WORDS = 10
_CRUMB_DENSITY = 0.25  # jusText's lists hold words of names too ("nationale"), and an elided "l'"
_CRUMB_CAPITALS = 0.6  # the items of a crumb are capitalised (a brand may not be: "l'express Maurice Monde")
_SENTENCE_CASE = 0.3  # a headline in sentence case has this share of words in lowercase at least


def mark_by_neighbours(page: Page, origins: list[int]) -> None:
    """Short lines that take the reason of the furniture next to them (see the module's docstring)."""
    _mark_labelled_teasers(page)
    _mark_glued_pieces(page, origins)
    _mark_sandwiched(page)
    _mark_carousel(page)


def _mark_labelled_teasers(page: Page) -> None:
    """A "read also" label run into the headline it introduces, with no separator (``Pour aller plus loin Le
    réarmement allemand en cinq graphiques``, ``À la une ailleurs Retraites : ce qui change``): a line with no full
    stop whose first two to six words are a label by the line rules, a capitalised word after them."""
    for index in page.live():
        words = page.lines[index].split()
        if len(words) > _TEASER_LINE_WORDS or FULL_STOP.search(page.lines[index]):
            continue
        for size in range(2, min(_LABEL_WORDS, len(words) - 1) + 1):
            if words[size][:1].isupper() and line_rule(" ".join(words[:size])) in _TEASER_LABELS:
                page.reasons[index] = "related articles"
                break


def _neighbours(page: Page, index: int) -> tuple[int | None, int | None]:
    """The lines before and after ``index`` that hold a letter or a figure."""
    before = next((i for i in range(index - 1, -1, -1) if LETTER_OR_DIGIT.search(page.lines[i])), None)
    after = next((i for i in range(index + 1, len(page.lines)) if LETTER_OR_DIGIT.search(page.lines[i])), None)
    return before, after


def _furniture(page: Page, index: int | None) -> str | None:
    reason = page.reasons.get(index) if index is not None else None
    return reason if reason in load_rules().reason_groups["furniture"] or reason == "timestamp" else None


def _mark_glued_pieces(page: Page, origins: list[int]) -> None:
    """A short piece cut out of a glued line, with a piece of furniture of the same line next to it: inside the
    body, up to four words with no sentence end; above it, below the headline, up to three words none of which is
    a stop word of the page (a headline has some: ``Kharkiv sous le feu``), or up to ten words when the piece opens
    or ends on a separator of a header's items (``|``, ``•``, ``·``): the line held a header's fields."""
    live = page.live()
    first = next((i for i in live if page.is_prose(i)), None)
    if first is None:
        return
    paragraph = next((i for i in live if page.is_prose(i) and FULL_STOP.search(page.lines[i])), first)
    for index in live:
        words, line = page.words[index], page.lines[index]
        if not words or SENTENCE_END.search(line.rstrip(":")):
            continue
        if index < paragraph and _SEPARATED.search(line):
            short = (
                len(words) <= _SEPARATED_PIECE_WORDS
            )  # "| Par l'équipe du Détecteur de rumeurs", "• il y a 52 min •"
        elif re.search(r"\d", line):
            continue
        elif index > first:
            short = len(words) <= _BODY_PIECE_WORDS
        else:
            above = [i for i in live if i < index and len(page.words[i]) >= 4]  # the headline stays above it
            short = len(words) <= _HEAD_PIECE_WORDS and page.density(index) == 0 and bool(above)
        if not short:
            continue
        for near in _neighbours(page, index):
            reason = _furniture(page, near)
            if reason and near is not None and origins[near] == origins[index]:
                page.reasons[index] = reason
                break


def _mark_sandwiched(page: Page) -> None:
    """A short line between two lines removed for the same reason (a comment policy's three sentences, a
    banner's buttons) belongs to that block of furniture."""
    for index in page.live():
        if len(page.words[index]) > _SANDWICH_WORDS:
            continue
        before, after = _neighbours(page, index)
        reason = _furniture(page, before)
        if reason and reason == _furniture(page, after):
            page.reasons[index] = reason


def _mark_carousel(page: Page) -> None:
    """After a video player's strings (``Up Next``, ``Autres vidéos``, a duration), the headline-like lines that
    follow are the titles of other videos, when the page's own headline is above the player; under a video's
    label alone on its line (``Video``), the video's caption."""
    live = page.live()
    for index in live:
        before, _ = _neighbours(page, index)
        while (
            before is not None
            and page.reasons.get(before) in _CAROUSEL_STRINGS[:2]
            and not is_video_label(page, before)
        ):
            before, _ = _neighbours(page, before)
        if before is None or not (page.reasons.get(before) == "video player" or is_video_label(page, before)):
            continue
        if not any(i < before and _is_headline_like(page, i) for i in live):
            continue  # the player above the page's headline: the headline is the article's
        if _is_headline_like(page, index):
            page.reasons[index] = "teaser of another story"


def is_video_label(page: Page, index: int) -> bool:
    """A video's label alone on its line (``Video``, ``Vidéo``), which the line rules drop as a UI string."""
    return (
        page.reasons.get(index) == "UI string"
        and page.lines[index].strip(" :▶").casefold() in load_rules().video_labels
    )


def _is_headline_like(page: Page, index: int) -> bool:
    return 3 <= len(page.words[index]) <= _CAROUSEL_WORDS and not SENTENCE_END.search(page.lines[index])


def is_crumb(page: Page, index: int) -> bool:
    """A section crumb above the headline (``LCP Assemblée nationale Actualités Europe``, ``ABC News Video Live
    Shows``): a few capitalised words with one stop word of the page in five at most, and right under it the
    headline in sentence case or with stop words (under a headline, ``Kharkiv : sept morts``, comes the body).
    A site's menu bar at the top of the page (``The Globe and Mail World Canada Politics Business Opinion``) is
    one too, however long and whatever its stop words (``The``, ``Latest``), if the page uses few of its words."""
    line, words = page.lines[index], page.lines[index].split()
    if SENTENCE_END.search(line) or not _headline_under(page, index):
        return False
    if _is_menu_bar(page, index):
        return True
    if not 3 <= len(words) <= _CRUMB_WORDS or page.density(index) > _CRUMB_DENSITY:
        return False
    return sum(word[:1].isupper() for word in words) >= _CRUMB_CAPITALS * len(words)


def _headline_under(page: Page, index: int) -> bool:
    """Under the line, the headline, after a section's label or not (``World``: one or two capitalised words)."""
    below = [i for i in range(index + 1, len(page.lines)) if page.lines[i] and i not in page.reasons][:2]
    if len(below) == 2 and _is_section_label(page.lines[below[0]]):
        below = below[1:]
    after = below[0] if below else None
    if after is None or SENTENCE_END.search(page.lines[after]) or not 3 <= len(page.words[after]) <= 25:
        return False
    lower = sum(word[:1].islower() for word in page.lines[after].split()) / len(page.lines[after].split())
    return page.density(after) > _CRUMB_DENSITY or lower >= _SENTENCE_CASE


def _is_menu_bar(page: Page, index: int) -> bool:
    """The first line of a page, or the line under the site's name (``CBC``), four capitalised items or more with
    no punctuation (``menu_word``), sharing at most half of its words of four letters or more with the lines under
    it (a headline in title case shares most of its words with its article)."""
    words = [_BRAND_FIGURE.sub("X", word) for word in page.lines[index].split()]  # "la 1ère", "BX1": a brand's
    above = [i for i in range(index) if page.lines[i]]
    if len(words) < _MENU_WORDS or len(above) > 1 or (above and not _is_section_label(page.lines[above[0]])):
        return False
    if not all(menu_word(words, position) for position in range(len(words))):
        return False
    own = {word for word in page.words[index] if len(word) >= 4}
    rest = {word for i in range(index + 1, len(page.lines)) for word in page.words[i]}
    return len(own & rest) <= _MENU_SHARED * len(own)


_MENU_WORDS = 4
_LABEL_NAME_WORDS = 2


def _is_section_label(line: str) -> bool:
    """A site's name or a section's label alone on its line: one or two capitalised words (``CBC``, ``World``)."""
    words = line.split()
    return 0 < len(words) <= _LABEL_NAME_WORDS and all(word[:1].isupper() and word.isalpha() for word in words)


_BRAND_FIGURE = re.compile(r"^\d+(?=[^\W\d_])")  # a figure opening a brand's word: "1ère", "7sur7"
_MENU_SHARED = 0.5


_SITE_BANNER = re.compile(r"^[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){1,3}\s+[|–—-]\s+\S")


def is_site_banner(line: str) -> bool:
    """A site's name and its motto above the headline (``War News Daily | Breaking updates from the front``, the
    page's title bar): two to four capitalised words, a bar or a dash, a few words; no figure, no sentence end. Its
    motto may share a word with the article (``front``)."""
    if len(line.split()) > _BANNER_WORDS or re.search(r"\d", line) or SENTENCE_END.search(line):
        return False
    match = _SITE_BANNER.match(line)
    if not match:
        return False
    name, motto = re.split(r"\s[|–—-]\s", line, maxsplit=1)
    if name.isupper() or len(name.split()) < 2:
        return False  # "OPINION | headline", "Opinion | Ukraine's blackout winter": a kicker and a headline
    return len(motto.split()) <= _MOTTO_WORDS


_BANNER_WORDS = 12
_MOTTO_WORDS = 6  # a motto is short; a headline after a kicker and a bar is longer
