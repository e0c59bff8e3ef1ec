"""Lines above the headline for the clean stage: a site's navigation, banners and strays.

At the top of a page, above the article's headline, come the site's menu bar and crumbs, a cookie banner's
buttons, a motto, a promotion: lines that share no words with the article, or whose shape (short labels, a menu of
capitalised items, a title bar with its motto) tells navigation. The headline itself (the line above the first
paragraph that shares the most words with it) and everything under it are left to the other rules. Used by
``clean``.
"""

from __future__ import annotations

import re

from kronika.stages.clean_context import is_crumb, is_site_banner, is_video_label
from kronika.stages.clean_rules import (
    FULL_STOP,
    LETTER_OR_DIGIT,
    LOW_STOPWORD_DENSITY,
    SENTENCE_END,
    WORD,
    Page,
    load_rules,
)
from kronika.stages.language import stopwords


def mark_head_navigation(page: Page) -> None:
    """Short label lines above the first real line are section crumbs ("International", "Russie").

    Between that first line (the headline) and the first paragraph, a line of one to three words with
    no stop word is a masthead or a label ("Radio-Canada", "EN DIRECT"), as jusText would judge it.
    """
    headline = None
    for index, line in enumerate(page.lines):
        reason = page.reasons.get(index)
        if not line or (reason is not None and reason not in ("timestamp", "separator")):
            continue  # boilerplate above the headline (a cookie banner) does not end the navigation block
        if (len(line.split()) >= 3 or SENTENCE_END.search(line)) and not is_crumb(page, index):
            headline = index
            break
        page.reasons.setdefault(index, "navigation")
    if headline is None or FULL_STOP.search(page.lines[headline]) or len(page.words[headline]) > 25:
        return  # the first line is already a paragraph: the body has begun
    for index in page.live():
        if index <= headline:
            continue
        if page.is_prose(index):
            return
        line = page.lines[index]
        if len(line.split()) <= 3 and page.density(index) < LOW_STOPWORD_DENSITY and not SENTENCE_END.search(line):
            page.reasons[index] = "label above the body"


def mark_head_banners(page: Page) -> None:
    """Above the body, a line wedged between UI lines (a cookie banner, a call to action, "Fermer") is part of
    a banner; the last headline-like line before the body is the article's own headline and stays."""
    live = page.live()
    paragraphs = [i for i in live if page.is_prose(i) and FULL_STOP.search(page.lines[i])]
    head = [i for i in live if not paragraphs or i < paragraphs[0]][:-1]
    lines = [i for i, line in enumerate(page.lines) if LETTER_OR_DIGIT.search(line)]
    for index in head:
        position = lines.index(index)
        neighbours = lines[max(position - 1, 0) : position] + lines[position + 1 : position + 2]
        if len(neighbours) == 2 and all(
            page.reasons.get(n) in load_rules().reason_groups["banner"] for n in neighbours
        ):
            if is_video_label(page, neighbours[1]):
                continue  # the headline over its video ("Video" + the video's caption, then the body)
            page.reasons[index] = "banner above the headline"


def mark_head_strays(page: Page) -> None:
    """At the top of the page, above the headline, lines that share no content word with the rest of the page
    are page furniture (a site's motto, a promotion, a section name). The headline is the line above the
    first paragraph that shares the most content words with the lines after it; a stray has no figure
    and at most 12 words."""
    live = page.live()
    paragraphs = [i for i in live if page.is_prose(i) and FULL_STOP.search(page.lines[i])]
    if not paragraphs:
        return
    if live[0] < paragraphs[0] and is_site_banner(page.lines[live[0]]):
        page.reasons[live[0]] = "navigation"  # the page's title bar: "War News Daily | Breaking updates from …"
        live = live[1:]
    stops = stopwords(load_rules().stoplists.get(page.language, ""))
    content = {i: {w for w in page.words[i] if len(w) >= 4 and w not in stops and not w.isdigit()} for i in live}
    below: dict[int, set[str]] = {}
    seen: set[str] = set()
    for index in reversed(live):
        below[index] = set(seen)
        seen |= content[index]
    head = [i for i in live if i < paragraphs[0]]
    shared = [(len(content[i] & below[i]), -i) for i in head if len(page.words[i]) >= 3]
    if not shared or max(shared)[0] < 2:
        _mark_bars(
            page, head, next((i for i in head if len(page.words[i]) >= 3 and not _BAR.search(page.lines[i])), -1)
        )
        return
    headline = -max(shared)[1]
    _mark_bars(page, head, headline)
    for index in head:  # only the top of the page: the first line that shares a word ends the strays
        if index >= headline or content[index] & below[index]:
            return
        if len(page.words[index]) <= 12 and not re.search(r"\d", page.lines[index]):
            page.reasons[index] = "navigation"  # a line with a figure may be a headline in other words


def _mark_bars(page: Page, head: list[int], headline: int) -> None:
    """Above the headline, a line of two items between bars or more; under it, a header's fields: three items, or
    two with a figure (``Saratov Today · 1d · 3 min read``, ``Le Parisien · 2 j``; not a kicker and the second half
    of a headline, ``Guerre en Ukraine | Le port d'Izmaïl de nouveau visé``)."""
    for index in head:
        line = page.lines[index]
        least = 2 if index < headline or re.search(r"\d", line) else 3
        if index != headline and _is_bar_of_items(line, least):
            page.reasons[index] = "navigation"  # "En ondes : Le retour de Lapointe | Écouter en direct"


_BAR = re.compile(r"\s[|•·]\s")
_BAR_ITEM_WORDS = 8


def _is_bar_of_items(line: str, least: int) -> bool:
    """A line of short items between bars or bullets (``En ondes : X | Écouter en direct``, ``Monde • Europe``), no
    sentence: above the body, a header of the site's or the article's, whatever words it shares with the article."""
    items = _BAR.split(line)
    if len(items) < least or SENTENCE_END.search(line):
        return False
    return all(0 < len(WORD.findall(item)) <= _BAR_ITEM_WORDS for item in items)
