"""Glued pages for the clean stage: a page whose lines a scraper ran together into one or two long lines.

The line rules of the clean stage read one line at a time, and on a glued page page furniture sits between the
sentences of a single line ("… a-t-il précisé. Publicité Les drones ont touché …"). ``unglue`` cuts such a line
back into pieces: at the end of each sentence, and where a prefix of a sentence is a whole line by the line rules
(a UI string, a publication stub, a byline) and the next word starts with a capital. The clean stage then reads
the pieces as lines; ``rejoin`` puts the kept pieces of one glued line back into one paragraph.
"""

from __future__ import annotations

import functools
import re

from kronika.data import load_json
from kronika.stages.clean_capitals import capital_pieces
from kronika.stages.clean_head import (
    ELIDED_NAME,
    HEADLINE_WORDS,
    MASTHEAD_WORDS,
    MAX_STRAY_WORDS,
    after_site_name,
    dated_section_end,
    is_menu,
    is_name_word,
    leaves_clause_open,
    masthead_before_name,
    menu_end,
    opens_on_name,
    trailing_byline,
)
from kronika.stages.clean_joints import spaced
from kronika.stages.clean_lines import is_language_switcher, line_rule, shape_reason
from kronika.stages.clean_rules import FULL_STOP, GLUED_LINE_CHARS, WORD, load_rules
from kronika.stages.clean_spans import (
    ELIDED,
    MAX_PREFIX_WORDS,
    is_furniture,
    opener_stems,
    opens_sentence,
    peel,
    starts_line,
    takes_headline,
)
from kronika.stages.language import fold_word

GLUED_PAGE_CHARS = 800  # a line this long, of this many sentences, holding most of the page is a glued page
GLUED_PAGE_SENTENCES = 5
GLUED_PAGE_SHARE = 0.6
GLUED_RUN_CHARS = 150  # a line this long may hold several lines of a page
GLUED_LINE_MIN_CHARS = 60  # and on a page with such a line, a line this long
GLUED_RUN_SENTENCES = 3  # a line of GLUED_LINE_CHARS and this many sentences holding most of the page may too
_HEAD_CRUMBS = 3  # lines of navigation cut off the head of a glued page, one after the other
_LABEL_WORDS = 8  # a "read also" label alone ("You may also be interested in the news:")
_HEADLINE_MIN_WORDS = 3

_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?…»”\"])(?<!\b[A-ZÀ-Ý]\.)(?<!\b(?:Mr|Ms|Dr|St|MM|Lt)\.)(?<!\b(?:Mrs|Mme|Gen|Col|Sgt)\.)"  # "M. Kouleba"
    r"\s+(?=[«“\"(]?[A-ZÀ-Ý0-9©•▶►*]|_{2,}|\(?[a-z]{2,5}(?:-[a-z]{2,5})?/[a-z]{2,5}\b"  # "… ___ Follow", "ats/afp"
    r"|[\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff])"  # a pictograph as a bullet: "… ➡️ Abonnez-vous"
)
# an imperative of the second person opens a call to action ("… selon Zelensky Retrouvez les développements …")
_IMPERATIVE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}ez-(?:vous|nous)|[A-ZÀ-Ý][a-zà-ÿ]{2,}ez")
_AFTER_IMPERATIVE = frozenset(
    [
        "notre",
        "nos",
        "les",
        "la",
        "le",
        "l'",
        "cet",
        "cette",
        "ces",
        "toute",
        "toutes",
        "tous",
        "chaque",
        "un",
        "une",
        "des",
        "gratuitement",
        "sur",
    ]
)
_TRAILING_NOTE = re.compile(r"\s*[\[(][^\[\]()]{0,80}[\])]\.?$")  # "… were killed. [size=no report]"
_ELIDED_HEAD = re.compile(r"^l['’].*")
_ENDS_LINE = re.compile(r"[^\W_)»”%]$|[)\]»”%'’]$")  # a word, a figure, a closing mark ("Verif'"): no comma or dash
_OPENING_QUOTES = ("«", "“", '"')
_LIVE_ENTRY_TIME = re.compile(r"(?<=[a-zà-ÿ]{2}[.!?…»”])(\d{1,2}[h:]\d{2})\s+(?=[A-ZÀ-Ý«“])")  # "Terekhov.09:30 Le"
_MENU_WINDOW = MAX_PREFIX_WORDS + HEADLINE_WORDS  # a menu, then the first words of the headline
_HEADING_MAX_WORDS = 20  # a piece cut off a glued line longer than this is a sentence, not a headline
_CAPITALS_HEADLINE_WORDS = 5  # a crosshead in capitals is shorter ("LES SECOURS DÉBORDÉS")


