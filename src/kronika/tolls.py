"""Tolls: killed and injured counts stated in a sentence, by ACLED's rules (``data/events.json`` "casualties").

The lowest credible figure, killed and injured apart, numbers in French and English words ("une dizaine" = 10,
"dozens" = 12), victim lists summed ("three soldiers and one civilian"), asides kept out ("dont trois enfants").
"""

from __future__ import annotations

import functools
import re
from typing import Any

from kronika.data import load_json

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LIST_OPENS = re.compile(r"(?:^|[,;:.(«\"]\s*|\b(?:that|que|qu'|où|where|and|et)\s+)$", re.IGNORECASE)


@functools.cache
def _patterns() -> dict[str, Any]:
    data = load_json("events.json")
    f = _fragments(data)
    lead, strong, weak = f["lead"], f["strong"], f["weak"]
    toll_words = "|".join(data["casualties"]["killed_words"] + data["casualties"]["injured_words"])
    item_gap = rf"(?:\s+(?!(?:et|and|en|dont|including|ou|or|mais|but|{toll_words})\b)[^\W\d][\w'’-]*)"
    item = rf"(?<![\w-]){lead}{strong}{item_gap}{{1,2}}(?:,\s*|\s+(?:and|et)\s+)"
    coordinated = re.compile(rf"(?:{item})+$", re.IGNORECASE)
    roles = load_json("event_context.json")["victim_roles"]  # "et une infirmière", "and a medic": people by role
    person = "(?:" + "|".join(data["casualties"]["person_nouns"] + roles) + ")"
    own_verb = r"(?!\s+(?:were|was|are|is|have|had|ont|sont|a|été|[^\W\d]+ed)\b)"  # "and two were injured": a clause
    word_gap = r"(?:\s+[^\W\d][\w'’-]*)"
    then = rf"^{word_gap}{{0,3}}?,?\s+(?:and|et)\s+{lead}(?P<n>{strong}|{weak})"
    then += rf"{word_gap}{{0,2}}?\s+{person}(?!\w){own_verb}"
    kinds = ("killed", "injured")
    return {
        "then": re.compile(then, re.IGNORECASE),
        "coordinated": coordinated,
        "strong": re.compile(rf"(?<![\w-]){lead}(?P<n>{strong})(?!\w)", re.IGNORECASE),
        "numbers": {k.lower(): v for k, v in data["number_words"].items()},
        "casualty": {kind: _kind_patterns(kind, data["casualties"], f) for kind in kinds},
        # every pattern of a kind holds one of its words or verbs: a text with none of them is read no further
        "mentions": {
            kind: re.compile(
                "|".join(data["casualties"][f"{kind}_words"] + data["casualties"][f"{kind}_verbs"]), re.IGNORECASE
            )
            for kind in kinds
        },
        "update": re.compile("|".join(data["casualties"]["updates"]), re.IGNORECASE),
        # "Un homme et une femme", "A man and a woman" opening the subject: one victim before the last
        "paired_one": re.compile(
            rf"(?:^|(?<=[.;:!?,]\s)|(?<=\n))(?:{f['weak']})(?:\s+[^\W\d][\w'’-]*){{1,2}}\s+(?:et|and)\s+$",
            re.IGNORECASE,
        ),
    }


