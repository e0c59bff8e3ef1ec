"""Event typing: the cue lexicon (``data/events.json``), a clause's ACLED type and sub-type, and its actors.

The events stage (``stages/events.py``) finds, locates and dates events; this module says what kind of event a
clause reports (its strongest cue, refined by context: a protest turned violent, tear gas after a protest, who took
a place) and who took part.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from kronika.data import load_json, word_patterns
from kronika.literals import Prefilter, anchors
from kronika.model import Actor, Document, Event, Place, Sentence

_LOSER_BEFORE = re.compile(
    r"\b(?:from|with|against|aux|des\s+mains\s+d[eu]s?|contre|avec)\s+(?:the\s+|les\s+|l['’]|des\s+|la\s+|le\s+)?$",
    re.IGNORECASE,
)
_LOOTING = "Looting/property destruction"
_TAKEN = ("Government regains territory", "Non-state actor overtakes territory")
# what the agents did is told after a crowd's assault on them as its cause, not as the clause's act
_ON_AGENTS = ("Attack", "Armed clash", "Abduction/forced disappearance")
_NAME = r"[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,3}"
# ACLED's notes name a place with its administrative units ("in Novoselivka, Kramatorsk raion, Donetsk, Russian
# forces"; other countries: "in Mulleriyawa (Kolonnawa, Colombo, Western)"): the typing view drops them, so that
# an actor and its act are as close as news writing puts them.
_ADMIN_UNITS = re.compile(
    rf",\s+{_NAME}\s+(?:raion|rayon|district|urban\s+okrug|municipal\s+okrug|okrug|hromada|oblast|region|krai|"
    rf"province|county|municipality)(?:(?:,\s+{_NAME}){{1,2}}(?=[,;.:)]|$)|(?=[,;.:)]|\s|$))"
    rf"|\s+\({_NAME}(?:,\s*{_NAME}){{1,3}}\)"
)
# what a verb takes: a determiner, then up to six lowercase words before a preposition or the clause's end
_OBJECT_AFTER = re.compile(
    r"\s+(?:the|a|an|their|his|her|its|several|some|two|three|\d+)\s+(?:[a-z][\w'-]*\s*){1,6}"
    r"(?=\s+(?:of|in|at|from|to|near|on|after|before|during|who|which|that)\b|[,.;:]|$)"
)
_LABEL = re.compile(r"^\s*(?P<label>[A-Z][A-Za-z /-]{2,40}):\s+")
_LABEL_PRIORITY = 99  # an ACLED label outranks every cue
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_FOCUS_COUNTRY_NAMES = {"UA": "Ukraine", "RU": "Russia", "BY": "Belarus", "MD": "Moldova", "GE": "Georgia"}


@dataclass(frozen=True, slots=True)
class Cue:
    event_type: str
    sub: str
    priority: int
    pattern: re.Pattern[str]


@dataclass(slots=True)
class Clause:
    start: int
    end: int
    text: str
    sentence: Sentence
    index: int  # sentence index


@functools.cache
def cue_lexicon() -> dict[str, Any]:
    data = load_json("events.json")
    return {
        "cues": [Cue(c["type"], c["sub"], c["priority"], word_patterns(c["patterns"])) for c in data["cues"]],
        "generic_priority": data["generic_priority"],
        "two_sided_priority": next(c["priority"] for c in data["cues"] if c.get("two_sided")),
        "untolled": frozenset(data["untolled_subtypes"]),
        "toll_cue": {k: (v["type"], v["sub"]) for k, v in data["toll_cue"].items()},
        "combatants": word_patterns(data["combatants"]),
        "modifiers": {k: word_patterns(v) for k, v in data["modifiers"].items()},
        "skip": {k: word_patterns(v) for k, v in data["skip"].items()},
        "actor_adjectives": {k: word_patterns(v) for k, v in data["actor_adjectives"].items()},
        "civilians": word_patterns(data["civilians"]),
        "generic_units": word_patterns(data["generic_units"]),
        "anaphora_point": word_patterns(data["anaphora_point"]),
        "anaphora_region": word_patterns(data["anaphora_region"]),
        "anaphora_any": word_patterns(data["anaphora_any"]),
        "citations": [re.compile(pattern, re.IGNORECASE | re.MULTILINE) for pattern in data["citations"]],
        "splits": re.compile("|".join(data["clause_splits"]), re.IGNORECASE),
        "protest_force": word_patterns(
            next(c["patterns"] for c in data["cues"] if c["sub"] == "Excessive force against protesters")
        ),
        "demonstration": word_patterns(next(c["patterns"] for c in data["cues"] if c["sub"] == "Peaceful protest")),
        "targets": _target_patterns(data["targets"]),
        "labels": {label.lower(): tuple(types) for label, types in data["structure"]["prefixes"].items()},
    }


def _target_patterns(targets: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """Verb + its object ("captured a 45-year-old farmer", "seized 12 tractors", "shot and killed a woman")."""

    def acts_on(verbs: str, nouns: str) -> re.Pattern[str]:
        lead, filler = targets["lead"], targets["filler"]
        return word_patterns([rf"(?:{verbs})(?:\s+|(?<='))(?:{lead})(?:{filler})(?:{nouns})"])

    verbs = {name: "|".join(targets[name]) for name in ("capture", "harm")}
    persons, goods = "|".join(targets["persons"]), "|".join(targets["property"])
    return {
        "captured_person": acts_on(verbs["capture"], persons),
        "captured_goods": acts_on(verbs["capture"], goods),
        "harmed_person": acts_on(verbs["harm"], persons),
        "violence_on_person": acts_on("|".join(targets["violence"]), persons),
        "attacked_site": acts_on("|".join(targets["assault"]), "|".join([*targets["sites"], *targets["persons"]])),
        "fighting": word_patterns(targets["fighting"]),
        "intent": word_patterns(targets["intent"]),
        "act_verb": word_patterns(targets["act_verb"]),
        "observed_count": re.compile("|".join(targets["observed_count"]), re.IGNORECASE),
        "place_words": word_patterns(targets["place_words"]),
    }


def typing_view(text: str) -> str:
    """``text`` without the administrative units told after a place name (ACLED's notes since 2023: "residents of
    Vinnytsia city, Vinnytsia raion, Vinnytsia, beat ..." is read as "residents of Vinnytsia city, beat ...")."""
    return _ADMIN_UNITS.sub("", text) if "," in text or "(" in text else text


@functools.lru_cache(maxsize=8192)
def best_cue(text: str) -> Cue | None:
    """The highest-priority event cue in ``text`` (cues are tried strongest first; one text is read once).

    The text is lowercased once and matched by case-sensitive twins of the cue patterns, twice as fast as
    case-insensitive matching (a pattern that must keep its case keeps the original pattern and text); only the cues
    whose literal anchors occur in the text are tried (``_possible_cues``).
    """
    if _CYRILLIC.search(text) and (slavic := _slavic_cue(text)) is not None:
        return slavic  # a Ukrainian or Russian post (stages/event_slavic.py)
    labelled = labelled_cue(text)
    if labelled is not None:
        return labelled
    text = typing_view(text)
    lowered = text.lower()
    possible = _possible_cues(text, lowered)
    cue = next((cue for cue, fast, own in possible if fast.search(text if own else lowered) and _told(text, cue)), None)
    if cue is not None and cue.event_type == "Explosions/Remote violence" and _weapon_only_named(text, cue):
        cue = _act_besides_weapon(text, lowered, cue, possible)
    if cue is None:
        cue = _violence_on_person(text)
    if cue is not None and cue.sub in _ON_AGENTS and _assault_on_agents(text):
        cue = _cue_of("Mob violence")  # residents beating a TCC serviceman (who took a man away) harm no civilian
    return _against_protesters(text, _by_target(text, _development_over_reason(text, cue))) if cue else None


def _slavic_cue(text: str) -> Cue | None:
    from kronika.stages.event_slavic import slavic_cue  # imports Cue from here

    return slavic_cue(text)


def _refine_slavic(event: Event, text: str) -> None:
    from kronika.stages.event_slavic import refine_slavic

    refine_slavic(event, text)


def _assault_on_agents(text: str) -> bool:
    from kronika.stages.event_typing_structure import assault_on_agents  # reads this module's lexicon

    return assault_on_agents(text)


def _taken_by_state(text: str) -> bool:
    from kronika.stages.event_typing_structure import taken_by_state  # reads this module's lexicon

    return taken_by_state(text)


def _shot_by_perpetrator(text: str) -> bool:
    from kronika.stages.event_typing_structure import shot_by_perpetrator

    return shot_by_perpetrator(text)


def labelled_cue(text: str) -> Cue | None:
    """ACLED's notes open with their label when the act is not a fight ("Displacement: On 8 March...", "Property
    destruction: ...", "Movement of forces: ...", "Weapons seizure: ..."): the label is the sub-type, whatever
    the words after it (a deportation told under "Displacement" is coded Other)."""
    lead = _LABEL.match(text)
    types = cue_lexicon()["labels"].get(lead.group("label").lower()) if lead else None
    if lead is None or types is None:
        return None
    return Cue(types[0], types[1], _LABEL_PRIORITY, word_patterns([re.escape(lead.group("label"))]))


def _told(text: str, cue: Cue) -> bool:
    """Whether some match of ``cue`` tells an act, not its absence or its purpose: "no fighting was reported",
    "without clashes", "ahead of a new offensive", "en vue d'une offensive" name an act that did not take place;
    "the servicemen captured in Kursk were returned" names persons, not a place taken."""
    modifiers = cue_lexicon()["modifiers"]
    untold = modifiers["untold"]
    for m in cue.pattern.finditer(text):
        before = text[max(0, m.start() - 50) : m.start()]
        if untold.search(before) or (m.group(0).endswith("ing") and modifiers["progressive_before"].search(before)):
            continue  # "members who were stealing cows": what the object was doing is not the clause's act
        if (
            cue.sub == "territory"
            and modifiers["person_before"].search(text[max(0, m.start() - 40) : m.start()])
            and modifiers["preposition_after"].search(text[m.end() : m.end() + 15])
        ):
            continue
        if (  # "photographs of captured relatives", "the release of a detained fighter": the participle names people
            m.group(0).lower().endswith("ed")
            and modifiers["determiner_before"].search(before[-20:])
            and modifiers["captive_person_after"].match(text[m.end() : m.end() + 40])
        ):
            continue
        return True
    return False


def _violence_on_person(text: str) -> Cue | None:
    """A clause with no cue whose verb harms a person ("soldiers shot an elderly couple", "beat a priest") reports an
    attack: ACLED types an act by whom it harms."""
    found = cue_lexicon()["targets"]["violence_on_person"].search(text)
    return _cue_of("Attack") if found and not _told_as_intent(text, found.start()) else None


def _against_protesters(text: str, cue: Cue) -> Cue:
    """ACLED: force used on people protesting ("fired rubber bullets at residents protesting water cuts") is coded
    as the protest with its intervention or excessive force, not as violence against civilians."""
    if cue.sub != "Attack" or not cue_lexicon()["demonstration"].search(text):
        return cue
    return next(c for c in cue_lexicon()["cues"] if c.sub == "Peaceful protest")


def _weapon_only_named(text: str, cue: Cue) -> bool:
    """Whether every match of a weapon cue names the weapon as a modifier of something else: "a drone regiment",
    "an artillery school", "drone production", "une usine de drones" (the head noun, not the weapon, is told)."""
    modifiers = cue_lexicon()["modifiers"]
    matches = list(cue.pattern.finditer(text))
    return bool(matches) and all(
        modifiers["weapon_head_after"].search(text[m.end() : m.end() + 40])
        or modifiers["weapon_head_before"].search(text[max(0, m.start() - 50) : m.start()])
        for m in matches
    )


def _act_besides_weapon(text: str, lowered: str, weapon: Cue, possible: list[_FastCue]) -> Cue:
    """ACLED: a weapon named only as a modifier yields to a development, protest, riot or violence against civilians
    told in the clause ("police detained the director of a drone factory", "set up a drone school"); another weapon
    or a battle keeps the first weapon ("the drone unit struck a tank": that unit's strike is a drone strike)."""
    for cue, fast, own in possible:
        if cue.priority >= weapon.priority or cue.event_type in ("Explosions/Remote violence", "Battles"):
            continue
        if fast.search(text if own else lowered):
            return cue
    return weapon


def _development_over_reason(text: str, cue: Cue) -> Cue:
    """ "Announced the evacuation of 9,000 children because of Ukrainian shelling": an act named as the reason of a
    development told before it is not the clause's act; the development is (evacuation, state of emergency...)."""
    act = cue.pattern.search(text)
    if act is None or not cue_lexicon()["modifiers"]["reason"].search(text[max(0, act.start() - 60) : act.start()]):
        return cue
    for development in _cues_by_priority():
        if development.event_type == "Strategic developments" and development.priority < cue.priority:
            told = development.pattern.search(text, 0, act.start())
            if told is not None:
                return development
    return cue


def _by_target(text: str, cue: Cue) -> Cue:
    """ACLED types an act by whom it harms, not by the weapon or the verb (``data/events.json`` "targets").

    "Captured a priest" is an abduction and "seized 12 tractors" looting, not a change of territory (when the clause
    takes no place besides); a killing, shooting, beating or torture of an unarmed person outranks a direct-fire or
    generic cue and a non-violent development, unless the clause tells of fighting.
    """
    targets = cue_lexicon()["targets"]
    act = cue.pattern.search(text)
    if act and cue.sub != "Arrests":
        arrest = _arrest_for(text, act)
        if arrest is not None:
            return arrest  # "detained an agent who was preparing an arson attack": the arrest is the act
    if cue.sub == "territory":
        for name, sub in (("captured_person", "Abduction/forced disappearance"), ("captured_goods", _LOOTING)):
            found = targets[name].search(text)
            if found and not cue.pattern.search(text[: found.start()] + " " + text[found.end() :]):
                return _cue_of("Arrests" if name == "captured_person" and _taken_by_state(text) else sub)
        return _thing_taken(text, cue)
    attack = _cue_of("Attack")
    if cue.sub == "Shelling/artillery/missile attack" and _shot_by_perpetrator(text):
        return attack  # "an unknown gunman fired at a former officer": a shooting, no artillery
    overridable = (cue.event_type == "Battles" and cue.sub == "Armed clash") or (
        cue.event_type == "Strategic developments" and cue.priority < attack.priority
    )
    harmed = targets["harmed_person"].search(text) or targets["attacked_site"].search(text)
    if overridable and harmed and not targets["fighting"].search(text) and not _told_as_intent(text, harmed.start()):
        return attack
    return cue


def _thing_taken(text: str, cue: Cue) -> Cue:
    """A place is taken, not a thing: "police seized the posters of residents picketing" takes no territory when
    every capture verb's object is a common noun that names no place or site (``targets.places``); the clause's
    next cue (the picket) types it. A named place ("seized Avdiivka") or a site ("the metering station") keeps it."""
    objects = [_OBJECT_AFTER.match(text, m.end()) for m in cue.pattern.finditer(text)]
    if not objects or not all(o and not cue_lexicon()["targets"]["place_words"].search(o.group(0)) for o in objects):
        return cue
    lowered = text.lower()
    for other, fast, own in _fast_cues():
        if other.priority < cue.priority and other.sub != "territory" and fast.search(text if own else lowered):
            return other
    return cue


def _arrest_for(text: str, act: re.Match[str]) -> Cue | None:
    """The arrest of a clause whose other act is its reason: told as planned or suspected ("who was preparing an
    arson attack"), or told before the arrest in a relative clause ("arrested 3 men who had set fire to")."""
    for cue in _cues_by_priority():
        arrest = cue.pattern.search(text) if cue.sub == "Arrests" else None
        if arrest is None:
            continue
        between = text[arrest.end() : act.start()]
        if _told_as_intent(text, act.start()) or (arrest.end() <= act.start() and _reason_between(between)):
            return cue
        return None
    return None


def definite_act(text: str, reach: int = 25) -> Cue | None:
    """The cue of ``text`` when it is told as a definite act: a cue stronger than a generic "attack", not a change of
    control (which needs its place), told by a verb ("abducted", "ont abattu") rather than a weapon or topic named.
    """
    cue = best_cue(text)
    if cue is not None and cue.sub != "territory" and cue_lexicon()["targets"]["observed_count"].search(text):
        return cue  # a monitoring mission's count ("the SMM recorded 12 explosions") is a definite act
    if cue is None or cue.priority <= cue_lexicon()["generic_priority"] or cue.sub == "territory":
        return None
    text = typing_view(text)
    act = cue.pattern.search(text)
    if act is None:
        return None
    verb = cue_lexicon()["targets"]["act_verb"]
    told = verb.search(text, max(0, act.start() - reach), act.end())
    if not told and cue.event_type == "Riots":  # "dozens of rioters blocked the road": the crowd, then its act
        told = verb.match(text, act.end() + 1, act.end() + reach) if text[act.end() : act.end() + 1] == " " else None
    return cue if told else None


def _reason_between(between: str) -> bool:
    """Whether the words from an arrest to a later act make that act its reason: "who had set fire to", "for
    smuggling", or a suspicion however long ("detained a resident suspected of passing the coordinates of targets
    to the enemy before Friday's shelling"), unless a new clause begins ("…, and shelling killed two")."""
    if _NEW_CLAUSE.search(between):
        return False
    return bool(
        cue_lexicon()["modifiers"]["arrest_reason"].search(between)
        or cue_lexicon()["targets"]["intent"].search(between)
    )


_NEW_CLAUSE = re.compile(r";|,\s+(?:and|while|as|but|et|alors\s+que|mais|tandis\s+que)\b", re.IGNORECASE)


def _told_as_intent(text: str, start: int, reach: int = 60) -> bool:
    """Whether the act at ``start`` is told as planned or suspected ("who was preparing", "soupçonné d'avoir")."""
    return bool(cue_lexicon()["targets"]["intent"].search(text, max(0, start - reach), start))


@functools.cache
def _cue_of(sub: str) -> Cue:
    """The strongest cue of a sub-event type."""
    return next(cue for cue in _cues_by_priority() if cue.sub == sub)


_FastCue = tuple[Cue, re.Pattern[str], bool]


@functools.cache
def _fast_cues() -> list[_FastCue]:
    """(cue, pattern to search, whether to search the original text) per cue, strongest first."""
    fast = []
    for cue in _cues_by_priority():
        source = cue.pattern.pattern
        if "(?-i:" in source:
            fast.append((cue, cue.pattern, True))
        elif re.search(r"(?<!\\)[A-Z]", source.replace("\\\\", "")):  # an uppercase literal: stay case-blind
            fast.append((cue, cue.pattern, False))
        else:
            fast.append((cue, re.compile(source), False))
    return fast


@functools.cache
def _cue_prefilter() -> Prefilter[_FastCue]:
    return Prefilter([(fast, anchors(fast[0].pattern)) for fast in _fast_cues()])


def _possible_cues(text: str, lowered: str) -> list[_FastCue]:
    """The cues of ``_fast_cues`` (in their order) that can match ``text``: those whose literal anchors occur in it
    (``kronika.literals``); trying only these finds the same first cue as trying all."""
    return _cue_prefilter().candidates(lowered, text)


@functools.cache
def _cues_by_priority() -> list[Cue]:
    return sorted(cue_lexicon()["cues"], key=lambda cue: -cue.priority)  # stable: ties keep the file's order


def protest_over_topic(text: str, cue: Cue | None) -> Cue | None:
    """ "Residents protested against the shelling", "gathered to mark the anniversary of the battle": what a protest
    is about (after "against", "demanding", "to mark"...) does not make the clause a report of that act.
    """
    lexicon = cue_lexicon()
    if cue is None or cue.sub == "Peaceful protest":
        return cue  # a riot or a crackdown named after the topic ("condemning the crackdown on") is the topic
    text = typing_view(text)
    protest = lexicon["demonstration"].search(text)
    topic = lexicon["modifiers"]["protest_topic"].search(text, protest.end()) if protest else None
    act = cue.pattern.search(text)
    if protest is None or topic is None or act is None or act.start() < topic.start():
        return cue
    return next(c for c in lexicon["cues"] if c.sub == "Peaceful protest")


def is_non_event(text: str) -> bool:
    """Future expectations, habitual statements and denials are not events."""
    if _CYRILLIC.search(text):
        from kronika.stages.event_slavic import slavic_non_event

        if slavic_non_event(text):
            return True
    return any(pattern.search(text) for pattern in cue_lexicon()["skip"].values())


def natural_death(text: str) -> bool:
    """A toll told of an earthquake, a landslide, a poisoning or a road accident is no political violence (ACLED)."""
    return bool(cue_lexicon()["modifiers"]["natural_death"].search(text))


def refine_subtype(event: Event, text: str) -> None:
    modifiers = cue_lexicon()["modifiers"]
    text = typing_view(text)
    if event.event_type == "Battles" and event.sub_event_type in _TAKEN and _withdrawn_unopposed(text):
        event.event_type, event.sub_event_type = "Strategic developments", "Non-violent transfer of territory"
    if event.sub_event_type == "Arrests" and modifiers["disappeared"].search(text):
        # ACLED: a detention after which the person's fate or whereabouts are unknown is a forced disappearance
        event.event_type, event.sub_event_type = "Violence against civilians", "Abduction/forced disappearance"
    if event.event_type == "Protests" and modifiers["riot_acts"].search(text.replace("’", "'")):
        event.event_type, event.sub_event_type = "Riots", "Violent demonstration"  # demonstrators turned violent
    if event.event_type == "Riots":
        _refine_riot(event, text)
    if _CYRILLIC.search(text):
        _refine_slavic(event, text)  # "задержали ...; ее местонахождение неизвестно", "силовики задержали участников"
    if event.event_type != "Protests":
        return
    if cue_lexicon()["protest_force"].search(text):  # "opened fire on the protesters"
        event.sub_event_type = "Excessive force against protesters"
    elif event.sub_event_type == "Protest with intervention" or modifiers["protest_intervention"].search(
        text.replace("’", "'")
    ):  # an intervention (its own cue: "suppressed the rally", or told in the clause) that kills or injures
        lethal = modifiers["protest_lethal"].search(text)
        event.sub_event_type = "Excessive force against protesters" if lethal else "Protest with intervention"


def _withdrawn_unopposed(text: str) -> bool:
    """ACLED: a place taken as the other side withdrew, with no fighting told ("withdrew from X, and Russian forces
    entered the town", "retook X after Russian forces withdrew"), is a non-violent transfer of territory."""
    lexicon = cue_lexicon()
    return bool(lexicon["modifiers"]["withdrawal"].search(text)) and not lexicon["targets"]["fighting"].search(text)


def _refine_riot(event: Event, text: str) -> None:
    """ACLED: a violent demonstration is demonstrators turning violent; rioters with no demonstration are a mob."""
    demonstration, forms = cue_lexicon()["demonstration"], cue_lexicon()["modifiers"]["protest_forms"]
    told = [text, *(evidence.text for evidence in event.evidence)]
    if event.sub_event_type == "Violent demonstration" and not any(
        demonstration.search(t) or forms.search(t) for t in told
    ):  # roads blocked with burning tyres or barricades are a demonstration's forms, whoever does it
        event.sub_event_type = "Mob violence"
    elif event.sub_event_type == "Mob violence" and cue_lexicon()["modifiers"]["protest_setting"].search(text):
        event.sub_event_type = "Violent demonstration"  # "locals threw stones at the police during a demonstration"


def territory_subtype(doc: Document, clause: Clause, place: Place) -> str:
    """ACLED: the state retaking its own ground vs anyone else (incl. a foreign army) taking it.

    The taker is the first armed group of the clause not introduced by "from"/"aux" (who lost the place).
    """
    home_side = {"UA": "ukraine", "RU": "russia"}.get(place.country or "")
    regains, overtakes = "Government regains territory", "Non-state actor overtakes territory"
    taker, loser = _territory_sides(doc, clause)
    if taker is not None:
        return regains if home_side and taker == home_side else overtakes
    if loser is not None:
        return regains if home_side and loser != home_side else overtakes
    if cue_lexicon()["modifiers"]["regain"].search(clause.text):
        return regains
    return "Non-state actor overtakes territory"


def _territory_sides(doc: Document, clause: Clause) -> tuple[str | None, str | None]:
    """(side of the group taking the place, side of the group losing it); "" for a group of no known side."""
    groups = [e for e in doc.entities if e.label == "GROUP" and clause.start <= e.start < clause.end]
    groups = groups or [e for e in clause_entities(doc, clause) if e.label == "GROUP"]
    taker = loser = None
    for entity in groups:
        before = doc.text[max(0, entity.start - 30) : entity.start]
        if _LOSER_BEFORE.search(before):
            loser = loser if loser is not None else entity.side or ""
        elif taker is None:
            taker = entity.side or ""
    return taker, loser


def clause_entities(doc: Document, clause: Clause) -> list[Any]:
    return [e for e in doc.entities if clause.sentence.start <= e.start < clause.sentence.end]


def event_actors(doc: Document, clause: Clause, cue: Cue, place: Place) -> list[Actor]:
    lexicon = cue_lexicon()
    names: list[str] = []
    for entity in clause_entities(doc, clause):
        if entity.label == "GROUP" and entity.canonical and entity.canonical not in names:
            names.append(entity.canonical)
    for canonical, pattern in lexicon["actor_adjectives"].items():
        if pattern.search(clause.text) and canonical not in names:
            names.append(canonical)
    if not names and lexicon["generic_units"].search(clause.text):
        earlier = [e for e in doc.entities if e.label == "GROUP" and e.end <= clause.start and e.canonical]
        if earlier:
            names.append(earlier[-1].canonical or "")
    country = _FOCUS_COUNTRY_NAMES.get(place.country or "", place.country or "Unknown")
    actors: list[Actor] = []
    if cue.event_type in ("Protests", "Riots"):
        label = "Protesters" if cue.event_type == "Protests" else "Rioters"
        actors.append(Actor(f"{label} ({country})", "actor1"))
        actors.extend(Actor(name, "actor2") for name in names[:1])
        return actors
    for position, name in enumerate(names[:2]):
        actors.append(Actor(name, "actor1" if position == 0 else "actor2"))
    if cue.event_type in ("Explosions/Remote violence", "Violence against civilians") and lexicon["civilians"].search(
        clause.text
    ):
        actors.append(Actor(f"Civilians ({country})", "target"))
    return actors


def complete_opponent(doc: Document, event: Event) -> None:
    """A battle has two sides: when only one is named here, add the article's main armed group of the other."""
    if event.event_type != "Battles" or not event.actors:
        return
    sides = {e.canonical: e.side for e in doc.entities if e.label == "GROUP" and e.canonical}
    present = {sides.get(a.name) for a in event.actors} - {None}
    if len(present) != 1:
        return
    counts: dict[str, int] = {}
    for entity in doc.entities:
        if entity.label == "GROUP" and entity.canonical and entity.side not in present and entity.side != "neutral":
            counts[entity.canonical] = counts.get(entity.canonical, 0) + 1
    if counts:
        name, mentions = max(counts.items(), key=lambda item: item[1])
        if mentions >= 2:
            event.actors.append(Actor(name, "actor2"))


def cue_strength(event: Event) -> int:
    cue = best_cue(event.evidence[0].text.replace("’", "'")) if event.evidence else None
    return cue.priority if cue is not None and cue.sub == event.sub_event_type else 0
