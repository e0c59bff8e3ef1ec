"""Places named in a sentence that are not where its act happened: a launch origin and a speaker's office.

"Russian forces shelled Krasnopillia from the Kursk region", "des bombes planantes tirées depuis le territoire de la
région de Belgorod", "drones launched from Crimea", "guided bombs dropped over the Belgorod region": the act is at its
target, the place it was launched from is role ``other`` (a region drones were shot down over is where they were
downed). "The governor of the Belgorod region said a drone killed a woman in Grayvoron", "Zaporizhzhia regional
governor Ivan Fedorov said…", "le chef de l'administration militaire de Kherson": the region names the speaker's
office, role ``actor``. Both only when the sentence names another place the act can be at: a place alone ("the
governor of the Belgorod region said two people were killed"), or with its own region only ("kidnapped the mayor of
Skadovsk, Kherson"), stays the best guess. Patterns in data/place_roles.json.
"""

from __future__ import annotations

import functools
import re

from kronika.model import Document, Place

_EVENT_ROLES = ("location", "near")


_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)


def _actor_country(text: str, place: Place) -> bool:
    """ "soldiers of Russia took away the mayor of Mylove": a country after "of" names who acted, no other place the
    act could be at ("Russia's Belgorod governor said…" still names one: the office is the governor's)."""
    return place.feature == "country" and bool(_OF_BEFORE.search(text[max(0, place.start - 12) : place.start]))


def origin_and_office_roles(doc: Document, places: list[Place]) -> None:
    """Mark launch origins (role ``other``) and speakers' offices (role ``actor``) among a sentence's places."""
    for sentence in doc.sentences:
        inside = [p for p in places if sentence.start <= p.start < sentence.end and p.role in _EVENT_ROLES]
        marked = {id(p): role for p in inside if (role := _side_role(doc.text, sentence.start, p))}
        own_regions = {p.admin1 for p in inside if id(p) in marked and p.feature != "region"}
        others = [p for p in inside if id(p) not in marked and p.lat is not None and not _actor_country(doc.text, p)]
        if not marked or all(p.feature == "region" and p.admin1 in own_regions for p in others):
            continue  # a place alone is the best guess for the act, even when it names an office or has its region
        for place in inside:
            place.role = marked.get(id(place), place.role)


def _side_role(text: str, sentence_start: int, place: Place) -> str | None:
    before = text[max(sentence_start, place.start - 200) : place.start]
    patterns = _patterns()
    origin = patterns["origin_before"].search(before[-80:])
    if origin:
        act = before[: max(0, len(before) - 80) + origin.start()]
        if patterns["strike_verbs"].search(act) and not patterns["movement_verbs"].search(act):
            return "other"  # "shelled X from the Kursk region": not a withdrawal or a return "from" it
    if place.feature == "region" and _released_over(before, patterns):
        return "other"  # "guided bombs dropped over the Belgorod region hit Kharkiv": released there, not aimed there
    if patterns["office_before"].search(before[-90:]) or patterns["office_after"].match(text, place.end):
        return "actor"
    return None


def _released_over(before: str, patterns: dict[str, re.Pattern[str]]) -> bool:
    """A weapon released over the region ("dropped over", "larguées au-dessus de"), not downed over it."""
    over = patterns["over_before"].search(before[-60:])
    if not over:
        return False
    act = before[: max(0, len(before) - 60) + over.start()]
    return bool(patterns["release_verbs"].search(act)) and not patterns["interception_verbs"].search(act)


def facility_named(text: str, start: int, end: int) -> bool:
    """A town named with a facility the war strikes ("la raffinerie de Syzran", "le terminal méthanier de Vysotsk",
    "the Kstovo oil refinery", "the airfield at Millerovo"): Russia's rear holds such targets as much as Ukraine."""
    patterns = _patterns()
    sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    before = text[max(sentence_start, start - 60) : start]
    return bool(patterns["facility_before"].search(before) or patterns["facility_after"].match(text, end))


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    from kronika.data import load_json

    data = load_json("place_roles.json")
    keys = ["origin_before", "over_before", "release_verbs", "interception_verbs", "strike_verbs", "movement_verbs"]
    keys += ["office_before", "office_after", "facility_before", "facility_after"]
    return {key: re.compile(data[key], re.IGNORECASE) for key in keys}
