"""Event typing by a clause's structure, when no cue of the lexicon names its act.

An ACLED-style note reports one event (a date, a place, actors, "Fatalities: ..."); when its wording is not in the
cue lexicon (``data/events.json`` "cues"), the note still tells who acted, how and on whom. This module reads that
structure - the note's label prefix ("Property destruction: ..."), the clause's subject, main verb, object and
instrument - and types it by ACLED's rules (``data/events.json`` "structure"):

- a munition as instrument or subject is remote violence of its family (drones and bombs: air/drone strike);
- an armed group acting on another armed group or its positions is an armed clash, on equipment alone a shelling;
- armed men, state forces or unknown perpetrators harming civilians is an attack, taking them away an abduction;
- a crowd harming people or property is mob violence, a crowd gathering a protest;
- anyone damaging or burning property is property destruction;
- armed groups entering a place take it, moving or leaving it is a change to group/activity.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Any

from kronika.data import load_json, word_patterns
from kronika.model import Event
from kronika.stages.event_typing import (
    Cue,
    cue_lexicon,
    labelled_cue,
    natural_death,
    refine_subtype,
    typing_view,
)

__all__ = [
    "assault_on_agents",
    "civilians_attacked",
    "crowd_sized",
    "demonstration_by_size",
    "names_actor",
    "parse_features",
    "shot_by_perpetrator",
    "structural_cue",
    "taken_by_state",
]

_SUBJECTS = ("clandestine", "armed", "state", "perpetrators", "crowd")
_VERBS = ("speech", "enter", "take", "destroy", "harm", "gather", "move")
# what ends a verb's object: a place, a time, a subordinate clause, the sentence
_OBJECT_END = re.compile(
    r"[,.;:()\[]|\s(?:in|at|near|on|outside|inside|around|when|while|after|before|as|who|which|that|during|because|"
    r"to|towards|for|from|since|until|and\s+(?:then|later)|killing|injuring|wounding|leaving)\s"
)
_OBJECT_LEAD = re.compile(
    r"^\s*(?:(?:at|on|upon|onto|into|against)\s+)?(?:(?:at\s+least|at\s+most|up\s+to|about|around|some)\s+)?"
)
_LEAD = re.compile(r"^(?P<label>[A-Z][A-Za-z /-]{2,40}):\s+")
_CROWD_SIZE = re.compile(r"\[size=([^\]]{1,40})\]")
_SUBJECT_OFF = re.compile(r"(?:\bof|\bby|\bfrom|\bagainst|\bwith|\bon|\bat|\bto|\binto)\s+(?:the\s+|a\s+|an\s+)?$")
# a verb of a relative clause ("a couple who refused to leave") is not the clause's act or statement
_RELATIVE = re.compile(r"\b(?:who|which|that|whom)\s+(?:\S+\s+)?$", re.IGNORECASE)
# a claim of an act done ("claimed they had disabled", "claimed responsibility for") tells the act
_CLAIMED_ACT = re.compile(
    r"^\s+(?:(?:that\s+)?(?:they|it|he|she|its\s+\w+|their\s+\w+)\s+(?:had|have|has)\b|to\s+have\b|responsibility\s+for\b)",
    re.IGNORECASE,
)
_GROUND_LEADS = frozenset({"the", "most", "all", "half", "several", "much", "a", "an"})
_PRONOUN_SUBJECT = re.compile(r"^\s*(?:that\s+)?(?:they|it|he|she)\s+(?:had\s+|have\s+|has\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Parse:
    subject: str | None  # armed / state / perpetrators / crowd / munition
    verb: str | None  # a class of "structure.verbs", "other" for another past-tense verb
    objects: frozenset[str]  # persons / military / equipment / property
    munition: str | None  # the sub-type of a munition told as instrument or subject
    bare_object: bool = False  # the verb has an object of no class ("mobilised efforts to help")
    object_text: str = ""
    named_object: bool = False  # the object is a name ("took Kurakhove")


@functools.cache
def _structure() -> dict[str, Any]:
    data = load_json("events.json")["structure"]
    return {
        **{name: word_patterns(data[name]) for name in _SUBJECTS},
        "persons": word_patterns(data["persons"]),
        "agents": word_patterns(data["agents"]),
        "firearm": word_patterns(data["firearm"]),
        "military": word_patterns(data["military_objects"]),
        "equipment": word_patterns(data["equipment"]),
        "property": word_patterns(data["property"]),
        "munitions": {sub: word_patterns(words) for sub, words in data["munitions"].items()},
        "place_words": word_patterns(load_json("events.json")["targets"]["place_words"]),
        "verbs": {name: word_patterns(data["verbs"][name]) for name in _VERBS},
        "past": re.compile(r"(?<![\w-])[a-z]{3,}ed(?!\w)"),
        "passive": re.compile(data["passive"] + r"$", re.IGNORECASE),
        "instrument": re.compile(data["instrument"], re.IGNORECASE),
        "defaults": data["defaults"],
        "crowd_sized": {sub: tuple(types) for sub, types in data["crowd_sized"].items() if sub != "about"},
    }


def structural_cue(text: str) -> Cue | None:
    """The ACLED type and sub-type of ``text`` read from its structure, or None when it tells no act."""
    text = typing_view(text.replace("’", "'"))
    labelled = labelled_cue(text)
    if labelled is not None:
        return labelled
    if natural_death(text):
        return None  # "a tsunami killed 222 people": no political violence
    parse = _parse(_LEAD.sub("", text))
    if parse is None or parse.verb == "speech":
        return None
    typed = _type_of(parse)
    return _cue(*typed) if typed else None


def _cue(event_type: str, sub: str | None = None) -> Cue:
    sub = sub or _structure()["defaults"][event_type]
    return Cue(event_type, sub, 1, word_patterns(["$^"]))


def _parse(text: str) -> _Parse | None:
    """Subject class, main verb class, object classes and instrument of the clause's first act."""
    since = 0  # a subject is told after the previous verb ("killed 222 people and injured": not "people")
    claimant: str | None = None  # who claimed the act told next ("partisans claimed they had disabled")
    for name, match in sorted(_verb_matches(text), key=lambda item: item[1].start()):
        before, since = text[since : match.start()], match.end()
        passive = _structure()["passive"].search(before)
        if passive:
            agent = re.match(r"\s*(?:\S+\s+){0,3}?by\s+(.{0,80})", text[match.end() :])
            subject = _subject(agent.group(1)) if agent else None
            objects, span = _objects(before[max(0, passive.start() - 80) : passive.start()]), ""
        else:
            subject = _subject(before[-90:])
            if subject is None and claimant is not None and _PRONOUN_SUBJECT.match(before):
                subject = claimant
            span = _object_span(text[match.end() :])
            objects = _objects(span)
        if subject is None and not passive:
            continue
        if name == "speech" and _RELATIVE.search(before[-40:]):
            continue  # "an elderly couple who refused to leave": the relative clause's verb
        if name == "speech" and _CLAIMED_ACT.match(text[match.end() :]):
            claimant = subject
            continue
        if name == "speech":  # "claimed to gain the territory", "said that": a statement, not an act
            return _Parse(subject, name, frozenset(), None)
        bare = not passive and not objects and bool(re.search(r"(?<![\w-])[a-z]{4,}", span))
        named = not objects and bool(re.match(r"\s*(?-i:[A-Z])", span))
        return _Parse(subject, name, objects, _munition(text, match), bare, span or match.group(0), named)
    return None


