"""Clean stage: drop boilerplate lines and segments, keep everything removed with its reason.

Rules live in ``data/boilerplate.json``; this module applies them and computes the structural signals
that need no list of strings. The signals, strongest first:

* segments cut out of a line (an inline photo credit, a section crumb glued to the headline, a sentence
  pointing to a video player);
* the end of the article body (a wire signoff, a "related articles" or comment block after which only
  teasers follow);
* explicit patterns (cookie banners, share buttons, UI strings, publication stubs, AI writing prompts);
* the shape of a line: separators, author initials, "NAME / AGENCY" credits, lone dates, number tickers,
  credits in parentheses, comment widgets;
* the language of a line: lines in a language Kronika does not process (a translated page's UI, the
  original outlet's headlines), told apart by jusText's stop-word lists;
* runs of lines: navigation above the headline, headline-like teasers of other stories between the
  paragraphs, page furniture after the last paragraph (short lines with few stop words, jusText's
  "bad" paragraphs);
* lines repeated within the document or across many documents of the same run.
"""

from __future__ import annotations

import re
import unicodedata

from kronika.config import LANGUAGES
from kronika.model import Document, Removal
from kronika.pipeline import stage
from kronika.stages.clean_above import mark_head_banners, mark_head_navigation, mark_head_strays
from kronika.stages.clean_bylines import mark_bylines
from kronika.stages.clean_context import mark_by_neighbours
from kronika.stages.clean_fields import keep_gallery_captions, mark_head_fields
from kronika.stages.clean_glued import rejoin, unglue
from kronika.stages.clean_lines import (
    foreign_hits,
    foreign_reason,
    is_language_switcher,
    line_rule,
    lone_name,
    mark_split_lines,
    other_script,
    shape_reason,
)
from kronika.stages.clean_model import mark_model_lines
from kronika.stages.clean_rules import (
    BROKEN_WORD,
    FULL_STOP,
    KICKER,
    LETTER_OR_DIGIT,
    LIST_BULLET,
    LIST_LABEL,
    LIST_LABELS,
    LOW_STOPWORD_DENSITY,
    SENTENCE_END,
    SHORT_LINE_WORDS,
    SOFT_HYPHEN,
    WORD,
    Page,
    ends_with_date,
    load_rules,
)
from kronika.stages.clean_segments import cut_segments
from kronika.stages.clean_wrap import unwrap
from kronika.stages.language import fold_word, script_differs, stopword_language, stopwords
from kronika.stages.read import without_lone_surrogates

_QUOTE_MARK = re.compile(r"[«»\"“”]")
_QUOTED_SPAN = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
_CALLS = ("call to action", "subscription prompt", "comment notice")  # what a question to the reader may lead to
_READER_ADDRESS_WORDS = 20  # a line addressing the reader longer than this is the article's own voice
_CALL_TO_ACTION_WORDS = 14  # calls to action are short; a longer line in the second person may be service news


def join_broken_words(text: str) -> str:
    """Undo the line breaks of a print layout kept in a scraped text: soft hyphens go, and a word cut by a
    typographic hyphen and a space (``conti‐ nuaient``) is joined; before a capital (``Saint‐ Pétersbourg``)
    the hyphen is a compound's and stays, as a plain hyphen."""
    text = SOFT_HYPHEN.sub("", text)
    return BROKEN_WORD.sub(lambda m: "" if text[m.end()].islower() else "-", text)


def normalise_line(line: str) -> str:
    """The key used to compare lines across and within documents."""
    folded = unicodedata.normalize("NFKC", line).replace("’", "'")
    return " ".join(folded.casefold().split())


