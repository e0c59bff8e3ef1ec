"""Verification verdicts on footage, as newsrooms and fact-checkers write them, applied to events.

A verdict is a sentence the flags stage's patterns read as "verified" (authenticated,
geolocated, confirmed by…) or "unverified" (could not be verified, unable to
authenticate…). Its verifier is the outlet or organisation named in it, the
outlet a newsroom's own "notre rédaction" / "nous" stands for, or the last media
named before it. A verdict speaks of the footage it names: it sets the verification of
the events at a place the footage passage names (the verdict sentence and the
sentences of its paragraph back to the one naming the footage, or a photo caption),
else of the kind of act it names, else of its paragraph, else of the article's main
events (its headline and lead) — each with the other readings of the same incident.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kronika.attribution import is_cue_sentence
from kronika.contest import same_incident, same_place_and_kind
from kronika.data import load_json
from kronika.model import Document, Event, Evidence, Sentence
from kronika.stages.events import best_cue
from kronika.stages.flags import verification_of

_MEDIA_LOOKBACK = 1000
_MASTHEAD_CHARS = 200  # the outlet's name and the byline open a page
_MASTHEAD_REMOVALS = 3
_LEAD_PARAGRAPHS = 2
# the agent of a verifying verb's passive, named with a capital: "géolocalisée par Bellingcat", "verified by the
# analysts of the DeepState monitoring group" (not any "par X" of the sentence: "reprise par les Ukrainiens")
_AGENT = re.compile(
    r"(?:g[ée]olocalis|authentifi|v[ée]rifi|analys|geolocat|verifi|authenticat|analyz)\w*\s+(?:[\w-]+\s+){0,2}?"
    r"(?:by|par)\s+(?:(?:the|les?|la|l')\s*)?(?:(?:analysts|analystes|investigators|enquêteurs|experts|researchers"
    r"|chercheurs|team|équipe|journalists|journalistes)\s+(?:of|de|du|d')\s*(?:(?:the|la|l')\s*)?)?"
    r"(?:(?:projet|project|groupe|group|site|collectif|compte|account|monitoring|ukrainien|ukrainian|russe|russian"
    r"|open-source|OSINT|independent|indépendant)\s+){0,2}"
    r"(?P<name>[A-Z][\w/-]+(?:\s+[A-Z][\w/-]+){0,3})"
)
_FLAG_ORDER = ("opinion", "ai_generated", "unverified_media", "verified_media")  # the flags stage's order
# a positive verdict that a negative one in the same sentence leaves standing: "géolocalisée par DeepState, n'a pas
# pu être authentifiée par Paris Match", "RFE/RL geolocated the video but could not verify when it was filmed"
_POSITIVE = re.compile(r"(?i)(?<!\w)(?:g[ée]olocalis|geolocat|authentifi|authenticat)\w*")
_NEGATED_BEFORE = re.compile(
    r"(?i)(?:\bpas\b|\bnot\b|n't|\bunable\b|\bimpossible\b|\bni\b|\bnor\b|\bcannot\b|\bsans\b|\bwithout\b)"
    r"[^,;]{0,30}$"
)


@dataclass(frozen=True, slots=True)
class Verdict:
    status: str  # verified / unverified
    sentence: int  # index in doc.sentences
    verifier: str | None
    stance: str = "assert"  # "deny" when the verdict is that the footage is fake, staged or doctored


@functools.cache
def _newsroom() -> re.Pattern[str]:
    words = load_json("claims.json")["newsroom_self"]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)


@functools.cache
def _verdict_patterns() -> dict[str, re.Pattern[str]]:
    """Verdict wordings beyond the flags stage's ("sans confirmation indépendante", "l'authenticité de cette
    vidéo n'a pas pu être établie", "a pu être géolocalisée")."""
    verdicts = load_json("claims.json")["verdicts"]
    return {
        status: re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)
        for status, words in verdicts.items()
    }


@functools.cache
def _footage() -> re.Pattern[str]:
    words = load_json("claims.json")["footage_nouns"]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)


@functools.cache
def _fact_checkers() -> re.Pattern[str]:
    words = load_json("claims.json")["fact_checkers"]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)


