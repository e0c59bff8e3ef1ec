"""Segments cut out of a line by the clean stage: inline photo credits, a section crumb glued before the
headline, publication stubs and share runs of glued pages, market quotes, a "most read" list run on at the
end of a long line, and sentences that only point at page furniture or hold a writing prompt."""

from __future__ import annotations

import re

from kronika.model import Removal
from kronika.stages.clean_lines import line_rule, shape_reason
from kronika.stages.clean_rules import GLUED_LINE_CHARS, NUMERIC_TOKEN, SENTENCES, WORD, Rule, load_rules
from kronika.stages.language import fold_word, stopwords


def cut_segments(lines: list[str]) -> list[Removal]:
    """Cut boilerplate segments out of lines in place; return them as removals."""
    rules = load_rules()
    removed: list[Removal] = []
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is not None:
        crumb = _leading_crumb(lines[first], rules.crumb_roots)
        if crumb:
            removed.append(Removal(crumb, "navigation"))
            lines[first] = " ".join(lines[first].split()[len(crumb.split()) :])
    total = sum(len(line) + 1 for line in lines) or 1
    position = 0
    for index, line in enumerate(lines):
        position += len(line) + 1
        if not line:
            continue
        plain = line.replace("’", "'")
        reason = line_rule(plain)
        if reason and _many_sentences(line, reason):  # a glued paragraph: the sentence that matched goes
            cut: list[Removal] = []
            rest = _cut_sentences(line, [rule for rule in rules.lines if rule.pattern.search(plain)], cut)
            if not rest.strip():
                continue  # every sentence matched: the line goes whole, by the line rules
            line = rest
            removed.extend(cut)
        elif reason or shape_reason(plain):
            continue  # a line that is boilerplate as a whole is left to the line rules
        line = _cut_glued_tail(line, (position - len(line) - 1) / total, removed)
        line = _cut_ticker_runs(line, removed)
        for rule in rules.segments:
            rest = rule.pattern.sub(" ", line)
            if rest == line or len(WORD.findall(rest)) < 3:
                continue  # a segment that is (nearly) the whole line is left to the line rules
            if index != first and _is_caption(line, rest, rule.reason):
                removed.append(Removal(line, "photo caption"))
                line = ""
                break
            removed.extend(Removal(m.group().strip(), rule.reason) for m in rule.pattern.finditer(line))
            line = rest
        line = _cut_inline_credits(line, removed)
        line = _cut_sentences(line, rules.sentences, removed)
        if line != lines[index]:
            lines[index] = " ".join(line.split())
    return removed


def _is_caption(line: str, rest: str, reason: str) -> bool:
    """A line that ends with a credit in parentheses with a label (``… in Kryvyi Rih (Pic: State Emergency
    Service)``, ``(Photo : AFP)``) and holds no sentence before it: a picture's caption, not the headline."""
    if reason != "photo credit" or not (_LABELLED_CREDIT.search(line) or _PHOTOGRAPHER_CREDIT.search(line)):
        return False
    if load_rules().attribution.search(rest):
        return False  # "… officials said (Photo: AFP)": a paragraph of news with its picture's credit
    if _PHOTOGRAPHER_CREDIT.search(line):  # credited under a picture only, its caption one sentence or none
        return len(SENTENCES.findall(rest)) <= 1 and len(WORD.findall(rest)) <= _CAPTION_WORDS
    return not re.search(r"[.!?…»”]\s*$", rest.strip()) and len(WORD.findall(rest)) <= _CAPTION_WORDS


_LABELLED_CREDIT = re.compile(
    r"\((?:photos?|pic|picture|image|crédits?(?: photo)?|credits?)\s*:[^()]{1,80}\)\s*$", re.IGNORECASE
)
_CAPTION_WORDS = 15
# a photographer named after the agency or for the outlet: "(Reuters: Nina Liashonok)", "(Ed Ram for The Post)"
_PHOTOGRAPHER_CREDIT = re.compile(
    r"\((?:(?:[A-Z][\w.&'’-]*\s?){1,4}:\s?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3}"
    r"|[A-Z][\w'’-]+(?:\s[A-Z][\w.'’-]+){1,3}\sfor\s(?:[Tt]he\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})\)\s*$"
)


def _many_sentences(line: str, reason: str) -> bool:
    """A paragraph of three sentences or more (a glued page, a writing prompt glued to the last paragraph), or
    of two or more that opens on a sentence of news (furniture glued to a short paragraph): a line rule that
    matches it cuts the sentences it matches, not the whole paragraph. A generator's leftover
    goes alone from any paragraph of two sentences or more ("… bombardements. N'hésitez pas à me dire si…")."""
    if reason in _TOOL_REASONS:  # (or a preface ending on a colon: "Voici un article … :La ville …")
        return len(SENTENCES.findall(line)) + len(_COLON_BREAK.findall(line)) >= 2
    sentences = SENTENCES.findall(line)
    if len(line) >= GLUED_LINE_CHARS and len(sentences) >= 3:
        return True
    return len(sentences) >= 2 and _is_news_sentence(sentences[0])  # a paragraph of the article opens the line