@stage("clean", requires=["doc.raw"], assigns=["doc.text", "doc.removed", "doc.title"], resources=["repeated_lines"])
def clean_text(doc: Document, *, repeated_lines: frozenset[str] = frozenset()) -> Document:
    """Set ``doc.text`` to the article body and ``doc.removed`` to every dropped line or segment."""
    raw_lines = [line.strip() for line in unwrap(join_broken_words(without_lone_surrogates(doc.raw))).split("\n")]
    lines, origins, known = unglue(raw_lines)
    if doc.header.get("_line") and doc.header.get("_from") is None:
        doc.removed.append(Removal(doc.header["_line"], "metadata header"))
    doc.removed.extend(cut_segments(lines))
    words = [[fold_word(w) for w in WORD.findall(line)] for line in lines]
    page = Page(lines, words, stopword_language(words, load_rules().stoplists), known)
    _mark_tail(page)
    _mark_lines(page, repeated_lines)
    doc.removed.extend(keep_gallery_captions(page))
    mark_head_fields(page)
    mark_split_lines(page)
    _mark_reader_address(page)
    mark_bylines(page)
    mark_head_navigation(page)
    mark_head_banners(page)
    mark_head_strays(page)
    _mark_list_blocks(page)
    _mark_teasers(page)
    _mark_headline_runs(page)
    _mark_foreign_furniture(page)
    _mark_trailing_furniture(page)
    mark_by_neighbours(page, origins)
    mark_model_lines(page, _glued_tail(lines, origins))  # before the title: the first line may be furniture
    if doc.title is None:
        doc.title = _find_title(lines, page.reasons)
    _keep_something(page)
    kept: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        if index in page.reasons:
            doc.removed.append(Removal(line, page.reasons[index]))
        elif line:
            kept.append((origins[index], line))
    doc.text = "\n\n".join(rejoin(kept))
    return doc


def _glued_tail(lines: list[str], origins: list[int]) -> bool:
    """The page's last piece was cut off the line before it: a glued page, which may end mid-sentence."""
    last = [i for i, line in enumerate(lines) if line][-2:]
    return len(last) == 2 and origins[last[0]] == origins[last[1]]


def _keep_something(page: Page) -> None:
    """A text every line of which the structural rules would drop is kept whole (a one-line report, a headline
    and its place): those rules read the shape of a page, and such a text has none."""
    if page.live() or not any(page.lines):
        return
    for index in [i for i, reason in page.reasons.items() if reason in load_rules().reason_groups["structural"]]:
        del page.reasons[index]


# --- the end of the body -------------------------------------------------------------------------------------------


def _mark_tail(page: Page) -> None:
    """Drop everything after the end of the article body (teasers, comment blocks)."""
    rules = load_rules()
    lines = page.lines
    total = sum(len(line) + 1 for line in lines) or 1
    position = 0
    for index, line in enumerate(lines):
        position += len(line) + 1
        if position / total < rules.tail_min_position or not line:
            continue
        cut = None
        for rule in rules.tail_markers:
            if rule.pattern.search(line):
                cut, reason = index, rule.reason
                break
        else:
            for rule in rules.signoffs:
                if rule.pattern.search(line):
                    cut, reason = index + 1, "after " + rule.reason
                    break
        if cut is not None and reason in _RESUMABLE and _body_resumes(page, cut):
            continue  # "À lire aussi" and a teaser between two paragraphs: left to the list rules
        if cut is not None:
            for later in range(cut, len(lines)):
                if lines[later]:
                    page.reasons[later] = reason if later == cut else f"trailing content ({reason})"
            return


_RESUMABLE = ("related articles", "list of other stories")  # a block of teasers the article may go on after


def _body_resumes(page: Page, marker: int) -> bool:
    """After a "read also" label and at most two headlines under it, a paragraph of the article follows."""
    following = [i for i in range(marker + 1, len(page.lines)) if page.lines[i]][:3]
    for index in following:
        line, count = page.lines[index], len(page.words[index])
        if count >= 6 and FULL_STOP.search(line) and page.density(index) >= LOW_STOPWORD_DENSITY:
            return True  # a sentence of the article (headlines end without a full stop)
        if FULL_STOP.search(line) or count > 20:
            return False
    return False


