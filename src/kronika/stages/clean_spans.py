"""Spans of page furniture inside a run of text, for the glued pages of the clean stage.

On a glued page a line of furniture sits inside a run of text (``… a-t-il précisé. Publicité Les drones …``,
``Kharkiv sous le feu Publié le 14 mai 2024 à 09:12 Par Léa Morel …``). ``peel`` cuts, from the left, the first
span of words that is a whole line by the line rules or a strong shape of a line (a stub, a byline, a credit),
ending before a word that opens a line; a stub goes on through its figures, a span ending inside a name takes the
rest of it. Used by ``clean_glued``, which cuts the pieces of a glued line.
"""

from __future__ import annotations

import functools
import re

from kronika.data import load_json
from kronika.stages.clean_head import CLAUSE_GOES_ON, is_name_word, leaves_clause_open
from kronika.stages.clean_lines import line_rule, shape_reason
from kronika.stages.clean_rules import load_rules
from kronika.stages.language import fold_word

ELIDED = re.compile(r"\w+['’](?=\w)")
_NAME_WORDS = 3  # a byline's name: two or three capitalised words
MAX_PREFIX_WORDS = 16  # page furniture glued before a sentence is shorter than this

# shapes that tell a line of furniture even when cut out of a run of text (not a short capitalised label: "BBC")
_STRONG_SHAPES = (
    "timestamp",
    "byline",
    "photo credit",
    "author initials",
    "market ticker",
    "credit in parentheses",
    "comment widget",
)

_NEXT_LINE = '«“"0123456789—–'  # a quotation, a date, a figure or a caption's dash may open the next line

_SEPARATORS = frozenset("-–—|·")  # a lone mark between the items of a header line ("AFP - 14 mars - 2 min")

# a publication stub glued to the text has a time, a date in figures or a stub's verb ("Publié le 3 mai 2024")
_STUB = re.compile(
    r"\b\d{1,2}\s?[:h.]\s?\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|^(publié|mis à jour|modifié|actualisé|updated|published|posted|last updated)\b",
    re.IGNORECASE,
)

_STUB_VERB = re.compile(r"(publiée?|mise?|actualisée?|modifiée?|updated|published|posted)$", re.IGNORECASE)


def peel(text: str) -> tuple[list[str], bool]:
    """Page furniture glued inside a run of text: from the left, the first span of words that is a whole line by
    the line rules, between two capitalised words (or the end); of the spans that start at one word, the
    shortest (a pattern that holds a list's header must not swallow the header). Also whether one was found."""
    words = text.split(" ")
    pieces: list[str] = []
    begin = 0  # the words before ``begin`` are text already passed over
    start = 0
    while start < len(words):
        end = _furniture_end(words, start, start == begin)
        if end:
            mark = start + (words[start] in _SEPARATORS)  # a lone mark before the item is a piece of its own
            pieces.extend([" ".join(words[begin:start]), " ".join(words[start:mark]), " ".join(words[mark:end])])
            begin = start = end
        else:
            start += 1
    pieces.append(" ".join(words[begin:]))
    return [piece for piece in pieces if piece], begin > 0