def _fragments(data: dict[str, Any]) -> dict[str, str]:
    """The pieces the toll patterns are built from: numbers, leads ("at least"), auxiliaries, gaps, victims."""
    number_words = sorted(data["number_words"], key=len, reverse=True)
    weak_words = data["casualties"]["weak_numbers"]
    single = "|".join(re.escape(w) for w in number_words if " " not in w)
    # vingt-cinq, dix-sept, twenty-five, trente et une, cent douze, quatre-vingts
    compound = rf"(?:{single})(?:(?:-|\s+)(?:et(?:-|\s+))?(?:{single})s?)+"
    words = "|".join(re.escape(w) for w in number_words if w not in weak_words)
    leads = ["au moins", "at least", "environ", "about", "some", "pr[èe]s de", "around", "approximately", "roughly"]
    leads += ["nearly", "almost", "over", "more than", "plus de", "quelque"]
    among = r"(?:dont|including|among\s+them|parmi\s+(?:eux|elles|lesquels|lesquelles)|notamment)"
    gap = r"(?:\s+(?!(?:et|and|en|dont|including|ou|or|mais|but)\b)[^\W\d][\w'’-]*)"
    months = "|".join(sorted(map(re.escape, load_json("dates.json")["months"]), key=len, reverse=True))
    day_of_month = rf"(?:le\s+)?\d{{1,2}}(?:er)?\s+(?:{months})\.?(?:\s+\d{{4}})?"
    persons = "|".join(data["casualties"]["person_nouns"] + load_json("event_context.json")["victim_roles"])
    return {
        "weak": "|".join(weak_words),
        "strong": rf"(?:\d{{1,3}}(?:[  .,]\d{{3}})+|\d+|{compound}|{words})",
        "lead": "(?:" + "|".join(w.replace(" ", r"\s+") + r"\s+" for w in leads) + ")?",
        "aux": r"(?:\s+(?:a|ont|est|sont|était|étaient|avait|avaient|was|were|has|have|had|is|are)"
        r"(?:\s+(?:été|been))?)?",
        "gap": gap,
        "not_unit": r"(?!\s*(?:" + "|".join(data["casualties"]["not_count_units"]) + r")\b)",
        # an aside with or without commas ("dont trois enfants"), or an apposition between commas ("Deux civils, un
        # homme et une femme, ont été tués", "Two people, both residents of the village, were killed"; "Deux civils, un
        # homme et une femme âgés d'une soixantaine d'années, ont été tués")
        "among": rf"(?:\s*,\s*{among}[^,.;]{{1,60}},|\s+{among}\s+[^,.;]{{1,40}}?|\s*,\s*[^,.;:\d«»\"]{{1,60}},)",
        "victim": "(?:" + "|".join(data["casualties"]["singular_victims"]) + ")",
        "modifier": r"(?:(?!(?:et|and|dont|including|ou|or)\b)[^\W\d][\w'’-]*\s+)",
        "start": r"(?:(?<![\w-])|(?<=\d-)(?=[^\W\d]))",  # "UPDATE 1-Two soldiers killed": a wire prefix
        "age": r"(?:\s+\d{1,3}[\s-]+(?:year|yr)s?[\s-]+old)",  # "a 15-year-old teenager died": one
        "word_end": r"(?![^\W\d])",  # a toll word may touch a figure a scraper glued to it ("huit morts20 avril")
        # "a tué jeudi au moins 51 personnes", "killed on Sunday at least 20": a time between the verb and its count
        # a day of the month may follow ("ont été tuées jeudi 2 mai dans une frappe": 2 is no count)
        "time": r"(?:(?:" + "|".join(data["casualties"]["time_before_count"]) + r")\s+)?" + rf"(?:{day_of_month}\s+)?",
        "not_day": rf"(?!\s+(?:{months})\.?(?!\w))",
        # "deux employés de la compagnie ferroviaire ont été tués": victims by role, then whose they are
        "whose": rf"(?:\s+(?:{persons})(?!\w)\s+(?:de|du|des|of|d['’][^\W\d]+){gap}{{0,5}}?)",
    }


