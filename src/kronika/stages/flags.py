"""Flags stage: opinion, AI-generated content and media verification, each from evidence in the text.

Every flag comes with the passage that raised it (``doc.flag_evidence``):

* ``opinion``: a label or byline at the head ("TRIBUNE :", "un édito de …"), an opinion section in the
  navigation the clean stage removed ("Débats", "Opinions"), or first-person argument outside quotes;
* ``ai_generated``: a generator disclaimer, left-over tool output ("as an AI language model"), or the
  writing prompt itself, which the clean stage removes as "AI writing prompt";
* ``verified_media`` / ``unverified_media``: verification language in a sentence that names media (a
  video, images, footage), or follows one that does. A video on the page is not evidence of anything.
"""

from __future__ import annotations

import functools
import re

from kronika.data import load_json
from kronika.model import Document, Removal
from kronika.pipeline import stage

_DIALOGUE = re.compile(r"^\s*[—–-]\s")  # a line of dialogue or of an interview's answers
_SPEECH = re.compile(r":\s.*$")  # "raconte : j'étais…": speech introduced by a colon, to the end of the line
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_KEYS = (
    "opinion_labels",
    "opinion_bylines",
    "opinion_sections",
    "opinion_disclaimer",
    "opinion_author_note",
    "first_person",
    "ai_disclosure",
    "ai_traces",
    "verified",
    "unverified",
    "media",
    "not_media",
    "fakes",
    "verification_stems",
    "back_reference",
    "ai_stems",
    "journalist_roles",
)
_NOUN_AFTER = re.compile(r" ([^\W\d_]{3,})")  # the noun an adjective such as "AI-generated" qualifies
_MEDIA_WINDOW = 60  # a generator named this close after a video or an image is about that medium
_BYLINE_LINE_WORDS = 15  # a byline alone on its line is short; a longer line with one inside is a sentence
_HEAD_CHARS = 600  # labels and bylines of opinion pieces stand at the head of the page
_NAVIGATION_REASONS = ("navigation", "label above the body", "section label")
_MENU_REASONS = ("navigation", "section label")  # lines above the headline: a menu or a crumb trail
# a title with its article alone on a line ("La Tribune", "Le Temps", "The Independent") is an outlet's masthead: a
# section of opinion pages is named without one ("Tribunes", "Opinion", "Débats")
_MASTHEAD = re.compile(r"(La|Le|Les|L'|L’|The)\s*[A-ZÀ-Ý][\w'’-]+")
_CRUMB_ITEMS = 3  # a crumb trail laid out one item a line has at most this many items (with the site's name)
_CRUMB_WORDS = 5  # a crumb trail with separators, at most this many words
_PRESENTATION = re.compile(r"(?:\b(?:est|était|is|was|a été|has been)|, (?:ancienne?|former))\b(.{0,160})")
_AUTHOR_NAME_REST = re.compile(r"(?:[Pp]ar |[Bb]y )?[A-ZÀ-Ý][\w'-]+(?: [A-ZÀ-Ý][\w'-]+){0,2}")  # "Jean Morel"
_LABEL_REASONS = (*_NAVIGATION_REASONS, "byline", "page furniture (line model)")
_MENU_ITEM_WORDS = 4  # a menu bar's longer items (``Courrier des lecteurs``, ``Letters to the Editor``)
_BODY_PROBE = 40  # the first characters of the body's first paragraph, to find where the body starts in the page
_LEADING_ARTICLE = re.compile(r"^(?:le|la|les|l'|the)\s+|^l'", re.IGNORECASE)
# a run of words in capitals ending a line (``… Podcasts ÉDITO``, ``… POINT DE VUE``)
_CAPS_TAIL = re.compile(r"(?<!\S)(?:[A-ZÀ-Ý][A-ZÀ-Ý'’-]*(?:\s+|$)){1,4}$")
_HEADLINE_LABEL_WORDS = 4  # a headline after a label: words in lowercase, unlike a menu's items
_PROMPT_REASONS = ("AI writing prompt", "AI tool output")  # the clean stage's reasons for a generator's leftovers


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = load_json("flags.json")
    flags = re.IGNORECASE | re.MULTILINE
    patterns = {key: re.compile(data[key], flags) for key in _KEYS}
    # "une vidéo", "a deepfake clip", 'une «vidéo»': a medium the text reports on (a bare "Image générée par l'IA" is
    # a credit)
    determiner = r"\b(?:une?|la|le|les|l'|des|cette|ces|ce|a|an|the|this|these|that)\s+(?:[\w-]+\s+){0,2}?[«“\"]?\s?"
    patterns["reported_media"] = re.compile(f"{determiner}(?:{data['media']}|{data['fakes']})", flags)
    # "ces petits calculateurs", "le logiciel", "the software": a determiner and a word, a thing the text reports on
    patterns["reported_thing"] = re.compile(
        r"(?:\b(?:une?|la|le|les|des|cette|ces|ce|cet|ses|son|sa|leurs?|a|an|the|this|these|those|its|their)\s+|"
        r"\bl')[«“\"]?\s?[^\W\d_]{3,}",
        flags,
    )
    patterns["ai_self_reference"] = re.compile(data["ai_self_reference"], flags)
    patterns["medium_after"] = re.compile(rf"\W*(?:[\w-]+\s+)?(?:{data['media']}|{data['fakes']})", flags)
    return patterns