def unglue(lines: list[str]) -> tuple[list[str], list[int], dict[int, str]]:
    """The lines of the page with each glued line cut into pieces, for each piece the index of its line, and the
    reasons already known of some pieces (the crumb cut off the head of a glued page is navigation).
    On a page with a glued line, a shorter line may be one too (a header block: ``Monde Par Anna Koval Publié le
    … Partager``); a short line alone (a headline, a report's title) is never cut."""
    parts = [(index, part) for index, line in enumerate(lines) for part in _live_entries(line, spaced(line))]
    lines = [part for _, part in parts]
    total = sum(len(line) for line in lines) or 1
    glued = [_capitals_cut(line) or _glued_pieces(line, len(line) / total, GLUED_RUN_CHARS) for line in lines]
    if any(glued):
        glued = [
            found or _glued_pieces(line, 1.0, GLUED_LINE_MIN_CHARS) for found, line in zip(glued, lines, strict=True)
        ]
    pieces: list[str] = []
    origins: list[int] = []
    known: dict[int, str] = {}
    for index, line in enumerate(lines):
        if line and any(glued) and not any(pieces):  # the head of a glued page, on a line of its own or not
            glued[index] = glued[index] or [line]
            for position, reason in _cut_head(glued[index], lines[index + 1 :]).items():
                known[len(pieces) + position] = reason
        for piece in glued[index] or [line]:
            pieces.append(piece)
            origins.append(parts[index][0])
    if any(glued):
        _cut_teasers(pieces, origins)
    return pieces, origins, known


def _live_entries(line: str, with_spaces: str) -> list[str]:
    """A live page's entries run together by a scraper: a sentence's end, the next entry's time with no space
    before it, a capital (``… a précisé le maire Ihor Terekhov.09:30 Le gouverneur …``). The time is a line of
    its own, and the name before it stays with its sentence. A page glued with no space (its joints found by
    ``spaced``, ``with_spaces`` the line with a space back at each) is left whole to the glued-page rules."""
    if with_spaces != line or not _LIVE_ENTRY_TIME.search(line):
        return [with_spaces]
    return [spaced(piece.strip()) for piece in _LIVE_ENTRY_TIME.split(line) if piece and piece.strip()]


def _cut_teasers(pieces: list[str], origins: list[int]) -> None:
    """Another story's headline glued to the sentence after a "read also" label (``À LIRE AUSSI`` + ``Lyon : le
    périphérique fermé cette semaine Moscou affirme …``), or a video's caption after its label, cut in place before
    the sentence."""
    for index in range(len(pieces) - 2, -1, -1):
        label, run = pieces[index].split(), pieces[index + 1]
        if origins[index] != origins[index + 1] or len(label) > _LABEL_WORDS:
            continue
        if not (takes_headline(label) or " ".join(label).casefold() in load_rules().video_labels):
            continue  # (a video's label takes its caption: "Video" + "Ukraine's air defense intercepts … Russia fired")
        rest = " ".join(pieces[:index] + pieces[index + 2 :])
        cut = _teaser_end(run.split(" "), {fold_word(w) for w in WORD.findall(rest)})
        if cut:
            words = run.split(" ")
            pieces[index + 1 : index + 2] = [" ".join(words[:cut]), " ".join(words[cut:])]
            origins.insert(index + 1, origins[index])