def _kind_patterns(kind: str, lexicon: dict[str, Any], f: dict[str, str]) -> list[re.Pattern[str]]:
    """The patterns of one kind of toll (killed or injured), tried in this order (see ``casualties``)."""
    word = "(?:" + "|".join(lexicon[f"{kind}_words"]) + ")"
    verb = "(?:" + "|".join(lexicon[f"{kind}_verbs"]) + ")"
    lead, strong, weak, aux, gap = f["lead"], f["strong"], f["weak"], f["aux"], f["gap"]
    modifier, victim = f["modifier"], f["victim"]
    lexicon_counted_as = load_json("event_context.json")["toll_counted_as"]
    partitive_start = r"(?:^|(?<=[.!?,;]\s))" if kind == "killed" else r"(?:^|(?<=[.!?]\s))"
    return [
        re.compile(
            rf"(?<!\w){verb}\s+{f['time']}(?:en\s+)?{lead}(?P<n>{strong}|{weak})(?!\w){f['not_day']}", re.IGNORECASE
        ),
        re.compile(
            rf"{f['start']}{lead}(?P<n>{strong}){f['not_unit']}(?:{f['whose']}|{gap}{{0,4}}?){f['among']}?,?{aux}\s+"
            rf"{word}{f['word_end']}",
            re.IGNORECASE,
        ),
        re.compile(rf"{f['start']}{lead}(?P<n>{weak}){f['age']}?{gap}{{0,3}}{aux}\s+{word}{f['word_end']}", re.I),
        # a headline's bare singular victim ("Ukrainian soldier killed in ...", "Soldat ukrainien tué"): one
        re.compile(
            rf"(?m)^[ \t]*(?P<one>{modifier}{{0,3}}?{victim})(?!\w){gap}{{0,2}}?{aux}\s+{word}(?!\w)"
            rf"(?!\s+(?:{strong}|{weak})(?!\w))",
            re.IGNORECASE,
        ),
        # and its object form ("Rebel sniper kills Ukrainian serviceman", "attack kills DPR civilian"): one
        re.compile(rf"(?<!\w){verb}\s+(?P<one>{modifier}{{0,3}}?{victim})(?!\w)", re.IGNORECASE),
        # "Four of them were killed", "Two of the civilians died" opening a sentence (or, for deaths, after a
        # comma: "two were wounded, one of them died"): the victims of what was just told
        re.compile(
            rf"{partitive_start}(?P<n>{strong})\s+of\s+(?:them|the\s+[^\W\d][\w-]*){aux}\s+{word}(?!\w)",
            re.IGNORECASE | re.MULTILINE,
        ),
        # "les blessés, au nombre de 61", "the dead, numbering 18": the count told after its word
        re.compile(rf"(?<!\w){word}{lexicon_counted_as}{lead}(?P<n>{strong})(?!\w)", re.IGNORECASE),
        # a definite victim opening a sentence or clause ("The doctor was killed.", "the driver wounded", "et sa
        # femme grièvement blessée"): one
        re.compile(
            rf"(?:^|(?<=[.!?;,]\s)|(?<=\set\s)|(?<=\sand\s))"
            rf"(?P<one>(?:the|le|la|l['’]|sa|son|his|her)\s*{modifier}{{0,2}}?{victim})(?!\w)"
            rf"(?:\s+(?!(?:and|et)\b)[^\W\d][\w'’-]*){{0,3}}?{aux}\s+{word}(?!\w)",
            re.IGNORECASE | re.MULTILINE,
        ),
    ]


@functools.cache
def _not_counts() -> re.Pattern[str]:
    """An earlier figure the text supersedes, ages, the dead and wounded counted together ("30 soldiers killed
    or wounded": neither a death toll nor an injury count) and a negated victim ("no one"): numbers that are no toll
    (``data/event_context.json``)."""
    data = load_json("event_context.json")
    parts = data["superseded_toll"] + data["ages"] + data["combined_toll"] + data["wounded_who_died"]
    parts += data["negated_victims"]  # "No one was hurt", "Personne n'a été blessé": no victim, not one
    months = "|".join(sorted(load_json("dates.json")["months"], key=len, reverse=True))
    # a date's figures, even glued to a word ("Orikhiv12/03/2025 Trois secouristes ont été tués", "12 mars 2025
    # Trois…", "March 12, 2025 Two…"): no count of victims
    dates = [r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)"]
    dates += [rf"(?:\d{{1,2}}(?:er)?\s+)?(?:{months})\.?,?\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d\d(?!\d)"]
    return re.compile(
        r"(?<!\w)(?:" + "|".join([*parts, _ages_in_words()]) + r")|(?<!\d)(?:" + "|".join(dates) + ")", re.IGNORECASE
    )