def verification_of(text: str) -> str | None:
    """``unverified`` / ``verified`` when the text says so about media, else None."""
    patterns = _patterns()
    if not patterns["verification_stems"].search(text):
        return None  # no cue can match: the big patterns are not run
    if patterns["unverified"].search(text.replace("’", "'")):
        return "unverified"
    if patterns["verified"].search(text.replace("’", "'")):
        return "verified"
    return None


@stage("flags", requires=["doc.text", "doc.removed"], assigns=["doc.flags", "doc.flag_evidence"])
def flag_content(doc: Document) -> Document:
    """Set ``opinion``, ``ai_generated``, ``verified_media``, ``unverified_media`` with evidence."""
    text = doc.text.replace("’", "'")
    found: dict[str, str] = {}
    opinion = _opinion_evidence(doc, text)
    if opinion:
        found["opinion"] = opinion
    ai = _ai_evidence(doc, text)
    if ai:
        found["ai_generated"] = ai
    found.update(_media_evidence(text))
    order = ("opinion", "ai_generated", "unverified_media", "verified_media")
    doc.flags = [flag for flag in order if flag in found]
    doc.flag_evidence = {flag: found[flag] for flag in doc.flags}
    return doc


def _opinion_evidence(doc: Document, text: str) -> str | None:
    patterns = _patterns()
    bylines = [r.text.replace("’", "'") for r in doc.removed if r.reason == "byline"]  # removed by the clean stage
    labels = [r.text.replace("’", "'") for r in doc.removed if r.reason in _NAVIGATION_REASONS and _labels(r.text)]
    head = "\n".join([(doc.title or "").replace("’", "'"), *bylines, *labels, text[:_HEAD_CHARS]])
    for key in ("opinion_labels", "opinion_bylines"):
        found = (m for m in patterns[key].finditer(head) if key == "opinion_labels" or _heads_its_line(head, m))
        match = next(found, None)
        if match:
            label = match.start() + len(match.group()) - len(match.group().lstrip())  # past a blank title line
            return _line_around(head, label) if key == "opinion_labels" else _sentence_from(head, match)
    for crumb in _page_sections(doc):
        if _opinion_crumb(crumb):
            return crumb
    head_label = _head_label(doc)
    if head_label:
        return head_label
    everything = "\n".join([text, *(r.text.replace("’", "'") for r in doc.removed)])
    disclaimer = patterns["opinion_disclaimer"].search(everything) or patterns["opinion_author_note"].search(everything)
    if disclaimer:
        return _line_around(everything, disclaimer.start())
    note = next((r.text for r in doc.removed if r.reason == "author bio" and _contributor_note(r.text)), None)
    return note or _first_person_evidence(text)


def _contributor_note(note: str) -> bool:
    """An author's note presenting its author in no newsroom role (``Name est essayiste``, ``Name is a former
    diplomat``): a contributed piece, signed by someone the page presents because they are not its staff."""
    presented = _PRESENTATION.search(note)
    return bool(presented) and not _patterns()["journalist_roles"].search(presented.group(1) if presented else "")


def _labels(line: str) -> bool:
    """A line the clean stage removed as navigation that labels the page (``Chronique | Jean Morel``, ``OPINION.
    Pourquoi l'Europe doit armer Kiev``, ``Le point de vue de Jean Morel``): a byline of an opinion piece on a short
    line, or a label heading a name or a headline, not a menu of single items (``Opinion | Sport | Culture``)."""
    line = line.replace("’", "'").strip()
    if _patterns()["opinion_bylines"].match(line):
        return len(_WORD.findall(line)) <= _BYLINE_LINE_WORDS
    match = _patterns()["opinion_labels"].match(line)
    if not match:
        return False
    rest = line[match.end() :].strip(" |:-–—.")
    words = rest.split()
    headline = len(words) >= _HEADLINE_LABEL_WORDS and sum(word[:1].islower() for word in words) >= 2
    return headline or bool(_AUTHOR_NAME_REST.fullmatch(rest))


