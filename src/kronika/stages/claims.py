"""Claims stage: who says what — attributed statements, their stance, and the event each is about.

Three attribution shapes, French and English: reported speech around a speech
verb ("X a déclaré que…", "« … », a affirmé X", "X said…"), "selon X, …" /
"according to X, …", and a quotation paragraph followed by a line naming its
speaker, as news sites lay them out. Sources resolve to the actor registry,
including pronouns, generic unit nouns and officials named by role.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, replace
from typing import Any

from kronika.attribution import UNATTRIBUTED, Attribution, attributions, open_quote_before
from kronika.contest import answers_lead, claims_about, is_contested, linked_event, mutual_blame, refer_back
from kronika.data import load_json
from kronika.model import Claim, Document, Entity, Sentence
from kronika.pipeline import stage
from kronika.verification import Verdict, apply_verdicts, find_verdicts, lead_events

_QUOTE_SPANS = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
_SPEAKER_LINE_MAX_WORDS = 12
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:(?i:je|nous|moi|we|my|our)(?![\w'’])|(?i:j['’])|I(?![\w'’]))")
_LEADING_ADVERBIALS = frozenset(
    {"peu après", "plus tard", "ensuite", "puis", "later", "then", "meanwhile", "par ailleurs"}
)
# a personal name right before the verb ("… ambassador Vassily Nebenzia blamed"), for text without NER
_APPOSITIVE_LEAD = re.compile(r"^((?:[A-ZÀ-Þ][\w'’-]+\s+){0,2}[A-ZÀ-Þ][\w'’-]+),\s+\S.*,$")
# an English noun ("the comments"), not a verb; not "a", which is French "has"
_DETERMINER_BEFORE = re.compile(r"(?<![\w'])(?:the|an|his|their|its|our|these|those)\s+$")
_LEADING_CONJUNCTION = re.compile(r"^(?:And|But|So|Or|Mais|Et)\s+")
# a phrase cut from a clause: it ends on a function word ("Trump took to Twitter to accuse")
_FRAGMENT_END = re.compile(
    r"(?i)(?<![\w'’])(?:the|an?|of|and|or|but|to|in|on|for|with|at|by|from|as|that|le|la|les|de|du|des|et|ou)$"
)
# a subject, then a relative clause or an apposition closed by a comma before the verb
_CLOSED_APPOSITION = re.compile(r"^([^,]{2,60}?),\s+\S.*,$")
_SUBJECT_MAX_WORDS = 6
_TITLED_PHRASE = re.compile(r"(?:[A-Z][a-z]{0,2}\.\s?(?=[A-Z])|[^,.;:!?()])*")  # "Rep. G.K. Butterfield"
_NAME_BEFORE = re.compile(r"(?<![\w'’])((?:[A-ZÀ-Þ][\w'’-]+\s+){1,2}[A-ZÀ-Þ][\w'’-]+)\s*,?$")


@dataclass(slots=True)
class _Source:
    canonical: str
    surface: str
    side: str | None = None
    person: bool = False
    plural: bool = False  # number and gender of the phrase, for the pronouns that refer back to it
    gender: str | None = None
    at: int = -1  # where it was mentioned


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)


@functools.cache
def _lexicon() -> dict[str, Any]:
    data = load_json("claims.json")
    return {
        "verbs": {stance: _compile(words + _english_forms(stance)) for stance, words in data["verbs"].items()},
        "according": re.compile(
            r"(?:^|[,;:]\s*|\s)(?:"
            + "|".join(data["according_to"])
            + r")\s+(?P<src>[^,.;:«“\"]{2,80}?)\s*(?:,|[.!?]?[»”\"]?\s*$)",  # "…, according to X." too
            re.IGNORECASE,
        ),
        "deny_content": _compile(data["deny_content"]),
        "pronouns": {p.lower() for p in data["pronouns"]},
        "roles": {role: _compile(words) for role, words in data["roles"].items()},
        "generic_units": _compile(data["generic_units"]),
        "tails": re.compile(r"^\s*(?:(?:" + "|".join(data["attribution_tails"]) + r")\s*,?\s*)+", re.IGNORECASE),
        "sides": {side: _compile(words) for side, words in data["side_words"].items()},
        "plural_pronouns": frozenset(data["plural_pronouns"]),
        "feminine_pronouns": frozenset(data["feminine_pronouns"]),
        "fragment_words": frozenset(data["fragment_words"]),
        "speaker_nouns": re.compile(r"(?:" + "|".join(data["speaker_nouns"]) + r")(?!\w)", re.IGNORECASE),
        "not_names": re.compile("|".join(data["not_names"])),
        "media_nouns": _compile(data["media_nouns"]),
        "things": re.compile("|".join(data["things_not_speakers"]), re.IGNORECASE),
    }


def _english_forms(stance: str) -> list[str]:
    """The English reporting-verb lexicon (data/reporting_verbs.json) as assertions, for the pattern path."""
    if stance != "assert":
        return []
    data = load_json("claims.json")
    drop = set(data["en_forms_not_reporting"])
    return [re.escape(w) for w in load_json("reporting_verbs.json")["en"] if w not in drop] + data["en_forms_extra"]


@stage(
    "claims",
    requires=["doc.text", "doc.sentences", "doc.entities", "doc.events"],
    assigns=["doc.claims", "doc.events"],
    resources=["parser"],
)
def extract_claims(doc: Document, *, parser: Any = None) -> Document:
    """Find attributed statements, link each to its event and mark contested events."""
    claims: list[Claim] = []
    if parser is not None and doc.language == "fr":
        claims = _parsed_claims(doc, parser)
    else:
        for index, sentence in enumerate(doc.sentences):
            for claim in _sentence_claims(doc, index, sentence, claims):
                if not any(c.start == claim.start and c.source == claim.source for c in claims):
                    claims.append(claim)
    claims.extend(_speaker_line_claims(doc, claims))
    claims.extend(_transcript_claims(doc, claims))
    claims.extend(_continued_quotes(doc, claims))
    verdicts = find_verdicts(doc)
    claims.extend(_verdict_claims(doc, verdicts, claims))
    claims.extend(_blame_claims(doc, claims))
    claims.sort(key=lambda c: c.start)
    for claim in claims:
        claim.event_id = linked_event(doc, claim)
    refer_back(doc, claims)
    lead = lead_events(doc)
    for event in doc.events:
        about = claims_about(event, claims, doc)
        if event in lead:  # blame or denial said of no event in particular answers the lead
            about += [c for c in claims if c.event_id is None and c not in about and answers_lead(doc, c, event)]
        event.contested = is_contested(about)
        # a contested event lists the claims that contradict each other, wherever they were read
        event.claim_ids = [
            c.claim_id
            for c in (about if event.contested else claims)
            if c.event_id == event.event_id or event.contested
        ]
    apply_verdicts(doc, verdicts)
    doc.claims = claims
    return doc


def _blame_claims(doc: Document, claims: list[Claim]) -> list[Claim]:
    """ "Les deux camps se sont mutuellement accusés": each side blames the other even when the sentence's
    subject names no one the parse can resolve; the claim is kept, unattributed."""
    found = []
    for sentence in doc.sentences:
        if any(c.start < sentence.end and sentence.start < c.end for c in claims):
            continue
        claim = _claim(doc, _Source(UNATTRIBUTED, UNATTRIBUTED), "accuse", sentence.start, sentence.end)
        if mutual_blame(claim):
            found.append(claim)
    return found


def _verdict_claims(doc: Document, verdicts: list[Verdict], claims: list[Claim]) -> list[Claim]:
    """A newsroom's verdict on footage is its claim: who verified, and the sentence that says so."""
    found = []
    for verdict in verdicts:
        sentence = doc.sentences[verdict.sentence]
        here = [c for c in claims if sentence.start <= c.start < sentence.end]
        own = verdict.verifier in (doc.outlet, "the newsroom")  # "notre rédaction", already a claim's source
        if verdict.verifier is None or any(c.source == verdict.verifier or own for c in here):
            continue
        found.append(_claim(doc, _Source(verdict.verifier, verdict.verifier), "assert", sentence.start, sentence.end))
    return found