def _teaser_end(words: list[str], rest_words: set[str]) -> int:
    """Where the sentence after a glued headline opens: a capitalised word after a word in lowercase that leaves no
    clause open (``… cette semaine Moscou affirme``), or one the page uses elsewhere (``… of Japan Nikopol lies``,
    a place of the article), followed by a word in lowercase, with a sentence after it that ends with a full
    stop; or a capitalised opener of a sentence (``… à Laval Le Canada a versé …``). A headline has at least three
    words and no full stop of its own."""
    if not FULL_STOP.search(words[-1]):
        return 0
    openers = opener_stems(load_rules().line_openers)
    for end in range(_HEADLINE_MIN_WORDS, len(words) - 1):
        before, word, after = words[end - 1], words[end], words[end + 1]
        if FULL_STOP.search(before):
            return 0  # the headline had ended already
        if not _ENDS_LINE.search(before) or leaves_clause_open(before) or not word[:1].isupper():
            continue  # a comma, a colon, an article or a preposition: inside the headline
        elided = ELIDED.match(word)  # "L'armée"
        if fold_word(elided.group() if elided else word).rstrip("'") in openers and not word[1:2].isupper():
            return end
        opens = after[:1].islower() or word.endswith(",")  # "Nikopol lies", "Kharkiv, Ukraine's second city"
        if opens and (before[:1].islower() or fold_word(word.strip(".,;:")) in rest_words):
            return end
    return 0


def _capitals_cut(line: str) -> list[str]:
    """A line cut where a run of capitals meets a word in lowercase (``Le MondeEN DIRECTGuerre …``), each piece
    then read as a run of text."""
    return [cut for piece in capital_pieces(line) for cut in (_pieces(piece)[0] or [piece])]


def _plain_menu(line: str) -> bool:
    """A menu glued before the headline of a whole glued page holds no article or preposition (a headline in
    title case does: ``Video Shows North Korean Soldiers Training in Russia's Kursk Region``)."""
    words = line.split(" ", _MENU_WINDOW + 1)[:_MENU_WINDOW]
    menu = menu_end(words)
    small = load_rules().dangling_words
    return bool(menu) and not any(word.casefold() in small for word in words[after_site_name(words) : menu])


def _menu_cut(piece: str) -> list[str]:
    """A run of text cut in pieces, a site's menu glued before the headline first (``CTV News News Video Shows
    Live Local World Russian missile …``: the menu's UI items are the menu's, not lines of their own)."""
    words = piece.split(" ")
    menu = menu_end(words[:_MENU_WINDOW])
    if (
        menu
    ):  # "… Life Video World Ukraine strikes Russian air …": the headline opens on a name of the lead, not a button
        lead = next((s for s in " ".join(words[menu + HEADLINE_WORDS :]).split(". ") if len(s.split()) >= 8), "")
        names = {word for word in lead.split() if word[:1].isupper()}
        back = [i for i in range(max(menu - _NAME_BACK, 1), menu) if words[i] in names]
        menu = next((i for i in back if not (line_rule(words[i]) or line_rule(" ".join(words[i:menu])))), menu)
    rest = " ".join(words[menu:])
    return ([" ".join(words[:menu])] if menu else []) + (_pieces(rest)[0] or [rest])


_NAME_BACK = 2  # the headline's first words a menu run may have taken: "Ukraine strikes" before "Russian air"


