"""Which event a claim is about, and when claims make an event contested (the rule is in docs/claims.md)."""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from kronika.attribution import UNATTRIBUTED
from kronika.data import load_json, word_patterns
from kronika.gazetteer.build import distance_km
from kronika.model import Claim, Document, Event, Location
from kronika.stages.events import best_cue, casualties

_NEUTRAL = "neutral"  # the registry's side of wires, NGOs and international bodies
_REFER_BACK_PARAGRAPHS = 2  # a denial answers a claim made at most this many paragraphs before
_SAME_PLACE_KM = 15.0  # two events of one document this close are at one place
_SAME_INCIDENT_PARAGRAPHS = 1  # a claim on another kind of the incident: in the event's paragraph or the next
_SAME_TIME_DAYS = 1  # a strike in the night and the claim about it the next day: one time
_INCIDENT_TYPES = frozenset(
    {"Explosions/Remote violence", "Battles", "Strategic developments", "Violence against civilians"}
)


@functools.cache
def _mutual_blame_pattern() -> re.Pattern[str]:
    words = load_json("claims.json")["mutual_blame"]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)


@functools.cache
def _counter_pattern() -> re.Pattern[str]:
    """Words that set a version against the other side's without a denial verb ("aucune installation militaire",
    "l'attaque a été repoussée", "no military facilities")."""
    return word_patterns(load_json("claims.json")["counter_content"])


@functools.cache
def _refers_back_pattern() -> re.Pattern[str]:
    words = load_json("claims.json")["denial_refers_back"]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)


@functools.cache
def _count_pattern() -> re.Pattern[str]:
    """A number and the thing it counts ("189 Ukrainiens", "150 soldats prisonniers", "two tanks")."""
    words = load_json("events.json")["number_words"]
    spelled = sorted((w for w, v in words.items() if v > 1 and " " not in w), key=len, reverse=True)
    number = r"\d{1,3}(?:[\u00a0\u202f .]\d{3})+|\d+|" + "|".join(re.escape(w) for w in spelled)
    nouns = "|".join(load_json("claims.json")["counted_nouns"])
    return re.compile(rf"(?<![\w,.])(?P<n>{number})\s+(?:[^\W\d][\w'-]*\s+)??(?P<noun>{nouns})(?!\w)", re.IGNORECASE)


def linked_event(doc: Document, claim: Claim) -> str | None:
    """The event a claim is about: same sentence, else a place it names, else the nearest event of its kind."""
    for event in doc.events:
        if any(e.start < claim.end and claim.start < e.end for e in event.evidence):
            return event.event_id
    text = claim.text
    named = [
        event
        for event in doc.events
        if event.location and any(p.surface in text and p.name == event.location.name for p in doc.places)
    ]
    cue = best_cue(text.replace("’", "'"))
    if named and (cue is None or any(e.event_type == cue.event_type for e in named)):
        # a place it names; of the kind its words speak of when there is one there ("La Russie revendique deux
        # villages près de Vovtchansk" is about the capture, not the shelling of Vovtchansk)
        return next(e for e in named if cue is None or e.event_type == cue.event_type).event_id
    paragraph = _paragraph_at(doc, claim.start)
    if cue is None:
        return None if named else _only_event_of_paragraph(doc, paragraph)
    same_kind = [
        e
        for e in doc.events
        if e.event_type == cue.event_type
        and abs(_paragraph_at(doc, e.evidence[0].start) - paragraph) <= 3
        and _dates_compatible(doc, claim, e)
    ]
    if not same_kind:
        return None  # a place it names holds no event of the kind it speaks of: not about the events there
    return min(same_kind, key=lambda e: abs(e.evidence[0].start - claim.start)).event_id


def _only_event_of_paragraph(doc: Document, paragraph: int) -> str | None:
    """A statement that names no place and no act, in a paragraph that reports one event ("Une frappe a touché le
    port. « Des silos ont été endommagés », a écrit le ministre."), is about that event."""
    here = [
        e
        for e in doc.events
        if any(x.doc_id == doc.doc_id and _paragraph_at(doc, x.start) == paragraph for x in e.evidence)
    ]
    return here[0].event_id if len(here) == 1 else None