def _parsed_claims(doc: Document, parser: Any) -> list[Claim]:
    """Claims from the dependency parse of the sentences with a reporting cue (see kronika.attribution)."""
    claims: list[Claim] = []
    speakers: list[_Source] = []
    spoken: set[int] = set()  # sentences with a speaker
    sentence_of: dict[str, int] = {}
    for att in attributions(doc, parser):
        source: _Source | None = None
        if att.inherits:
            same = [c for c in claims if sentence_of[c.claim_id] == att.sentence]
            source = _Source(same[-1].source, same[-1].source_surface, same[-1].side) if same else None
        elif att.speaker is not None or att.pronoun is not None:  # else an infinitive with no speaker of its own
            # None: "le drame a révélé…", a thing as subject, so the verb reports no speech
            source = _speaker(doc, att, speakers, spoken)
            if source is not None and source.canonical != UNATTRIBUTED:
                speakers.append(source)
                spoken.add(att.sentence)
        if source is None:
            continue
        claim = _claim(doc, source, _verb_stance(att.stance_cue), *att.content)
        if any(c.start == claim.start and c.source == claim.source for c in claims):
            continue
        sentence_of[claim.claim_id] = att.sentence
        claims.append(claim)
    return claims + _pattern_claims(doc, set(sentence_of.values()), claims)