def _furniture_end(words: list[str], start: int, first: bool) -> int:
    """The end of the shortest span of furniture starting at ``start``, or 0. Inside the text, a span starts with
    a capital, not after a word that leaves a clause open (``selon le gouverneur Oleh Kiper``); the ``first`` word
    of a piece (after a sentence or a span cut) may start one anyway."""
    if words[start] in _SEPARATORS and start + 1 < len(words):
        return _furniture_end(words, start + 1, True)  # the mark goes with the item after it
    figure = not first and words[start][:1].isdigit()  # "2 min read", "14:05, 8 May 2024": by a rule only
    opened = words[start - 1] not in _SEPARATORS and leaves_clause_open(words[start - 1])
    if not first and (not (starts_line(words[start]) or figure) or opened):
        return 0
    ends = [
        end
        for end in range(start + 1, min(len(words), start + MAX_PREFIX_WORDS) + 1)
        if end == len(words)
        or starts_line(words[end])
        or words[end][:1] in _NEXT_LINE
        or words[end] in _SEPARATORS
        or _is_time_tail(words[end - 1])  # "… 7:42 AM EDT" + "/ CBS News"
    ]
    byline = _byline_before_a_date(words, start, ends)
    if byline:
        return byline
    ends_sentence = not first and words[-1][-1:] in ".!?…" and words[start - 1][:1].islower()
    for position, end in enumerate(ends):
        if end == len(words) and ends_sentence:
            break  # the last words of a sentence begun before them: ", rapporte Ukrinform."
        if end < len(words) and words[end] in _SEPARATORS and takes_headline(words[start:end]):
            continue  # "LIRE AUSSI - Guerre en Ukraine : …": the mark leads to the headline the label takes
        if end == start + 1 and _in_a_run_of_items(words, start):
            continue  # "World Politics U.S. News": an item of a menu, not an author's initials
        if is_furniture(words[start:end], figure):
            if _stub_starts_later(words[start:end]):
                return 0  # "… Izmaïl Olena Marchuk Correspondante à Kyiv" + "Mis à jour le 3 juin …"
            return _name_end(words, start, _date_end(words, start, ends[position:]), figure)
    return 0


def _in_a_run_of_items(words: list[str], index: int) -> bool:
    """Initials between two capitalised words with no punctuation (``Politics U.S. News``) are an item of a run of
    capitalised items, a menu; an author's initials sign after a sentence's end or stand alone."""
    if not 0 < index < len(words) - 1 or shape_reason(words[index]) != "author initials":
        return False
    before, after = words[index - 1], words[index + 1]
    return before[:1].isupper() and before[-1:].isalnum() and after[:1].isupper()


def _byline_before_a_date(words: list[str], start: int, ends: list[int]) -> int:
    """A name run into a dated stub (``… grâce à des drones Laurent Lagneau 23 août 2023 Les forces …``): two or
    three capitalised words that the page never uses again, then a stub, are a piece of their own (the end of
    the name, or 0), which the byline rules read as the name next to the stub (a person in the news is named
    again)."""
    names = start
    while (
        names < min(len(words), start + _NAME_WORDS) and is_name_word(words[names]) and not opens_sentence(words[names])
    ):
        names += 1
    if names - start < 2 or names >= len(words) or not words[names][:1].isdigit():
        return 0
    stub = next((end for end in ends if end > names and is_furniture(words[names:end])), 0)
    if not stub or not _is_stamp(words[names:stub]):
        return 0
    elsewhere = {fold_word(word) for i, word in enumerate(words) if not start <= i < names}
    if any(fold_word(word) in elsewhere for word in words[start:names]) or is_furniture(words[start:names]):
        return 0  # (a byline by the rules, "Agence France-Presse", is a span of its own already)
    return names


def _stub_starts_later(words: list[str]) -> bool:
    """A publication stub by its shape (a date and a few other words) whose verb comes after a journalist's role
    (``Marchuk Correspondante à Kyiv Mis à jour le …``) or the last words of a headline (``… grain terminal
    Updated 2:15 PM …``: a word in lowercase that is no small word of a stub): the stub opens on its verb, and
    the words before it are left to the other rules (a byline's ``Rédaction en ligne, avec Belga`` goes with it)."""
    verbs = [i for i, word in enumerate(words) if i and word[:1].isupper() and _STUB_VERB.match(word)]
    if not verbs or line_rule(" ".join(words).replace("’", "'")):
        return False
    before = words[: verbs[0]]
    if load_rules().author_role.match(" ".join(before)):
        return True
    small = load_rules().dangling_words | load_rules().date_stub_words
    return any(word[:1].islower() and fold_word(word.strip(",.;:")) not in small for word in before)


