"""The head of a glued page: a site's menu glued before the headline, the outlet's name or a byline glued after it.

``Le Progrès Lyon Villeurbanne … Faits divers Sport Monde Guerre en Ukraine : …``: more than MAX_STRAY_WORDS
capitalised items with no punctuation are a menu; ``… bus station in Kherson Suspilne Kherson Roman Mrochko, head
of …``: the words between the headline and a first sentence that opens on a name are the masthead; ``… visent
Odessa Pierre Lambert Journaliste au service International``: a name and a role after the headline are the byline.
Used by ``clean_glued``, which cuts the pieces.
"""

from __future__ import annotations

import functools
import re

from kronika.data import load_json
from kronika.stages.clean_lines import line_rule, shape_reason
from kronika.stages.clean_rules import FULL_STOP, WORD, load_rules
from kronika.stages.language import fold_word

MAX_STRAY_WORDS = 6  # words glued above the headline that the page never uses again are page furniture
MASTHEAD_WORDS = 3  # an outlet's name glued after the headline has at most this many words
HEADLINE_WORDS = 4  # and the headline before it at least this many
# an opening quote leaves its quotation open; a letter with a sign ("A-", "A+") is a text-size button, no clause
CLAUSE_GOES_ON = re.compile(r"[,;(–—«“]$|(?<!^[A-Za-z])-$")


def masthead_before_name(pieces: list[str], position: int, later: list[str]) -> dict[int, str]:
    """The outlet's name glued between the headline and a first sentence that opens on a name and its role
    (``… bus station in Kherson Suspilne Kherson Roman Mrochko, head of …``): the capitalised words before the
    name, but the first when a preposition leaves it to the headline (``in Kherson``), of which the page never
    uses the first again. Cut in place; the masthead's reason by position."""
    words = pieces[position].split(" ")
    name = next((n for n in range(HEADLINE_WORDS, len(words) - 2) if opens_on_name(words, n)), 0)
    if not name or any(FULL_STOP.search(word) for word in words[:name]):
        return {}
    start = name
    while start > HEADLINE_WORDS and name - start < MASTHEAD_WORDS and is_name_word(words[start - 1]):
        start -= 1
    start += leaves_clause_open(words[start - 1])  # "in Kherson" is the headline's
    rest = {fold_word(w) for w in WORD.findall(" ".join([*words[name:], *pieces[position + 1 :], *later]))}
    if start >= name or fold_word(words[start]) in rest:
        return {}
    pieces[position : position + 1] = [" ".join(words[:start]), " ".join(words[start:name]), " ".join(words[name:])]
    return {position + 1: "label above the body"}


def opens_on_name(words: list[str], index: int) -> bool:
    """``Roman Mrochko, head of``: two capitalised words, a comma, then a word in lowercase."""
    first, last, after = words[index : index + 3]
    return is_name_word(first) and is_name_word(last.rstrip(",")) and last.endswith(",") and after[:1].islower()


def is_name_word(word: str) -> bool:
    return word[:1].isupper() and word[1:2].islower() and word[-1:].isalpha()


def trailing_byline(words: list[str]) -> str:
    """A name and a role glued after the headline (``… visent Odessa Pierre Lambert Journaliste au service
    International``): two capitalised words, then a journalist's role (``author_role``) up to the end."""
    role = load_rules().author_role
    for start in range(HEADLINE_WORDS + 2, len(words)):
        found = role.match(" ".join(words[start:]))
        if not found or found.start(2) != 0:
            continue  # the role word must open the rest: "Journaliste au service …"
        name = words[start - 2 : start]
        if all(word[:1].isupper() and word[1:2].islower() and word[-1:].isalpha() for word in name):
            return " ".join(words[start - 2 :])
        return ""
    return ""