def _pattern_claims(doc: Document, parsed: set[int], found: list[Claim]) -> list[Claim]:
    """Where the parse found no report (a misparsed verb), the attribution patterns, if they name someone."""
    extra: list[Claim] = []
    for index, sentence in enumerate(doc.sentences):
        if index in parsed:
            continue
        for claim in _sentence_claims(doc, index, sentence, found + extra):
            if _named_by_pattern(claim):
                extra.append(claim)
    return extra


def _named_by_pattern(claim: Claim) -> bool:
    """A pattern-path source resolved to a name, or a phrase that can be someone and holds no verb."""
    if claim.source != claim.source_surface:
        return True
    words = claim.source_surface.replace("’", "'").lower().split()
    return _is_someone(claim.source_surface) and not set(words) & _lexicon()["fragment_words"]


def _is_someone(phrase: str, head: str | None = None) -> bool:
    """A phrase that can be someone: a name, or a noun for people, bodies or unnamed sources
    (``speaker_nouns``) — not a pronoun, a text ("les informations"), a thing or a clause fragment."""
    lexicon = _lexicon()
    words = phrase.replace("’", "'").split()
    if not words or len(words) > 12 or words[0].lower() in lexicon["pronouns"]:
        return False
    if any(w.lower() in lexicon["fragment_words"] for w in words[-1:]):
        return False
    bare = re.sub(
        r"(?i)^(?:(?:les?|la|l'|des?|du|un|une|ces?|cette|son|sa|ses|leurs?|the|a|an)(?:\s+|(?<=')))+",
        "",
        phrase.replace("’", "'"),
    )
    first = head or (bare.split()[0] if bare.split() else "")
    if lexicon["speaker_nouns"].match(first):
        return True
    proper = first[:1].isupper() and not lexicon["not_names"].fullmatch(first.lower())
    return proper and bare[:1].isupper()


def _verb_stance(cue: str) -> str:
    for stance in ("accuse", "deny"):
        if _lexicon()["verbs"][stance].search(cue.replace("’", "'")):
            return stance
    return "assert"


def _speaker(doc: Document, att: Attribution, speakers: list[_Source], spoken: set[int]) -> _Source | None:
    """Who a parsed speaker phrase is: a registry/NER name in it, the earlier speaker a pronoun or a role noun
    stands for, or the phrase itself (an unnamed source, a body by role); else "unattributed"."""
    if att.pronoun is not None:
        return _pronoun_speaker(doc, att, speakers, spoken)
    assert att.speaker is not None
    source = _phrase_speaker(doc, att, speakers)
    if source is None:
        return None
    source.plural, source.gender, source.at = att.plural, att.gender, att.at
    if source.person and source.canonical != source.surface:
        source.plural = False  # "le porte-parole, Dmitri Peskov": one person
    return source