def _mark_trailing_furniture(page: Page) -> None:
    """Lines after the last paragraph: share labels, comment widgets, teaser headlines, UI strings.

    Short lines without a full stop after the last line of prose go when at least two lines of furniture
    follow that line. Where page furniture (share labels, a list header, a comment counter) marks the end of
    the page, headlines of other stories go too: after the last paragraph that ends a sentence, since a long
    headline ("Guerre en Ukraine : la Russie revendique…") has the words of prose but no full stop. A list of
    headlines alone (a wire summary) stays.
    """
    live = page.live()
    furniture = load_rules().reason_groups["furniture"]
    prose = [i for i in live if page.is_prose(i)]
    if prose:
        after = [i for i in live if i > prose[-1]]
        short = all(len(page.words[i]) < SHORT_LINE_WORDS and not FULL_STOP.search(page.lines[i]) for i in after)
        marked = [i for i, reason in page.reasons.items() if i > prose[-1] and reason in furniture]
        if after and short and len(after) + len(marked) >= 2:  # one short last line may be the article's own
            _drop_after_body(page, after)
    paragraphs = [i for i in page.live() if _is_paragraph(page, i)]
    if not paragraphs:
        return
    after = [i for i in page.live() if i > paragraphs[-1]]
    marked = [i for i, reason in page.reasons.items() if i > paragraphs[-1] and reason in furniture]
    if after and marked and not any(_is_trailing_sentence(page, i) for i in after):
        _drop_after_body(page, after)


def _drop_after_body(page: Page, after: list[int]) -> None:
    for index in after:
        if not ends_with_date(page.lines[index]):  # a dated reference of a list of sources stays
            page.reasons[index] = "page furniture after the body"


def _is_paragraph(page: Page, index: int) -> bool:
    """Prose that ends a sentence, or too long for a headline (a page cut short mid-sentence)."""
    line, words = page.lines[index], page.words[index]
    if not page.is_prose(index):
        return False
    return bool(SENTENCE_END.search(line)) or (len(words) > SHORT_LINE_WORDS and not _is_teaser_headline(line, words))


def _is_trailing_sentence(page: Page, index: int) -> bool:
    """A line after the last paragraph that could still be the article's: a sentence of six words or more
    ("Sign up here." is not), or a line too long for a headline."""
    line, count = page.lines[index], len(page.words[index])
    return count > 20 or (count >= 6 and bool(FULL_STOP.search(line) or _cut_mid_sentence(page, index)))


def _cut_mid_sentence(page: Page, index: int) -> bool:
    """Prose cut off inside a clause (``… aux arrêts de bus, mais``, ``… the city's mayor said that the``): the
    article's last line, cut by a paywall; a line of furniture does not end on a comma, a conjunction or an
    article."""
    line, words = page.lines[index], page.words[index]
    if page.density(index) < LOW_STOPWORD_DENSITY:
        return False
    return line.rstrip().endswith(",") or words[-1] in load_rules().dangling_words  # "…, mais", "… that the"


# --- one line at a time --------------------------------------------------------------------------------------------


def _mark_lines(page: Page, repeated_lines: frozenset[str]) -> None:
    seen: set[str] = set()
    for index, line in enumerate(page.lines):
        if not line or index in page.reasons:
            continue
        key = normalise_line(line)
        reason = _line_reason(page, index, key, seen, repeated_lines)
        if reason:
            page.reasons[index] = reason
        seen.add(key)
    _spread_foreign(page)


def _mark_reader_address(page: Page) -> None:
    """A short line that speaks to the reader ("Vous aimez nos articles ? Soutenez…", "Get the news delivered to
    your inbox") is page furniture: news prose does not address its reader. Quotes, questions (unless in the outlet's
    voice: "Vous avez un scoop à nous transmettre ?") and pages whose own paragraphs use the second person (an op-ed)
    or that put questions to someone (an interview) are left alone."""
    address, attribution = load_rules().reader_address, load_rules().attribution
    lines = [(i, page.lines[i].replace("’", "'")) for i in page.live()]
    unquoted = [(i, line) for i, line in lines if address.search(_outside_quotes(line))]
    unquoted = [(i, line) for i, line in unquoted if not attribution.search(line)]  # advice reported as news
    if any(len(page.words[i]) > _READER_ADDRESS_WORDS for i, _ in unquoted):
        return  # the article itself speaks in the second person
    if sum(_is_answered(page, i) for i, line in unquoted if _is_question(line)) >= 2:
        return  # questions put to someone, each followed by the answer: an interview
    outlet = load_rules().outlet_voice
    for index, line in unquoted:
        if _is_live_headline(line, address):
            continue  # "EN DIRECT - Guerre en Ukraine : … , suivez notre direct": the live page's headline
        if len(page.words[index]) <= _CALL_TO_ACTION_WORDS and (not _is_question(line) or outlet.search(line)):
            page.reasons[index] = "call to action"  # a question to the reader in the outlet's voice: "Vous avez…"
    for index, line in unquoted:  # "Vous souhaitez poser une question ?" + "Rendez-vous sur …": the call's question
        after = next((i for i in range(index + 1, len(page.lines)) if page.lines[i]), None)
        short = len(page.words[index]) <= _CALL_TO_ACTION_WORDS
        if short and _is_question(line) and after is not None and page.reasons.get(after, "") in _CALLS:
            page.reasons[index] = "call to action"