@functools.cache
def _civilians_harmed() -> re.Pattern[str]:
    return re.compile("|".join(load_json("events.json")["structure"]["civilians_harmed"]["patterns"]), re.IGNORECASE)


def civilians_attacked(text: str, cue: Cue, at: int | None = None) -> Cue:
    """A generic attack ("lors d'une attaque attribuée aux rebelles", "in an overnight attack on a camp") whose clause
    tells civilians killed or hurt ("Au moins dix-sept civils ont été tués", "killed 17 villagers") and no fighting is
    an attack on civilians: ACLED types an act by whom it harms. A fight told in another part of the clause
    ("17 civils tués par les ADF près de Beni, combats autour de Sake") types only the places of that part; the
    place at ``at`` (an offset in ``text``), told with the civilians, is theirs. A weapon's cue stays."""
    harmed = _civilians_harmed().search(text)
    if harmed is None or (cue.event_type, cue.sub) != ("Battles", "Armed clash"):
        return cue
    start = max(text.rfind(",", 0, harmed.start()), text.rfind(";", 0, harmed.start())) + 1
    ends = [i for i in (text.find(",", harmed.end()), text.find(";", harmed.end())) if i >= 0]
    end = min(ends, default=len(text))
    if cue_lexicon()["targets"]["fighting"].search(text, start, end):
        return cue  # "civils tués lors d'affrontements": a battle
    if cue.priority > cue_lexicon()["generic_priority"] and (
        at is None or not start <= at < end or cue.pattern.search(text, start, end)
    ):
        return cue
    return replace(cue, event_type="Violence against civilians", sub="Attack")