def _phrase_speaker(doc: Document, att: Attribution, speakers: list[_Source]) -> _Source | None:
    assert att.speaker is not None
    start, end = att.speaker
    end = _word_end(doc.text, end)
    phrase = doc.text[start:end].strip(" ,")
    apposed = _apposed_name(doc, end)
    if apposed:
        phrase = doc.text[start : apposed[0].end]
    entities = apposed + _registry_entities(doc, start, end)
    if _lexicon()["things"].fullmatch(att.head) and not entities:
        # "les premières informations", "un communiqué du ministère": a text, not someone; its author if named
        author = re.search(r"\b(?:de\s+la|de\s+l'|du|des)\s+(\S.*)$", phrase.replace("’", "'"))
        if author is None:
            return _Source(UNATTRIBUTED, UNATTRIBUTED)
        phrase = author.group(1)
        att = replace(att, head=phrase.split()[0])
    if entities:
        entity = next((e for e in entities if e.label == "PER"), entities[0])
        return _Source(entity.canonical or entity.surface, phrase, entity.side, entity.label == "PER")
    media = _media_named_before(doc, phrase, start)
    if media is not None:
        return _Source(media.canonical or media.surface, phrase, media.side)
    earlier = _same_role(phrase, speakers)
    if earlier is not None:
        return _Source(earlier.canonical, phrase, earlier.side, earlier.person)
    official = _official_by_role(doc, phrase, att.sentence)
    if official is not None:
        return _Source(official.canonical or official.surface, phrase, official.side, True)
    if not _is_someone(phrase, att.head):
        return None
    return _Source(phrase, phrase, _side_of(phrase), att.person_like)


def _word_end(text: str, end: int) -> int:
    """ "l'état-major" cut at the hyphen by the tokenizer: the whole word."""
    match = re.match(r"[-‐][\w-]+", text[end : end + 40])
    return end + match.end() if match else end


def _media_named_before(doc: Document, phrase: str, start: int) -> Entity | None:
    """ "Le quotidien américain", "les journalistes" (of the outlet just named): the last media named."""
    if not _lexicon()["media_nouns"].match(re.sub(r"(?i)^(?:les?|la|l'|ses|leurs?)\s*", "", phrase)):
        return None
    named = [e for e in doc.entities if start - 1000 <= e.start < start and e.label == "MEDIA"]
    return named[-1] if named else None


def _apposed_name(doc: Document, end: int) -> list[Entity]:
    """ "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré": the name the parser left out of the phrase."""
    if not re.match(r"\s*,\s*", doc.text[end : end + 3]):
        return []
    return [e for e in _registry_entities(doc, end, end + 60) if e.label == "PER" and e.start - end <= 3]


def _pronoun_speaker(doc: Document, att: Attribution, speakers: list[_Source], spoken: set[int]) -> _Source:
    """ "il", "a-t-il ajouté", "selon lui", "ce dernier": the last speaker of the same number and gender, or
    the person a sentence without a speaker just introduced, whichever was mentioned last."""
    pronoun = att.pronoun or ""
    plural = pronoun in _lexicon()["plural_pronouns"]
    gender = "Fem" if pronoun in _lexicon()["feminine_pronouns"] else "Masc"
    fits = [s for s in speakers if s.plural == plural and (s.gender is None or s.gender == gender or s.person)]
    best = fits[-1] if fits else None
    person = None if plural else _person_introduced(doc, att, spoken)
    if person is not None and (best is None or person.start > best.at):
        return _Source(person.canonical or person.surface, person.surface, person.side, True, False, None, att.at)
    if best is not None:
        return _Source(best.canonical, best.surface, best.side, best.person, best.plural, best.gender, att.at)
    return _Source(UNATTRIBUTED, UNATTRIBUTED)


def _person_introduced(doc: Document, att: Attribution, spoken: set[int]) -> Entity | None:
    """The first person named in the pronoun's sentence before it, or in the sentence before when nobody
    speaks there ("X, conseiller du président, a semblé se réjouir. «…», a-t-il déclaré")."""
    sentence = doc.sentences[att.sentence]
    here = [e for e in doc.entities if sentence.start <= e.start < att.at and e.label == "PER"]
    if here:
        return here[0]
    previous = att.sentence - 1
    if previous < 0 or previous in spoken:
        return None
    before = doc.sentences[previous]
    named = [e for e in doc.entities if before.start <= e.start < before.end and e.label == "PER"]
    return named[0] if named else None