def _heads_its_line(text: str, match: re.Match[str]) -> bool:
    """A byline of an opinion piece heads its line ("Une tribune de Marie Lefèvre.", "Par X, historien") or is a short
    line of its own; inside a sentence it reports on someone's piece ("Dans une tribune de X publiée mardi, …")."""
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    line = text[start : end if end >= 0 else len(text)]
    return not _WORD.search(text[start : match.start()]) or len(_WORD.findall(line)) <= _BYLINE_LINE_WORDS


def _page_sections(doc: Document) -> list[str]:
    """The navigation lines the clean stage removed, as crumbs. A run of one- or two-word lines is a menu or a
    crumb trail laid out one item a line: only its last item names the page's own section, and only in a trail
    (``Accueil`` / ``Débats`` / ``Edito``); four items or more are a menu bar."""
    crumbs: list[str] = []
    run: list[str] = []
    for removal in [*doc.removed, None]:
        if removal and removal.reason in _MENU_REASONS and len(removal.text.split()) <= 2:
            run.append(removal.text)
            continue
        if 0 < len(run) <= _CRUMB_ITEMS:  # a longer run is a menu bar: its last item is one section among others
            crumbs.append(run[-1])
        run = []
        if removal and removal.reason in _NAVIGATION_REASONS:
            crumbs.append(removal.text)
    return crumbs


def _head_label(doc: Document) -> str | None:
    """A line above the body that names an opinion section and nothing else (``L'invité de la rédaction``,
    ``Courrier des lecteurs``, ``Contribution``, ``POINT DE VUE``), outside a menu bar laid out one item a line; or
    such a name in capitals ending a menu glued into one line (``Actu Société Culture Podcasts ÉDITO``): the page's
    kicker, set apart from the menu's items by its case."""
    flat = " ".join(doc.raw.split())
    paragraphs = [line for line in doc.text.split("\n") if line.strip()]
    body = flat.find(" ".join(paragraphs[1].split())[:_BODY_PROBE]) if len(paragraphs) > 1 else -1
    removals = [r for r in doc.removed if r.reason in _LABEL_REASONS]
    menu = _menu_bar_items(removals)
    for index, removal in enumerate(removals):
        at = flat.find(" ".join(removal.text.split()))
        if index in menu or at < 0 or (body >= 0 and at > body):
            continue
        if _names_a_section(removal.text) or _caps_label_after_menu(removal.text):
            return removal.text
    return None


def _menu_bar_items(removals: list[Removal]) -> set[int]:
    """The removals in a run of one- or two-word lines longer than a crumb trail: a menu bar's items, with a short
    line just before or after the run (a longer item: ``Courrier des lecteurs`` at the end of the bar)."""
    items: set[int] = set()
    run: list[int] = []
    for index, removal in enumerate([*removals, None]):
        if removal and len(removal.text.split()) <= 2:
            run.append(index)
            continue
        if len(run) > _CRUMB_ITEMS:
            items.update(run)
            items.update(i for i in (run[0] - 1, index) if 0 <= i < len(removals) and _short(removals[i].text))
        run = []
    return items


def _short(line: str) -> bool:
    return len(line.split()) <= _MENU_ITEM_WORDS


def _names_a_section(line: str) -> bool:
    """The line is an opinion section's name, with its article (``Le billet``), not an outlet's (``La Tribune``)."""
    line = line.replace("’", "'").strip(" :|.-–—•")
    name = _LEADING_ARTICLE.sub("", line)
    return bool(name) and not _MASTHEAD.fullmatch(line) and bool(_patterns()["opinion_sections"].fullmatch(name))


def _caps_label_after_menu(line: str) -> bool:
    tail = _CAPS_TAIL.search(line.strip())
    if not tail:
        return False
    return any(c.islower() for c in line.strip()[: tail.start()]) and _names_a_section(tail.group().strip())


def _opinion_crumb(line: str) -> bool:
    """The page's own section is an opinion one: the last two words of a short crumb, not a menu bar."""
    words = re.split(r"[\s»›>|/]+", line.strip())
    if _MASTHEAD.fullmatch(line.strip()):
        return False
    trail = bool(re.search(r"[»›>|/]", line))  # items between separators; a glued run of words may be a menu
    most = _CRUMB_WORDS if trail else _CRUMB_ITEMS
    return len(words) <= most and bool(_patterns()["opinion_sections"].search(" ".join(words[-2:])))


def _first_person_evidence(text: str) -> str | None:
    """First-person argument in the author's voice: enough first-person words outside quotes, spread over the
    paragraphs. Speech is not the author's: quotes, dialogue lines ("— J'étais…") and what follows a colon
    ("Olena raconte : j'étais…") are left out, and one testimony in a report is one paragraph of several."""
    outside_quotes = _QUOTED.sub(" ", text)
    lines = [_SPEECH.sub("", line) for line in outside_quotes.split("\n") if not _DIALOGUE.match(line)]
    pattern = _patterns()["first_person"]
    words = [w for line in lines for w in _WORD.findall(line)]
    first_person = [w for line in lines for w in pattern.findall(line)]
    paragraphs = [line for line in lines if len(_WORD.findall(line)) >= 8]
    personal = [line for line in paragraphs if pattern.search(line)]
    data = load_json("flags.json")
    if (
        len(first_person) >= data["first_person_min_count"]
        and words
        and (len(first_person) / len(words) >= data["first_person_min_ratio"])
        and paragraphs
        and len(personal) / len(paragraphs) >= data["first_person_min_paragraph_share"]
    ):
        return f"{len(first_person)} first-person words outside quotes in {len(words)} words"
    return None


