"""Literal anchors of regular expressions, to try only the patterns that can match a text.

A pattern's *anchors* are lowercase strings one of which every match contains (``shot\\s+down`` cannot match without
"down"; ``(?:drones?|uavs?)\\s+hit`` without "drone", "uav" or "hit"). They are read from the pattern itself (its
parse), never listed by hand. :class:`Prefilter` scans a lowercased text once for the anchors of many patterns and
tells which patterns can match it, so that a lexicon of rules tried in order (the event cues, the boilerplate
lines) runs only the few whose words occur: the answer is the same as trying every pattern.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

# The parser behind ``re.compile`` (``sre_parse`` before Python 3.11), a private module: a pattern it cannot read,
# or an operator this module does not know, gets no anchors and is always tried.
_PARSER: Any = importlib.import_module("re._parser")
_CONSTANTS: Any = importlib.import_module("re._constants")
_CASEFIX: Any = importlib.import_module("re._casefix")

_MAX_STRINGS = 64  # beyond this many alternative strings a piece is not enumerated (it is "anything")
_MAX_CLASS = 12  # a character class of at most this many characters is enumerated ("[sz]", "[ée]")

Anchors = frozenset[str] | None  # None: no anchor is known, the pattern must always be tried
T = TypeVar("T")


@functools.cache
def odd_case(char: str) -> bool:
    """Whether ``char`` folds differently under ``re.IGNORECASE`` than under ``str.lower`` ("İ" lowers to two
    characters; "ı", "ſ", "ς" match "i", "s", "σ" case-blind): a text holding one is scanned without the prefilter,
    and a pattern's literal that is one gives no anchor. ASCII letters are read as they are: any odd partner of
    theirs is not ASCII, so it is caught on the other side."""
    if char.isascii():
        return False
    lowered = char.lower()
    return len(lowered) != 1 or ord(lowered) in _CASEFIX._EXTRA_CASES or ord(char) in _CASEFIX._EXTRA_CASES


def plain_case(text: str) -> bool:
    """Whether every character of ``text`` lowers as the case-blind matcher folds it."""
    return text.isascii() or not any(odd_case(char) for char in set(text) if not char.isascii())


def anchors(pattern: re.Pattern[str] | str) -> Anchors:
    """Lowercase strings one of which every match of ``pattern`` contains, or None when none is known."""
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    flags = pattern.flags if isinstance(pattern, re.Pattern) else 0
    try:
        parsed = _PARSER.parse(source, flags)
    except (re.error, TypeError):
        return None
    try:
        return _needed(_sequence(parsed))
    except _Unknown:
        return None


class _Unknown(Exception):
    """An operator this module does not read."""


# (exact, needed): the strings a piece matches exactly, if few; else strings one of which each match contains
_Piece = tuple[frozenset[str] | None, Anchors]
_ANYTHING: _Piece = (None, None)
_EMPTY: _Piece = (frozenset({""}), None)


def _needed(piece: _Piece) -> Anchors:
    exact, needed = piece
    if exact is None:
        return needed
    return None if "" in exact else _shortest(exact)


def _shortest(strings: Iterable[str]) -> frozenset[str]:
    """The strings without those that contain another one (a text holding the longer holds the shorter)."""
    ordered = sorted(set(strings), key=len)
    kept: list[str] = []
    for string in ordered:
        if not any(short in string for short in kept):
            kept.append(string)
    return frozenset(kept)


def _strength(found: frozenset[str]) -> tuple[int, int]:
    return min(len(s) for s in found), -len(found)


def _sequence(items: Iterable[tuple[Any, Any]]) -> _Piece:
    """A concatenation: consecutive exact pieces multiply out ("drone" then "s" or ""), and the strongest anchor
    set of the runs and pieces stands for the whole."""
    run: frozenset[str] = frozenset({""})
    found: list[frozenset[str]] = []
    whole = True

    def close(strings: frozenset[str]) -> None:
        needed = _needed((strings, None))
        if needed is not None:
            found.append(needed)

    for op, av in items:
        exact, needed = _item(op, av)
        if exact is not None:
            if len(run) * len(exact) <= _MAX_STRINGS:
                run = frozenset(a + b for a in run for b in exact)
            else:
                close(run)
                run, whole = exact, False
            continue
        close(run)
        run, whole = frozenset({""}), False
        if needed is not None:
            found.append(needed)
    if whole:
        return run, _needed((run, None))
    close(run)
    return None, max(found, key=_strength) if found else None


def _item(op: Any, av: Any) -> _Piece:
    c = _CONSTANTS
    if op is c.LITERAL:
        return _literal(chr(av))
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _EMPTY  # zero width: a look-around constrains, but reading none of it stays sound
    if op is c.IN:
        return _char_class(av)
    if op is c.SUBPATTERN:
        return _sequence(av[-1])
    if op is c.ATOMIC_GROUP:
        return _sequence(av)
    if op is c.BRANCH:
        return _branch([_sequence(branch) for branch in av[1]])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return _repeat(av[0], av[1], _sequence(av[2]))
    if op in (c.ANY, c.NOT_LITERAL, c.GROUPREF, c.GROUPREF_EXISTS):
        return _ANYTHING
    raise _Unknown(op)


def _literal(char: str) -> _Piece:
    return _ANYTHING if odd_case(char) else (frozenset({char.lower()}), None)


def _char_class(members: Sequence[tuple[Any, Any]]) -> _Piece:
    chars: set[str] = set()
    for op, av in members:
        if op is _CONSTANTS.LITERAL:
            chars.add(chr(av))
        elif op is _CONSTANTS.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        else:
            return _ANYTHING  # a category (\w, \s), a negation, a wide range
    if len(chars) > _MAX_CLASS or any(odd_case(char) for char in chars):
        return _ANYTHING
    return frozenset(char.lower() for char in chars), None


def _branch(pieces: list[_Piece]) -> _Piece:
    exacts = [exact for exact, _ in pieces if exact is not None]
    if len(exacts) == len(pieces) and sum(map(len, exacts)) <= _MAX_STRINGS:
        union = frozenset().union(*exacts)
        return union, _needed((union, None))
    needs = [_needed(piece) for piece in pieces]
    if any(needed is None for needed in needs):
        return _ANYTHING
    return None, _shortest(s for needed in needs if needed is not None for s in needed)


def _repeat(least: int, most: int, piece: _Piece) -> _Piece:
    exact, _ = piece
    if most == 0:
        return _EMPTY
    if least == most == 1:
        return piece
    if least == 0:
        return (exact | {""}, None) if most == 1 and exact is not None else _ANYTHING
    return None, _needed(piece)


class Prefilter(Generic[T]):
    """Which of ``items`` can match a text, each item with its anchors (None: always a candidate).

    One pass over the lowercased text finds every position where an anchor starts (a trie of all anchors as one
    regular expression inside a look-ahead, longest first, so overlapping anchors are all seen); an anchor found
    stands for every anchor it begins with. Texts whose case folding is odd (``plain_case``) get every item.
    """

    def __init__(self, items: Sequence[tuple[T, Anchors]]) -> None:
        self._items = [item for item, _ in items]
        self._always = frozenset(i for i, (_, found) in enumerate(items) if found is None)
        owners: dict[str, set[int]] = {}
        for index, (_, found) in enumerate(items):
            for anchor in found or ():
                owners.setdefault(anchor, set()).add(index)
        self._owners = {
            anchor: frozenset().union(*(owners[prefix] for prefix in owners if anchor.startswith(prefix)))
            for anchor in owners
        }
        self._scan = re.compile("(?=(" + _trie(sorted(owners)) + "))", re.DOTALL) if owners else None

    def candidates(self, lowered: str, original: str | None = None) -> list[T]:
        """The items that can match ``lowered`` (the text lowercased; ``original`` to check its case folding),
        in their given order."""
        if self._scan is None or not plain_case(original if original is not None else lowered):
            return list(self._items)
        found = set(self._always)
        for anchor in set(self._scan.findall(lowered)):
            found |= self._owners[anchor]
        return [self._items[i] for i in sorted(found)]


def _trie(strings: list[str]) -> str:
    """One pattern matching the longest of ``strings`` (sorted, non-empty) that starts at a position."""
    heads: dict[str, list[str]] = {}
    for string in strings:
        heads.setdefault(string[0], []).append(string[1:])
    branches = []
    for head, tails in heads.items():
        ends_here = "" in tails
        longer = [tail for tail in tails if tail]
        if not longer:
            branches.append(re.escape(head))
            continue
        rest = _trie(longer)
        branches.append(re.escape(head) + (f"(?:{rest})?" if ends_here else f"(?:{rest})"))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