def _same_role(phrase: str, speakers: list[_Source]) -> _Source | None:
    """ "Le gouverneur" after "le gouverneur régional Oleh Synehoubov" spoke: the same person."""
    words = [w for w in re.findall(r"[\w-]+", phrase.lower()) if len(w) > 3]
    if not words or (phrase[:1].isupper() and not re.match(r"(?i)(?:le|la|les|l'|ce|cette)\b", phrase)):
        return None
    for earlier in reversed(speakers):
        if earlier.canonical != earlier.surface and words[0] in earlier.surface.lower():
            return earlier
    return None


def _side_of(phrase: str) -> str | None:
    sides = [side for side, pattern in _lexicon()["sides"].items() if pattern.search(phrase)]
    return sides[0] if len(sides) == 1 else None


def _sentence_claims(doc: Document, index: int, sentence: Sentence, earlier: list[Claim]) -> list[Claim]:
    text = doc.text[sentence.start : sentence.end].replace("’", "'")
    quoted = [m.span() for m in _QUOTE_SPANS.finditer(text)]
    found: list[Claim] = []
    for stance, pattern in _lexicon()["verbs"].items():
        for verb in pattern.finditer(text):
            if any(s < verb.start() < e for s, e in quoted) or _proper_noun(text, verb.start()):
                continue
            claim = _verb_claim(doc, index, sentence, text, verb, stance, earlier + found)
            claim = _trimmed(claim, text[verb.start() :]) if claim is not None else None
            if claim is not None and all(c.source != claim.source for c in found):
                found.append(claim)
    according = _lexicon()["according"].search(text)
    if according and not found:
        # "selon X, Y a affirmé…": Y is the speaker and X only relays, so X is a source only when nobody speaks
        source = _resolve_phrase(
            doc, sentence.start + according.start("src"), according.group("src").strip(), earlier, index, explicit=True
        )
        if source:
            found.append(_claim(doc, source, "assert", open_quote_before(doc, index), sentence.end))
    return found


def _proper_noun(text: str, start: int) -> bool:
    """A capitalised word inside a sentence is a name ("the United States"), not a verb ("states")."""
    before = text[:start].rstrip()
    return text[start : start + 1].isupper() and bool(before) and before[-1] not in '.!?«“":—-'


def _verb_claim(
    doc: Document, index: int, sentence: Sentence, text: str, verb: re.Match[str], stance: str, earlier: list[Claim]
) -> Claim | None:
    before = text[: verb.start()]
    if re.search(
        r"\b(?:été|être|étant|been|being|be|is|was|were|are)\s+(?:(?:\w+ly|first|also|not|déjà|aussi)\s+)?$", before
    ):
        return None  # a passive participle ("n'a été signalée", "was first reported") names no speaker
    if _DETERMINER_BEFORE.search(before):
        return None  # a noun ("the comments", "ses déclarations"), not a verb
    inverted = re.search(r",?\s*([»”\"])\s*,?\s*(?:a|ont|avait|avaient|a-t-\w+|ont-\w+|ajoutait-\w+)?\s*$", before)
    quote = _last_quote(text, inverted.start(1) + 1) if inverted else None
    if quote and len(text[quote[0] : quote[1]].split()) >= 4:  # «long quote», a affirmé X
        source = _source_after(doc, sentence.start + verb.end(), sentence.end)
        if source:
            return _claim(doc, source, stance, sentence.start + quote[0], sentence.start + quote[1])
        return None
    source = _source_before(doc, index, sentence, verb.start(), earlier)
    if source is None:
        return None
    return _claim(doc, source, stance, open_quote_before(doc, index), _colon_end(doc, index))


