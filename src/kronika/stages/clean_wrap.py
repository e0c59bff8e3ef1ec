"""Hard-wrapped pages for the clean stage: a text whose paragraphs were cut into lines of a fixed width.

Text-mode browsers (``lynx -dump``, ``w3m``), e-mail newsletters, PDF extracts and plain-text wire feeds wrap
every paragraph at a column (often 70-80 characters). Read line by line, each sentence of such a page would be
cut in pieces: claims lose their speaker, tolls their event. A line is rejoined to the next one only where a
greedy wrap would have broken it, that is where the next line's first word would not have fitted on it; and
only on a page most of whose lines end near one width, none of them longer, and three of which at least end inside
a sentence (a short page has few full lines; a list of headlines, each ending its sentence, is not wrapped prose).
"""

from __future__ import annotations

import itertools
import re

_SENTENCE_END = re.compile(r"[.!?…:;»”\"]$")
MIN_WIDTH = 50  # narrower than this, a page of short lines is a list or a poem, not wrapped prose
MAX_WIDTH = 100  # a page with a longer line was not wrapped at a column
WIDTH_SLACK = 12  # a line ending within this many characters of the width was full
MIN_FULL_LINES = 3
MIN_CUT_LINES = 3  # full lines that end inside a sentence: a short page wrapped has few, a list of headlines none
MIN_FULL_SHARE = 0.5  # of the lines followed by another line of the same block


def unwrap(text: str) -> str:
    """The text with the lines of each hard-wrapped paragraph joined, or unchanged if it is not hard-wrapped."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    out: list[str] = []
    for line in lines:
        if out and _was_wrapped(out[-1], line, width):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _wrap_width(lines: list[str]) -> int | None:
    lengths = [len(line.rstrip()) for line in lines]
    width = max(lengths, default=0)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    followed = [line.rstrip() for line, after in itertools.pairwise(lines) if line.strip() and after.strip()]
    full = [line for line in followed if len(line) >= width - WIDTH_SLACK]
    cut = [line for line in full if not _SENTENCE_END.search(line)]  # a wrap cuts sentences, a list ends them
    if len(full) < MIN_FULL_LINES or len(full) < MIN_FULL_SHARE * len(followed) or len(cut) < MIN_CUT_LINES:
        return None
    return width


def _was_wrapped(line: str, following: str, width: int) -> bool:
    """A greedy wrap put ``following``'s first word on a new line because it did not fit on ``line``."""
    line, following = line.rstrip(), following.strip()
    if not line.strip() or not following:
        return False
    return len(line) + 1 + len(following.split()[0]) > width