def menu_end(words: list[str]) -> int:
    """A site's menu glued before the headline: more than MAX_STRAY_WORDS capitalised items with no punctuation
    (an item may hold a word in lowercase: ``Faits divers``), then the headline, which opens on the last
    capitalised word a lowercase one follows, or on the kicker before its colon (``… Loisirs Monde Guerre en
    Ukraine : un hôpital …``: the kicker is ``Guerre en Ukraine``). The end of the menu, or 0. The site's title
    may come first, its name and its motto between a dash or a bar (``Investing.com - Marché financier en temps
    réel Marchés Actualités …``): the menu then starts after the motto's last word in lowercase."""
    starts = _after_site_title(words)
    for start in starts:
        end = _menu_end(words[start:], _TITLE_MENU_ITEMS)  # after a title, a shorter menu is one
        if end:
            return start + end
    if starts:
        return 0
    named = after_site_name(words)
    end = _menu_end(words[named:], _NAMED_MENU_ITEMS) if named else 0
    return named + end if end else _menu_end(words)


def after_site_name(words: list[str]) -> int:
    """Where a site's menu may start after the site's name with small words in it (``Le Journal de la
    Haute-Marne Chaumont Langres …``, ``La Voix de l'Est Actualités Granby …``, ``Home of the Daily and Sunday
    Express News Politics …``), which break a run of capitalised items: after the name's last small word and the
    word after it, or 0."""
    last = 0
    for index, word in enumerate(words[: _TITLE_NAME_WORDS + 2]):
        small = index > 0 and word in _NAME_SMALL_WORDS  # "Le Journal", "La Voix": the name's first word
        if not (small or word[:1].isupper() or ELIDED_NAME.fullmatch(word)):
            break
        if small or ELIDED_NAME.fullmatch(word):
            last = index
    return last + 1 if last else 0


def _after_site_title(words: list[str]) -> list[int]:
    """Where a site's menu may start after its title, the site's name and its motto between a dash or a bar
    (``Investing.com - Marché financier en temps réel``): after a word of the motto in lowercase, before a
    capitalised one. Nothing when the line does not open on such a title."""
    mark = next((i for i, word in enumerate(words[1 : _TITLE_NAME_WORDS + 1], 1) if word in _TITLE_MARKS), 0)
    if not mark or not all(word[:1].isupper() or word in _NAME_SMALL_WORDS for word in words[:mark]):
        return []
    return [
        start
        for start in range(mark + 2, min(len(words), mark + _TITLE_WORDS + 2))
        if words[start - 1][:1].islower() and words[start][:1].isupper()
    ]


_TITLE_MARKS = frozenset("-–—|")
_TITLE_WORDS = 8  # a site's motto is short
_TITLE_NAME_WORDS = 4  # "Le Courrier du Danube"
_NAME_SMALL_WORDS = frozenset(["du", "de", "des", "la", "le", "et", "of", "the", "and"])
_NAMED_MENU_ITEMS = 4  # after a site's name with small words, a menu of more items than this
ELIDED_NAME = re.compile(r"[ldLD]['’][A-ZÀ-Ý][\w'’-]*")  # "l'Est", "d'Ivoire"
_TITLE_MENU_ITEMS = 2
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_BRAND = re.compile(r"[a-z]+\d+[a-z]*")  # "le360", "h24info"


def _menu_end(words: list[str], least: int = MAX_STRAY_WORDS) -> int:
    run = 0
    while run < len(words) and menu_word(words, run) and not _opens_date(words, run):
        run += 1
    if run == len(words):
        return 0  # a menu alone on its line is left to the line rules
    if _opens_date(words, run):
        return run if run > least else 0  # "… Science Money Nov 26, 2023 - World News …": the date is the page's
    if words[run] == ":":
        run = kicker_start(words, run)
    elif words[run][:1].isupper() and words[run].endswith(":"):
        run = kicker_start(words, run + 1)  # "Ukraine:"
    else:
        while run > 0 and not (words[run - 1][:1].isupper() and words[run][:1].islower()):
            run -= 1
        run -= 1  # the capitalised word a lowercase one follows opens the headline
        run = _past_menu_buttons(words, run)
    if run <= least or len(words) - run < HEADLINE_WORDS:
        return 0
    return run


def _past_menu_buttons(words: list[str], start: int) -> int:
    """A button ending the menu bar (``… Tech Sports Sign in Russian drone hits …``) is the menu's, not the first
    words of the headline: a line of the site's furniture by the line rules, of two or three words, before a
    capitalised word."""
    for size in (2, 3):
        end = start + size
        if end < len(words) and words[end][:1].isupper() and line_rule(" ".join(words[start:end])) in _BUTTONS:
            return end
    return start


