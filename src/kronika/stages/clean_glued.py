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
    """Page furniture glued before a sentence: the shortest prefix that is a whole line by the line rules, before a
    capitalised word (the shortest: a pattern that holds a list's header must not swallow the header)."""
    pieces: list[str] = []
    words = text.split(" ")
    while len(words) > 1:
        cut = next((n for n in range(1, min(len(words), MAX_PREFIX_WORDS + 1)) if _is_furniture(words, n)), 0)
        if not cut:
            break
        pieces.append(" ".join(words[:cut]))
        words = words[cut:]
    pieces.append(" ".join(words))
    return pieces


def _is_furniture(words: list[str], n: int) -> bool:
    """The first ``n`` words are a whole line of page furniture: the next word starts with a capital, the last
    one leaves no clause open (a comma, an article, a preposition: ``Épinglé 15h30 : le ministère de la``), and a
    line rule or the shape of a line says so (a label ending in a colon, such as ``09h40 :``, only a line rule)."""
    last = words[n - 1].casefold().replace("’", "'")
    if not words[n][:1].isupper() or _CLAUSE_GOES_ON.search(last) or last in load_rules().dangling_words:
        return False
    prefix = " ".join(words[:n]).replace("’", "'")
    rule = line_rule(prefix)
    if rule:
        return rule != "section label"  # a capitalised word alone ("BBC Verify has…") starts a sentence
    return not prefix.endswith(":") and shape_reason(prefix) in _STRONG_SHAPES