def _cut_head(pieces: list[str], later: list[str]) -> dict[int, str]:
    """The head of a glued page, cut in place: the crumbs glued before the headline (navigation), then the
    outlet's name glued after it (``… se retirer Radio-Canada L'armée …``: a masthead). The reasons by position."""
    known: dict[int, str] = {}
    # a site's menu, cut off the headline already, under the site's logo or not ("JHM" + "Le Journal de la …")
    first = next((i + 1 for i in range(min(2, len(pieces))) if len(pieces) > 1 and is_menu(pieces[i].split(" "))), 0)
    if first:
        known[first - 1] = "navigation"
    position = first
    if first == len(pieces):
        return known  # the menu ends the line: the headline is on the next
    for position in range(first, first + _HEAD_CRUMBS):  # "Skip to content", then "Kyiv Independent News Feed"
        if position + 1 < len(pieces) and is_language_switcher(pieces[position]):
            known[position] = "language switcher"  # "FR AR" between the menu and a section glued to the headline
            continue
        head = _head_crumb(pieces[position], _text_after(pieces[position + 1 :], later))
        pieces[position : position + 1] = head
        if len(head) == 1:
            break
        known[position] = "navigation"
    stamp = _trailing_stamp(pieces[position]) if position + 1 < len(pieces) else ""
    if stamp:  # "… morts dans un immeuble El Watan, 3 mars 2024": the outlet's name and the date after the headline
        pieces[position : position + 1] = [pieces[position][: -len(stamp)].rstrip(), stamp]
        known[position + 1] = "timestamp"
        return known
    if position + 1 < len(pieces) and not FULL_STOP.search(pieces[position]):
        masthead = _trailing_masthead(pieces[position], " ".join([*pieces[position + 1 :], *later]))
        if masthead:
            pieces[position : position + 1] = [pieces[position][: -len(masthead)].rstrip(), masthead]
        elif (
            position + 2 < len(pieces)
            and _trailing_masthead(
                f"{pieces[position]} {pieces[position + 1]}", " ".join([*pieces[position + 2 :], *later])
            )
            == pieces[position + 1]
        ):
            masthead = pieces[position + 1]  # cut off already, before the opener of the first sentence: "Le Courrier"
        if masthead:
            known[position + 1] = "label above the body"
            return known
    for line in range(position, min(position + 2, len(pieces))):  # the headline, after a crumb left whole or not
        byline = "" if FULL_STOP.search(pieces[line]) else trailing_byline(pieces[line].split(" "))
        if byline:
            pieces[line : line + 1] = [pieces[line][: -len(byline)].rstrip(), byline]
            known[line + 1] = "byline"
            return known
    sentence = next((i for i in range(position, min(position + 2, len(pieces))) if FULL_STOP.search(pieces[i])), -1)
    if sentence >= 0:  # the headline glued to the first sentence, after a crumb left whole or not
        known.update(masthead_before_name(pieces, sentence, later))
    return _cut_dated_section(pieces, known, later)


def _trailing_stamp(headline: str) -> str:
    """An outlet's name and a date glued at the end of the headline (``El Watan, 3 mars 2024``): one to three
    capitalised words after a word that leaves no clause open (``à Kharkiv, 3 mars`` is the headline's), a comma,
    then a date ending with its year, a stub by its shape; the headline before it keeps HEADLINE_WORDS words at
    least. The stub, or nothing."""
    words = headline.split(" ")
    comma = next((i for i in range(len(words) - 1, -1, -1) if words[i].endswith(",")), -1)
    if comma < 0 or len(words) - comma > _STUB_WORDS or not _YEAR_END.search(headline):
        return ""
    for size in range(MASTHEAD_WORDS, 0, -1):
        start = comma - size + 1
        if start < HEADLINE_WORDS or leaves_clause_open(words[start - 1]):
            continue
        if all(
            is_name_word(word.rstrip(",")) or ELIDED_NAME.fullmatch(word.rstrip(","))
            for word in words[start : comma + 1]
        ):
            stub = " ".join(words[start:])
            if shape_reason(stub) == "timestamp":
                return stub
    return ""


_YEAR_END = re.compile(r"\b(?:19|20)\d{2}$")
_STUB_WORDS = 8


def _cut_dated_section(pieces: list[str], known: dict[int, str], later: list[str]) -> dict[int, str]:
    """A date and a section glued before the headline in the head of a glued page (``Jan 3, 2024 - World Russia
    pummels …``), or a menu left glued to it under the site's name (``El Watan`` + ``Accueil`` + ``Actualité …
    Contributions International Frappes sur Odessa : …``), cut in place; the reasons by position, those after the
    cut moved on."""
    for index in range(min(len(pieces), _HEAD_CRUMBS + 2)):
        words = pieces[index].split(" ")
        if index in known or FULL_STOP.search(pieces[index]):
            continue
        menu = menu_end(words)  # "… Science Money Nov 26, 2023 - World News …": a menu before the date
        end = dated_section_end(words[menu:], set(WORD.findall(_text_after(pieces[index + 1 :], later))))
        if end or menu:
            head = [("navigation", words[:menu]), ("timestamp", words[menu : menu + end])]
            head = [(reason, cut) for reason, cut in head if cut]
            pieces[index : index + 1] = [" ".join(cut) for _, cut in head] + [" ".join(words[menu + end :])]
            moved = {position + (position > index) * len(head): reason for position, reason in known.items()}
            return moved | {index + i: reason for i, (reason, _) in enumerate(head)}
    return known


