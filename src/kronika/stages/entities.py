"""Entities stage: sentences, people, organisations, armed groups, media and government bodies.

The actor registry (``data/actors.json``) feeds an EntityRuler, so its aliases
win over the statistical NER and carry canonical English names. Once an actor
has been named, its head nouns ("la légion", "the battalion") refer back to it.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from kronika.config import Settings
from kronika.data import load_json
from kronika.errors import StageError
from kronika.model import Document, Entity, Sentence
from kronika.pipeline import stage
from kronika.registry import Registry, RegistryActor
from kronika.stages.language import fold_word, paragraph_spans

_REGISTRY_LABELS = {"PER", "ORG", "GROUP", "MEDIA", "GOV"}


def normalise_for_parse(text: str) -> str:
    """Same length as ``text`` (offsets stay valid); curly apostrophes confuse the French model."""
    return text.replace("’", "'").replace("ʼ", "'")


@stage(
    "entities",
    requires=["doc.text", "doc.language"],
    assigns=["doc.sentences", "doc.entities", "doc.parse"],
    resources=["nlp", "registry", "settings"],
)
def find_entities(
    doc: Document, *, nlp: dict[str, Any], registry: Registry, settings: Settings | None = None
) -> Document:
    """Parse the text; set sentences and registry/NER entities with canonical names."""
    doc.sentences = _sentences(doc.text)
    limit = settings.max_sentences if settings else None
    if limit is not None and len(doc.sentences) > limit:
        raise StageError("entities", doc.doc_id, f"{len(doc.sentences):,} sentences, above the limit of {limit:,} "
                         "(KRONIKA_MAX_SENTENCES); is this one article?")  # fmt: skip
    pipeline = nlp.get(doc.language) or nlp["en"]
    parsed = pipeline(normalise_for_parse(doc.text))
    doc.parse = parsed
    doc.entities = _entities(parsed, registry)
    doc.entities.extend(_head_mentions(doc.text, doc.entities, registry))
    doc.entities.sort(key=lambda entity: entity.start)
    return doc


_ABBREVIATIONS = frozenset(
    {
        "m",
        "mm",
        "mme",
        "mmes",
        "mlle",
        "dr",
        "pr",
        "st",
        "ste",
        "me",
        "gén",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cpt",
        "mr",
        "mrs",
        "ms",
        "prof",
        "sen",
        "rep",
        "gov",
        "no",
        "nos",
        "vol",
        "p",
        "pp",
        "etc",
        "av",
        "apr",
        "env",
        "cf",
        "art",
        "min",
        "max",
        "jan",
        "fév",
        "feb",
        "mar",
        "avr",
        "aug",
        "sept",
        "oct",
        "nov",
        "déc",
        "dec",
    }
)
_BOUNDARY = re.compile(r"[.!?…]+[»”\"')]*(?=\s+(?:[«“\"'(]\s*)?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ0-9])")
# blocks a scraper ran together with no space: "…blessés.La ville", "…sur un marchéKHERSON (AFP)",
# "…région de KourskUn homme", "…2025Un drone", "08:12Au moins" - a capitalised word glued to a sentence's end or
# to a figure opens a new sentence, and so does one glued to a lower-case word when it is a function word ("Un",
# "Le", "The") or a dateline in capitals: camel-case names ("CheckNews", "DeepState", "YouTube", "McCain") stay whole
_GLUED = re.compile(
    r"(?:(?<=[a-zà-öø-ÿ]{2}[.!?…])|(?<=[a-zà-öø-ÿ]{2})|(?<=\d[.!?…])|(?<=\d))"
    r"(?=[A-ZÀ-ÖØ-Þ](?:[a-zà-öø-ÿ]{2}|[a-zà-öø-ÿ]\b|['’][^\W\d_])|[A-ZÀ-ÖØ-Þ]{3,}\s*[,(])"
    # the same joint once cleaning spaced it: a date or a time of day, then one space and a capitalised word
    # ("…à Orikhiv12/03/2025 Trois secouristes", "…Tkatchenko.09:30 Le bilan s'alourdit")
    r"|(?:(?<=[./-]\d{4})|(?<=\d[h:]\d\d))\s(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’])"
)
_ELIDED = re.compile(r"[LDJNSCM]['’]|Qu['’]|Jusqu['’]|Lorsqu['’]|Puisqu['’]")  # an elided article or pronoun
_NEXT_WORD = re.compile(r"[^\W\d_]+")


def _glued_cut(chunk: str, at: int) -> bool:
    """Whether a glued boundary at ``at`` opens a sentence (see ``_GLUED``)."""
    if not chunk[at - 1].isalpha():
        return True
    word = _NEXT_WORD.match(chunk, at)
    if word is None:
        return False
    if (word.group().isupper() and len(word.group()) >= 3) or _ELIDED.match(chunk, at):
        return True
    followed = chunk[word.end() : word.end() + 1]
    return followed.isspace() and fold_word(word.group()) in _glued_openers()  # "LinkedIn." stays whole


@functools.cache
def _glued_openers() -> frozenset[str]:
    """Function words that open a sentence glued to the last word of the block before it ("KourskUn homme",
    "KhersonThe governor"): articles, pronouns, numbers, prepositions, weekdays (``data/event_context.json``)."""
    return frozenset(fold_word(w) for w in load_json("event_context.json")["glued_sentence_openers"])


def _sentences(text: str, parsed: Any = None) -> list[Sentence]:
    """Rule-based sentences that never cross a paragraph (line) and never split «a quotation», said X."""
    sentences: list[Sentence] = []
    for paragraph, (p_start, p_end) in enumerate(paragraph_spans(text)):
        start = p_start
        chunk = text[p_start:p_end]
        glued = [m for m in _GLUED.finditer(chunk) if _glued_cut(chunk, m.start())]
        for match in sorted([*_BOUNDARY.finditer(chunk), *glued], key=lambda m: m.end()):
            cut = p_start + match.end()
            if cut <= start:
                continue
            before = match.start() + 1 if match.end() > match.start() else match.end()  # a glued cut is empty
            word = re.search(r"(\w+)\W*$", text[start : p_start + before])
            if word and (
                word.group(1).lower() in _ABBREVIATIONS or (len(word.group(1)) == 1 and word.group(1).isupper())
            ):
                continue
            if _inside_open_quote(text[start:cut]):
                continue
            _append(sentences, text, start, cut, paragraph)
            start = cut
        _append(sentences, text, start, p_end, paragraph)
    return sentences


def _inside_open_quote(segment: str) -> bool:
    return segment.count("«") > segment.count("»") or segment.count("“") > segment.count("”")


def _append(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    chunk = text[start:end]
    lo = start + (len(chunk) - len(chunk.lstrip()))
    hi = start + len(chunk.rstrip())
    if hi > lo:
        sentences.append(Sentence(lo, hi, paragraph))


def _entities(parsed: Any, registry: Registry) -> list[Entity]:
    entities = []
    for ent in parsed.ents:
        label = ent.label_
        if ent.ent_id_ and label in _REGISTRY_LABELS:
            actor = registry.by_canonical.get(ent.ent_id_)
            entities.append(_from_actor(ent.text, ent.start_char, ent.end_char, actor, label))
        elif label in ("PER", "ORG"):
            actor = registry.lookup(ent.text)
            if actor is not None:
                entities.append(_from_actor(ent.text, ent.start_char, ent.end_char, actor, actor.label))
            elif _plausible_name(ent.text) and (len(ent) > 1 or not _starts_sentence(parsed.text, ent.start_char)):
                entities.append(Entity(ent.text, ent.start_char, ent.end_char, label, ent.text))
    return entities


def _starts_sentence(text: str, offset: int) -> bool:
    before = text[:offset].rstrip(" «“\"'(")
    return not before or before[-1] in ".!?…\n:"


def _from_actor(surface: str, start: int, end: int, actor: RegistryActor | None, label: str) -> Entity:
    if actor is None:
        return Entity(surface, start, end, label, surface)
    return Entity(surface, start, end, actor.label, actor.canonical, side=actor.side, role=actor.role)


def _plausible_name(surface: str) -> bool:
    stripped = surface.strip(" «»\"'“”")
    return len(stripped) >= 3 and stripped[:1].isupper() and "\n" not in stripped


def _head_mentions(text: str, entities: list[Entity], registry: Registry) -> list[Entity]:
    """After an actor is named, "la légion" / "the legion" later in the text refers back to it."""
    found: list[Entity] = []
    taken = [(e.start, e.end) for e in entities]
    for entity in list(entities):
        actor = registry.by_canonical.get(entity.canonical or "")
        if actor is None or not actor.heads:
            continue
        heads = "|".join(re.escape(h) for h in actor.heads)
        pattern = re.compile(rf"(?i)\b(?:la|le|l'|les|the|this|cette|ce)\s*(?:{heads})\b")
        for match in pattern.finditer(normalise_for_parse(text), entity.end):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append(match.span())
            found.append(
                Entity(match.group(), match.start(), match.end(), actor.label, actor.canonical, actor.side, actor.role)
            )
    return found