_BUTTONS = frozenset(["UI string", "navigation"])


def _opens_date(words: list[str], index: int) -> bool:
    """``Nov 26``, ``3 janvier``: a month and a day, in either order."""
    pair = [fold_word(word.strip(",.")) for word in words[index : index + 2]]
    if len(pair) < 2:
        return False
    return (pair[0] in _months() and pair[1][:1].isdigit()) or (pair[0][:1].isdigit() and pair[1] in _months())


@functools.cache
def _months() -> frozenset[str]:
    return frozenset(fold_word(month) for month in load_json("boilerplate.json")["months"])


def dated_section_end(words: list[str], rest_words: set[str]) -> int:
    """A date and a section glued before the headline (``Jan 3, 2024 - World Russia pummels …``, ``3 janvier 2024
    - Monde Ukraine : …``): a date that ends with its year, a dash or a bar, then up to three capitalised words the
    page never uses again with a capital (``rest_words``: the section; a headline's first words are the article's
    names), before a capitalised word. The end of the section, or 0."""
    year = (
        -1
        if words[0] in _TITLE_MARKS
        else next(  # the date cut off already: "- Monde Ukraine : …"
            (i for i, word in enumerate(words[:_DATE_WORDS]) if _YEAR.fullmatch(word)), -2
        )
    )
    if year < -1 or year + 2 >= len(words) or words[year + 1] not in _TITLE_MARKS:
        return 0
    if year > 0 and shape_reason(" ".join(words[: year + 1])) != "timestamp":
        return 0
    start = end = year + 2
    while end - start < _SECTION_WORDS and end + 1 < len(words) and words[end + 1][:1].isupper():
        if not words[end][:1].isupper() or any(w in rest_words for w in WORD.findall(words[end])):
            break
        end += 1
    return end if len(words) - end >= HEADLINE_WORDS else 0


_DATE_WORDS = 6  # "Sat, Nov 26, 2023", "Mardi 3 janvier 2024"
_YEAR = re.compile(r"(?:19|20)\d{2},?")
_SECTION_WORDS = 3


def is_menu(words: list[str]) -> bool:
    """A site's menu (more than MAX_STRAY_WORDS items), or its title and a shorter menu."""
    if len(words) > MAX_STRAY_WORDS and all(menu_word(words, index) for index in range(len(words))):
        return True
    titled = [(start, _TITLE_MENU_ITEMS) for start in _after_site_title(words)]
    named = [(start, _NAMED_MENU_ITEMS) for start in [after_site_name(words)] if start]
    return any(
        len(words) - start > least
        and all(menu_word(words[start:], i) or _last_item_word(words, i + start) for i in range(len(words) - start))
        for start, least in titled or named
    )


def _last_item_word(words: list[str], index: int) -> bool:
    """The menu's last item holds a word in lowercase (``… Annonces légales Mon compte``)."""
    return index == len(words) - 1 and index > 0 and words[index - 1][:1].isupper() and words[index].isalpha()


def menu_word(words: list[str], index: int) -> bool:
    word = words[index]
    if _INITIALS.fullmatch(word):
        return True  # "World Politics U.S. News": a menu's item, the full stops of initials end no clause
    if index == 0 and _BRAND.fullmatch(word):
        return True  # the site's name in lowercase, a figure in it: "le360 Politique Économie …"
    if not word[:1].isalpha() or not word[-1:].isalnum():
        return False  # a comma, a colon or a full stop: not an item of a menu
    if word[:1].isupper():
        return True
    follows = index + 1 < len(words) and words[index + 1][:1].isupper()
    return index > 0 and words[index - 1][:1].isupper() and follows and not words[index - 1][:1].islower()


def kicker_start(words: list[str], colon: int) -> int:
    """The first word of a kicker before its colon: the capitalised word before a small word among its last words
    (``Guerre en Ukraine``), or the last word alone (``Ukraine``)."""
    for start in range(max(colon - 4, 0), colon - 1):
        if words[start][:1].isupper() and leaves_clause_open(words[start + 1]):
            return start
    return colon - 1


def leaves_clause_open(word: str) -> bool:
    word = word.casefold().replace("’", "'")
    return bool(CLAUSE_GOES_ON.search(word)) or word in load_rules().dangling_words