def _trimmed(claim: Claim, verb_onwards: str) -> Claim | None:
    """The pattern path's subject phrase made a source: a leading conjunction dropped ("But a State Department
    official"), "He's" before an -ing verb is "He is"; a possessor ("Trump's comments") or a phrase cut on a
    function word is not someone."""
    surface = _LEADING_CONJUNCTION.sub("", claim.source_surface)
    if re.search(r"\w['’]s$", surface):
        if not re.match(r"\w+ing\b", verb_onwards):
            return None
        surface = surface[:-2]
    if not surface or _FRAGMENT_END.search(surface):
        return None
    if surface == claim.source_surface:
        return claim
    source = surface if claim.source == claim.source_surface else claim.source
    return replace(claim, source=source, source_surface=surface)


def _colon_end(doc: Document, index: int) -> int:
    """Where the words a sentence introduces end: "X said:" reports the paragraph that follows."""
    sentence = doc.sentences[index]
    if not doc.text[sentence.start : sentence.end].rstrip().endswith(":") or index + 1 >= len(doc.sentences):
        return sentence.end
    following = doc.sentences[index + 1].paragraph
    return max(s.end for s in doc.sentences[index + 1 :] if s.paragraph == following)


def _last_quote(text: str, end: int) -> tuple[int, int] | None:
    spans = [m.span() for m in _QUOTE_SPANS.finditer(text) if m.end() <= end]
    if not spans:
        return None
    start, stop = spans[-1]
    return start + 1, stop - 1


def _registry_entities(doc: Document, start: int, end: int) -> list[Entity]:
    return [
        e
        for e in doc.entities
        if start <= e.start and e.end <= end and e.label in ("PER", "ORG", "GROUP", "MEDIA", "GOV")
    ]


def _source_after(doc: Document, start: int, end: int) -> _Source | None:
    """The speaker named after an inverted verb ("», a déclaré X"), skipping "à l'AFP", "sur Telegram"."""
    rest = doc.text[start:end].replace("’", "'")
    tail = _lexicon()["tails"].match(rest)
    skip = tail.end() if tail else 0
    entities = [e for e in _registry_entities(doc, start + skip, end) if e.label != "MEDIA" or e.start - start < 3]
    if entities and entities[0].start - start - skip < 40:
        return _from_entity(entities[0])
    titled = _TITLED_PHRASE.match(rest[skip:])  # "Rep. Charles B. Rangel": titles and initials
    phrase = titled.group().strip() if titled else ""
    words = phrase.split()
    if 1 <= len(words) <= 10:
        return _Source(phrase, phrase, None)
    return None


def _source_before(
    doc: Document, index: int, sentence: Sentence, verb_start: int, earlier: list[Claim]
) -> _Source | None:
    absolute = sentence.start + verb_start
    clause_start = _clause_start(doc.text, sentence.start, absolute)
    phrase = doc.text[clause_start:absolute].strip(" ,:;")
    phrase = re.sub(  # auxiliaries, adverbs and clitics between the subject and the verb
        r"(?:(?:^|\s+)(?:a|ont|avait|avaient|aurait|auraient|has|have|had|also|aussi|[ée]galement|se|s'|ne|n'|lui|leur|en|y))+$",
        "",
        phrase,
    ).strip()
    if re.search(r"(?:^|\s)(?:and|et|but|mais)$", phrase) and earlier and earlier[-1].start == sentence.start:
        previous = earlier[-1]  # "X denied … and said …": the same speaker
        return _Source(previous.source, previous.source_surface, previous.side)
    search_from = clause_start if phrase else sentence.start
    entities = [e for e in _registry_entities(doc, search_from, absolute) if not _inside_quote(doc, sentence, e)]
    lead = _APPOSITIVE_LEAD.match(doc.text[clause_start:absolute].strip())  # closed by a comma before the verb
    if lead:  # "Nataliya Humenyuk, spokesperson for the Southern Defence Forces, told…": the subject leads
        entity = next((e for e in entities if e.start == clause_start + phrase.find(lead.group(1))), None)
        return _from_entity(entity) if entity else _Source(lead.group(1), lead.group(1), None)
    closed = _CLOSED_APPOSITION.match(doc.text[clause_start:absolute].strip())
    if closed and len(closed.group(1).split()) <= _SUBJECT_MAX_WORDS:  # "The mayor, who had campaigned…, told"
        raw = doc.text[clause_start:absolute]
        head_end = clause_start + len(raw) - len(raw.lstrip()) + len(closed.group(1))
        named = [e for e in entities if e.end <= head_end]
        return _from_entity(named[-1]) if named else _resolve_phrase(doc, clause_start, closed.group(1), earlier, index)
    name = _NAME_BEFORE.search(phrase)
    if name and not any(e.end >= clause_start + phrase.rfind(name.group(1)) + len(name.group(1)) for e in entities):
        return _Source(name.group(1), name.group(1), None)
    if entities:
        return _from_entity(entities[-1])
    return _resolve_phrase(doc, clause_start, phrase, earlier, index)