def _ai_evidence(doc: Document, text: str) -> str | None:
    everything = "\n".join([text, *(r.text.replace("’", "'") for r in doc.removed)])
    patterns = _patterns()
    for key in ("ai_disclosure", "ai_traces"):
        if key == "ai_disclosure" and not patterns["ai_stems"].search(everything):
            continue  # no stem of a generator's name: the big pattern is not run
        for match in patterns[key].finditer(everything):
            if key == "ai_disclosure" and _about_a_reported_thing(everything, match):
                continue  # "une vidéo générée par l'IA", "ces drones conçus avec l'aide de l'IA": news, not a text
            return _line_around(everything, match.start() + len(match.group()) - len(match.group().lstrip()))
    prompt = next((r.text for r in doc.removed if r.reason in _PROMPT_REASONS), None)
    return prompt


def _about_a_reported_thing(text: str, match: re.Match[str]) -> bool:
    """A generator phrase is about what its sentence names before it: the page itself ("Cet article a été rédigé
    avec l'aide de l'IA", a bare "Image générée par l'IA" or "Contenu généré par IA") is a disclosure; a thing the
    text reports on ("une vidéo générée par l'IA", "Ces calculateurs, conçus avec l'aide de l'intelligence
    artificielle, …", "The targeting software, produced with the help of AI, …", "an AI-generated clip") is news."""
    position = match.start() + len(match.group()) - len(match.group().lstrip())
    start = max(text.rfind("\n", 0, position) + 1, position - _MEDIA_WINDOW)
    before = _SENTENCE_SPLIT.split(text[start:position])[-1].replace("’", "'")
    patterns = _patterns()
    if patterns["ai_self_reference"].search(before + match.group()):
        return False
    if patterns["reported_media"].search(before) or patterns["reported_thing"].search(before):
        return True
    after = text[match.end() : match.end() + _MEDIA_WINDOW // 2]  # "AI-generated video": the noun comes after
    if patterns["medium_after"].match(after):
        return True
    noun = _NOUN_AFTER.match(after) if match.group().endswith("-generated") else None
    return noun is not None and not patterns["ai_self_reference"].search(f"this {noun.group(1)}")  # "… spokesperson"


def _media_evidence(text: str) -> dict[str, str]:
    """Verification language about media: in a sentence naming media, or in the next one when that one points
    back to them ("Elles n'ont pas pu être vérifiées", "Leur authenticité…") and names nothing else it could be
    about ("Kiev n'a pas pu confirmer la mort du commandant" is about a claim)."""
    patterns = _patterns()
    media, other, back = patterns["media"], patterns["not_media"], patterns["back_reference"]
    found: dict[str, str] = {}
    previous = ""
    for sentence in _SENTENCE_SPLIT.split(text):
        follows = media.search(previous) and back.search(sentence) and not other.search(sentence)
        about_media = media.search(sentence) or follows
        status = verification_of(sentence) if about_media else None  # the cheap test first
        if status:
            found.setdefault(f"{status}_media", sentence.strip())
        previous = sentence
    return found


def _line_around(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)].strip()


def _sentence_from(text: str, match: re.Match[str]) -> str:
    """From ``match`` to the end of its sentence (a byline: "Une tribune de Marie Lefèvre.")."""
    end = re.compile(r"[.!?](?=\s|$)|\n").search(text, match.end())
    return text[match.start() : end.end() if end else len(text)].strip()


def evidence_spans(doc: Document) -> list[dict[str, object]]:
    """Each flag with its evidence: ``text`` and its ``start``/``end`` in ``doc.text`` (null when it lies in a
    removed line, or is a count such as the first-person measure)."""
    folded = doc.text.replace("’", "'")  # the flags read this folding; it keeps every offset
    spans: list[dict[str, object]] = []
    for flag in doc.flags:
        evidence = doc.flag_evidence.get(flag, "")
        start = folded.find(evidence) if evidence else -1
        if start >= 0:
            spans.append(
                {
                    "flag": flag,
                    "text": doc.text[start : start + len(evidence)],
                    "start": start,
                    "end": start + len(evidence),
                }
            )
        else:
            spans.append({"flag": flag, "text": evidence, "start": None, "end": None})
    return spans