def _paragraph_at(doc: Document, offset: int) -> int:
    return next((s.paragraph for s in doc.sentences if s.start <= offset < s.end), -1)


def _dates_compatible(doc: Document, claim: Claim, event: Event) -> bool:
    """A claim dated by its own sentence cannot be about an event of another time."""
    sentence = next((s for s in doc.sentences if s.start <= claim.start < s.end), None)
    if sentence is None or not event.date:
        return True
    mentions = [d for d in doc.dates if sentence.start <= d.start < sentence.end and d.precision != "year"]
    if not mentions:
        return True
    return any(m.date <= (event.date_end or event.date) and event.date <= m.date_end for m in mentions)


def refer_back(doc: Document, claims: list[Claim]) -> None:
    """A denial linked to no event answers the claim before it ("L'armée a démenti cette information",
    "Moscou a démenti toute implication"), and so does a counter-statement ("there were no military facilities in
    the area", "all six unmanned boats were destroyed"): it is about that claim's event. An accusation only when it
    points back in so many words (else it may be about anything)."""
    for index, claim in enumerate(claims):
        if claim.event_id is not None or (claim.stance not in ("deny", "accuse") and not counters(claim)):
            continue
        if claim.stance == "accuse" and not _refers_back_pattern().search(claim.text.replace("’", "'")):
            continue
        paragraph = _paragraph_at(doc, claim.start)
        earlier = [
            c
            for c in claims[:index]
            if c.event_id is not None
            and c.source != claim.source
            and 0 <= paragraph - _paragraph_at(doc, c.start) <= _REFER_BACK_PARAGRAPHS
        ]
        if earlier:
            claim.event_id = earlier[-1].event_id


def denial_goes_on(doc: Document, claims: list[Claim]) -> None:
    """A statement right after a denial, in the next sentence of its paragraph, by the same source or one of its
    side, goes on with the denial: "Le parquet a rejeté ces affirmations. « Il n'y avait aucune réunion militaire
    à cet endroit », a-t-il déclaré." The second sentence is what the denial says (claims in text order)."""
    denials: dict[int, list[Claim]] = {}
    for claim in claims:
        index = _sentence_index(doc, claim.start)
        if claim.stance == "deny":
            denials.setdefault(index, []).append(claim)
            continue
        if claim.stance != "assert" or claim.source == UNATTRIBUTED or index < 0:
            continue
        before = denials.get(index, []) + (denials.get(index - 1, []) if _same_paragraph(doc, index - 1, index) else [])
        if any(c.source == claim.source or (_party(c) and c.side == claim.side) for c in before):
            claim.stance = "deny"


def _sentence_index(doc: Document, offset: int) -> int:
    return next((i for i, s in enumerate(doc.sentences) if s.start <= offset < s.end), -1)


def _same_paragraph(doc: Document, first: int, second: int) -> bool:
    return first >= 0 and doc.sentences[first].paragraph == doc.sentences[second].paragraph


def claims_about(event: Event, claims: list[Claim], doc: Document) -> list[Claim]:
    """Claims linked to the event, unplaced claims on the same kind of event in the document, and
    unlinked claims that count the same thing as one of those ("150 Ukrainiens échangés" / "189 Ukrainiens")."""
    about = [c for c in claims if c.event_id == event.event_id]
    for claim in claims:
        if claim in about or _names_a_place(claim, doc):
            continue
        kind = _cue_type(claim.text)
        if kind == event.event_type or (claim.event_id is None and _same_incident_nearby(doc, claim, kind, event)):
            about.append(claim)
    counted = {noun for c in about for noun in counts(c.text)}
    about += [c for c in claims if c.event_id is None and c not in about and counted & set(counts(c.text))]
    return about