def _text_after(pieces: list[str], later: list[str]) -> str:
    """The page after the head, without its lines of furniture by the rules: the outlet's name in a byline (``Par
    La rédaction CNEWS``) does not make the same name above the headline one of the article's words."""
    plain = [piece.replace("’", "'") for piece in [*pieces, *later]]
    return " ".join(piece for piece in plain if not (line_rule(piece) or shape_reason(piece)))


def _trailing_masthead(headline: str, rest: str) -> str:
    """The outlet's name glued after the headline of a glued page, before the first sentence: a run of one to
    three capitalised words ending the headline, after a word that leaves no clause open (``selon Zelensky``,
    ``à Odessa`` are the headline's own), none of whose words the page uses again (a name the article goes on
    about is the headline's: ``Zelensky rencontre Biden`` / ``… le président américain Joe Biden …``)."""
    words = headline.split(" ")
    start = len(words)
    while start > 0 and len(words) - start < MASTHEAD_WORDS and starts_line(words[start - 1][:1]):
        start -= 1
    if start < HEADLINE_WORDS or start == len(words) or not words[start - 1][:1].islower():
        return ""
    if leaves_clause_open(words[start - 1]) or words[start][:1] in "©•▶►*":
        return ""
    run = [fold_word(w) for w in WORD.findall(" ".join(words[start:])) if len(w) >= 3]
    rest_words = {fold_word(w) for w in WORD.findall(rest)}
    if not run or any(w in rest_words for w in run) or is_furniture(words[start:]):
        return ""  # (a line of furniture by the rules, a stub or a byline, is left to them)
    return " ".join(words[start:])


def _head_crumb(piece: str, rest: str) -> list[str]:
    """At the top of a glued page, words glued before the headline (a crumb trail, a section, the outlet's name:
    ``Débats Edito Éditorial : …``, ``International Une frappe russe …``, ``Revue militaire Nouvelles Frappe
    sur …``) are cut off as a line of their own. Either the run of capitalised words up to the last one, which a
    lowercase word follows and so opens the headline, when the page does not use most of its words further down
    (a headline opening on a name does); or, as jusText's strays above a headline, the longest few words before
    a capitalised one of which the page uses none further down."""
    words = piece.split(" ")
    end = menu_end(words)
    if end:
        return [" ".join(words[:end]), " ".join(words[end:])]
    rest_words = {fold_word(w) for w in WORD.findall(rest)}
    if not rest_words:
        return [piece]  # no article text after it: a one-line report ("One soldier killed …" + "Read more on X: …")
    while end + 1 < len(words) and words[end][:1].isupper() and words[end + 1][:1].isupper():
        end += 1
    if end and end + 1 < len(words) and words[end + 1][:1].islower() and not opens_on_name(words, end - 1):
        run = [fold_word(w) for w in WORD.findall(" ".join(words[:end])) if len(w) >= 3]
        if run and sum(w in rest_words for w in run) * 3 <= len(run):
            return [" ".join(words[:end]), " ".join(words[end:])]
    end = _stray_end(words, rest_words)
    return [" ".join(words[:end]), " ".join(words[end:])] if end else [piece]