def assault_on_agents(text: str) -> bool:
    """ACLED types an act by whom it harms: residents or unknown persons beating, stabbing or kicking a TCC
    serviceman, a police officer or an enlistment officer (no firearm: "shot" stays an attack or a fight) harm no
    civilian; it is mob violence, not an attack on civilians. A crowd dragging agents out of their car is as much."""
    parse = _parse(_LEAD.sub("", typing_view(text.replace("’", "'"))))
    return bool(
        parse
        and parse.subject in ("perpetrators", "crowd")
        and (parse.verb == "harm" or (parse.verb == "take" and parse.subject == "crowd"))
        and _structure()["agents"].search(parse.object_text)
        and not _structure()["firearm"].search(text)
    )


def taken_by_state(text: str) -> bool:
    """Whether the clause's first act is state agents taking someone ("FSB officers seized a railway worker"): an
    arrest, not an abduction."""
    parse = _parse(_LEAD.sub("", typing_view(text.replace("’", "'"))))
    return bool(parse and parse.subject == "state" and parse.verb == "take" and "persons" in parse.objects)


def shot_by_perpetrator(text: str) -> bool:
    """Whether the clause's first act is a gunman or unknown persons harming someone with no munition named ("an
    unknown gunman fired at a former officer"): an attack, not a shelling."""
    view = _LEAD.sub("", typing_view(text.replace("’", "'")))
    if not _structure()["perpetrators"].search(view):
        return False  # no gunman or unknown persons named: no parse (a shelling cue is the commonest)
    parse = _parse(view)
    return bool(parse and parse.subject == "perpetrators" and parse.verb == "harm" and parse.munition is None)


def _verb_matches(text: str) -> list[tuple[str, re.Match[str]]]:
    found = [(name, m) for name, pattern in _structure()["verbs"].items() for m in pattern.finditer(text)]
    classed = {m.start() for _, m in found}
    found += [("other", m) for m in _structure()["past"].finditer(text) if m.start() not in classed]
    return found


def _subject(span: str) -> str | None:
    """The class of the first actor named in ``span`` (not after "of", "by", "from"...: "residents of the town
    occupied by the Russian military" are residents)."""
    best: tuple[int, int, str] | None = None
    for name in (*_SUBJECTS, "munition"):
        patterns = list(_structure()["munitions"].values()) if name == "munition" else [_structure()[name]]
        for pattern in patterns:
            for m in pattern.finditer(span):
                if _SUBJECT_OFF.search(span[: m.start()]) or span.startswith("'s", m.end()):
                    continue  # "the DPR people's militia": a possessive names whose, not who
                if best is None or (m.start(), -m.end()) < (best[0], -best[1]):
                    best = (m.start(), m.end(), name)
                break
    return best[2] if best else None


