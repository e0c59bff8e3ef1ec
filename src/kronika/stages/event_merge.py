"""Events stage, merging: several clauses of one document that tell one event at one place and time make one event.

Two events of a document merge when they share date and place (or one is the region the other lies in, told close
together) and their types are compatible: shelling told with fighting at the same town is a battle, a
demonstration that turned violent one riot. The merged event keeps the more precise place, the stronger type and
sub-type, and the lowest credible toll.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from kronika.data import load_json
from kronika.gazetteer.build import distance_km
from kronika.model import Document, Event, Location
from kronika.stages.event_build import add_evidence
from kronika.stages.event_context import another_act, encloses, one_more_act
from kronika.stages.event_dates import later_entry, paragraph_of
from kronika.stages.event_tolls import districts_add
from kronika.stages.event_typing import complete_opponent, cue_lexicon, cue_strength
from kronika.stages.language import paragraph_spans
from kronika.tolls import casualties, conservative, is_update

__all__ = ["headline_toll", "in_page_head", "merge_within_document"]


def merge_within_document(doc: Document, events: list[Event]) -> list[Event]:
    """Several sentences about one event at one place and time make one event."""
    merged: list[Event] = []
    for event in events:
        twin = next((m for m in merged if _same_event(doc, m, event)), None)
        if twin is None:
            merged.append(event)
            continue
        apart = districts_add(twin, event)  # victims in two districts of the town, read before the evidence joins
        if _inside(event, twin) and (event.date, event.date_end) != (twin.date, twin.date_end):
            twin.date, twin.date_end, twin.time_precision = event.date, event.date_end, event.time_precision
        if _headline_only(doc, twin) and not _headline_only(doc, event):  # the body's day, not the page's
            twin.date, twin.date_end, twin.time_precision = event.date, event.date_end, event.time_precision
            twin.dated_by_publication = event.dated_by_publication
        if twin.location and event.location and _finer(event.location, twin.location):
            twin.location = event.location  # keep the more precise place ("Esman" over "the Esmanska hromada")
        for evidence in event.evidence:
            if all(e.start != evidence.start for e in twin.evidence):
                twin.evidence.append(evidence)
        if _generic(twin) and cue_strength(event) > cue_lexicon()["generic_priority"]:
            twin.event_type, twin.sub_event_type = event.event_type, event.sub_event_type  # the body names the act
        elif _generic(event) and cue_strength(twin) > cue_lexicon()["generic_priority"]:
            pass
        elif _type_rank(event) > _type_rank(twin):
            twin.event_type, twin.sub_event_type = event.event_type, event.sub_event_type
        elif event.event_type == twin.event_type and _more_specific(event, twin):
            twin.sub_event_type = event.sub_event_type
        _merge_tolls(doc, twin, event, apart)
        twin.actors.extend(a for a in event.actors if all(a.name != b.name for b in twin.actors))
        if twin.verification == "unknown":
            twin.verification = event.verification
    for event in merged:
        complete_opponent(doc, event)
    headline_toll(doc, [e for e in merged if e.location is not None])
    return merged


def headline_toll(doc: Document, events: list[Event]) -> None:
    """A headline that tells the toll its body does not ("Mykolaïv : 36 morts dans la frappe sur le siège de
    l'administration régionale" over a body that tells the strike and no figure) gives it to the report's one event,
    when it names no other place and the toll is not an earlier act's ("au lendemain de la frappe qui a fait neuf
    morts"); a headline's update ("Frappe sur Odessa : le bilan s'alourdit à neuf morts", "death toll rises to
    nine") is the report's latest total, above the two bodies its body tells were found."""
    if len(events) != 1 or not doc.title or not doc.sentences or doc.sentences[0].paragraph != 0:
        return
    event, headline = events[0], doc.sentences[0]
    text = doc.sentence_text(headline)
    if event.location is None or _earlier_act_toll().search(text) or _other_place_in(doc, headline.end, event.location):
        return
    fatalities, injuries = casualties(text)
    if event.fatalities is None and event.injuries is None and (fatalities, injuries) != (None, None):
        event.fatalities, event.injuries = fatalities, injuries
    elif fatalities is not None and fatalities > (event.fatalities or 0) and is_update(text):
        event.fatalities = fatalities
    else:
        return
    add_evidence(doc, event, headline)


def _other_place_in(doc: Document, end: int, location: Location) -> bool:
    return any(
        p.start < end and p.role in ("location", "near") and p.name not in (location.name, location.admin1)
        for p in doc.places
    )


@functools.cache
def _earlier_act_toll() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(load_json("event_context.json")["earlier_act_toll"]) + ")", re.I)


