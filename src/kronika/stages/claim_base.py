"""Shared pieces of the claims stage: the attribution lexicon, a resolved source, and the claim record."""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from typing import Any

from kronika.data import load_json, word_patterns
from kronika.model import Claim, Document, Entity

QUOTE_SPANS = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


@dataclass(slots=True)
class Source:
    canonical: str
    surface: str
    side: str | None = None
    person: bool = False
    plural: bool = False  # number and gender of the phrase, for the pronouns that refer back to it
    gender: str | None = None
    at: int = -1  # where it was mentioned


@functools.cache
def lexicon() -> dict[str, Any]:
    data = load_json("claims.json")
    return {
        "verbs": {stance: word_patterns(words + _english_forms(stance)) for stance, words in data["verbs"].items()},
        # French text: the stance lexicon without the English reporting-verb forms ("comment", "note")
        "verbs_fr": {stance: word_patterns(words) for stance, words in data["verbs"].items()},
        "according": re.compile(
            r"(?:^|[,;:]\s*|\s)(?:"
            + "|".join(data["according_to"])
            + r")\s+(?P<src>[^,.;:«“\"]{2,80}?)\s*(?:,|[.!?]?[»”\"]?\s*$)",  # "…, according to X." too
            re.IGNORECASE,
        ),
        "deny_content": word_patterns(data["deny_content"]),
        "accuse_content": word_patterns(data["accuse_content"]),
        "pronouns": {p.lower() for p in data["pronouns"]},
        "roles": {role: word_patterns(words) for role, words in data["roles"].items()},
        "generic_units": word_patterns(data["generic_units"]),
        "tails": re.compile(r"^\s*(?:(?:" + "|".join(data["attribution_tails"]) + r")\s*,?\s*)+", re.IGNORECASE),
        "sides": {side: word_patterns(words) for side, words in data["side_words"].items()},
        "plural_pronouns": frozenset(data["plural_pronouns"]),
        "feminine_pronouns": frozenset(data["feminine_pronouns"]),
        "fragment_words": frozenset(data["fragment_words"]),
        # a capital as subject speaks for its government ("Séoul a confirmé", "Washington dément")
        "speaker_nouns": re.compile(
            r"(?:" + "|".join(data["speaker_nouns"] + data["capitals_as_governments"]) + r")(?!\w)", re.IGNORECASE
        ),
        "not_names": re.compile("|".join(data["not_names"])),
        "media_nouns": word_patterns(data["media_nouns"]),
        "things": re.compile("|".join(data["things_not_speakers"]), re.IGNORECASE),
        "not_subjects": frozenset(data["not_subjects"]),
        "openings": frozenset(data["opening_prepositions"]),
        "markers": re.compile(r"(?:^|,\s*|\s+)(?:" + "|".join(data["discourse_markers"]) + r")(?=\s*,|\s*$|\s+)", re.I),
        "no_comment": word_patterns(data["no_comment"]),
        "anonymity": re.compile("|".join(data["anonymity_clauses"]), re.IGNORECASE),
        "interviewer": re.compile(r"^\s*(?:" + "|".join(data["interviewer_openings"]) + ")", re.IGNORECASE),
    }


def _english_forms(stance: str) -> list[str]:
    """The English reporting-verb lexicon (data/reporting_verbs.json) as assertions, for the pattern path."""
    if stance != "assert":
        return []
    data = load_json("claims.json")
    drop = set(data["en_forms_not_reporting"])
    return [re.escape(w) for w in load_json("reporting_verbs.json")["en"] if w not in drop] + data["en_forms_extra"]


def is_someone(phrase: str, head: str | None = None) -> bool:
    """A phrase that can be someone: a name, or a noun for people, bodies or unnamed sources
    (``speaker_nouns``) — not a pronoun, a text ("les informations"), a thing or a clause fragment."""
    lex = lexicon()
    words = phrase.replace("’", "'").split()
    if not words or len(words) > 12 or words[0].lower() in lex["pronouns"]:
        return False
    if any(w.lower() in lex["fragment_words"] for w in words[-1:]):
        return False
    bare = re.sub(
        r"(?i)^(?:(?:les?|la|l'|des?|du|un|une|ces?|cette|son|sa|ses|leurs?|the|a|an)(?:\s+|(?<=')))+",
        "",
        phrase.replace("’", "'"),
    )
    first = head or (bare.split()[0] if bare.split() else "")
    if lex["speaker_nouns"].match(first):
        return True
    proper = first[:1].isupper() and not lex["not_names"].fullmatch(first.lower())
    return proper and bare[:1].isupper()


def registry_entities(doc: Document, start: int, end: int) -> list[Entity]:
    return [
        e
        for e in doc.entities
        if start <= e.start and e.end <= end and e.label in ("PER", "ORG", "GROUP", "MEDIA", "GOV")
    ]


def from_entity(entity: Entity) -> Source:
    return Source(entity.canonical or entity.surface, entity.surface, entity.side)


def official_by_role(doc: Document, phrase: str, index: int) -> Entity | None:
    """ "Le gouverneur" named in nearby sentences (before or just after) is the same person."""
    for role, pattern in lexicon()["roles"].items():
        if not pattern.search(phrase):
            continue
        lo = doc.sentences[max(0, index - 3)].start
        hi = doc.sentences[min(len(doc.sentences) - 1, index + 2)].end
        nearby = [
            e for e in doc.entities if e.label == "PER" and lo <= e.start < hi and e.role and role in e.role.lower()
        ]
        if nearby:
            return nearby[0]
    return None


def without_markers(phrase: str) -> str:
    """The speaker phrase without the discourse markers around it ("Moscou, de son côté" -> "Moscou")."""
    return lexicon()["markers"].sub("", phrase).strip(" ,")


def after_interviewer(text: str) -> int:
    """Where the speaker starts after an opening that names the interviewer ("Interrogé par l'AFP, un
    responsable…", "Speaking to the BBC, the mayor…"): the outlet is not the source."""
    opening = lexicon()["interviewer"].match(text.replace("’", "'"))
    return opening.end() if opening else 0


def side_of(phrase: str) -> str | None:
    sides = [side for side, pattern in lexicon()["sides"].items() if pattern.search(phrase)]
    return sides[0] if len(sides) == 1 else None


def make_claim(doc: Document, source: Source, verb_stance: str, start: int, end: int) -> Claim:
    text = doc.text[start:end]
    stance = verb_stance
    plain = text.replace("’", "'")
    if stance == "assert" and lexicon()["deny_content"].search(plain):
        stance = "deny"
    elif stance == "assert" and lexicon()["accuse_content"].search(plain):
        stance = "accuse"  # "caused by a Ukrainian air defence missile": the other side's weapon is blamed
    key = f"{doc.doc_id}|{doc.content_hash}|{start}|{source.canonical}"
    return Claim(
        claim_id="cl_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        doc_id=doc.doc_id,
        source=source.canonical,
        source_surface=source.surface,
        stance=stance,
        text=text,
        start=start,
        end=end,
        side=source.side or side_of(source.surface),  # "Ukraine's military", "les enquêteurs russes"
    )