def _same_incident_nearby(doc: Document, claim: Claim, kind: str | None, event: Event) -> bool:
    """A claim linked to no event that speaks of another kind of the same incident, in the event's paragraph or the
    next: "Russia said it shot down all the missiles fired at Sevastopol. Ukraine's navy said the strike had hit
    a landing ship" (an interception and a strike)."""
    if kind not in _INCIDENT_TYPES or event.event_type not in _INCIDENT_TYPES:
        return False
    paragraph = _paragraph_at(doc, claim.start)
    return any(
        0 <= paragraph - _paragraph_at(doc, e.start) <= _SAME_INCIDENT_PARAGRAPHS
        for e in event.evidence
        if e.doc_id == doc.doc_id
    )


@functools.lru_cache(maxsize=4096)
def _cue_type(text: str) -> str | None:
    """The event type a claim's words speak of (cached: asked once per event of the document)."""
    cue = best_cue(text.replace("’", "'"))
    return cue.event_type if cue is not None else None


def _names_a_place(claim: Claim, doc: Document) -> bool:
    return any(claim.start <= p.start < claim.end and p.precision in ("point", "near") for p in doc.places)


def is_contested(claims: list[Claim]) -> bool:
    """Contradicting claims: one source asserts what another (of another side) denies, counts differ,
    or opposite sides blame each other."""
    if any(mutual_blame(c) for c in claims):
        return True  # "chaque partie accuse l'autre", "s'accusent mutuellement"
    for a in claims:
        for b in claims:
            if a.source == b.source or (a.side is not None and a.side == b.side):
                continue
            if a.stance in ("assert", "accuse") and b.stance == "deny" and b.side != _NEUTRAL:
                return True  # a neutral body's denial (a fact-checker's "fake footage") is a verdict, no side's word
            if _party(a) and a.stance in ("assert", "accuse") and b.side != _NEUTRAL and counters(b):
                return True  # "no military facilities near the building" against the strike one side claims
            if a.stance == b.stance == "accuse" and _party(a) and _party(b):
                return True
            if _party(a) and _party(b) and _counts_differ(a.text, b.text):
                return True  # a different count from a neutral source (a wire, the UN) is another estimate
    return False


def counters(claim: Claim) -> bool:
    """A statement that sets its version against the other side's with no denial verb: "there were no military
    facilities near the building", "l'attaque a été repoussée" (the stance stays the verb's)."""
    return claim.stance == "assert" and bool(_counter_pattern().search(claim.text.replace("’", "'")))


def _party(claim: Claim) -> bool:
    """A source on one side of the conflict: not unknown, not a neutral body (a wire, an NGO, the UN)."""
    return claim.side is not None and claim.side != _NEUTRAL


def answers_lead(doc: Document, claim: Claim, event: Event) -> bool:
    """A claim about no event in particular that bears on the article's lead event: the sides blaming each
    other anywhere, or an accusation or denial within a few paragraphs of the event's first mention."""
    if mutual_blame(claim):
        return True
    if claim.stance not in ("accuse", "deny"):
        return False
    first = min((_paragraph_at(doc, e.start) for e in event.evidence if e.doc_id == doc.doc_id), default=-1)
    return 0 <= _paragraph_at(doc, claim.start) - first <= _REFER_BACK_PARAGRAPHS


def mutual_blame(claim: Claim) -> bool:
    """ "Chaque partie accuse l'autre", "s'accusent mutuellement", "traded blame"."""
    return blames_each_other(claim.text)


def blames_each_other(text: str) -> bool:
    return bool(_mutual_blame_pattern().search(text.replace("’", "'")))


def _counts_differ(a: str, b: str) -> bool:
    """Different tolls, or no number in common for the same thing counted. Each side's count of the other's losses
    ("200 soldats russes" / "120 militaires ukrainiens") counts two things: no contradiction."""
    sides_a, sides_b = _counted_sides(a), _counted_sides(b)
    if sides_a and sides_b and not sides_a & sides_b:
        return False
    first, second = casualties(a), casualties(b)
    if any(x is not None and y is not None and x != y for x, y in zip(first, second, strict=True)):
        return True
    mine, theirs = counts(a), counts(b)
    return any(not mine[noun] & theirs[noun] for noun in mine.keys() & theirs.keys())