@functools.cache
def _outlet_names() -> list[tuple[re.Pattern[str], str]]:
    """Outlets, their credits and their fact-checking desks ("Les Observateurs", "AFP Factuel") by name, the
    longest first, as the outlet they stand for (data/outlets.json)."""
    names = []
    for outlet in load_json("outlets.json")["outlets"]:
        for name in [outlet["name"], *outlet["credits"], *outlet.get("desks", [])]:
            names.append((re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"), outlet["name"]))
    return sorted(names, key=lambda item: -len(item[0].pattern))


def verdict_of(text: str) -> str | None:
    """``unverified`` / ``verified`` when a sentence gives a verdict on footage or a claim, else None."""
    status = verification_of(text)
    if status:
        return status
    plain = text.replace("’", "'")
    return next(
        (status for status, pattern in _verdict_patterns().items() if status != "fake" and pattern.search(plain)),
        None,
    )


def find_verdicts(doc: Document) -> list[Verdict]:
    """Every verdict sentence of the document, with who gave it when the text says so. A newsroom's or
    fact-checker's finding that footage is fake, staged or doctored is an ``unverified`` verdict and a denial;
    the same words from anyone else ("Moscou dénonce une mise en scène") are a party's denial, no verdict."""
    verdicts = []
    for index, sentence in enumerate(doc.sentences):
        text = doc.text[sentence.start : sentence.end]
        if _fake(doc, sentence):
            verdicts.append(Verdict("unverified", index, _verifier(doc, sentence), "deny"))
            continue
        status = verdict_of(text)
        if status == "unverified" and _positive_beside(text):
            verdicts.append(Verdict("verified", index, _agent(text) or _verifier(doc, sentence)))
        if status:
            verdicts.append(Verdict(status, index, _verifier(doc, sentence)))
    return verdicts


def _positive_beside(text: str) -> bool:
    """A sentence that says the footage was geolocated or authenticated, and also that something could not be
    verified: both verdicts stand, and a verification is positive evidence."""
    return any(not _NEGATED_BEFORE.search(text[: m.start()]) for m in _POSITIVE.finditer(text))


def _agent(text: str) -> str | None:
    found = _AGENT.search(text.replace("’", "'"))
    return found.group("name") if found else None


def _fake(doc: Document, sentence: Sentence) -> bool:
    text = doc.text[sentence.start : sentence.end].replace("’", "'")
    if not _verdict_patterns()["fake"].search(text):
        return False
    media = [e for e in doc.entities if sentence.start <= e.start < sentence.end and e.label == "MEDIA"]
    if media or _fact_checkers().search(text) or _named_outlet(text) or _newsroom().search(text):
        return True
    # the article's own voice, reporting no one ("Plusieurs détails trahissent une image générée par IA"), on
    # footage: the newsroom's finding; "Moscou dénonce une mise en scène" reports a party's word
    index = doc.sentences.index(sentence)
    return not is_cue_sentence(text) and _on_footage(doc, index)


def _named_outlet(text: str) -> str | None:
    return next((outlet for pattern, outlet in _outlet_names() if pattern.search(text)), None)


def newsroom(doc: Document) -> str:
    """Who "nous", "notre rédaction", "we" are: the outlet the masthead or byline names first (the publishing
    newsroom, not the wire it credits: "Libération / CheckNews", "By BBC Verify"), else the outlet stage's, else
    "the newsroom"."""
    bylines = [r.text for r in doc.removed if r.reason == "byline"]
    masthead = [r.text for r in doc.removed[:_MASTHEAD_REMOVALS]]  # the page's first lines the cleaner took off
    for chunk in [*bylines, *masthead, doc.text[:_MASTHEAD_CHARS]]:
        found = [(m.start(), outlet) for pattern, outlet in _outlet_names() for m in pattern.finditer(chunk)]
        if found:
            return min(found)[1]
    return doc.outlet or "the newsroom"


def newsroom_said(text: str) -> bool:
    """The sentence speaks in the newsroom's own voice ("notre rédaction", "nous avons", "we verified")."""
    return bool(_newsroom().search(text.replace("’", "'")))


def newsroom_phrase(text: str) -> str | None:
    """How a verdict names its own newsroom ("Notre cellule de vérification", "nos équipes"), when it names it by
    a noun rather than "nous" / "we"."""
    found = _newsroom().search(text.replace("’", "'"))
    if found is None or re.match(r"(?i)(?:nous|we)\b", found.group(0)):
        return None
    return found.group(0)


def _verifier(doc: Document, sentence: Sentence) -> str | None:
    named = [e for e in doc.entities if sentence.start <= e.start < sentence.end and e.label in ("MEDIA", "ORG", "GOV")]
    media = [e for e in named if e.label == "MEDIA"]
    if media:
        return media[0].canonical or media[0].surface
    text = doc.text[sentence.start : sentence.end].replace("’", "'")
    outlet = _named_outlet(text)  # "vérifiée par la cellule Info Vérif de France 24", "geolocated by Bellingcat"
    if outlet:  # a newsroom named in the verdict, before a body it speaks of ("pro-Kremlin channels")
        return outlet
    if named:
        return named[0].canonical or named[0].surface
    if _newsroom().search(text):
        return newsroom(doc)
    agent = _AGENT.search(text)  # "geolocated by the analysts of the DeepState monitoring group"
    if agent:
        return agent.group("name")
    before = [
        e for e in doc.entities if sentence.start - _MEDIA_LOOKBACK <= e.start < sentence.start and e.label == "MEDIA"
    ]
    if before:
        return before[-1].canonical or before[-1].surface
    own = newsroom(doc)  # the page's own finding: its masthead's outlet, else the outlet stage's
    return None if own == "the newsroom" else own


def apply_verdicts(doc: Document, verdicts: list[Verdict]) -> None:
    """Set ``verification`` on the events each verdict speaks of (an event's own sentence, read by the
    events stage, takes precedence). A verification is positive evidence: one newsroom's "verified" stands
    over another's "could not be verified", so verified verdicts are applied first."""
    _unverify_fakes(doc, verdicts)
    for verdict in sorted(verdicts, key=lambda v: v.status != "verified"):
        for event in _events_of(doc, verdict):
            if event.verification == "unknown" or verdict.status == "verified":
                event.verification = verdict.status


def _unverify_fakes(doc: Document, verdicts: list[Verdict]) -> None:
    """A fact-checker that "verified" that footage is old or fake gave no "verified" verdict: an event the events
    stage read as verified only from such sentences ("Elle date en réalité de 2020, a vérifié la rubrique…",
    "une recherche d'image inversée montre que la vidéo circulait déjà en 2022") is unknown again, and the fake
    verdict applies."""
    fake = {v.sentence for v in verdicts if v.stance == "deny"}
    if not fake:
        return
    for event in doc.events:
        if event.verification != "verified":
            continue
        paragraphs = {_paragraph_at(doc, x.start) for x in _own(doc, event)}
        said = [
            i
            for i, s in enumerate(doc.sentences)
            if s.paragraph in paragraphs and verification_of(_sentence_text(doc, i)) == "verified"
        ]
        if said and set(said) <= fake:
            event.verification = "unknown"


def _drop_misread_flags(doc: Document, verdicts: list[Verdict]) -> None:
    """The flags stage reads one sentence at a time: a fact-checker's "vérifié" in a sentence that finds the footage
    old or fake is no verified_media, and "could not be verified" in a sentence that also says the footage was
    geolocated is no unverified_media (a verification is positive evidence)."""
    misread = {
        "verified_media": [v.sentence for v in verdicts if v.stance == "deny"],
        "unverified_media": [v.sentence for v in verdicts if v.status == "verified"],
    }
    for flag, sentences in misread.items():
        evidence = doc.flag_evidence.get(flag)
        if flag in doc.flags and evidence and any(evidence.strip() in _sentence_text(doc, i) for i in sentences):
            doc.flags = [f for f in doc.flags if f != flag]
            del doc.flag_evidence[flag]


def flag_media(doc: Document, verdicts: list[Verdict]) -> None:
    """A verdict on footage sets the document's media flag, with the verdict sentence as its evidence, when the
    flags stage set none: a newsroom's finding ("a établi AFP Factuel", "Notre cellule de vérification a pu
    géolocaliser") is a verdict the flags stage's own patterns may not know. A verdict on a claim ("Les
    revendications des deux camps ne peuvent être vérifiées") is no media flag: the verdict sentence, or the one
    before it in its paragraph, must name footage. Verified stands over unverified, as for events."""
    _drop_misread_flags(doc, verdicts)
    if {"verified_media", "unverified_media"} & set(doc.flags):
        return
    for verdict in sorted(verdicts, key=lambda v: v.status != "verified"):
        if not _on_footage(doc, verdict.sentence):
            continue
        flag = f"{verdict.status}_media"
        sentence = doc.sentences[verdict.sentence]
        doc.flags = [f for f in _FLAG_ORDER if f in doc.flags or f == flag]
        doc.flag_evidence[flag] = doc.text[sentence.start : sentence.end].strip()
        return


def _on_footage(doc: Document, index: int) -> bool:
    sentence = doc.sentences[index]
    around = [sentence]
    if index and doc.sentences[index - 1].paragraph == sentence.paragraph:
        around.append(doc.sentences[index - 1])
    return any(_footage().search(doc.text[s.start : s.end]) for s in around)


def _events_of(doc: Document, verdict: Verdict) -> list[Event]:
    """The events a verdict speaks of: those at a place the footage passage names ("filmée dans un quartier de
    Kourakhove", a photo caption's "dans le centre de Soumy"), else those of the kind of act it names, else those
    read in the verdict's paragraph, else the article's main event (its headline and lead); each with the other
    events of the document that are the same incident (the headline's and the body's reading of one strike)."""
    first, last = _footage_passage(doc, verdict.sentence)
    start, end = doc.sentences[first].start, doc.sentences[last].end
    paragraph = doc.sentences[verdict.sentence].paragraph
    chosen = (
        _events_at_named_places(doc, start, end)
        or _events_of_named_act(doc, doc.text[start:end])
        or [e for e in doc.events if any(_paragraph_at(doc, x.start) == paragraph for x in _own(doc, e))]
        or _main_events(doc)
    )
    return chosen + [
        e
        for e in doc.events
        if e not in chosen and any(same_incident(e, c) or same_place_and_kind(e, c) for c in chosen)
    ]


def _footage_passage(doc: Document, index: int) -> tuple[int, int]:
    """The verdict sentence and the sentences before it in its paragraph back to the one that names the footage
    ("Une vidéo … montre des soldats devant la mairie de Soudja. Les analystes … l'ont géolocalisée.")."""
    paragraph = doc.sentences[index].paragraph
    first = index
    while not _footage().search(_sentence_text(doc, first)):
        if first == 0 or doc.sentences[first - 1].paragraph != paragraph:
            return index, index
        first -= 1
    return first, index


def _sentence_text(doc: Document, index: int) -> str:
    sentence = doc.sentences[index]
    return doc.text[sentence.start : sentence.end]


def _events_at_named_places(doc: Document, start: int, end: int) -> list[Event]:
    """Events located at a place the passage names, or whose own sentence names it ("the children's hospital,
    Okhmatdyt, in Kyiv" read as Kyiv; the footage "north of Okhmatdyt")."""
    places = [p for p in doc.places if start <= p.start < end and p.name and p.role == "location"]
    names = {p.name for p in places} | {p.surface for p in places}
    return [
        e
        for e in doc.events
        if (e.location is not None and e.location.name in names)
        or any({p.name, p.surface} & names for x in _own(doc, e) for p in doc.places if x.start <= p.start < x.end)
    ]


def _events_of_named_act(doc: Document, text: str) -> list[Event]:
    cue = best_cue(text.replace("’", "'"))
    if cue is None:
        return []
    return [e for e in doc.events if e.event_type == cue.event_type]


def _own(doc: Document, event: Event) -> list[Evidence]:
    return [e for e in event.evidence if e.doc_id == doc.doc_id]


def _main_events(doc: Document) -> list[Event]:
    """The article's main event: the events of the first paragraph (headline or lead) that reports any."""
    lead = lead_events(doc)
    if not lead:
        return []
    first = min(_paragraph_at(doc, x.start) for e in lead for x in _own(doc, e))
    return [e for e in lead if any(_paragraph_at(doc, x.start) == first for x in _own(doc, e))]


def lead_events(doc: Document) -> list[Event]:
    """The events of the headline and lead: the first two paragraphs that report any."""
    first: dict[str, int] = {}
    for event in doc.events:
        starts = [_paragraph_at(doc, e.start) for e in event.evidence if e.doc_id == doc.doc_id]
        first[event.event_id] = min(starts, default=10**6)
    lead = sorted(set(first.values()))[:_LEAD_PARAGRAPHS]
    return [e for e in doc.events if first[e.event_id] in lead]


def _paragraph_at(doc: Document, offset: int) -> int:
    return next((s.paragraph for s in doc.sentences if s.start <= offset < s.end), -99)
