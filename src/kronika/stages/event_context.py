"""Events stage, article context: what a clause frames rather than reports (``data/event_context.json``).

News writing sets a place's description off by commas ("Lviv, grande ville de l'ouest habituellement épargnée
par les bombardements, ..."): it is neither the clause's action nor its place. A clause framed by a long time span
("depuis le début de l'invasion", "since Russia launched its offensive") tells a state or a running total, and an
undated pluperfect ("Kramatorsk avait déjà été frappée") recalls the background: neither is an event of the day.
An attack told of a region, then damage or a toll at one of its towns, is located at that town.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Any

from kronika.data import load_json, word_patterns
from kronika.gazetteer.build import distance_km
from kronika.model import Document, Place, Sentence
from kronika.stages.dates import anchor_date
from kronika.stages.event_typing import Clause, Cue, best_cue

__all__ = [
    "announced_for_later",
    "another_act",
    "another_act_elsewhere",
    "attacked_place",
    "background",
    "beside_the_act",
    "dated_recollection",
    "description_spans",
    "district_of_town_told",
    "in_description",
    "kicker",
    "names_a_person",
    "names_the_act_told",
    "names_the_source",
    "one_more_act",
    "outside_descriptions",
    "people_freed",
    "round_up_opener",
    "tells_damage_or_toll",
    "toll_told_at",
]

_DETERMINERS = r"(?:une?|la|le|l'|les|cette|ce|a|an|the|this|its)\s+"
_SPEAKER_FIRST_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s")
_PLACE_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]*[a-zà-ÿ]\s*$")


@functools.cache
def _context() -> dict[str, Any]:
    data = load_json("event_context.json")
    heads = "|".join(data["place_description_heads"])
    openers = "|".join(data["place_description_openers"])
    positions = "|".join(data["place_position_openers"])
    situation = data["place_situation"]
    return {
        "situation": {name: word_patterns(situation[name]) for name in ("present", "past")}
        | {"opener": re.compile(situation["opener"], re.I)},
        # ", grande ville de l'ouest", ", Ukraine's second-largest city", ", ville voisine de Pokrovsk"
        "head": re.compile(rf"\s*,\s*(?:{_DETERMINERS})?(?:[\w'’-]+\s+){{0,2}}?(?:{heads})(?!\w)", re.I),
        # ", la ville de Zolochiv", ", the town of Izium": a place named in a list, not a description
        "naming": re.compile(rf"\s*,\s*(?:{_DETERMINERS})?(?:{heads})\s+(?:de\s+|d['’]|of\s+)(?-i:[A-ZÀ-Ý])", re.I),
        "opener": re.compile(rf"\s*,\s*(?:{openers})(?!\w)", re.I),
        # ", à l'est de Koupiansk", ", 30 km from Izium", ", near the border": where the place lies
        "position": re.compile(rf"\s*,\s*(?:{positions})(?!\w)", re.I),
        "frames": word_patterns(data["long_time_frames"]),
        "superlative": re.compile(r"(?<!\w)(?:" + "|".join(data["superlative_before_frame"]) + r")$", re.I),
        "state": re.compile(r"(?<!\w)(?:" + "|".join(data["state_before_frame"]) + r")$", re.I),
        "relative": re.compile(r"(?<!\w)(?:qui|que|qu'|dont|lequel|laquelle|lesquels|which|who|that)(?!\w)", re.I),
        "pluperfect": word_patterns(data["pluperfect"]),
        "reported": re.compile(r"(?<!\w)(?:" + "|".join(data["reported_speech"]) + ")", re.I),  # "qu'" ends a word
        "damage": word_patterns(data["damage_or_toll"]),
        "definite": word_patterns(data["definite_reference"]),
        "toll_at": re.compile("|".join(data["toll_at_place"]), re.I),
        "attack_object": re.compile("|".join(data["attack_object"]), re.I),
        "streets_of": re.compile(data["streets_of"], re.I),
        "another_act": word_patterns(data["another_act"]),
        "source": re.compile("|".join(data["source_authority"]), re.I),
        # "spokeswoman Nataliia Humeniuk": a title, then a capitalised first name the gazetteer also knows
        "person": re.compile(r"(?:" + "|".join(data["person_titles"]) + r")\s+$", re.I),
        "part_before": re.compile(data["city_part_before"], re.I),
        "part_after": re.compile(data["city_part_after"]),
        "round_up_opener": re.compile(data["round_up_opener"], re.I),
        "later": word_patterns(data["announced_for_later"]),
        "freed_before": re.compile(data["people_freed_before"], re.I),
        "freed_after": re.compile(data["people_freed_after"], re.I),
        "earlier": word_patterns(data["earlier_occurrence"]),
        "beside": re.compile(r"(?<!\w)(?:" + "|".join(data["place_beside_the_act"]) + ")", re.I),
        "dateline": re.compile(data["dateline_after_place"]),
        "one_more": re.compile(r"(?<!\w)(?:" + "|".join(data["one_more_act"]) + r")(?!\w)", re.I),
    }


@functools.lru_cache(maxsize=4096)
def description_spans(text: str, *, relatives: bool = True) -> tuple[tuple[int, int], ...]:
    """Spans of ``text`` that describe the place named just before a comma (up to the closing comma).

    A description that runs to the end of the text counts only after a clause of some length ("... à Lviv,
    grande ville de l'ouest."), not after a place that opens it ("À Kherson, la ville a été bombardée").
    With ``relatives``, relative clauses on a place (", qui est bombardée chaque jour,") count too.
    """
    context = _context()
    spans = []
    for comma in (m.start() for m in re.finditer(",", text)):
        if not _PLACE_NAME.search(text[max(0, comma - 40) : comma]):
            continue
        match = None if context["naming"].match(text, comma) else context["head"].match(text, comma)
        match = match or context["position"].match(text, comma)
        if match is None and relatives:
            match = context["opener"].match(text, comma)
        if match is None:
            continue
        closing = re.compile(r"[,;]").search(text, match.end())
        if closing is None and len(text[:comma].split()) < 5:
            continue
        spans.append((comma, closing.start() if closing else len(text)))
    return tuple(spans)


def outside_descriptions(text: str) -> str:
    """``text`` with its place descriptions blanked (same length, so offsets still hold)."""
    for start, end in description_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def background(doc: Document, clause: Clause) -> bool:
    """The clause frames a long time span or recalls an undated past (pluperfect outside reported speech)."""
    text = outside_descriptions(clause.text.replace("’", "'"))
    if any(_frames_clause(text, m.start()) for m in _context()["frames"].finditer(text)):
        return True
    if _past_year_only(doc, clause) or _place_situation(doc, clause):
        return True
    if not _main_pluperfect(text):
        return False
    sentence = clause.sentence
    if _context()["reported"].search(doc.text[sentence.start : sentence.end]):
        return False  # "a indiqué que le drone avait frappé": the past of reported speech, not a recollection
    dated = [d for d in doc.dates if sentence.start <= d.start < sentence.end and d.precision != "year"]
    return not dated


def _place_situation(doc: Document, clause: Clause) -> bool:
    """A relative clause on the place just named that tells its standing situation in the present ("tuée par un drone
    à Koupiansk, où les forces russes tentent de s'infiltrer par petits groupes"): background, neither an act nor
    more of the act told before it; one told in the past (", où un missile a frappé un entrepôt") is the act."""
    situation = _context()["situation"]
    text = clause.text.replace("’", "'")
    if not situation["opener"].match(text):
        return False
    if not _PLACE_NAME.search(doc.text[clause.sentence.start : clause.start].rstrip(" ,")):
        return False
    relative = re.split(r"[,;]", text.lstrip(" ,"), maxsplit=1)[0]  # up to ", a indiqué le parquet"
    return situation["present"].search(relative) is not None and situation["past"].search(relative) is None


def dated_recollection(doc: Document, clause: Clause, before: str | None) -> bool:
    """ "En septembre 2023, une frappe sur un marché avait tué 17 personnes" after the act of the day: a pluperfect
    dated by its own day or month, all of it before ``before`` (the act just told), recalls an earlier act; it
    adds nothing (nor its toll) to the act of the day."""
    if before is None or not _main_pluperfect(outside_descriptions(clause.text.replace("’", "'"))):
        return False
    sentence = clause.sentence
    if _context()["reported"].search(doc.text[sentence.start : sentence.end]):
        return False
    dated = [d for d in doc.dates if sentence.start <= d.start < sentence.end]
    return bool(dated) and all(d.date_end < before for d in dated)


def _past_year_only(doc: Document, clause: Clause) -> bool:
    """ "des militaires capturés lors de la défense de Marioupol en 2022" in a report of 2024: dated by an earlier
    year only, the clause recalls the past."""
    sentence = clause.sentence
    dates = [d for d in doc.dates if sentence.start <= d.start < sentence.end]
    if not dates or any(d.precision != "year" for d in dates):
        return False
    anchor = anchor_date(doc)  # read over the whole text: only when a year alone dates the sentence
    if anchor is None:
        return False
    in_clause = [d for d in dates if clause.start <= d.start < clause.end] or dates
    return all(int(d.date_end[:4]) < anchor[0].year for d in in_clause)


def _frames_clause(text: str, start: int) -> bool:
    """ "depuis le début de l'invasion" frames the clause, unless it closes a superlative ("la plus meurtrière
    depuis le début de la guerre", "the deadliest since 2022") or dates a state ("la loi martiale en vigueur
    depuis 2022")."""
    before = text[max(0, start - 80) : start]
    return not (_context()["superlative"].search(before) or _context()["state"].search(before))


def _main_pluperfect(text: str) -> bool:
    """A pluperfect that is the clause's own verb, not a relative clause's ("face aux soldats qui avaient
    pénétré la ville", "un missile qui, selon les autorités, avait été tiré")."""
    for match in _context()["pluperfect"].finditer(text):
        if not _context()["relative"].search(text[max(0, match.start() - 60) : match.start()]):
            return True
    return False


def names_the_act_told(text: str) -> bool:
    """ "l'explosion s'est produite ...", "the strike hit ...": the clause names an act already told."""
    return bool(_context()["definite"].search(text))


def tells_damage_or_toll(text: str) -> bool:
    return bool(_context()["damage"].search(text))


def attacked_place(text: str, place: Place) -> Place:
    """A capital read as its government is still the place an attack verb hits ("drones hit Kyiv overnight",
    "des missiles ont frappé Kiev") or whose streets a crowd walked ("dans les rues de Ouagadougou"): that place as
    a location; any other place as it is."""
    if place.role != "actor" or place.precision != "point":
        return place
    before = text[max(0, place.start - 60) : place.start]
    if _context()["attack_object"].search(before) is None and _context()["streets_of"].search(before) is None:
        return place
    return dataclasses.replace(place, role="location")


def another_act(text: str) -> bool:
    """The sentence marks its act as a further one ("Later that day", "also", "De leur côté", "en riposte")."""
    return _context()["another_act"].search(text) is not None


@functools.cache
def _elsewhere_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_json("event_context.json")["another_act_elsewhere"]
    opener = re.compile(r"^\s*(?:" + "|".join(data["openers"]) + r")(?!\w)", re.I)
    return opener, re.compile(data["locative"], re.I)


def another_act_elsewhere(doc: Document, clause: Clause) -> bool:
    """A clause opened as another act ("Le même soir, deux soldats ont été tués par une frappe de drone près de
    Marjayoun") at a named place no gazetteer entry resolved: another act, placed nowhere, not more of the act told
    before it (whose toll it would replace)."""
    opener, locative = _elsewhere_patterns()
    if not opener.match(clause.text):
        return False
    known = [(p.start, p.end) for p in doc.places if p.lat is not None]
    for match in locative.finditer(clause.text):
        name = clause.start + match.end() - 1
        if not any(start <= name < end for start, end in known):
            return True
    return False


def one_more_act(text: str) -> bool:
    """The sentence tells a further act of the kind just told ("un autre drone Shahed a frappé", "une nouvelle
    frappe", "another missile hit")."""
    return _context()["one_more"].search(text) is not None


def names_the_source(before_place: str) -> bool:
    """The place names the source's office, not where the act took place ("selon le chef de l'administration
    régionale de Dnipropetrovsk", "said the governor of the Kherson region")."""
    return _context()["source"].search(before_place[-160:]) is not None


def names_a_person(text: str, place: Place) -> bool:
    """A title before and a capitalised word after: a person's first name ("spokeswoman Nataliia Humeniuk"); a first
    name before and a colon after, opening a line: a speaker's label in an interview ("Pierre Delmas : Il faut…")."""
    line_start = text.rfind("\n", 0, place.start) + 1
    if _SPEAKER_FIRST_NAME.fullmatch(text[line_start : place.start]) and re.match(r"\s?:", text[place.end :]):
        return True
    after = re.match(r"\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+", text[place.end : place.end + 40])
    return after is not None and _context()["person"].search(text[max(0, place.start - 40) : place.start]) is not None


def beside_the_act(text: str, place: Place) -> bool:
    """The place is not where anything happened: a government that speaks ("a indiqué Bogota"), where a speaker was
    ("alors à Grenade (Espagne) pour un sommet"), a meeting's venue ("le sommet de l'OTAN à Washington"), or a
    line's dateline ("Kiev (Ukraine) - Le bilan…", "KIEV (AFP) -")."""
    line_start = text.rfind("\n", 0, place.start) + 1
    if not text[line_start : place.start].strip() and _context()["dateline"].match(text, place.end):
        return True
    return _context()["beside"].search(text[max(0, place.start - 80) : place.start]) is not None


def city_part(text: str, place: Place) -> bool:
    """The text or the gazetteer calls the place a city's district ("le quartier de Saltivka", "the Solomianskyi
    and Sviatoshynskyi districts", "Podilskyi district")."""
    if (place.name or "").lower().endswith((" district", " neighbourhood")):
        return True
    before = text[max(0, place.start - 40) : place.start]
    return bool(_context()["part_before"].search(before) or _context()["part_after"].match(text[place.end :]))


def kicker(doc: Document, sentence: Sentence, most_words: int = 4) -> bool:
    """A paragraph's short verbless lead-in ("Avdiïvka sous le feu.", "Zaporijjia endeuillée."): the topic of the
    sentences that follow it in the paragraph, not an act of its own."""
    if len(doc.text[sentence.start : sentence.end].split()) > most_words:
        return False
    index = doc.sentences.index(sentence)
    first = index == 0 or doc.sentences[index - 1].paragraph != sentence.paragraph
    more = index + 1 < len(doc.sentences) and doc.sentences[index + 1].paragraph == sentence.paragraph
    return first and more


def toll_told_at(before_place: str) -> bool:
    """The text just before a place ends with a toll told at it ("..., un mort à", "two killed in")."""
    return _context()["toll_at"].search(before_place) is not None


def in_description(clause: Clause, place: Place) -> bool:
    """The place is named inside another place's description ("Myrnohrad, ville voisine de Pokrovsk")."""
    offset = place.start - clause.start
    return any(start <= offset < end for start, end in description_spans(clause.text, relatives=False))


def district_of_town_told(doc: Document, clause: Clause, place: Place, km: float = 15.0, reach: int = 3) -> Place:
    """A district named after a town ("Kherson ... un drone a frappé un bus dans le quartier de Dniprovskyi") is
    that town's, though the gazetteer knows a district of that name in another city (Kyiv's): the town told."""
    if place.precision != "point" or not city_part(doc.text, place) or _region_told(doc, clause, place):
        return place
    first = doc.sentences[max(0, clause.index - reach)].start
    towns = [
        p
        for p in doc.places
        if first <= p.start < clause.end
        and p.role == "location"
        and p.precision == "point"
        and p.lat is not None
        and not city_part(doc.text, p)
    ]
    in_clause = [t for t in towns if t.start >= clause.start]  # "dans le quartier de Dniprovskyï, à Kherson"
    told = in_clause[:1] or [t for t in towns if t.start < place.start][-1:]
    if not told or any(_place_km(t, place) <= km for t in towns):
        return place
    return dataclasses.replace(told[0], start=place.start, end=place.end)


def _region_told(doc: Document, clause: Clause, place: Place) -> bool:
    """The clause names the region the place lies in ("villages in the Krasnaya Yaruga district" of "the Belgorod
    region"): an administrative district of that region, not a part of a town told earlier."""
    return any(
        p.feature == "region"
        and p.admin1
        and p.admin1 == place.admin1
        and clause.sentence.start <= p.start < clause.sentence.end
        for p in doc.places
    )


def _place_km(a: Place, b: Place) -> float:
    return distance_km(a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0)


def round_up_opener() -> re.Pattern[str]:
    """A sentence opened at its place ("À Loutsk,", "Dans la région de Rivne,", "In Lutsk,")."""
    return _context()["round_up_opener"]


def announced_for_later(text: str) -> bool:
    """The act is announced for later ("un rassemblement prévu samedi", "called for a protest next Sunday") or
    named as an earlier one ("lors d'un précédent rassemblement"): no event of the report's day."""
    return bool(_context()["later"].search(text) or _context()["earlier"].search(text))


def people_freed(text: str, pattern: re.Pattern[str]) -> str | None:
    """The text with the capture words told of people blanked ("les Ukrainiens libérés", "avoir récupéré 49
    soldats", "freed 95 prisoners": a release, not a change of territory); None when there are none."""
    spans = [
        m.span()
        for m in pattern.finditer(text)
        if _context()["freed_before"].search(text[max(0, m.start() - 60) : m.start()])
        or _context()["freed_after"].match(text[m.end() : m.end() + 60])
    ]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text if spans else None


def encloses(region: str | None, admin1: str | None) -> bool:
    """A first-level unit lies inside the region ``region``: a city with the status of a region, encircled by the
    region around it ("au-dessus de la Crimée, dont quatre au-dessus de Sébastopol", "la région de Kiev" and Kyiv;
    ``enclosed_units``)."""
    return bool(region and admin1) and admin1 in _enclosed().get(region or "", ())


@functools.cache
def _enclosed() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in load_json("event_context.json")["enclosed_units"].items()}


def act_anaphor(text: str) -> bool:
    """The clause's subject stands for the acts the sentence before named ("La dernière en date a visé samedi la
    raffinerie de Kirichi", "The latest struck a depot"): it tells one of them (``act_anaphora``)."""
    return any(p.search(text) for p in _act_anaphora())


@functools.cache
def _act_anaphora() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in load_json("event_context.json")["act_anaphora"])


def consequence_of(cue_type: str, text: str, previous_type: str) -> bool:
    """An evacuation told with no place of its own right after an act of violence is that act's consequence, not a
    development of its own (``consequence_of_act``)."""
    violent = previous_type in ("Explosions/Remote violence", "Battles", "Violence against civilians")
    return cue_type == "Strategic developments" and violent and _consequence().search(text) is not None


@functools.cache
def _consequence() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(load_json("event_context.json")["consequence_of_act"]) + ")", re.I)


def recalled_act(text: str, cue: Cue) -> bool:
    """The clause's act word is told only to say when people were taken ("des soldats capturés lors de l'incursion
    ukrainienne", "soldiers captured during the incursion") or only inside a place's description ("…de Sloviansk,
    les dernières grandes villes de la région sous contrôle ukrainien"): it recalls or describes, it reports no act."""
    matches = list(cue.pattern.finditer(text))
    during = _captured_during()
    if matches and all(during.search(text[max(0, m.start() - 70) : m.start()]) for m in matches):
        return True
    relative = _context()["relative"]
    spans = [(s, e) for s, e in description_spans(text, relatives=False) if not relative.search(text, s, e)]
    if not spans or not any(s <= m.start() < e for m in matches for s, e in spans):
        return False
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return best_cue(text) is None


@functools.cache
def _captured_during() -> re.Pattern[str]:
    return re.compile(load_json("event_context.json")["captured_during"], re.IGNORECASE)