def _stray_end(words: list[str], rest_words: set[str]) -> int:
    """The end of the longest prefix of at most MAX_STRAY_WORDS words, ending before a capitalised word and not
    after an article or a preposition, none of whose words of three letters or more the page uses further down."""
    best = 0
    if len(words) > 1 and opens_sentence(words[0]) and words[1][:1].islower():
        return 0  # "Une attaque de drones Shahed a visé …": the first sentence of a report, not a stray above it
    for end in range(1, min(MAX_STRAY_WORDS, len(words) - 3) + 1):
        folded = [fold_word(w) for w in WORD.findall(words[end - 1])]
        if any(len(w) >= 3 and w in rest_words for w in folded) or re.search(r"\d", words[end - 1]):
            break
        kicker = words[end - 1].endswith(":") or words[end - 1] in _OPENING_QUOTES  # "Éditorial :", "« Face…"
        if end + 1 < len(words) and opens_on_name(words, end - 1):
            break  # "… Oleh Kiper, head of …": a sentence opens on the name, which no stray cuts in two
        if words[end][:1].isupper() and not (kicker or leaves_clause_open(words[end - 1]) or is_furniture(words[:end])):
            best = end  # (a line of furniture by the rules is left to them, with what they take after it)
    return best


def _glued_pieces(line: str, share: float, shortest: int) -> list[str]:
    """The pieces of a line that holds several lines of the page, or nothing for a line of its own.

    A line that holds most of a long page is read sentence by sentence. A shorter run of text is glued when a
    line of furniture is found in it or a sentence opener is glued to a word (``… dont des enfants Un texte
    de …``): a paragraph of the article has neither. The search is made only in a line that holds most of the
    page, that ends with no full stop (a run of lines may end with a label: "Partager", "Lire aussi :") or that
    holds such an opener, which keeps it off the ordinary paragraphs of a page (on a page with a glued line, every
    line of ``shortest`` characters or more is searched)."""
    if len(line) < shortest:
        return []
    sentences = len(_SENTENCE_BREAK.findall(line)) + 1
    if len(line) >= GLUED_PAGE_CHARS and share >= GLUED_PAGE_SHARE and sentences >= GLUED_PAGE_SENTENCES:
        return _menu_cut(line) if _plain_menu(line) else _pieces(line)[0]
    page_glued = shortest < GLUED_RUN_CHARS  # the second look at a page with a glued line: every line is searched
    most = share >= GLUED_PAGE_SHARE and len(line) >= GLUED_LINE_CHARS and sentences >= GLUED_RUN_SENTENCES
    menu = menu_end(line.split(" ", _MENU_WINDOW + 1)[:_MENU_WINDOW])  # a menu glued before the headline
    if not (most or page_glued or menu) and _ends_sentence(line) and not _has_glued_opener(line):
        return []
    if menu:
        return _menu_cut(line)
    pieces, found = _pieces(line)
    return pieces if found or (page_glued and sentences > 1) else []  # a glued page's lines are read as runs


def _ends_sentence(line: str) -> bool:
    """The line ends with a full stop, a bracketed note after it aside (``… were killed. [size=no report]``): a
    coder's or a wire's report of one paragraph, not a run of page lines ending with a label."""
    return bool(FULL_STOP.search(_TRAILING_NOTE.sub("", line)))


def rejoin(kept: list[tuple[int, str]]) -> list[str]:
    """Kept pieces, as (line index, text), back into paragraphs: the pieces of one line make one paragraph, except
    that a first piece no sentence end closes and no open clause carries on (a headline, a kicker) is a paragraph
    of its own, so that a glued headline is not read as the first words of the body's first sentence (its toll
    counted twice, its place taken for the body's)."""
    paragraphs: list[str] = []
    last = None
    alone = False
    for origin, text in kept:
        if origin == last and not (alone and _is_heading(paragraphs[-1])):
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
            alone = False
        else:
            paragraphs.append(text)
            alone = True
        last = origin
    return paragraphs


def _is_heading(piece: str) -> bool:
    """A headline or kicker: short, no sentence end, and its last word neither leaves a clause open nor reports
    speech (a sentence the ungluer cut before its speaker: "… ont constaté | Les Décrypteurs de Radio-Canada.")."""
    words = piece.split()
    if not words or len(words) > _HEADING_MAX_WORDS or _ends_sentence(piece):
        return False
    return not leaves_clause_open(words[-1]) and words[-1].casefold() not in _reporting_verbs()


@functools.cache
def _reporting_verbs() -> frozenset[str]:
    verbs = load_json("reporting_verbs.json")
    return frozenset(word.casefold() for language in ("fr", "en") for word in verbs[language])