def takes_headline(words: list[str]) -> bool:
    """A "read also" label, which the headline of another story follows."""
    return line_rule(" ".join(words).replace("’", "'")) == "related articles"


def _date_end(words: list[str], start: int, ends: list[int]) -> int:
    """A publication stub cut before a figure goes on to the year and the time (``Publié le 22 juillet`` +
    ``2024 à 16:45``, ``Updated`` + ``2:15 PM GMT+2, June 3, 2024``): the longest span that is still a stub."""
    best = ends[0]
    if not _is_stamp(words[start:best]):
        return best
    previous = best
    for end in ends[1:]:
        if not (_goes_on_stamp(words[previous]) and _is_stamp(words[start:end])):
            break  # the stub goes on through figures, small words, time zones and months, not into the text
        previous = end
        if is_furniture(words[start:end]):
            best = end  # (not after "à": "… 2024 à" + "16:45")
    return best


def _is_stamp(words: list[str]) -> bool:
    span = " ".join(words).replace("’", "'")
    return shape_reason(span) == "timestamp" or line_rule(span) == "timestamp"


def _stamp_end(words: list[str]) -> str:
    """The last word of a stub but its time zone or meridiem (``7:42`` of ``… 7:42 AM EDT``, ``14:32 Uhr``)."""
    end = len(words)
    while end > 1 and _is_time_tail(words[end - 1]):
        end -= 1
    return words[end - 1]


def _is_time_tail(word: str) -> bool:
    """A meridiem or a time zone (``AM``, ``EDT``, ``GMT+2``, ``Uhr``): ``time_tail_words`` of ``boilerplate.json``."""
    return fold_word(re.sub(r"[+-]\d{1,2}$", "", word.strip(",.")).strip(".")) in _time_words()


@functools.cache
def _time_words() -> frozenset[str]:
    return frozenset(load_json("boilerplate.json")["time_tail_words"])


def _goes_on_stamp(word: str) -> bool:
    """A word a publication stub goes on with: a figure, a small word, a time zone or a meridiem (``PM``,
    ``GMT+2``, ``HAE``), a month."""
    head = word[:1]
    zone = re.fullmatch(r"[A-Z]{2,4}(?:[+-]\d{1,2})?,?", word)
    month = fold_word(word.strip(",.")) in _months()
    return head.isdigit() or head.islower() or bool(zone) or _is_time_tail(word) or month


def is_weekday(word: str) -> bool:
    """``Mardi``, ``Sat``, ``Thursday,``: a day's name, which goes with the date after it in a stub."""
    return fold_word(word.strip(",.")) in _weekdays()


@functools.cache
def _weekdays() -> frozenset[str]:
    return frozenset(fold_word(day) for day in load_json("boilerplate.json")["weekdays"])


@functools.cache
def _months() -> frozenset[str]:
    return frozenset(fold_word(month) for month in load_json("boilerplate.json")["months"])


def _name_end(words: list[str], start: int, end: int, by_rule: bool) -> int:
    """A span of furniture that ends inside a name takes the rest of the name (``AFP / Sergei`` + ``Kovalenko``,
    ``Par Marie`` + ``Durand``): capitalised words followed by a capitalised word or the end. A name that goes on
    into a clause (``Source: Serhii`` + ``Lysak, Head of the Oblast…``) is the article's own line: no span (0)."""
    inside_a_name = words[end - 1][:1].isupper() and not _is_time_tail(words[end - 1])  # "… 7:42 AM" ends
    stub = not inside_a_name and _is_stamp(words[start:end])  # after "… 19h02", "Quand Olena a appris" opens one
    if stub and _subject_follows(words, end):
        return end  # "… à 08:30" + "Emmanuel Macron a affirmé": the name opens the sentence after the stub
    stub_end = end if stub else 0  # a stub stays one when the capitalised words after it open a clause
    bylined = fold_word(words[start]) in ("par", "by")  # "Par Camille" + "Verdier 9 juin 2023": the name's end
    while (
        end < len(words)
        and (inside_a_name or not opens_sentence(words[end]))
        and words[end][:1].isupper()
        and (end + 1 == len(words) or words[end + 1][:1].isupper() or (bylined and words[end + 1][:1].isdigit()))
    ):
        if not is_furniture(words[start : end + 1], by_rule):
            return stub_end if CLAUSE_GOES_ON.search(words[end]) else end
        end += 1
    return end