def _is_live_headline(line: str, address: re.Pattern[str]) -> bool:
    """A headline with a kicker that speaks to the reader only in its last clause, after a comma."""
    head, comma, _ = line.rpartition(",")
    return bool(comma) and " : " in head and len(head.split()) >= _LIVE_HEAD_WORDS and not address.search(head)


_LIVE_HEAD_WORDS = 6


def _outside_quotes(line: str) -> str:
    """The line without its quoted spans (a section's name in quotes, 'L'actualité "Société" vous intéresse ?', is
    no speech); a line with a quote mark left open is speech going on from the line before, and is left alone."""
    rest = _QUOTED_SPAN.sub(" ", line)
    return "" if _QUOTE_MARK.search(rest) else rest


def _is_question(line: str) -> bool:
    return line.rstrip().endswith("?")


def _is_answered(page: Page, index: int) -> bool:
    """A question followed by an answer: a line of prose that is no question and does not address the reader."""
    after = next((i for i in page.live() if i > index), None)
    if after is None or len(page.words[index]) < 5 or not page.is_prose(after):
        return False
    line = page.lines[after]
    return not _is_question(line) and not load_rules().reader_address.search(line)


def _line_reason(page: Page, index: int, key: str, seen: set[str], repeated_lines: frozenset[str]) -> str | None:
    line = page.lines[index]
    plain = line.replace("’", "'")  # the rules are written with straight apostrophes
    reason = line_rule(plain)
    if reason:
        return reason
    if key in seen and len(page.words[index]) >= 3:
        return "repeated line"
    if key in repeated_lines and not lone_name(line):
        return "repeated across documents"
    if len(page.words[index]) <= 15 and page.language in ("fr", "en") and other_script(line, page.language):
        return "another language"  # a Cyrillic or Arabic line in a French page: the UI of a translated page
    if is_language_switcher(line):
        return "language switcher"
    return shape_reason(plain) or foreign_reason(page, index)


# --- language of a line --------------------------------------------------------------------------------------------


def _spread_foreign(page: Page) -> None:
    """Short lines next to a foreign line, with a foreign stop word and few of the page's own, go with it."""
    for index in sorted(i for i, r in page.reasons.items() if r == "another language"):
        for step in (-1, 1):
            near = index + step
            while 0 <= near < len(page.lines) and not LETTER_OR_DIGIT.search(page.lines[near]):
                near += step
            if not 0 <= near < len(page.lines) or near in page.reasons:
                continue
            foreign, _ = foreign_hits(page, near)
            if foreign >= 1 and page.density(near) < LOW_STOPWORD_DENSITY and len(page.words[near]) < SHORT_LINE_WORDS:
                page.reasons[near] = "another language"


def _mark_foreign_furniture(page: Page) -> None:
    """Short lines above or below the body in another language or script than the page: UI of a translated page.

    Inside the body such a line may be a quote or a slogan and is kept.
    """
    live = page.live()
    prose = [i for i in live if page.is_prose(i)]
    if not prose or not page.language:
        return
    names = load_rules().stoplists
    own = stopwords(names[page.language])
    others = [stopwords(names[code]) for code in LANGUAGES if code in names and code != page.language]
    for index in live:
        line, words = page.lines[index], page.words[index]
        if prose[0] <= index <= prose[-1] or not 2 <= len(words) <= 8 or FULL_STOP.search(line):
            continue
        foreign = any(len(w) > 1 and w in stops and w not in own for stops in others for w in words)  # not "'s"
        if script_differs(line, page.language) or (foreign and not any(w in own for w in words)):
            page.reasons[index] = "another language"


# --- runs of lines -------------------------------------------------------------------------------------------------


_BARE_LABEL_WORDS = 6  # "À voir aussi sur LCP", "Read more from CBS News": a label, with the outlet's name or not