def _ages_in_words() -> str:
    """ "sa fille de deux ans", "un bébé de 8 mois", "aged seven": an age, no count of victims."""
    words = "|".join(sorted((re.escape(w) for w in load_json("events.json")["number_words"]), key=len, reverse=True))
    number = rf"(?:\d{{1,3}}|(?:{words})(?:[-\s]+(?:et[-\s]+)?(?:{words}))*)"
    units = r"(?:ans|mois|semaines|years?|months?|weeks?)"
    return rf"(?:(?:de|d['’]|âg[ée]e?s?\s+de)\s+{number}\s+{units}(?!\w)|aged\s+{number}(?!\w))"


@functools.cache
def _subset() -> re.Pattern[str]:
    """ "Parmi les blessés figurent douze enfants", "Among the dead are two children": who the victims were, a part
    of a toll told elsewhere, no count of its own."""
    data = load_json("event_context.json")
    return re.compile(f"({data['toll_subset_opener']})({data['toll_subset_verb']})", re.IGNORECASE)


@functools.cache
def _still_in_hospital() -> re.Pattern[str]:
    return re.compile(load_json("event_context.json")["still_in_hospital"], re.IGNORECASE)


def _still_in_hospital_dropped(text: str) -> str:
    """ "43 blessés, et douze personnes restent hospitalisées", "12 remain in hospital": those still in hospital are
    some of the injured the text counts otherwise, not more of them; a text with no other count keeps them."""
    told = _still_in_hospital().search(text)
    if told is None:
        return text
    blanked = text[: told.start()] + " " * (told.end() - told.start()) + text[told.end() :]
    return blanked if casualties(blanked)[1] is not None else text


@functools.cache
def _to_hospital() -> re.Pattern[str]:
    """ "transporté à l'hôpital", "taken to hospital": a victim hospitalized, told with a verb of transport."""
    return re.compile("|".join(load_json("event_context.json")["taken_to_hospital"]), re.IGNORECASE)


@functools.cache
def _update_reports() -> re.Pattern[str]:
    """A figure told as an authority's later update ("said in an evening update", "selon un nouveau décompte")."""
    return re.compile("|".join(load_json("event_context.json")["toll_update_reports"]), re.IGNORECASE)


@functools.cache
def _death_toll_total() -> re.Pattern[str]:
    """ "bringing the death toll to two", "the death toll rose to 14": the dead, told as the new total."""
    totals = "|".join(load_json("event_context.json")["toll_totals"])
    f = _fragments(load_json("events.json"))
    dead = "|".join(load_json("events.json")["casualties"]["killed_words"])
    after = "|".join(load_json("event_context.json")["toll_totals_dead_after"])  # "le bilan s'alourdit à douze morts"
    return re.compile(
        rf"(?<!\w)(?:(?:{totals}){f['lead']}(?P<n>{f['strong']})(?!\w)"
        rf"|(?:{after}){f['lead']}(?P<m>{f['strong']})(?=\s+(?:{dead})(?!\w)))",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=8192)
def casualties(text: str) -> tuple[int | None, int | None]:
    """(fatalities, injuries) stated in ``text``; None when no number is given.

    "killed five people, raising an earlier toll of three dead": five; "two men aged 41 and 67 were injured": two.
    A Ukrainian or Russian text is read by ``stages/event_slavic.py``.
    """
    if _CYRILLIC.search(text):
        from kronika.stages.event_slavic import slavic_casualties

        slavic = slavic_casualties(text)
        if slavic != (None, None):
            return slavic
    text = _not_counts().sub(lambda m: " " * len(m.group()), text)
    text = _still_in_hospital_dropped(text)
    text = _subset().sub(lambda m: m.group(1) + " " * len(m.group(2)), text)  # "Parmi les morts figure un enfant"
    text = _to_hospital().sub("hospitalized", text)  # "transporté à l'hôpital avec des brûlures": injured
    lexicon = _patterns()
    result: dict[str, int | None] = {"killed": None, "injured": None}
    for kind, patterns in lexicon["casualty"].items():
        total = None
        taken: list[tuple[int, int]] = []
        if not lexicon["mentions"][kind].search(text):
            continue
        for index, pattern in enumerate(patterns):
            for match in pattern.finditer(text):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                value = 1 if "one" in match.groupdict() else _number(match.group("n"), lexicon["numbers"])
                if value is not None:
                    if index > 0:  # "three soldiers and one civilian were killed": the whole subject counts
                        value += _coordinated_count(text[: match.start()])
                    if index in (0, 4):  # "killing four soldiers and one civilian": the whole object counts
                        value += _following_count(text[match.end() :])
                    total = (total or 0) + value
                    taken.append(match.span())
        result[kind] = total
    if total_told := _death_toll_total().search(text):  # "The death toll rose to 19 after a woman died in
        # hospital": the new total, which counts the victim its sentence explains it by
        told = total_told.group("n") or total_told.group("m")
        result["killed"] = _number(told, lexicon["numbers"]) or result["killed"]
    return result["killed"], result["injured"]