def _subject_follows(words: list[str], start: int) -> bool:
    """A name from ``start`` followed by a word in lowercase, which the page names again elsewhere (``Emmanuel
    Macron a affirmé …`` under ``Macron n'exclut pas …``): the subject of the sentence after a stub. A name the page
    never uses again is the byline next to the stub (``Marion Kerbrat Face au brouillage …``)."""
    end = start
    while end < len(words) and is_name_word(words[end]) and (end == start or not opens_sentence(words[end])):
        end += 1
    if not start < end < len(words) or not words[end][:1].islower():
        return False
    elsewhere = set(words[:start]) | set(words[end:])
    return any(word in elsewhere for word in words[start:end] if len(word) >= 4)


def opens_sentence(word: str) -> bool:
    elided = ELIDED.match(word)  # "L'armée", "D'après"
    return fold_word(elided.group() if elided else word).rstrip("'") in opener_stems(load_rules().line_openers)


@functools.cache
def opener_stems(openers: frozenset[str]) -> frozenset[str]:
    return frozenset(word.rstrip("'") for word in openers)


def starts_line(word: str) -> bool:
    """A capital, a mark that opens a credit or an item, a handle or a link: words that open a line of a page."""
    return word[:1].isupper() or word[:1] in "©•▶►*@[" or bool(_LINK_START.match(word))


_LINK_START = re.compile(r"(?:https?://|www\.|t\.me/|pic\.twitter\.com/)\S")  # a link alone is a line of its own


def is_furniture(words: list[str], by_rule: bool = False) -> bool:
    """A whole line of page furniture: its last word leaves no clause open (a comma, an article, a preposition:
    ``Épinglé 15h30 : le ministère de la``), and a line rule or a strong shape of a line says so (a label ending
    in a colon, such as ``09h40 :``, only a line rule; a span opening on a figure, only a rule or a stub)."""
    last = words[-1].casefold().replace("’", "'")
    if CLAUSE_GOES_ON.search(last) or last in load_rules().dangling_words:
        return False
    span = " ".join(words).replace("’", "'")
    rule = line_rule(span)
    if rule and rule not in ("section label", "link"):
        return True
    if any(r.pattern.search(span) for r in (*load_rules().list_headers, *load_rules().tail_markers)):
        return True  # "Les plus lus", "LES PLUS LUS", "Lire aussi": the header of a list, ahead of its headlines
    if rule:
        return False  # "BBC Verify has…" starts a sentence; a link is a line of its own
    shape = shape_reason(span)
    if by_rule and shape != "timestamp":
        return False  # a span opening on a figure inside the text: "12 000 habitants" is no ticker
    dated = words[0][:1].isdigit() or (len(words) > 1 and is_weekday(words[0]) and words[1][:1].isdigit())
    date_line = dated and re.fullmatch(r"\d{4},?", words[-1])  # "12 août 2024", "Mardi 13 août 2024"
    if shape == "timestamp" and not date_line and not (_STUB.search(span) and re.search(r"\d", _stamp_end(words))):
        return False  # "On 20 February 2022, the Ukrainian", "Around 8 April 2022": a date opening a sentence
    if len(words) == 1 and (shape == "market ticker" or (shape == "author initials" and span.count(".") < 2)):
        return shape == "author initials" and "/" in span  # a figure alone is no ticker, "Yar." no initials ("ats/afp")
    return not span.endswith(":") and shape in _STRONG_SHAPES