_QUESTION_HEADLINE_WORDS = 16
_INNER_STOP = re.compile(r"[.!?…]\s+\S")  # a second sentence: prose, not a headline


def _mark_list_blocks(page: Page) -> None:
    """A list header ("Les plus lus", "Most read") and the headline-like lines under it."""
    headers = load_rules().list_headers
    live = [i for i, line in enumerate(page.lines) if line and page.reasons.get(i, LIST_LABEL) in LIST_LABELS]
    statements = [i for i in page.live() if page.is_prose(i) and not _is_question_headline(page, i)]
    for position, index in enumerate(live):
        line = page.lines[index]
        bare_label = page.reasons.get(index) == "related articles" and len(line.split()) <= _BARE_LABEL_WORDS
        if not bare_label and not any(r.pattern.search(line) for r in headers):
            continue
        page.reasons.setdefault(index, LIST_LABEL)
        headline = _headline_above(page, statements[0]) if bare_label and statements else -1
        for rank, later in enumerate(live[position + 1 :]):
            if later == headline and (rank or any(page.lines[i] for i in range(index + 1, later))):
                break  # "À la une" among the menu's items: the line over the first paragraph is the article's
            after_the_body = not statements or later > statements[-1]
            if after_the_body and later not in page.reasons and _is_question_headline(page, later):
                page.reasons[later] = LIST_LABEL  # "Test du Pixel 10 : le meilleur photophone ?" under the header
                continue
            if later in page.reasons or FULL_STOP.search(page.lines[later]):
                break
            if page.is_prose(later) and not (bare_label and rank == 0 and _is_headline(page, later)):
                break  # the line under a "read also" label is its headline, however long
            page.reasons[later] = LIST_LABEL


def _headline_above(page: Page, first: int) -> int:
    """The line right over the first paragraph, when it is a headline: the article's own."""
    above = [i for i in page.live() if i < first]
    return above[-1] if above and _is_headline(page, above[-1]) else -1


def _is_question_headline(page: Page, index: int) -> bool:
    """A headline that asks a question (``La Russie peut-elle financer la guerre encore longtemps ?``): short, one
    sentence, ending on its question mark; under a list header after the body, another story's title."""
    line = page.lines[index].rstrip()
    return line.endswith("?") and len(page.words[index]) <= _QUESTION_HEADLINE_WORDS and not _INNER_STOP.search(line)


def _is_headline(page: Page, index: int) -> bool:
    """A headline: no more than 25 words and no full stop at the end (a long headline has the words of prose)."""
    return len(page.words[index]) <= 25 and not SENTENCE_END.search(page.lines[index])


def _mark_teasers(page: Page) -> None:
    """Headlines of other stories between the paragraphs: ``Kicker : headline`` lines after the body began."""
    live = page.live()
    prose = [i for i in live if page.is_prose(i)]
    if not prose:
        return
    for position, index in enumerate(live):
        if index > prose[-1] and _is_capital_kicker_teaser(page, index):
            page.reasons[index] = "teaser of another story"  # "VIDÉO - Les images de …" after the last paragraph
            continue
        if not prose[0] < index < prose[-1]:
            continue  # only between paragraphs: a list after the last one may be the article's sources
        neighbours = live[max(position - 1, 0) : position] + live[position + 1 : position + 2]
        if not any(page.is_prose(n) for n in neighbours):
            continue  # a line inside a list (of sources, of live entries) is not a stray teaser
        line, words = page.lines[index], page.words[index]
        if _is_teaser_headline(line, words) or _is_unrelated_headline(page, index) or _is_in_capitals(line, words):
            page.reasons[index] = "teaser of another story"


def _is_in_capitals(line: str, words: list[str]) -> bool:
    """Between paragraphs, a line all in capitals of five words or more with no full stop (``UKRAINE SAYS IT DOWNED
    RUSSIAN SPY PLANE``): another story's headline, as some outlets set them in the body; a crosshead is shorter."""
    return len(words) >= _CAPITALS_HEADLINE_WORDS and line.isupper() and not FULL_STOP.search(line)


_CAPITALS_HEADLINE_WORDS = 5