def _is_news_sentence(sentence: str) -> bool:
    """A sentence of the article in a short paragraph with a line of furniture glued to it (``Two people were
    wounded, the governor said. Subscribe to our newsletter.``): twelve words or more ending with a full stop, which
    no line rule matches and which does not speak to the reader (a cookie banner's second sentence does)."""
    plain = sentence.strip().replace("’", "'")
    words = [fold_word(word) for word in WORD.findall(plain)]
    if len(words) < _NEWS_SENTENCE_WORDS or not plain.endswith((".", "»", '"', "”")):
        return False
    if not (plain[:1].isupper() or plain[:1] in '«"“') or "://" in plain or "www." in plain:
        return False  # a sentence opens on a capital or a quote; "___ Follow … at https://apnews." is cut at a dot
    lists = load_rules().stoplists
    density = max(sum(w in stopwords(lists[code]) for w in words) / len(words) for code in ("fr", "en"))
    if density < _NEWS_SENTENCE_DENSITY:
        return False  # "Used with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW, …"
    return not line_rule(plain) and not load_rules().reader_address.search(plain)


_NEWS_SENTENCE_WORDS = 12
_NEWS_SENTENCE_DENSITY = 0.25  # prose has a stop word in three or four words; an address or a list of names less
_TOOL_REASONS = ("AI tool output", "AI writing prompt")


def _cut_glued_tail(line: str, start: float, removed: list[Removal]) -> str:
    """A long line that runs on into a "most read" list past the first part of the page: cut the list."""
    rules = load_rules()
    if len(line) < 300:
        return line
    for match in rules.inline_tail_headers.finditer(line):
        if match.start() > 0 and start + match.start() / (len(line) + 1) >= rules.tail_min_position:
            tail = line[match.start() :].strip()
            if WORD.search(line[: match.start()]):
                removed.append(Removal(tail, "list of other stories"))
                return line[: match.start()].rstrip()
    return line


def _cut_inline_credits(line: str, removed: list[Removal]) -> str:
    """``… de la région. © AFP Les secours…``, ``REUTERS/Stringer``: a picture credit glued inside a line of text.

    The pattern takes a few capitalised words after the agency; a last one followed by a lowercase word
    starts the next sentence ("Les secours") and is given back.
    """
    cuts: list[tuple[int, int]] = []
    for match in load_rules().inline_credit.finditer(line):
        words = list(re.finditer(r"\S+", match.group()))
        end = match.end()
        while len(words) > 1 and re.match(r"\s+[a-zà-ÿ]", line[end:]):
            words.pop()
            end = match.start() + words[-1].end()
        inside = re.match(r"\s*[a-zà-ÿ]", line[end:])  # "Reuters/Ipsos publié mardi": a poll inside a sentence
        if inside or not load_rules().inline_credit.fullmatch(line[match.start() : end]):
            continue
        if len(WORD.findall(line[: match.start()] + line[end:])) >= 3:
            cuts.append((match.start(), end))
    for start, end in reversed(cuts):
        removed.append(Removal(line[start:end].strip(), "photo credit"))
        line = line[:start] + " " + line[end:]
    return line


def _cut_ticker_runs(line: str, removed: list[Removal]) -> str:
    """Market quotes glued into a line: five or more number-like tokens in a row, one of them a percentage."""
    tokens = list(re.finditer(r"\S+", line))
    words = load_rules().ticker_words
    run: list[re.Match[str]] = []
    cuts: list[tuple[int, int]] = []
    for token in [*tokens, None]:
        text = token.group().strip("()[],;") if token else ""
        if token and (NUMERIC_TOKEN.match(text) or text.casefold() in words):
            run.append(token)
            continue
        if len(run) >= 5 and any("%" in t.group() for t in run) and len(run) < len(tokens):
            cuts.append((run[0].start(), run[-1].end()))
        run = []
    for start, end in reversed(cuts):
        removed.append(Removal(line[start:end], "market ticker"))
        line = line[:start] + " " + line[end:]
    return line


# a sentence that introduces the next one ("Voici un article sur …, rédigé dans un style journalistique : La ville …")
_COLON_BREAK = re.compile(r"(?<=:)\s*(?=[«“\"]?[A-ZÀ-Ý])")


def _cut_sentences(line: str, rules: list[Rule], removed: list[Removal]) -> str:
    """Drop whole sentences that only point at page furniture ("see the video at the top of this article")."""
    if not any(rule.pattern.search(line.replace("’", "'")) for rule in rules):
        return line
    kept: list[str] = []
    for sentence in SENTENCES.findall(line):
        clauses = _COLON_BREAK.split(sentence)
        for clause in [*(c + " " for c in clauses[:-1]), clauses[-1]]:
            plain = clause.replace("’", "'")  # the rules are written with straight apostrophes
            rule = next((r for r in rules if r.pattern.search(plain)), None)
            if rule and len(clause) < 300:
                removed.append(Removal(clause.strip(), rule.reason))
            else:
                kept.append(clause)
    return "".join(kept)


def _leading_crumb(line: str, roots: frozenset[str]) -> str | None:
    """``Accueil Monde Europe Le port visé…``: a section crumb glued before a sentence-case headline.

    A crumb with separators (``Home » Monde``) is a navigation line of its own, left to the line rules.
    """
    tokens = line.split()
    if len(tokens) < 6 or tokens[0].casefold() not in roots or re.search(r"[»›>|]", line):
        return None
    end = 1
    while end + 1 < len(tokens) and tokens[end][:1].isupper() and tokens[end + 1][:1].isupper():
        end += 1  # ``Le port``: a capital followed by a lowercase word starts the headline
    return " ".join(tokens[:end]) if len(tokens) - end >= 4 else None