def _object_span(after: str) -> str:
    """What the verb acts on: up to a place, a time or a subordinate clause ("fired at the people in X": the
    people; "killed at least 200 civilians")."""
    after = _OBJECT_LEAD.sub(" ", after)
    end = _OBJECT_END.search(after)
    return after[: end.start()] if end else after[:80]


def _objects(span: str) -> frozenset[str]:
    """The object classes of ``span``; of military and equipment, only the head's ("a column of Russian forces" is
    equipment, "the positions of Russian forces" military)."""
    found = {}
    for name in ("persons", "military", "equipment", "property"):
        match = _structure()[name].search(span)
        if match:
            found[name] = match.start()
    if "military" in found and "equipment" in found:
        del found["equipment" if found["military"] < found["equipment"] else "military"]
    return frozenset(found)


def _munition(text: str, verb: re.Match[str]) -> str | None:
    """The sub-type of a munition told as subject or instrument ("a drone hit", "struck with FPV drones", "by
    artillery", "mortar fire"), not as the object destroyed ("destroyed two howitzers")."""
    for sub, pattern in _structure()["munitions"].items():
        for m in pattern.finditer(text):
            if m.start() <= verb.start() and not _SUBJECT_OFF.search(text[: m.start()]):
                return sub
            if m.start() >= verb.end() and _structure()["instrument"].search(text[max(0, m.start() - 40) : m.start()]):
                return sub
    return None


def _type_of(parse: _Parse) -> tuple[str, str | None] | None:
    """ACLED's type (and sub-type, None for the type's default) of a parsed act."""
    if parse.munition and parse.subject != "crowd":
        return "Explosions/Remote violence", parse.munition
    return {
        "clandestine": _clandestine_act,
        "armed": _armed_act,
        "state": _state_act,
        "perpetrators": _perpetrators_act,
        "crowd": _crowd_act,
    }.get(parse.subject or "", _agentless_act)(parse)


def _armed_act(parse: _Parse) -> tuple[str, str | None] | None:
    verb, objects = parse.verb, parse.objects
    if (verb == "enter" and not objects & {"persons", "property"}) or (
        verb == "take" and (parse.named_object or _place_taken(parse))
    ):
        return "Battles", "territory"  # "entered X", "took Kurakhove", "took the last districts of X"
    if "persons" in objects and "military" not in objects and verb in ("harm", "take", "destroy", "other"):
        return ("Violence against civilians", "Abduction/forced disappearance" if verb == "take" else None)
    if objects & {"military", "equipment"} and verb in ("harm", "destroy"):
        return ("Battles", None) if "military" in objects else ("Explosions/Remote violence", None)
    if "property" in objects and verb in ("destroy", "take", "harm"):
        return "Strategic developments", "Looting/property destruction"
    if verb == "move" and (not parse.bare_object or objects & {"military", "equipment"}):
        return "Strategic developments", "Change to group/activity"
    return ("Battles", None) if verb == "harm" else None


def _place_taken(parse: _Parse) -> bool:
    """Whether the object taken is ground ("the last districts of Avdiivka", "most of the village"), not a thing
    or a part in something ("took part in", "took up positions")."""
    head = parse.object_text.split()[:5]
    if parse.objects or not head or head[0].lower() not in _GROUND_LEADS:
        return False
    return bool(_structure()["place_words"].search(" ".join(head)))


def _clandestine_act(parse: _Parse) -> tuple[str, str | None] | None:
    """Partisans and saboteurs (ACLED): damage done to property or equipment without a munition is sabotage, property
    destruction ("disabled a locomotive", "burned a relay box"); their other acts are an armed group's."""
    if parse.verb == "destroy" and parse.objects & {"property", "equipment"}:
        return "Strategic developments", "Looting/property destruction"
    return _armed_act(parse)


