"""Glued pages for the clean stage: a page whose lines a scraper ran together into one or two long lines.

The line rules of the clean stage read one line at a time, and on a glued page page furniture sits between the
sentences of a single line ("… a-t-il précisé. Publicité Les drones ont touché …"). ``unglue`` cuts such a line
back into pieces: at the end of each sentence, and where a prefix of a sentence is a whole line by the line rules
(a UI string, a publication stub, a byline) and the next word starts with a capital. The clean stage then reads
the pieces as lines; ``rejoin`` puts the kept pieces of one glued line back into one paragraph.
"""

from __future__ import annotations

import re

from kronika.stages.clean_lines import line_rule, shape_reason
from kronika.stages.clean_rules import load_rules

GLUED_PAGE_CHARS = 800  # a line this long, of this many sentences, holding most of the page is a glued page
GLUED_PAGE_SENTENCES = 5
GLUED_PAGE_SHARE = 0.6
MAX_PREFIX_WORDS = 16  # page furniture glued before a sentence is shorter than this

_SENTENCE_BREAK = re.compile(r"(?<=[.!?…»”\"])\s+(?=[«“\"]?[A-ZÀ-Ý0-9])")
# shapes that tell a line of furniture even when cut out of a run of text (not a short capitalised label: "BBC")
_STRONG_SHAPES = ("timestamp", "byline", "photo credit", "author initials", "market ticker", "credit in parentheses")
_CLAUSE_GOES_ON = re.compile(r"[,;(\-–—]$")


def unglue(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines of the page with each glued line cut into pieces, and for each piece the index of its line."""
    total = sum(len(line) for line in lines) or 1
    pieces: list[str] = []
    origins: list[int] = []
    for index, line in enumerate(lines):
        glued = len(line) >= GLUED_PAGE_CHARS and len(line) / total >= GLUED_PAGE_SHARE
        glued = glued and len(_SENTENCE_BREAK.findall(line)) + 1 >= GLUED_PAGE_SENTENCES
        for piece in _pieces(line) if glued else [line]:
            pieces.append(piece)
            origins.append(index)
    return pieces, origins


def rejoin(kept: list[tuple[int, str]]) -> list[str]:
    """Kept pieces, as (line index, text), back into paragraphs: the pieces of one line make one paragraph."""
    paragraphs: list[str] = []
    last = None
    for origin, text in kept:
        if origin == last:
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
        else:
            paragraphs.append(text)
        last = origin
    return paragraphs


def _pieces(line: str) -> list[str]:
    pieces: list[str] = []
    for sentence in _SENTENCE_BREAK.split(line):
        pieces.extend(_peel(sentence.strip()))
    return [piece for piece in pieces if piece]


def _peel(text: str) -> list[str]:
    """Page furniture glued inside a run of text: from the left, the first span of words that is a whole line by
    the line rules, between two capitalised words (or the end); of the spans that start at one word, the
    shortest (a pattern that holds a list's header must not swallow the header)."""
    words = text.split(" ")
    pieces: list[str] = []
    begin = 0  # the words before ``begin`` are text already passed over
    start = 0
    while start < len(words):
        end = _furniture_end(words, start, start == begin)
        if end:
            pieces.extend([" ".join(words[begin:start]), " ".join(words[start:end])])
            begin = start = end
        else:
            start += 1
    pieces.append(" ".join(words[begin:]))
    return [piece for piece in pieces if piece]


def _furniture_end(words: list[str], start: int, first: bool) -> int:
    """The end of the shortest span of furniture starting at ``start``, or 0. Inside the text, a span starts with
    a capital, not after a word that leaves a clause open (``selon le gouverneur Oleh Kiper``); the ``first`` word
    of a piece (after a sentence or a span cut) may start one anyway."""
    inside = not first and (not words[start][:1].isupper() or _leaves_clause_open(words[start - 1]))
    if inside:
        return 0
    for end in range(start + 1, min(len(words), start + MAX_PREFIX_WORDS) + 1):
        if (end == len(words) or words[end][:1].isupper()) and _is_furniture(words[start:end]):
            return end
    return 0


def _leaves_clause_open(word: str) -> bool:
    word = word.casefold().replace("’", "'")
    return bool(_CLAUSE_GOES_ON.search(word)) or word in load_rules().dangling_words


def _is_furniture(words: list[str]) -> bool:
    """A whole line of page furniture: its last word leaves no clause open (a comma, an article, a preposition:
    ``Épinglé 15h30 : le ministère de la``), and a line rule or a strong shape of a line says so (a label ending
    in a colon, such as ``09h40 :``, only a line rule)."""
    last = words[-1].casefold().replace("’", "'")
    if _CLAUSE_GOES_ON.search(last) or last in load_rules().dangling_words:
        return False
    span = " ".join(words).replace("’", "'")
    rule = line_rule(span)
    if rule:
        return rule != "section label"  # a capitalised word alone ("BBC Verify has…") starts a sentence
    return not span.endswith(":") and shape_reason(span) in _STRONG_SHAPES