def _is_capital_kicker_teaser(page: Page, index: int) -> bool:
    """After the last paragraph, ``VIDÉO - Les images des évacuations``, ``PHOTOS. Kharkiv sous les bombes``: a
    kicker in capitals, then a headline of three words or more (a list of sources has names, not headlines)."""
    line = page.lines[index]
    match = KICKER.match(line)
    if not match or not match.group("kicker").isupper() or not _is_teaser_headline(line, page.words[index]):
        return False
    return len(WORD.findall(line[match.end() - 1 :])) >= 3


def _is_unrelated_headline(page: Page, index: int) -> bool:
    """A headline-like line between paragraphs that shares no content word with the rest of the page: the
    headline of another story ("Le prix de l'essence augmente en mars"); a subheading shares its words with
    the paragraphs it heads."""
    line, words = page.lines[index], page.words[index]
    if not 4 <= len(words) <= 20 or SENTENCE_END.search(line) or LIST_BULLET.match(line) or ends_with_date(line):
        return False
    content = _content_words(page, index)
    if len(content) < 2 or any(w in load_rules().clause_words for w in words):
        return False  # "Une habitante qui a refusé de donner son nom": a clause, the source of a quote
    rest = set().union(*(_content_words(page, i) for i in page.live() if i != index))
    return not content & rest


def _content_words(page: Page, index: int) -> set[str]:
    stops = stopwords(load_rules().stoplists.get(page.language, ""))
    return {w for w in page.words[index] if len(w) >= 4 and w not in stops and not w.isdigit()}


def _mark_headline_runs(page: Page) -> None:
    """Three or more headline-like lines in a row after the body began: a list of other stories.

    Bulleted lines (a live blog's entries) and lines ending with a date (a list of sources) are not.
    """
    live = page.live()
    prose = [i for i in live if page.is_prose(i)]
    run: list[int] = []
    for index in [*live, -1]:
        if index > (prose[0] if prose else len(page.lines)) and _is_listed_headline(page, index):
            run.append(index)
            continue
        if len(run) >= 3:
            for member in run:
                page.reasons[member] = LIST_LABEL
        run = []


def _is_listed_headline(page: Page, index: int) -> bool:
    line, words = page.lines[index], page.words[index]
    if page.is_prose(index) or not 3 <= len(words) <= 20 or FULL_STOP.search(line) or LIST_BULLET.match(line):
        return False
    return not ends_with_date(line)


def _is_teaser_headline(line: str, words: list[str]) -> bool:
    if not 3 <= len(words) <= 20 or len(line) > 160 or FULL_STOP.search(line) or LIST_BULLET.match(line):
        return False  # a bulleted line is an item of the article's own list (a live blog's entries)
    match = KICKER.match(line)
    if not match:
        return False
    if match.group("dash") and not match.group("kicker").isupper():
        return False  # ``VIDÉO - …``: a dash only after a capitalised kicker
    if match.group("dot") and not line[match.end() - 1].isupper():
        return False  # ``DIRECT. …``, ``Guerre en Ukraine. Ce que l'on sait…``: a full stop, then a capital
    kicker = [fold_word(w) for w in WORD.findall(match.group("kicker"))]
    if not 1 <= len(kicker) <= 4 or any(w.isdigit() for w in kicker):
        return False  # ``22h45 : …`` is a live-blog entry, not a teaser
    rules = load_rules()
    return not any(w in rules.clause_words or w in rules.label_kickers for w in kicker)


def _find_title(lines: list[str], reasons: dict[int, str]) -> str | None:
    for index, line in enumerate(lines):
        if not line:
            continue
        crumbs = re.split(r"\s[»›]\s", line)
        if reasons.get(index) == "navigation" and len(crumbs) >= 3:
            return crumbs[-1].strip() or None
        if index in reasons:
            continue
        words = WORD.findall(line)
        if 3 <= len(words) <= 30 and not re.search(r"[.!?…]\s*$", line):
            return line
        return None
    return None


def repeated_line_keys(raw_texts: list[str], min_docs: int) -> frozenset[str]:
    """Lines (normalised) that occur in at least ``min_docs`` of these documents."""
    if len(raw_texts) < min_docs:
        return frozenset()
    counts: dict[str, int] = {}
    for raw in raw_texts:
        for key in {normalise_line(line) for line in raw.split("\n") if line.strip()}:
            counts[key] = counts.get(key, 0) + 1
    return frozenset(key for key, n in counts.items() if n >= min_docs and len(key) < 200)