def _clause_start(text: str, sentence_start: int, verb_start: int) -> int:
    """Where the subject of a verb can begin: after the last strong break before it."""
    segment = text[sentence_start:verb_start]
    breaks = [
        m.end()
        for m in re.finditer(r"[;:]\s*|[»”\"]\s*,?\s*|\bqu[e']\s*|\bthat\s+|,\s*(?:mais|et|but|and)\s+", segment)
    ]
    return sentence_start + (breaks[-1] if breaks else 0)


def _inside_quote(doc: Document, sentence: Sentence, entity: Entity) -> bool:
    text = doc.text[sentence.start : sentence.end]
    local = entity.start - sentence.start
    for match in _QUOTE_SPANS.finditer(text):
        if match.start() < local < match.end():
            inner = match.group()[1:-1].strip()
            return len(inner.split()) > 6  # a short «name» is a label, not a quotation
    return False


def _resolve_phrase(
    doc: Document, start: int, phrase: str, earlier: list[Claim], index: int, *, explicit: bool = False
) -> _Source | None:
    """A subject phrase with no registry name: pronoun, generic unit, official's role, or itself."""
    lexicon = _lexicon()
    entities = _registry_entities(doc, start, start + len(phrase))
    if entities:
        return _from_entity(entities[-1])
    if "," in phrase and not explicit:
        phrase = phrase.rsplit(",", 1)[1].strip()  # "Missiles hit Kyiv, officials": the speaker is the last segment
    words = phrase.split()
    if not words or len(words) > 8:
        return None
    if words[-1].lower() in lexicon["pronouns"] and len(words) <= 2:
        return _pronoun_source(doc, start, words[-1].lower(), phrase, earlier)
    if lexicon["generic_units"].search(phrase):
        groups = [e for e in doc.entities if e.label == "GROUP" and e.end <= start and e.side != "russia"]
        if groups:
            return _Source(groups[-1].canonical or groups[-1].surface, phrase, groups[-1].side)
    official = _official_by_role(doc, phrase, index)
    if official is not None:
        return _Source(official.canonical or official.surface, phrase, official.side)
    if explicit or phrase[:1].isupper() or re.match(r"(?i)(?:(?:les?|la|the|des)\s|l')", phrase):
        return _Source(phrase, phrase, None)
    return None


def _pronoun_source(doc: Document, start: int, pronoun: str, phrase: str, earlier: list[Claim]) -> _Source:
    """ "Ils" / "they" refer to the last group or body named; "il" / "she" to the last person."""
    plural = pronoun in ("ils", "elles", "they", "on")
    labels = ("GROUP", "GOV", "ORG", "MEDIA") if plural else ("PER",)
    window = max(0, start - 600)
    named = [e for e in doc.entities if window <= e.start < start and e.label in labels]
    if named:
        return _Source(named[-1].canonical or named[-1].surface, phrase, named[-1].side)
    if earlier:
        return _Source(earlier[-1].source, phrase, earlier[-1].side)
    return _Source(UNATTRIBUTED, UNATTRIBUTED)  # nobody to refer back to: the claim counts, unattributed


def _official_by_role(doc: Document, phrase: str, index: int) -> Entity | None:
    """ "Le gouverneur" named in nearby sentences (before or just after) is the same person."""
    for role, pattern in _lexicon()["roles"].items():
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