def _merge_tolls(doc: Document, twin: Event, event: Event, apart: bool) -> None:
    """The lowest credible toll (ACLED); but a live blog's later-timed entry updates an earlier one, whichever
    order the blog lists them in ("18h40 - Neuf morts ..." above "11h15 - ... au moins trois morts"); tolls told in
    two districts of the town (``apart``) add up."""
    newer = later_entry(doc, paragraph_of(doc, event.evidence[0].start), twin.evidence[0].start)
    older = later_entry(doc, paragraph_of(doc, twin.evidence[0].start), event.evidence[0].start)
    for kind in ("fatalities", "injuries"):
        mine, theirs = getattr(twin, kind), getattr(event, kind)
        if apart and mine is not None and theirs is not None:
            setattr(twin, kind, mine + theirs)
        elif newer and theirs is not None:
            setattr(twin, kind, theirs)
        elif not (older and mine is not None):
            setattr(twin, kind, conservative(mine, theirs))


def _same_event(doc: Document, a: Event, b: Event) -> bool:
    if a.location is None or b.location is None:
        return False
    if _headline_names_the_place(doc, a, b) or _headline_names_the_place(doc, b, a):
        return True
    if not _dates_agree(a, b) and not _headline_retold(doc, a, b):
        return False
    families = {a.event_type, b.event_type}
    compatible = (
        len(families) == 1
        or families == {"Battles", "Explosions/Remote violence"}  # shelling told with fighting there: a battle (ACLED)
        or families == {"Protests", "Riots"}  # a demonstration that turned violent is one riot
        or (
            families == {"Battles", "Strategic developments"}
            and "Non-violent transfer of territory" in (a.sub_event_type, b.sub_event_type)
        )
    )
    if not compatible or _acts_of_opposite_sides(a, b) or _one_more_at_another_time(a, b):
        return False
    if families == {"Battles", "Explosions/Remote violence"}:  # only at the very same place ("the Pokrovsk sector")
        return a.location.name == b.location.name and a.location.geo_precision == b.location.geo_precision
    if a.location.name == b.location.name or _site_in_town(doc, a.location, b.location):
        return True
    if _region_headline_of(doc, a, b) or _region_headline_of(doc, b, a):
        return True
    if {a.location.geo_precision, b.location.geo_precision} == {"near", "point"}:  # "un village près de Koupiansk"
        return distance_km(a.location.lat, a.location.lon, b.location.lat, b.location.lon) <= 20  # then its name
    # a region-level report merges into the precise one only when both are dated and told close together, and
    # not when each names its own weapon ("des tirs d'artillerie sur Chebekino" and "17 drones abattus au-dessus
    # de la région de Belgorod" are two acts)
    near = abs(paragraph_of(doc, a.evidence[0].start) - paragraph_of(doc, b.evidence[0].start)) <= 2
    return bool(a.date) and near and _within(a.location, b.location) and not _two_weapons(a, b)


def _generic(event: Event) -> bool:
    return 0 < cue_strength(event) <= cue_lexicon()["generic_priority"]


def _headline_names_the_place(doc: Document, headline: Event, body: Event, km: float = 15.0) -> bool:
    """A headline's generic word for the acts its body tells ("nuit d'attaques russes sur Kharkiv, Odessa et
    Dnipro") names their places: it is the body's act at that town, at a district of it ("un drone a frappé le
    quartier de Saltivka") or in its region ("dans la région d'Odessa, des drones ont visé..."), not one more."""
    if not (_headline_only(doc, headline) and _generic(headline)) or _headline_only(doc, body):
        return False
    if headline.date and body.date and not (_dates_agree(headline, body) or _headline_retold(doc, headline, body)):
        return False
    here, there = headline.location, body.location
    if here is None or there is None:
        return False
    if there.geo_precision == "region":
        return here.admin1 == there.name or here.name == there.name
    return distance_km(here.lat, here.lon, there.lat, there.lon) <= km