@functools.cache
def _approximate_counts() -> re.Pattern[str]:
    data = load_json("events.json")
    leads = "|".join(data["casualties"]["lower_bound_leads"])
    counts = "|".join(data["casualties"]["approximate_counts"])
    return re.compile(rf"(?<!\w)(?:(?:{leads})\s+{_fragments(data)['strong']}|{counts})(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def approximate(text: str) -> tuple[bool, bool]:
    """Whether the killed and the injured figures of ``text`` are only a rough or lower bound ("des dizaines de
    blessés", "plus de cent blessés", "dozens injured"): a precise figure told of the same act supersedes them."""
    told = casualties(text)
    if told == (None, None) or not _approximate_counts().search(text):
        return False, False
    exact = casualties(_approximate_counts().sub(lambda m: " " * len(m.group()), text))  # what is left is no
    # longer the figure told ("a fait plus de 70 morts" read without "plus de 70"): that figure was the rough one
    return told[0] is not None and exact[0] != told[0], told[1] is not None and exact[1] != told[1]


def _following_count(after: str) -> int:
    """The victims listed after the first object of a killing verb ("killing a woman" + "and two children")."""
    lexicon = _patterns()
    then = lexicon["then"].search(after[:120])
    return (_number(then.group("n"), lexicon["numbers"]) or 0) if then else 0


def _coordinated_count(before: str) -> int:
    """The numbers of a list of victims just before the last one ("three soldiers and ..." before "one civilian",
    "Un homme et ..." before "une femme ont été tués")."""
    lexicon = _patterns()
    if lexicon["paired_one"].search(before[-80:]):
        return 1
    listed = lexicon["coordinated"].search(before[-200:])
    if listed is None or not _LIST_OPENS.search(before[-200:][: listed.start()]):
        return 0  # "killed three people and two were injured": the list must be the subject
    values = (_number(m.group("n"), lexicon["numbers"]) for m in lexicon["strong"].finditer(listed.group(0)))
    return sum(v for v in values if v is not None)


def _number(token: str, words: dict[str, int]) -> int | None:
    cleaned = re.sub(r"[  .,]", "", token)
    if cleaned.isdigit():
        return int(cleaned)
    phrase = " ".join(token.lower().split())
    if phrase in words:
        return words[phrase]
    total = 0
    for part in re.split(r"[-\s]+", phrase):
        if part == "et":
            continue
        value = words.get(part, words.get(part.removesuffix("s")))  # quatre-vingts, deux cents
        if value is None:
            return None
        if value in (100, 1000) and total:
            total *= value
        elif value == 20 and total == 4:  # quatre-vingt(s): 80
            total = 80
        else:
            total += value
    return total or None


def is_update(text: str) -> bool:
    """A toll told as an update of an earlier one ("le bilan s'est alourdi à", "the death toll rose to")."""
    return bool(_patterns()["update"].search(text) or _update_reports().search(text))


def updated(current: int | None, new: int | None, update: bool) -> int | None:
    """An updated toll replaces the one told before it in the same report; otherwise the lower figure stays."""
    return new if update and new is not None else conservative(current, new)


def conservative(current: int | None, new: int | None) -> int | None:
    """The lower of two stated figures (ACLED keeps the most conservative count)."""
    if current is None:
        return new
    if new is None:
        return current
    return min(current, new)
