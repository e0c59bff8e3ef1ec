"""Claims stage: who says what — attributed statements, their stance, and the event each is about.

Three attribution shapes, French and English: reported speech around a speech
verb ("X a déclaré que…", "« … », a affirmé X", "X said…"), "selon X, …" /
"according to X, …", and a quotation paragraph followed by a line naming its
speaker, as news sites lay them out. Sources resolve to the actor registry,
including pronouns, generic unit nouns and officials named by role.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from kronika.attribution import UNATTRIBUTED, Attribution, attributions
from kronika.contest import (
    answers_lead,
    blames_each_other,
    claims_about,
    denial_goes_on,
    is_contested,
    linked_event,
    refer_back,
    same_incident,
)
from kronika.model import Claim, Document, Entity, Sentence
from kronika.pipeline import stage
from kronika.stages.claim_base import (
    QUOTE_SPANS,
    Source,
    after_interviewer,
    from_entity,
    is_someone,
    lexicon,
    make_claim,
    official_by_role,
    registry_entities,
    side_of,
    without_markers,
)
from kronika.stages.claim_patterns import ascii_quotes, sentence_claims, transcript_claims
from kronika.stages.claim_slavic import slavic_claims
from kronika.verification import (
    Verdict,
    apply_verdicts,
    find_verdicts,
    flag_media,
    lead_events,
    newsroom,
    newsroom_phrase,
    newsroom_said,
)

__all__ = ["extract_claims", "is_contested"]

_SPEAKER_LINE_MAX_WORDS = 12
_NEUTRAL = "neutral"  # the registry's side of wires, NGOs and international bodies
_LEADING_DAY = re.compile(
    r"^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|soir|matin)\s+)+", re.IGNORECASE
)
_TRAILING_CHANNEL = re.compile(
    r"\s+(?:dans|sur|via|par)\s+(?:un|une|son|sa|ses|le|la|les)\s+(?:communiqué|message|publication|déclaration"
    r"|post|vidéo|compte|chaîne)\b.*$",
    re.IGNORECASE,
)

_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:(?i:je|nous|moi|we|my|our)(?![\w'’])|(?i:j['’])|I(?![\w'’]))")


@stage(
    "claims",
    requires=["doc.text", "doc.sentences", "doc.entities", "doc.events"],
    assigns=["doc.claims", "doc.events", "doc.flags", "doc.flag_evidence"],
    resources=["parser"],
)
def extract_claims(doc: Document, *, parser: Any = None) -> Document:
    """Find attributed statements, link each to its event and mark contested events."""
    claims: list[Claim] = []
    if parser is not None and doc.language == "fr":
        claims = _parsed_claims(doc, parser)
    else:
        for index, sentence in enumerate(doc.sentences):
            for claim in sentence_claims(doc, index, sentence, claims):
                if not any(c.start == claim.start and c.source == claim.source for c in claims):
                    claims.append(claim)
    if doc.language in ("uk", "ru"):  # "…, повідомив голова ОВА", "По данным Минобороны, …"
        claims.extend(slavic_claims(doc, claims))
    claims = [c for c in claims if not _no_comment(c)]
    claims.extend(_speaker_line_claims(doc, claims))
    claims.extend(transcript_claims(doc, claims))
    _continue_quotes(doc, claims)
    verdicts = find_verdicts(doc)
    claims.extend(_verdict_claims(doc, verdicts, claims))
    claims.extend(_blame_claims(doc, claims))
    claims.sort(key=lambda c: c.start)
    denial_goes_on(doc, claims)
    for claim in claims:
        claim.event_id = linked_event(doc, claim)
    refer_back(doc, claims)
    _mark_contested(doc, claims)
    apply_verdicts(doc, verdicts)
    flag_media(doc, verdicts)
    doc.claims = claims
    return doc


def _mark_contested(doc: Document, claims: list[Claim]) -> None:
    """An event is contested when the claims about it, or about another event of the document that is the same
    incident (one place, one time: the strike and its interception, the headline and the body), contradict
    each other across sides."""
    lead = lead_events(doc)
    abouts: dict[str, list[Claim]] = {}
    for event in doc.events:
        about = claims_about(event, claims, doc)
        if event in lead:  # blame or denial said of no event in particular answers the lead
            about += [c for c in claims if c.event_id is None and c not in about and answers_lead(doc, c, event)]
        abouts[event.event_id] = about
    for event in doc.events:
        about = list(abouts[event.event_id])
        for other in doc.events:
            if other is not event and same_incident(event, other):
                about += [c for c in abouts[other.event_id] if c not in about]
        event.contested = is_contested(about)
        # a contested event lists the claims that contradict each other, wherever they were read
        event.claim_ids = [
            c.claim_id
            for c in (about if event.contested else claims)
            if c.event_id == event.event_id or event.contested
        ]


def _no_comment(claim: Claim) -> bool:
    """ "Le Kremlin n'a pas commenté", "declined to comment", "could not be reached": no statement, no claim
    (unless the sentence quotes the source after all)."""
    text = claim.text.replace("’", "'")
    return bool(lexicon()["no_comment"].search(text)) and not QUOTE_SPANS.search(ascii_quotes(text))


def _blame_claims(doc: Document, claims: list[Claim]) -> list[Claim]:
    """ "Les deux camps se sont mutuellement accusés": each side blames the other even when the sentence's
    subject names no one the parse can resolve; the claim is kept, unattributed."""
    found = []
    for sentence in doc.sentences:
        if any(c.start < sentence.end and sentence.start < c.end for c in claims):
            continue
        if not blames_each_other(doc.text[sentence.start : sentence.end]):
            continue
        found.append(make_claim(doc, Source(UNATTRIBUTED, UNATTRIBUTED), "accuse", sentence.start, sentence.end))
    return found


def _verdict_claims(doc: Document, verdicts: list[Verdict], claims: list[Claim]) -> list[Claim]:
    """A newsroom's verdict on footage is its claim: who verified, and the sentence that says so (a denial when
    the verdict is that the footage is fake or staged)."""
    found = []
    for verdict in verdicts:
        sentence = doc.sentences[verdict.sentence]
        here = [c for c in claims if sentence.start <= c.start < sentence.end]
        text = doc.text[sentence.start : sentence.end]
        own = verdict.verifier in (doc.outlet, "the newsroom") or (
            newsroom_said(text) and verdict.verifier == newsroom(doc)  # "notre rédaction", "nous avons pu"
        )
        if own and verdict.verifier is not None:
            for claim in here:  # "Nous avons pu géolocaliser cette vidéo": the newsroom is the source
                if claim.source == UNATTRIBUTED:
                    claim.source, claim.side = verdict.verifier, _NEUTRAL
                    if claim.source_surface == UNATTRIBUTED:
                        claim.source_surface = verdict.verifier
        if verdict.verifier is None or any(c.source == verdict.verifier or own for c in here):
            continue
        # a newsroom's or a fact-checker's verdict takes no side; a party's ("le ministère russe") keeps its own
        surface = (own and newsroom_phrase(text)) or verdict.verifier
        source = Source(verdict.verifier, surface, side_of(verdict.verifier) or _NEUTRAL)
        found.append(make_claim(doc, source, verdict.stance, sentence.start, sentence.end))
    return found


def _parsed_claims(doc: Document, parser: Any) -> list[Claim]:
    """Claims from the dependency parse of the sentences with a reporting cue (see kronika.attribution)."""
    claims: list[Claim] = []
    speakers: list[Source] = []
    spoken: set[int] = set()  # sentences with a speaker
    sentence_of: dict[str, int] = {}
    for att in attributions(doc, parser):
        source: Source | None = None
        if att.inherits:
            same = [c for c in claims if sentence_of[c.claim_id] == att.sentence]
            source = Source(same[-1].source, same[-1].source_surface, same[-1].side) if same else None
        elif att.speaker is not None or att.pronoun is not None:  # else an infinitive with no speaker of its own
            # None: "le drame a révélé…", a thing as subject, so the verb reports no speech
            source = _speaker(doc, att, speakers, spoken)
            if source is not None and source.canonical != UNATTRIBUTED:
                speakers.append(source)
                spoken.add(att.sentence)
        if source is None:
            continue
        claim = make_claim(doc, source, _verb_stance(att.stance_cue), *att.content)
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
        earlier = [c for c in found + extra if c.start < sentence.start]  # a pronoun refers back, never ahead
        for claim in sentence_claims(doc, index, sentence, earlier):
            if _named_by_pattern(claim):
                extra.append(claim)
    return extra


def _named_by_pattern(claim: Claim) -> bool:
    """A pattern-path source resolved to a name, or a phrase that can be someone and holds no verb."""
    if claim.source != claim.source_surface:
        return True
    words = claim.source_surface.replace("’", "'").lower().split()
    return is_someone(claim.source_surface) and not set(words) & lexicon()["fragment_words"]


def _verb_stance(cue: str) -> str:
    for stance in ("accuse", "deny"):
        if lexicon()["verbs"][stance].search(cue.replace("’", "'")):
            return stance
    return "assert"


def _speaker(doc: Document, att: Attribution, speakers: list[Source], spoken: set[int]) -> Source | None:
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


def _phrase_speaker(doc: Document, att: Attribution, speakers: list[Source]) -> Source | None:
    assert att.speaker is not None
    start, end = att.speaker
    start, end = _word_start(doc.text, start), _word_end(doc.text, end)
    cut = next((e for e in doc.entities if start <= e.start < end < e.end), None)
    if cut is not None:  # "le commandant en chef Oleksandr | Syrsky": a name the parse cut in two is whole
        end = cut.end
    if (start, end) != att.speaker and "-" in doc.text[start:end]:  # "l'état-major": the head is the whole word
        att = replace(att, head=re.split(r"\s|'|’", doc.text[start:end].strip())[-1].lower())
    start += after_interviewer(doc.text[start:end])
    phrase = without_markers(doc.text[start:end].strip(" ,"))
    phrase = _LEADING_DAY.sub("", _TRAILING_CHANNEL.sub("", phrase))  # "(dimanche) la diplomatie (dans un communiqué)"
    apposed = _apposed_name(doc, end)
    if apposed:
        phrase = doc.text[start : apposed[0].end]
    entities = apposed + registry_entities(doc, start, end)
    if lexicon()["things"].fullmatch(att.head) and not entities:
        # "les premières informations", "un communiqué du ministère": a text, not someone; its author if named
        author = re.search(r"\b(?:de\s+la|de\s+l'|du|des)\s+(\S.*)$", phrase.replace("’", "'"))
        if re.match(r"(?i)(?:nos|notre|our)\s", phrase):  # "selon nos informations": the newsroom's own reporting
            return Source(newsroom(doc), phrase, _NEUTRAL)
        if author is None:
            return Source(UNATTRIBUTED, UNATTRIBUTED)
        phrase = author.group(1)
        att = replace(att, head=phrase.split()[0])
    if entities:
        entity = next((e for e in entities if e.label == "PER"), entities[0])
        return Source(entity.canonical or entity.surface, phrase, entity.side, entity.label == "PER")
    media = _media_named_before(doc, phrase, start)
    if media is not None:
        return Source(media.canonical or media.surface, phrase, media.side)
    earlier = _same_role(phrase, speakers)
    if earlier is not None:
        return Source(earlier.canonical, phrase, earlier.side, earlier.person)
    official = official_by_role(doc, phrase, att.sentence)
    if official is not None:
        return Source(official.canonical or official.surface, phrase, official.side, True)
    if not is_someone(phrase, att.head):
        return None
    return Source(phrase, phrase, side_of(phrase), att.person_like)


def _word_start(text: str, start: int) -> int:
    """ "L'état-major de l'armée" cut after the hyphen by the tokenizer: the whole word and its article."""
    match = re.search(r"(?:\b[lL]['’])?[\w]+[-‐]$", text[max(0, start - 40) : start])
    return start - len(match.group(0)) if match else start


def _word_end(text: str, end: int) -> int:
    """ "l'état-major" cut at the hyphen by the tokenizer: the whole word."""
    match = re.match(r"[-‐][\w-]+", text[end : end + 40])
    return end + match.end() if match else end


def _media_named_before(doc: Document, phrase: str, start: int) -> Entity | None:
    """ "Le quotidien américain", "les journalistes" (of the outlet just named): the last media named."""
    if not lexicon()["media_nouns"].match(re.sub(r"(?i)^(?:les?|la|l'|ses|leurs?)\s*", "", phrase)):
        return None
    named = [e for e in doc.entities if start - 1000 <= e.start < start and e.label == "MEDIA"]
    return named[-1] if named else None


def _apposed_name(doc: Document, end: int) -> list[Entity]:
    """ "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré": the name the parser left out of the phrase."""
    if not re.match(r"\s*,\s*", doc.text[end : end + 3]):
        return []
    return [e for e in registry_entities(doc, end, end + 60) if e.label == "PER" and e.start - end <= 3]


def _pronoun_speaker(doc: Document, att: Attribution, speakers: list[Source], spoken: set[int]) -> Source:
    """ "il", "a-t-il ajouté", "selon lui", "ce dernier": the last speaker of the same number and gender, or
    the person a sentence without a speaker just introduced, whichever was mentioned last."""
    pronoun = att.pronoun or ""
    plural = pronoun in lexicon()["plural_pronouns"]
    gender = "Fem" if pronoun in lexicon()["feminine_pronouns"] else "Masc"
    fits = [s for s in speakers if s.plural == plural and (s.gender is None or s.gender == gender or s.person)]
    best = fits[-1] if fits else None
    person = None if plural else _person_introduced(doc, att, spoken)
    if person is not None and (best is None or person.start > best.at):
        return Source(person.canonical or person.surface, person.surface, person.side, True, False, None, att.at)
    body = _body_introduced(doc, att, spoken, plural, gender)
    if body is not None and (best is None or body.start > best.at):
        return Source(body.canonical or body.surface, body.surface, body.side, False, plural, gender, att.at)
    if best is not None:
        return Source(best.canonical, best.surface, best.side, best.person, best.plural, best.gender, att.at)
    return Source(UNATTRIBUTED, UNATTRIBUTED)


def _person_introduced(doc: Document, att: Attribution, spoken: set[int]) -> Entity | None:
    """The first person named in the pronoun's sentence before it, or in the sentence before when nobody
    speaks there ("X, conseiller du président, a semblé se réjouir. «…», a-t-il déclaré")."""
    sentence = doc.sentences[att.sentence]
    here = [
        e
        for e in doc.entities
        if sentence.start <= e.start < att.at and e.label == "PER" and not _in_quotation(doc, sentence, e.start)
    ]  # a name inside the quotation is what the speaker talks of ("« Tchassiv Iar n'est pas tombée », a-t-il dit")
    if here:
        return here[0]
    previous = att.sentence - 1
    if previous < 0 or previous in spoken:
        return None
    before = doc.sentences[previous]
    named = [
        e
        for e in doc.entities
        if before.start <= e.start < before.end and e.label == "PER" and not _in_quotation(doc, before, e.start)
    ]
    return named[0] if named else None


def _in_quotation(doc: Document, sentence: Sentence, offset: int) -> bool:
    """A quotation mark opened before ``offset`` in its sentence and not closed yet."""
    seg = doc.text[sentence.start : offset]
    opened = seg.count("«") + seg.count("“") - seg.count("»") - seg.count("”")
    return opened > 0 or seg.count('"') % 2 == 1


_BODY_LABELS = frozenset({"ORG", "GOV", "GROUP", "MEDIA"})
_OPENING_ACCORDING = re.compile(r"(?i)(?:selon|d['’]apr[èe]s)\s+$")
_DETERMINER_GENDER = {"le": "Masc", "un": "Masc", "du": "Masc", "la": "Fem", "une": "Fem"}


def _body_introduced(doc: Document, att: Attribution, spoken: set[int], plural: bool, gender: str) -> Entity | None:
    """The body a sentence without a speaker opens with, for a pronoun opening the next one ("Le ministère russe
    de la Défense a une tout autre lecture. Il a assuré que…", "… Selon lui, …"), when its determiner agrees
    ("le"/"un" for "il", "la"/"une" for "elle", "les" for "ils"/"elles"; "l'" for either)."""
    sentence = doc.sentences[att.sentence]
    previous = att.sentence - 1
    opens = (
        att.at - sentence.start <= 3
        or doc.text[sentence.start : sentence.start + 1] in ("«", '"', "“")
        or bool(_OPENING_ACCORDING.match(doc.text[sentence.start : att.at]))  # "Selon lui, les frappes…"
    )
    if previous < 0 or previous in spoken or not opens:  # "Il a assuré…" / "« … », a-t-il écrit"
        return None
    before = doc.sentences[previous]
    first = next((e for e in doc.entities if before.start <= e.start < before.end), None)
    if first is None or first.label not in _BODY_LABELS:
        return None
    opening = doc.text[before.start : first.start].replace("’", "'").strip().lower()
    if opening in ("", "l'"):
        return first if not plural else None
    if opening == "les":
        return first if plural else None
    return first if not plural and _DETERMINER_GENDER.get(opening) == gender else None


def _same_role(phrase: str, speakers: list[Source]) -> Source | None:
    """ "Le gouverneur" after "le gouverneur régional Oleh Synehoubov" spoke: the same person."""
    words = [w for w in re.findall(r"[\w-]+", phrase.lower()) if len(w) > 3]
    if not words or (phrase[:1].isupper() and not re.match(r"(?i)(?:le|la|les|l'|ce|cette)\b", phrase)):
        return None
    for earlier in reversed(speakers):
        if earlier.canonical != earlier.surface and words[0] in earlier.surface.lower():
            return earlier
    return None


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
        claims.append(make_claim(doc, source, "assert", start, current.end))
    return claims


def _speaker_line_source(doc: Document, start: int, end: int) -> Source | None:
    """The person a speaker line names: a registry name, or a noun for people ("Une habitante", "Un soldat")."""
    entities = registry_entities(doc, start, end)
    if entities:
        return from_entity(entities[0])
    phrase = re.split(r",|\s+(?:qui|dont|who|whose)\s+", doc.text[start:end].strip())[0].strip()
    bare = re.sub(r"(?i)^(?:une?|le|la|les|l'|l’|des|a|an|the)\s*", "", phrase)
    if not bare or not lexicon()["speaker_nouns"].match(bare):
        return None
    return Source(phrase, phrase, side_of(phrase), True)


def _left_open(doc: Document, claim: Claim, until: Sentence | None) -> bool:
    """A quotation opened in the claim's first sentence and not closed by the end of ``until``."""
    if until is None:
        return False
    first = next(s for s in doc.sentences if s.start <= claim.start < s.end or claim.start < s.start)
    text = ascii_quotes(doc.text[first.start : until.end])
    return text.count("«") > text.count("»") or text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _continue_quotes(doc: Document, claims: list[Claim]) -> None:
    """A quotation with no attribution of its own, right after a sentence someone speaks in the same paragraph,
    or opening the next paragraph, goes on with that speaker's words (the convention of news quotes): the claim
    reaches to its end, one statement in full."""
    previous: Claim | None = None
    for index, sentence in enumerate(doc.sentences):
        own = [c for c in claims if c.start < sentence.end and sentence.start < c.end]
        if own:
            previous = own[-1]
            continue
        text = ascii_quotes(doc.text[sentence.start : sentence.end]).lstrip()
        before = doc.sentences[index - 1] if index else None
        follows = (
            previous is not None
            and before is not None
            and previous.start < before.end
            and before.start < previous.end
            and sentence.paragraph - before.paragraph <= 1
        )
        if follows and previous is not None and (text[:1] in '«“"' or _left_open(doc, previous, before)):
            previous.end = sentence.end
            previous.text = doc.text[previous.start : previous.end]
        else:
            previous = None