def _region_headline_of(doc: Document, headline: Event, body: Event) -> bool:
    """ "Une frappe russe fait au moins 20 morts dans la région de Donetsk" over "une frappe aérienne sur le village
    de Yarova" (the day agreeing, checked before): a headline that places the act only at a region tells the body's
    act at a town of that region, whichever weapon each names, when one of them tells no toll or both tell the same
    figure of a kind and no other figure of that kind; a town of the region with a toll of its own ("trois blessés"
    under "14 morts") is another act."""
    here, there = headline.location, body.location
    if here is None or there is None or here.geo_precision != "region" or there.geo_precision not in ("point", "near"):
        return False
    if not _headline_only(doc, headline) or _headline_only(doc, body) or not _within(here, there):
        return False
    pairs = ((headline.fatalities, body.fatalities), (headline.injuries, body.injuries))
    if all(mine is None for mine, _ in pairs) or all(theirs is None for _, theirs in pairs):
        return True
    both = [(mine, theirs) for mine, theirs in pairs if mine is not None and theirs is not None]
    return bool(both) and all(mine == theirs for mine, theirs in both)


def _two_weapons(a: Event, b: Event) -> bool:
    return a.sub_event_type != b.sub_event_type and cue_strength(a) > 0 and cue_strength(b) > 0


def _dates_agree(a: Event, b: Event) -> bool:
    """The same day, or one span inside the other ("dans la nuit" of the report and "mardi", the report's day)."""
    return (a.date, a.date_end) == (b.date, b.date_end) or _inside(a, b) or _inside(b, a)


def _inside(a: Event, b: Event) -> bool:
    if not (a.date and b.date):
        return False
    return b.date <= a.date and (a.date_end or a.date) <= (b.date_end or b.date)


def _acts_of_opposite_sides(a: Event, b: Event) -> bool:
    """ "Russian troops captured Synkivka. Later that day, Ukrainian artillery shelled Synkivka.": two acts, each by
    its own side, told in their own sentences, the second marked as a further act, are two events, even at one
    place and day; one act told twice (a headline and its body, a lede and its detail) names the same side, and
    fighting (an armed clash) has both."""
    if a.evidence and b.evidence and a.evidence[0].start == b.evidence[0].start:
        return False
    if "Armed clash" in (a.sub_event_type, b.sub_event_type):  # shelling told with fighting there: one battle
        return False
    if not any(another_act(e.evidence[0].text) for e in (a, b) if e.evidence):  # "Later that day", "also"
        return False
    first_a = {x.name for x in a.actors if x.role == "actor1"}
    first_b = {x.name for x in b.actors if x.role == "actor1"}
    sides_a = first_a | {x.name for x in a.actors if x.role == "actor2"}
    sides_b = first_b | {x.name for x in b.actors if x.role == "actor2"}
    return bool(first_a and first_b) and not (first_a & sides_b or first_b & sides_a)


def _one_more_at_another_time(a: Event, b: Event) -> bool:
    """ "Dans la nuit de vendredi à samedi, un autre drone a frappé Kryvyï Rih" after the Friday evening strike
    there: a further act, told at a time of its own, is an event of its own."""
    if (a.date, a.date_end) == (b.date, b.date_end) or not (a.evidence and b.evidence):
        return False
    return a.evidence[0].start != b.evidence[0].start and any(one_more_act(e.evidence[0].text) for e in (a, b))


def _headline_retold(doc: Document, a: Event, b: Event, days: int = 7) -> bool:
    """A headline dated by the page ("Vingt-cinq morts dans une frappe sur Ternopil") tells the act its body dates
    ("dans la nuit de mardi à mercredi", "jeudi"): one act, told twice, at the body's day (a week at most before)."""
    headline, body = (a, b) if _headline_only(doc, a) else (b, a)
    if not headline.dated_by_publication or _headline_only(doc, body) or not (body.date and headline.date):
        return False
    return body.date <= headline.date and _days_between(body.date, headline.date) <= days