def _counted_sides(text: str) -> set[str]:
    """The sides whose people a text counts: the side word right after a count ("120 militaires ukrainiens")."""
    plain = text.replace("’", "'")
    found = set()
    for match in _count_pattern().finditer(plain):
        after = plain[match.end() : match.end() + 20]
        for side, pattern in _side_patterns().items():
            if pattern.match(after):
                found.add(side)
    return found


@functools.cache
def _side_patterns() -> dict[str, re.Pattern[str]]:
    words = load_json("claims.json")["side_words"]
    return {side: re.compile(r"\s+(?:" + "|".join(forms) + r")(?!\w)", re.IGNORECASE) for side, forms in words.items()}


@functools.lru_cache(maxsize=4096)
def counts(text: str) -> dict[str, frozenset[int]]:
    """The numbers a text gives, by the thing counted (singular, lowercased): {"ukrainien": {150}}."""
    words = load_json("events.json")["number_words"]
    found: dict[str, set[int]] = {}
    for match in _count_pattern().finditer(text.replace("’", "'")):
        number = re.sub(r"[\u00a0\u202f .]", "", match.group("n"))
        value = int(number) if number.isdigit() else words.get(number.lower())
        if value is not None:
            found.setdefault(match.group("noun").lower().rstrip("sx"), set()).add(value)
    return {noun: frozenset(values) for noun, values in found.items()}


def same_incident(a: Event, b: Event) -> bool:
    """Two events of one document at one place and one time (a day apart at most), of the kinds a strike or a
    battle is read as (the strike and its interception, the headline and the body): one incident."""
    if a.event_type not in _INCIDENT_TYPES or b.event_type not in _INCIDENT_TYPES:
        return False
    if a.event_type != b.event_type and not _strike_and_interception(a, b):
        return False  # an evacuation order or a capture beside a shelling is another incident
    if a.location is None or b.location is None or not _same_time(a, b):
        return False
    return _same_place(a.location, b.location)


def same_place_and_kind(a: Event, b: Event) -> bool:
    """Two events of one kind at one place, whatever their dates (a verdict on the footage of one reaches the
    other reading of it: the events stage may date a background sentence's reading otherwise)."""
    if a.event_type != b.event_type or a.location is None or b.location is None:
        return False
    return _same_place(a.location, b.location)


def _strike_and_interception(a: Event, b: Event) -> bool:
    kinds = {(a.event_type, a.sub_event_type), (b.event_type, b.sub_event_type)}
    return ("Strategic developments", "Disrupted weapons use") in kinds and any(
        kind in ("Explosions/Remote violence", "Battles") for kind, _ in kinds
    )


def _same_place(x: Location, y: Location) -> bool:
    if x.name == y.name:
        return True
    if "region" in (x.geo_precision, y.geo_precision):  # "Odesa Oblast" and "the port of Odesa"
        region, other = (x, y) if x.geo_precision == "region" else (y, x)
        return other.geo_precision != "country" and other.admin1 == region.name
    if "country" in (x.geo_precision, y.geo_precision):
        return False
    return distance_km(x.lat, x.lon, y.lat, y.lon) <= _SAME_PLACE_KM


def _same_time(a: Event, b: Event) -> bool:
    if not a.date or not b.date:
        return True
    try:
        start_a, end_a = date.fromisoformat(a.date), date.fromisoformat(a.date_end or a.date)
        start_b, end_b = date.fromisoformat(b.date), date.fromisoformat(b.date_end or b.date)
    except ValueError:
        return True
    gap = timedelta(days=_SAME_TIME_DAYS)
    return start_a <= end_b + gap and start_b <= end_a + gap