def _state_act(parse: _Parse) -> tuple[str, str | None] | None:
    if "persons" in parse.objects and parse.verb == "take":
        return "Strategic developments", "Arrests"
    if "persons" in parse.objects and parse.verb == "harm":
        return "Violence against civilians", None
    if "property" in parse.objects and parse.verb == "destroy":
        return "Strategic developments", "Looting/property destruction"
    return None


def _perpetrators_act(parse: _Parse) -> tuple[str, str | None] | None:
    if parse.verb == "harm" and "persons" in parse.objects:
        return "Violence against civilians", None
    if parse.verb in ("destroy", "harm") and parse.objects & {"property", "equipment", "military"}:
        return "Strategic developments", "Looting/property destruction"
    return None


def _crowd_act(parse: _Parse) -> tuple[str, str | None] | None:
    if parse.verb == "gather":
        return "Protests", None
    if parse.verb == "harm" or (parse.verb == "destroy" and "persons" in parse.objects):
        return "Riots", None
    if parse.verb == "destroy" and parse.objects:
        return "Riots", None
    return None


def _agentless_act(parse: _Parse) -> tuple[str, str | None] | None:
    """A passive with no agent ("a car was set on fire"): property destroyed is property destruction."""
    if parse.verb == "destroy" and "property" in parse.objects and "persons" not in parse.objects:
        return "Strategic developments", "Looting/property destruction"
    return None


def parse_features(text: str) -> tuple[str, ...]:
    """The structure of ``text``'s first act as features of the typing model: subject class, verb family, object
    classes and munition ("S=armed", "V=take", "O=persons", "M=Air/drone strike"); none when it tells no act, and
    "V=speech" alone when its first verb after a subject is a statement."""
    parse = _parse(_LEAD.sub("", typing_view(text.replace("’", "'"))))
    if parse is None:
        return ()
    if parse.verb == "speech":
        return ("V=speech",)
    found = [f"S={parse.subject}", f"V={parse.verb}", *(f"O={name}" for name in sorted(parse.objects))]
    return tuple(found + ([f"M={parse.munition}"] if parse.munition else []))


def demonstration_by_size(event: Event, report: str) -> None:
    """ACLED tags only a demonstration's note with its crowd's size ("[size=about 50]", "[size=1]"): an act of
    another type told in such a note is the demonstration's ("a woman holding a blank sheet was detained by police.
    [size=1]" is a protest with intervention, not an arrest); "[size=no report]" tells no crowd."""
    if not crowd_sized(report):
        return
    sized = _structure()["crowd_sized"].get(event.sub_event_type)
    if sized is not None:
        event.event_type, event.sub_event_type = sized
    if event.sub_event_type == "Peaceful protest":
        _intervention_told_later(event, report)


def _intervention_told_later(event: Event, report: str) -> None:
    """ACLED's note tells one demonstration: police who intervene in a later sentence ("12 people were arrested.
    [size=between 40 and 50]", "The police arrested four protesters.") make it a protest with intervention (or
    excessive force); a riot told later does not retype it here (the clause's own rules read that)."""
    refined = Event(event.event_id, [], event.event_type, event.sub_event_type, None, None, None, None)
    refine_subtype(refined, report)
    if refined.event_type == "Protests":
        event.sub_event_type = refined.sub_event_type


def crowd_sized(report: str) -> bool:
    """Whether ``report`` carries ACLED's crowd-size tag with a size ("[size=about 50]", not "[size=no report]")."""
    size = _CROWD_SIZE.search(report) if "[size=" in report else None
    return size is not None and not re.match(r"\s*(?:no\s+report|unknown)", size.group(1), re.IGNORECASE)


def names_actor(text: str) -> bool:
    """Whether ``text`` names an actor or people (armed group, state agents, perpetrators, a crowd, persons)."""
    patterns = [_structure()[name] for name in (*_SUBJECTS, "persons")]
    return any(pattern.search(text) for pattern in patterns)