def _pieces(line: str) -> tuple[list[str], bool]:
    """The pieces of a line: its sentences, cut before a glued sentence opener and around furniture; and whether
    any such cut (or a sentence of furniture) was found."""
    pieces: list[str] = []
    found = False
    for sentence in _SENTENCE_BREAK.split(line):
        parts = _opened(sentence.strip().split(" "))
        found = found or len(parts) > 1
        for part in parts:
            peeled, furniture = peel(" ".join(part))
            pieces.extend(peeled)
            found = found or furniture
    return [piece for piece in pieces if piece], found


def _opened(words: list[str]) -> list[list[str]]:
    """The words cut before each capitalised sentence opener that follows a word with no punctuation between
    them (``… cinq morts La capitale ukrainienne …``, ``… Partager E-mail Un dépôt …``): where a line of the page
    ended. After a capitalised word (not in capitals) the opener must be followed by a lowercase one: ``Marine Le
    Pen`` is a name."""
    parts: list[list[str]] = [[]]
    for position, word in enumerate(words):
        if position and _opens_line(words[position - 1], word, words[position + 1 : position + 2]):
            parts.append([])
        elif position == _capitals_run(words) and word[1:2].islower():
            parts.append([])  # "UKRAINE SAYS IT DOWNED A SPY PLANE Ukraine's air force said …": a headline ended
        parts[-1].append(word)
    return [part for part in parts if part]


def _capitals_run(words: list[str]) -> int:
    """The end of a run of words in capitals opening the words (another story's headline, a call to action:
    ``CLICK HERE TO GET THE APP``), of at least _CAPITALS_HEADLINE_WORDS words, or 0."""
    run = 0
    while run < len(words) and words[run].isupper() and not FULL_STOP.search(words[run]):
        run += 1
    return run if run >= _CAPITALS_HEADLINE_WORDS else 0


def _opens_line(before: str, word: str, after: list[str]) -> bool:
    if _is_imperative(word, after) and _ENDS_LINE.search(before) and not leaves_clause_open(before):
        return True
    openers = load_rules().line_openers
    elided = ELIDED.match(word)  # "L'armée", "D'après"
    head = fold_word(elided.group() if elided else word.rstrip(".,;:!?»”")).rstrip("'")
    if not word[:1].isupper() or word[1:2].isupper() or head not in opener_stems(openers):
        return False
    if not _ENDS_LINE.search(before):
        return False
    if leaves_clause_open(before):  # "… alors que Cet article est réservé …": a paragraph cut short, then a line
        return before[:1].islower() and bool(after and after[0][:1].islower()) and word[1:2] not in ("'", "’")
    if not before[:1].isupper() or before.isupper():
        return True  # after a lowercase word, or a credit or a label in capitals ("EPA/MYKOLA TYS La Russie")
    return bool(after and after[0][:1].islower())


def _is_imperative(word: str, after: list[str]) -> bool:
    """``Suivez notre direct``, ``Abonnez-vous``: a verb of the second person plural, then a determiner (a name in
    -ez, ``Sánchez a dit``, is followed by a verb)."""
    if not _IMPERATIVE.fullmatch(word):
        return False
    return "-" in word or bool(after and _ELIDED_HEAD.sub("l'", after[0].casefold()) in _AFTER_IMPERATIVE)


def _has_glued_opener(line: str) -> bool:
    """A sentence opener glued to a word in the line (a quick search first: most lines have none)."""
    return bool(_opener_search(load_rules().line_openers).search(line)) and len(_opened(line.split(" "))) > 1


@functools.cache
def _opener_search(openers: frozenset[str]) -> re.Pattern[str]:
    """A capitalised opener after a word, a figure or a closing mark and a space (``morts La``, ``Kiev L'armée``)."""
    heads = sorted({word.rstrip("'") for word in openers}, key=len, reverse=True)
    alternatives = "|".join(re.escape(head[:1].upper() + head[1:]) for head in heads)
    return re.compile(rf"(?:[^\W_]|[)\]»”%'’])\s+(?:{alternatives})(?:['’]|\b)")