def _days_between(earlier: str, later: str) -> int:
    return (date.fromisoformat(later) - date.fromisoformat(earlier)).days


def in_page_head(doc: Document, offset: int) -> bool:
    """The offset lies in the page's head: the lines before the first paragraph of prose, or the unpunctuated
    opening of that paragraph when a scraper glued the headline to the body ("Frappe sur Dnipro : le bilan passe à
    huit morts20 avril 2024, 09h12Le bilan de la frappe…")."""
    paragraph, body = paragraph_of(doc, offset), _first_prose_paragraph(doc.text)
    return paragraph < body or (paragraph == body and _glued_head(doc, offset))


def _glued_head(doc: Document, offset: int, most_words: int = 30) -> bool:
    """The sentence at ``offset`` and every sentence before it in its paragraph are short and end with no
    punctuation: a headline, a kicker or a stamp glued to the first paragraph, not prose."""
    paragraph = paragraph_of(doc, offset)
    for sentence in doc.sentences:
        if sentence.paragraph != paragraph:
            continue
        if sentence.start > offset:
            break
        text = doc.sentence_text(sentence).rstrip()
        if _SENTENCE_END.search(text) or len(text.split()) > most_words:
            return False
        if sentence.start <= offset < sentence.end:
            return True
    return False


def _headline_only(doc: Document, event: Event) -> bool:
    """Every evidence of the event lies in the page's head (``in_page_head``)."""
    return bool(event.evidence) and all(in_page_head(doc, e.start) for e in event.evidence)


@functools.lru_cache(maxsize=256)
def _first_prose_paragraph(text: str, least_words: int = 12) -> int:
    for index, (start, end) in enumerate(paragraph_spans(text)):
        line = _TRAILING_CREDIT.sub("", text[start:end].rstrip())  # "…deux chars.Crédit photo : Armée ukrainienne"
        if len(line.split()) >= least_words and _SENTENCE_END.search(line):
            return index
    return 0


_SENTENCE_END = re.compile(r"[.!?…»”\"]$")
# a photo credit, a caption or a share button glued after the paragraph's last sentence ("…décombres. AFP",
# "…deux chars.Crédit photo : Armée ukrainienne", "…la ville.Partager sur Facebook"): a few words, no sentence end
_TRAILING_CREDIT = re.compile(r"(?<=[.!?…»”\"])[^.!?…»”\"]{1,60}$")


def _site_in_town(doc: Document, a: Location, b: Location, km: float = 15.0) -> bool:
    """ "des missiles ont touché la centrale DniproHES" and the strike on Zaporijjia: a site (plant, port, base) and
    the town it belongs to are one place of one act, as the events stage reads them in one clause."""
    sites = {p.name for p in doc.places if p.feature == "site"}
    if (a.name in sites) == (b.name in sites) or "point" not in (a.geo_precision, b.geo_precision):
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) < km


def _within(a: Location, b: Location) -> bool:
    """One is the region the other lies in ("la région de Kharkiv" and the Kharkiv strike it reports)."""
    region, place = (a, b) if a.geo_precision == "region" else (b, a)
    finer = region.geo_precision == "region" and place.geo_precision != "region"
    return finer and (region.name == place.admin1 or encloses(region.name, place.admin1))


def _more_specific(event: Event, twin: Event) -> bool:
    """The sub-type told by the stronger cue wins ("the explosion" then "the truck bomb": an IED)."""
    if event.sub_event_type == twin.sub_event_type:
        return False
    if event.event_type == "Battles":
        return twin.sub_event_type == "Armed clash"  # a clash that ends in a capture is the capture
    strength = cue_strength(twin)  # 0: its sub-type was refined by context (tear gas after a protest): keep it
    return 0 < strength < cue_strength(event)


def _type_rank(event: Event) -> int:
    return 1 if event.event_type in ("Battles", "Riots") else 0


_RANK = {"point": 0, "near": 1, "region": 2, "country": 3}


def _finer(place: Location, than: Location) -> bool:
    return _RANK.get(place.geo_precision, 3) < _RANK.get(than.geo_precision, 3)
