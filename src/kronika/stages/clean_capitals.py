"""Labels in capitals run together by a scraper that joins a page's text nodes with no space.

``Le MondeEN DIRECTGuerre en Ukraine : …``, ``ABONNEZ-VOUSPOUR LIRE LA SUITEDéjà abonné ?``: where a run of capitals
meets a word in lowercase, one line of the page ended and another began. Two joints are read from the case alone:

- a run of three capitals or more before a capitalised word of lowercase letters (``DIRECTGuerre``, ``SUITEDéjà``),
  unless the run is a Roman numeral (``XIXème``);
- a word in lowercase before a run of capitals that ends the word (``MondeEN``), only when the run is a small word
  of the language (a stop word: ``EN``, ``À``) or another word in capitals follows it (``actuFLASH INFO``): the name
  of a product (``ChatGPT``, ``iOS``) is neither.

Inside a run of capitals so cut, a word in capitals that two small words make (``VOUSPOUR`` = ``VOUS`` + ``POUR``)
and that is no word of the language itself is cut in two: the line rules, written for words, then read the pieces.
"""

from __future__ import annotations

import functools
import re

from kronika.data import load_json
from kronika.stages.clean_rules import load_rules
from kronika.stages.language import fold_word, stopwords

_UPPER = "A-ZÀ-Ý"
_LOWER = "a-zà-ÿ"
_QUICK = re.compile(rf"[{_UPPER}]{{3}}[{_UPPER}][{_LOWER}]{{2}}|[{_LOWER}]{{2}}[{_UPPER}]{{1,}}\b")
_BEFORE_WORD = re.compile(rf"(?<=[{_UPPER}]{{3}})(?=[{_UPPER}][{_LOWER}]{{2}})")  # "DIRECTGuerre"
_AFTER_WORD = re.compile(rf"(?<=[{_LOWER}]{{2}})(?=([{_UPPER}]+)\b(\s+[{_UPPER}]{{2,}}\b)?)")  # "MondeEN DIRECT"
_LABEL_END = re.compile(rf"([{_UPPER}]+(?:\s+[{_UPPER}]{{2,}}\b)*)(?=\s+[{_UPPER}][{_LOWER}]{{2}})")  # "EN DIRECT"
_ROMAN = re.compile(r"[IVXLCDM]+")
_CAPITALS_WORD = re.compile(rf"[{_UPPER}]{{5,}}")
_CAPITALS_RUN = re.compile(rf"[{_UPPER}'’-]{{2,}}(?:\s+[{_UPPER}'’-]+)+")  # "ABONNEZ-VOUSPOUR LIRE LA SUITE"
_SMALL_PART = 2  # each half of a word in capitals cut in two has at least this many letters


class _LetterCase(dict[int, str]):
    """A ``str.translate`` table of letters to their case (``a``, ``A``), anything else to a space: a joint of
    cases is then found by a substring search, much faster than a regular expression over every line."""

    def __missing__(self, code: int) -> str:
        letter = chr(code)
        self[code] = "a" if letter.islower() else "A" if letter.isupper() else " "
        return self[code]


_CASES = _LetterCase()


def capital_pieces(line: str) -> list[str]:
    """The line cut where runs of capitals meet words in lowercase, or nothing when there is no such joint."""
    cases = line.translate(_CASES)
    if ("aA" not in cases and "AAAAa" not in cases) or not _QUICK.search(line):
        return []
    cuts = sorted({*_before_word_cuts(line), *_after_word_cuts(line)})
    if not cuts:
        return []
    parts = [line[start:end].strip() for start, end in zip([0, *cuts], [*cuts, len(line)], strict=True)]
    return [piece for part in parts for piece in _split_capital_words(part) if piece]


def _before_word_cuts(line: str) -> list[int]:
    cuts = []
    for match in _BEFORE_WORD.finditer(line):
        run = re.search(rf"[{_UPPER}]+$", line[: match.start()])
        if run and not _ROMAN.fullmatch(run.group()):
            cuts.append(match.start())
    return cuts


def _after_word_cuts(line: str) -> list[int]:
    """Before the run of capitals a lowercase word runs into, and after it when a capitalised word follows it
    (``MondeEN DIRECT Guerre en …``: a scraper that put a space back between the label and the headline)."""
    small = _small_words()
    cuts = []
    for match in _AFTER_WORD.finditer(line):
        if fold_word(match.group(1)) in small or match.group(2):
            cuts.append(match.start())
            label = _LABEL_END.match(line, match.start())
            if label and len(label.group(1)) > 1:  # "ShareA Russian boat": a one-letter word opens the sentence
                cuts.append(label.end(1))
    return cuts


def _split_capital_words(part: str) -> list[str]:
    """A run of words in capitals with a word that two small words make (``ABONNEZ-VOUSPOUR LIRE``): cut there."""
    small = _small_words()
    for run in _CAPITALS_RUN.finditer(part):
        for match in _CAPITALS_WORD.finditer(run.group()):
            word = fold_word(match.group())
            halves = range(_SMALL_PART, len(word) - _SMALL_PART + 1)
            cut = next((c for c in halves if word[:c] in small and word[c:] in small), 0)
            if cut and word not in small:
                position = run.start() + match.start() + cut
                return [part[:position].strip(), *_split_capital_words(part[position:].strip())]
    return [part]


@functools.cache
def _small_words() -> frozenset[str]:
    """The stop words of French and English, the words that leave a clause open, pronouns and possessives."""
    rules, data = load_rules(), load_json("boilerplate.json")
    words = rules.dangling_words | frozenset(data["small_words_in_capitals"])
    return stopwords(rules.stoplists.get("fr", "")) | stopwords(rules.stoplists.get("en", "")) | words