def _from_entity(entity: Entity) -> _Source:
    return _Source(entity.canonical or entity.surface, entity.surface, entity.side)


def _speaker_line_claims(doc: Document, existing: list[Claim]) -> list[Claim]:
    """A paragraph that is a quotation, or told in the first person, followed by a short line naming its
    speaker ("Une habitante qui a refusé de donner son nom")."""
    claims = []
    for current, following in zip(doc.sentences, doc.sentences[1:], strict=False):
        if following.paragraph != current.paragraph + 1:
            continue
        quote = doc.text[current.start : current.end]
        speaker = doc.text[following.start : following.end]
        if len(speaker.split()) > _SPEAKER_LINE_MAX_WORDS or re.search(r"[.!?:]$", speaker):
            continue
        start = current.start
        if quote[:1] not in '«“"':
            start = min(s.start for s in doc.sentences if s.paragraph == current.paragraph)
            if not _FIRST_PERSON.search(doc.text[start : current.end]):
                continue
        source = _speaker_line_source(doc, following.start, following.end)
        if source is None or any(c.start in (start, current.start) for c in existing):
            continue
        claims.append(_claim(doc, source, "assert", start, current.end))
    return claims


def _speaker_line_source(doc: Document, start: int, end: int) -> _Source | None:
    """The person a speaker line names: a registry name, or a noun for people ("Une habitante", "Un soldat")."""
    entities = _registry_entities(doc, start, end)
    if entities:
        return _from_entity(entities[0])
    phrase = re.split(r",|\s+(?:qui|dont|who|whose)\s+", doc.text[start:end].strip())[0].strip()
    bare = re.sub(r"(?i)^(?:une?|le|la|les|l'|l’|des|a|an|the)\s*", "", phrase)
    if not bare or not _lexicon()["speaker_nouns"].match(bare):
        return None
    return _Source(phrase, phrase, _side_of(phrase), True)


def _continued_quotes(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A quotation with no attribution of its own, right after a sentence someone speaks in the same paragraph,
    or opening the next paragraph, goes on with that speaker's words (the convention of news quotes)."""
    found: list[Claim] = []
    previous: Claim | None = None
    for index, sentence in enumerate(doc.sentences):
        own = [c for c in claims + found if c.start < sentence.end and sentence.start < c.end]
        if own:
            previous = own[-1]
            continue
        text = doc.text[sentence.start : sentence.end].lstrip()
        before = doc.sentences[index - 1] if index else None
        follows = (
            previous is not None
            and before is not None
            and previous.start < before.end
            and before.start < previous.end
            and sentence.paragraph - before.paragraph <= 1
        )
        if follows and previous is not None and text[:1] in '«“"':
            source = _Source(previous.source, previous.source_surface, previous.side)
            found.append(_claim(doc, source, previous.stance, sentence.start, sentence.end))
            previous = found[-1]
        else:
            previous = None
    return found


_TRANSCRIPT_TURN = re.compile(r"^[\"“«]?\s*([A-ZÀ-Þ][A-ZÀ-Þ'’. -]{1,40}[A-ZÀ-Þ]):\s+(?=\S)")


def _transcript_claims(doc: Document, existing: list[Claim]) -> list[Claim]:
    """An interview transcript's turns ("WALLACE: …", "PENCE: …"): the capitalised name speaks the paragraph."""
    claims = []
    starts = {c.start for c in existing}
    for sentence in doc.sentences:
        turn = _TRANSCRIPT_TURN.match(doc.text[sentence.start : sentence.end])
        if turn is None or sentence.start in starts:
            continue
        end = max(s.end for s in doc.sentences if s.paragraph == sentence.paragraph)
        name = turn.group(1).strip()
        claims.append(_claim(doc, _Source(name, name, None, True), "assert", sentence.start + turn.end(), end))
    return claims


def _claim(doc: Document, source: _Source, verb_stance: str, start: int, end: int) -> Claim:
    text = doc.text[start:end]
    stance = verb_stance
    if stance == "assert" and _lexicon()["deny_content"].search(text.replace("’", "'")):
        stance = "deny"
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
        side=source.side,
    )
