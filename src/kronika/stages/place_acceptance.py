"""Whether a capitalised word the gazetteer can read is a place here, or a person, an armed group, a street, a ship.

Used by the places stage on each candidate mention: given names and surnames, "Luhansk rebels", "rue Pouchkine",
"le croiseur Moskva" are not places; a town of the war's regions is, even when NER reads a person, and so is a word
shaped like a settlement name or the object of a verb of shelling or capture.
"""

from __future__ import annotations

import functools
import re

from kronika.gazetteer.index import Candidate
from kronika.gazetteer.keys import fold, translit_key
from kronika.stages.place_conventions import WORD, Mention, overlaps
from kronika.stages.place_ranking import FOCUS_WEIGHT, in_theatre, inflections, name_keys, theatre

_THEATRE_TOWN = 10_000  # inhabitants: a town of the war's regions by its own name is a place even when NER says person


_NEIGHBOURHOOD_AFTER = re.compile(
    r"(?:,?\s+(?:and|et)\s+[\w'’-]+)?\s+(?:neighbou?rhoods?|quartiers?|micro-?districts?|mikroraions?)\b", re.I
)


_SURNAME_AFTER = re.compile(rf"\s{WORD}")


_GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{WORD}) $")


_CAPTURE_BEFORE = re.compile(  # verbs whose object is a place the war reaches, never a person named in full
    r"\b(?:bombard[ée]e?s?|pilonn[ée]e?s?|repris|reprise|conquis|conquise|encercl[ée]e?s?|empar[ée]e?s?\s+d[e']|"
    r"pris\s+le\s+contr[ôo]le\s+d[e']|shelled|captured|recaptured|retook|liberated|stormed|besieged|encircled|"
    r"contr[ôo]l(?:er|ent|ait|aient)|(?:a|ont|avoir|aurait|auraient)\s+pris|lib[ée]r[ée]e?s?|"
    r"(?:la\s+)?(?:prise|chute|capture|lib[ée]ration)\s+d[e'’]|(?:entr[ée]e?s?|p[ée]n[ée]tr[ée]e?s?)\s+dans|"
    r"took|seized|entered|controls?|(?:fall|capture|liberation)\s+of|advanc(?:e|ed|ing)\s+(?:on|toward|towards)|"
    r"took\s+control\s+of|seized\s+control\s+of|(?:a|ont)\s+(?:de\s+nouveau\s+)?(?:frapp[ée]|vis[ée]|attaqu[ée])|"
    r"(?:struck|targeted|attacked|pounded)(?:\s+the\s+(?:village|town)\s+of)?)\s*$",
    re.IGNORECASE,
)


_SHELLED_AFTER = re.compile(  # "Seredyna-Bouda, à la frontière, a été bombardée": people are not shelled
    r"(?:\s*,[^,.;]{1,60},|\s*,)?\s*(?:(?:a|ont|avait|avaient)\s+(?:de\s+nouveau\s+|encore\s+)?été|est|sont|"
    r"was|were|(?:has|have|had)\s+been)\s+(?:(?:again|repeatedly|heavily|de\s+nouveau|encore)\s+)?"
    r"(?:bombard[ée]e?s?|pilonn[ée]e?s?|frapp[ée]e?s?|touch[ée]e?s?\s+par\s+(?:une?|des|la|le)\s+"
    r"(?:frappe|bombe|missile|drone|obus|roquette|tir)|shelled|bombarded|pounded|struck|hit\s+by\s+(?:an?\s+)?"
    r"(?:strike|missile|drone|bomb|shell|rocket|glide)|targeted)\b",
    re.IGNORECASE,
)


_ACTOR_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:People['’]s\s+(?:Militia|Republic)|rebels?|separatists?|militias?|militiamen|insurgents?|"
    r"s[ée]paratistes|rebelles|forces|troops|regime|r[ée]gime)\b"
)


_REPUBLIC_BEFORE = re.compile(  # "la république populaire de Donetsk a annoncé": the separatist authority
    r"\b(?:r[ée]publiques?\s+(?:populaires?|autoproclam[ée]es?|s[ée]paratistes?)(?:\s+autoproclam[ée]es?)?\s+"
    r"(?:de\s+|du\s+|d['’])|people['’]s\s+republics?\s+of\s+(?:the\s+)?)$",
    re.IGNORECASE,
)


_INSIDE_BEFORE = re.compile(r"\b(?:in|into|inside|within|across|dans|en|au\s+sein\s+de)\s+(?:the\s+|la\s+)?$", re.I)


_REGION_FOLLOWS = re.compile(rf"\s*,\s*(?:(?:au|en|in)\s+)?{WORD}(?:\s+(?:region|oblast|Oblast|Region))?\s*(?:[,.;]|$)")


_IN_REGION_AFTER = re.compile(  # "Sinkovka in the Kharkov region", "Pokrovske, dans la région de Dnipropetrovsk"
    rf",?\s+(?:in\s+the\s+{WORD}\s+(?:region|oblast|Oblast|Region)|(?:dans\s+)?la\s+r[ée]gion\s+(?:de\s+|d['’]){WORD})"
)


_SOURCE_BEFORE = re.compile(  # "Selon Babel, …", "according to Hromadske.": the name after an attribution is a source
    r"(?<![\w-])(?:selon|d['’]apr[èe]s|according\s+to|citing|cit[ée]e?s?\s+par|quoted\s+by|cited\s+by)\s+"
    r"(?:le\s+|la\s+|les\s+|l['’]|the\s+)?$",
    re.IGNORECASE,
)


_NAME_AFTER = re.compile(rf"(?:[\s-]+\d{{1,4}})?\s+(?:de\s+|d['’])?{WORD}")


_SOURCE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:qui|which|who|que)\b)")


_FOREIGN_ALIAS_CITY = 1_000_000  # a foreign city this size is known by its foreign names ("Varsovie")


def acceptable(mention: Mention, persons: list[tuple[int, int]], text: str = "") -> bool:
    if fold(mention.surface) in _peoples():
        return False  # "a Roma camp", "les Tatars de Crimée": a people, not Rome
    if fold(mention.surface) in _seats():
        return False  # "Bercy a gelé les avoirs": the ministry (never the village Bertsi, even "à Bercy")
    if text and named_thing(mention, text):
        return False  # "rue Pouchkine", "le croiseur Moskva", "Pushkin Street": a street, a ship, a company
    if text and _town_with_article(mention, text):
        return False  # "Le Buk a été détruit", "le Moskva": French names a town without an article
    if fold(mention.surface) in _first_names() and (not mention.locative or _SURNAME_AFTER.match(text, mention.end)):
        return False  # "Olena, une habitante…", "the birthday of Taras Shevchenko": a person, not a hamlet
    if text and _NEIGHBOURHOOD_AFTER.match(text, mention.end):
        return False  # "the Kirov and Levoberezhny neighbourhoods of Mariupol": parts of the town named after them
    given = _GIVEN_NAME_BEFORE.search(text, max(0, mention.start - 30), mention.start) if text else None
    if given and fold(given.group("name")) in _first_names():
        return False  # the surname of "Taras Shevchenko", not the town
    if text and _actor_use(mention, text):
        return False
    if text and _speaks(mention, text):
        return False  # "Dmitriev a assuré que…", "Kadyrov claimed…": a person; towns do not speak
    if text and _titled(mention, text):
        return False  # "Madyar, le commandant des forces de drones": a person in apposition
    if text and _name_head(mention, text):
        return False
    if text and _lone_source(mention, text):
        return False  # "Selon Babel, …": an outlet or a person quoted, not the village a spelling leads to
    best_population = max(c.population for c in mention.candidates)
    named_area = any(c.kind in ("country", "region", "macro", "site") for c in mention.candidates)
    if overlaps(mention.start, mention.end, persons) and not (
        named_area
        or mention.locative
        or best_population >= 100_000
        or _theatre_town(mention)
        or _village_shaped(mention)
        or _taken_or_shelled(mention, text)
    ):
        return False
    if _foreign_alias(mention) and not (mention.locative or mention.ner):
        return False  # "Taras Shevchenko", "the Kazakh consulate", "Namura Queen": a word that is a foreign alias
    if mention.sentence_initial and " " not in mention.surface:
        if not mention.ner and all(
            c.quality == "key" and c.country != "UA" and c.admin1 not in theatre() for c in mention.candidates
        ):
            return False  # "Mass grave: …" is not Miass: a first word that only a spelling key makes a far place
        focus = any(c.country in FOCUS_WEIGHT and c.population >= 1_000 for c in mention.candidates)
        return mention.ner or named_area or focus or (bool(text) and _lone_line_place(mention, text))
    if all(c.quality == "key" and c.country == "RU" and c.admin1 not in theatre() for c in mention.candidates):
        # a Russian town far from the front as French spells it: only where the text says it is a place
        # ("l'usine d'Ielabouga, au Tatarstan"), never a writer's name alone ("Lermontov", "Tchaïkovski")
        return bool(text) and (
            bool(_STRICT_PLACE_BEFORE.search(text, max(0, mention.start - 60), mention.start))
            or _regioned(mention, text)
            or _taken_or_shelled(mention, text)
        )
    if all(c.quality == "key" for c in mention.candidates):
        # a spelling variant: trusted when NER, a place cue, a region after a comma or a second word vouches for it
        regioned = bool(text) and _regioned(mention, text)
        vouched = regioned or " " in mention.surface or best_population >= 1_000 or _taken_or_shelled(mention, text)
        return mention.ner or mention.locative or vouched  # "liberated Sinkovka in the Kharkov region"
    return True


_STRICT_PLACE_BEFORE = re.compile(  # "à Ielabouga", "la raffinerie de Novokouïbychevsk"; not "le concerto de X"
    r"(?:\b(?:à|au|aux|dans|vers|près\s+de|autour\s+de|in|at|near|outside|towards?)|"
    r"\b(?:raffineries?|usines?|ports?|aérodromes?|aéroports?|bases?(?:\s+a[ée]riennes?|\s+navales?)?|dépôts?"
    r"(?:\s+pétroliers?)?|terminal|arsenal|centrale|zone(?:\s+économique\s+spéciale)?|gare|refinery|plant|factory|"
    r"airfield|airport|air\s+base|depot|terminal|port)\s+(?:de|d['’]|of))\s*$",
    re.IGNORECASE,
)


def _regioned(mention: Mention, text: str) -> bool:
    """A region follows the name: "Sinkovka in the Kharkov region", "Pokrovske, dans la région de Dnipropetrovsk",
    "Ielabouga, au Tatarstan"."""
    return bool(_REGION_FOLLOWS.match(text, mention.end) or _IN_REGION_AFTER.match(text, mention.end))


def _lone_source(mention: Mention, text: str) -> bool:
    """A name standing alone after an attribution ("Selon Babel, …", "according to Hromadske.") is a source: a place
    only as a government (a country, a region's administration, a city of 100,000: "selon Kyiv, …"), never a village.
    """
    if not _SOURCE_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return False
    if not _SOURCE_AFTER.match(text, mention.end):
        return False  # "according to Kherson officials": the city's officials speak
    return not any(c.kind in ("country", "region", "macro") or _government_town(c) for c in mention.candidates)


def _government_town(candidate: Candidate) -> bool:
    """A city that speaks for a government: of 100,000, by its own name, in the war's countries or known abroad
    by foreign names ("Moscou", "Varsovie"); not a foreign city an alias reaches ("D'après Baza," is no Basel)."""
    if candidate.population < _GOVERNMENT_TOWN:
        return False
    return (
        candidate.quality == "name" or candidate.country in FOCUS_WEIGHT or candidate.population >= _FOREIGN_ALIAS_CITY
    )


def named_thing(mention: Mention, text: str) -> bool:
    """The name of a street, a ship, an operation, a company or an armed unit: a noun announces it ("rue
    Pouchkine", "the cruiser Moskva", "Pushkin Street", "le motoriste Motor Sich", "la brigade Kholodny Yar")."""
    if _outlet_name(mention, text) or _weapon_model(mention, text) or _group_of_members(mention, text):
        return True
    before, unit, after, unit_after, club = _name_noun_patterns()
    window = max(0, mention.start - 60)
    return bool(
        before.search(text, window, mention.start)
        or unit.search(text, window, mention.start)
        or club.search(text, window, mention.start)
        or bool(club.fullmatch(mention.surface + " ") and _NAME_AFTER.match(text, mention.end))  # "Zorya de Louhansk"
        or after.match(text, mention.end)
        or unit_after.match(text, mention.end)
    )


@functools.cache
def _name_noun_patterns() -> tuple[re.Pattern[str], ...]:
    from kronika.data import load_json

    data = load_json("not_places.json")
    before = "|".join(re.escape(noun) for noun in data["name_nouns"])
    adjectival = "|".join(re.escape(noun) for noun in data["name_nouns_adjectival"])
    determiner = r"(?<![\w-])(?:le|la|les|un|une|des|du|au|aux|ce|cet|cette)\s+|l['’]"
    before = rf"{before}|(?:{determiner})(?:{adjectival})"  # "le pétrolier X", not "le dépôt pétrolier de X"
    unit = "|".join(re.escape(noun) for noun in data["unit_nouns"])
    after = "|".join(re.escape(noun) for noun in data["name_nouns_after"])
    units_after = "|".join(re.escape(noun) for noun in data["unit_nouns"] + data["name_nouns_after"] if noun.islower())
    kind = "|".join(re.escape(word) for word in sorted(data["unit_adjectives"], key=len, reverse=True))
    clubs = "|".join(re.escape(word) for word in data["clubs"])
    return (
        # "rue Pouchkine", "la frégate Amiral Makarov", "le patrouilleur Sergueï Kotov": a title or a given name first
        re.compile(
            rf"(?<![\w-])(?:{before})\s+(?:de\s+la\s+|du\s+|des\s+|de\s+|d['’])?(?:(?-i:{WORD})\s+)?['‘\"“«]?\s*$",
            re.IGNORECASE,  # "the landing ship 'Novocherkassk'": the name may be quoted
        ),
        # "brigade Kholodny Yar", "la brigade Anne de Kyiv" (named after a person of the town), not "brigade de
        # Kherson"; "le bataillon d'assaut Skala": up to two words of the unit's kind between
        re.compile(
            rf"(?<![\w-])(?:{unit})\s+(?:(?:{kind})\s+){{0,2}}(?:(?-i:{WORD})\s+(?:de\s+|d['’]|of\s+))?$",
            re.IGNORECASE,
        ),
        re.compile(rf"\s+(?:{after})(?!\w)"),
        re.compile(rf"\s+(?:(?:{kind})\s+){{1,2}}(?:{units_after})(?!\w)", re.IGNORECASE),  # "Skala assault battalion"
        # "le Chakhtar Donetsk", "Dynamo Kyiv", "le Metalist 1925 Kharkiv": a club (with its year), not its city
        re.compile(rf"(?<![\w-])(?:{clubs})(?:[\s-]+\d{{1,4}})?\s+(?:de\s+|d['’])?$"),
    )


_FRENCH_ARTICLE = re.compile(r"(?<![\w'’-])(?:[Ll]es?|[Ll]a|[Dd]u|[Aa]ux?)\s+$")


def _town_with_article(mention: Mention, text: str) -> bool:
    """A French article before a name that only towns bear: the thing named after the town (a weapon, a ship, a
    club), since French names a town bare ("à Kharkiv", "Boutcha a été"); rivers ("le Dniepr") are read as water
    before, and regions and countries take their article ("la Crimée", "le Donbass")."""
    if not _FRENCH_ARTICLE.search(text, max(0, mention.start - 6), mention.start):
        return False
    return all(c.kind in ("city", "settlement") for c in mention.candidates)


def _weapon_model(mention: Mention, text: str) -> bool:
    """A weapon model named like a village: a weapon noun before it ("le drone naval Magura", "les obus guidés
    Krasnopol", "a Lancet drone" after it, but not "the Kharkiv drone attack") or a model number ("Shahed-136",
    "Iskander-M", "Magura V5")."""
    before, after, model = _weapon_patterns()
    return bool(
        before.search(text, max(0, mention.start - 60), mention.start)
        or after.match(text, mention.end)
        or model.match(text, mention.end)
    )


@functools.cache
def _weapon_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from kronika.data import load_json

    data = load_json("not_places.json")
    nouns = "|".join(re.escape(noun) for noun in sorted(data["weapon_nouns"], key=len, reverse=True))
    adjectives = "|".join(re.escape(word) for word in sorted(data["weapon_adjectives"], key=len, reverse=True))
    uses = "|".join(re.escape(word) for word in data["weapon_uses_after"])
    return (
        re.compile(rf"(?<![\w-])(?:{nouns})(?:\s+(?:{adjectives})){{0,2}}\s+$", re.IGNORECASE),
        re.compile(rf"(?:-\w+)?\s+(?:(?:{adjectives})\s+){{0,2}}(?:{nouns})(?![\w-])(?!\s+(?:{uses})(?!\w))"),
        re.compile(r"(?:-(?:\d{2,}|[A-Z]\d*)|\s[A-Z]\d+(?!\s+(?:highway|road|route|motorway|autoroute)))(?![\w-])"),
    )


def _group_of_members(mention: Mention, text: str) -> bool:
    """A party or movement that people are members of ("members of Svoboda", "members of National Corps and
    Svoboda"), the name closing the phrase: not "members of the Kharkiv city council"."""
    before, closes = _member_patterns()
    return bool(before.search(text, max(0, mention.start - 80), mention.start) and closes.match(text, mention.end))


@functools.cache
def _member_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from kronika.data import load_json

    nouns = "|".join(re.escape(noun) for noun in load_json("not_places.json")["member_nouns"])
    name = r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3}"
    return (
        re.compile(
            rf"(?<![\w-])(?:{nouns})\s+(?:the\s+)?(?:{name}\s*(?:,|\band\b|\bet\b)\s*(?:the\s+)?){{0,4}}$", re.I
        ),
        re.compile(  # the name closes the phrase: a comma, "and", or the sentence's verb ("held", "marched")
            r"(?:\s+(?:party|movement|parti|mouvement))?\s*(?:[,;.)]|\band\b|\bet\b|$|"
            r"\s+(?:held|took|were|was|who|ont|sont|[a-zà-ÿ]+(?:ed|é|ée|és))\b)"
        ),
    )


def _outlet_name(mention: Mention, text: str) -> bool:
    """A news outlet: announced by a noun of the press, with its adjectives ("le média ukrainien Babel", "the
    independent outlet Meduza", "le site d'information Zaborona"), or an outlet's own credit ("Ukrainska Pravda",
    "Kyiv Post": data/outlets.json) covering the name."""
    if _outlet_before().search(text, max(0, mention.start - 60), mention.start):
        return True
    return any(
        match.start() <= mention.start and mention.end <= match.end()
        for match in _outlet_credits().finditer(text, max(0, mention.start - 40), min(len(text), mention.end + 40))
    )


@functools.cache
def _outlet_before() -> re.Pattern[str]:
    from kronika.data import load_json

    data = load_json("not_places.json")
    nouns = "|".join(re.escape(noun) for noun in sorted(data["outlet_nouns"], key=len, reverse=True))
    adjectives = "|".join(re.escape(word) for word in sorted(data["outlet_adjectives"], key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{nouns})(?:\s+(?:{adjectives})){{0,2}}\s+$", re.IGNORECASE)


@functools.cache
def _outlet_credits() -> re.Pattern[str]:
    """Every outlet credit of two words or more, or one word the gazetteer might read ("Meduza")."""
    from kronika.data import load_json

    credits = {c for o in load_json("outlets.json")["outlets"] for c in o.get("credits", []) if len(c) >= 4}
    names = "|".join(re.escape(c) for c in sorted(credits, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")


@functools.cache
def _seats() -> frozenset[str]:
    from kronika.data import load_json

    return frozenset(fold(word) for word in load_json("not_places.json")["seats"])


@functools.cache
def _peoples() -> frozenset[str]:
    from kronika.data import load_json

    return frozenset(fold(word) for word in load_json("not_places.json")["peoples"])


def _speaks(mention: Mention, text: str) -> bool:
    """A lone word followed by a reporting verb ("Dmitriev a assuré", "Kadyrov claimed") naming only towns too small
    to stand for a government: the surname of a speaker, not a village."""
    if " " in mention.surface or mention.locative:
        return False
    if any(c.kind not in ("city", "settlement") or c.population >= _GOVERNMENT_TOWN for c in mention.candidates):
        return False
    verb = _VERB_AFTER.match(text, mention.end)
    return verb is not None and fold(verb.group("verb")) in _reporting_verbs()


def _titled(mention: Mention, text: str) -> bool:
    """A lone word followed by a person's title in apposition ("Madyar, le commandant des forces de drones",
    "Kellogg, the US special envoy", "Witkoff, Trump's envoy") naming only towns too small to stand for a
    government: a person, not a village ("Pokrovsk, le chef-lieu du district" stays the town; in "shelled Kupiansk,
    the governor said" the title is the speaker's)."""
    if " " in mention.surface or mention.locative or _taken_or_shelled(mention, text):
        return False
    if any(c.kind not in ("city", "settlement") or c.population >= _GOVERNMENT_TOWN for c in mention.candidates):
        return False
    title = _title_after().match(text, mention.end)
    if title is None:
        return False
    speaker = _SPEAKER_VERB_AFTER.match(text, title.end())
    return speaker is None or fold(speaker.group("verb")) not in _reporting_verbs()


_SPEAKER_VERB_AFTER = re.compile(  # "…, the governor said", "…, le gouverneur Oleh Syniehoubov a annoncé"
    r"(?:\s+[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐ][\w'’-]*){0,3},?(?:\s+(?:a|ont|avait|had|has|have))?\s+(?P<verb>[a-zà-ÿ]+)\b"
)


@functools.cache
def _title_after() -> re.Pattern[str]:
    from kronika.data import load_json

    data = load_json("not_places.json")
    titles = "|".join(re.escape(t) for t in sorted(data["person_titles"], key=len, reverse=True))
    modifiers = "|".join(re.escape(m) for m in sorted(data["person_title_modifiers"], key=len, reverse=True))
    return re.compile(
        rf"\s*,\s*(?:(?:le|la|l['’]|the|un|une|a|an|son|sa|his|her|their|leur|(?-i:[A-Z][\w.-]*)['’]s)\s*)?"
        rf"(?:(?:{modifiers})[\s-]+){{0,2}}(?:{titles})(?![\w-])",
        re.IGNORECASE,
    )


_GOVERNMENT_TOWN = 100_000  # "Moscow said", "Kiev a annoncé": a city this size speaks for its government (actor role)


_VERB_AFTER = re.compile(r"(?:\s+(?:a|ont|avait|had|has|have))?\s+(?P<verb>[a-zà-ÿ]+)\b")


@functools.cache
def _reporting_verbs() -> frozenset[str]:
    from kronika.data import load_json

    verbs = load_json("reporting_verbs.json")
    return frozenset(fold(v) for lang in ("fr", "en") for v in verbs[lang])


def _name_head(mention: Mention, text: str) -> bool:
    """ "Nova Poshta", "Velyka Britaniia": the first word of a two-word name the gazetteer does not hold is not the
    village that bears it alone."""
    if fold(mention.surface) not in inflections().get("settlement_prefixes", ()):
        return False
    return bool(_NEXT_NAME.match(text, mention.end))


_NEXT_NAME = re.compile(rf"[\s-]+{WORD}")


def _taken_or_shelled(mention: Mention, text: str) -> bool:
    """The object of a verb of shelling or capture ("ont repris Kozatcha Lopan", "shelled Pisky") naming a place of
    the war's regions: a place even when NER reads a person."""
    if not (
        _CAPTURE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        or _SHELLED_AFTER.match(text, mention.end)
    ):
        return False
    return any(in_theatre(c) and c.kind in ("city", "settlement") for c in mention.candidates)


def _village_shaped(mention: Mention) -> bool:
    """A word shaped like a Ukrainian or Russian settlement name (-ivka, -ivske, -opil; Velyka X, Nova X), which no
    person's name is, naming a village of the war's regions: a place even when NER reads a person ("attaqué
    Novomykhaïlivka", "frappé Velyka Novossilka")."""
    folded = fold(mention.surface)
    first, _, rest = folded.partition(" ")
    prefixed = bool(rest) and first in inflections().get("settlement_prefixes", ())
    if not (prefixed or folded.endswith(tuple(fold(s) for s in inflections()["settlement_suffixes"]))):
        return False
    return any(in_theatre(c) and c.kind in ("city", "settlement") for c in mention.candidates)


def _lone_line_place(mention: Mention, text: str) -> bool:
    """A line that is only a village of the war's regions ("Shyrokyne", "Pisky."): a feed's place tag."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if line.strip(" .;") != mention.surface:
        return False
    return any(c.kind in ("city", "settlement") and in_theatre(c) for c in mention.candidates)


def _foreign_alias(mention: Mention) -> bool:
    """Every reading is a town abroad that bears the word only as an alternate name or a spelling variant."""
    return all(
        c.kind in ("city", "settlement")
        and c.country not in FOCUS_WEIGHT
        and c.country != "UA"
        and c.quality in ("alt", "key")
        and c.population < _FOREIGN_ALIAS_CITY
        for c in mention.candidates
    )


def _theatre_town(mention: Mention) -> bool:
    """A town of the war's regions by its own name ("Sloviansk, Bakhmout, Avdiivka"), however French spells it, even
    when NER says person."""
    return any(
        c.kind == "city"
        and c.population >= _THEATRE_TOWN
        and c.admin1 in theatre()
        and (c.quality in ("name", "alt") or translit_key(c.name) in name_keys(mention.surface))
        for c in mention.candidates
    )  # also its own name as French spells it ("Tchassiv Iar", "Koupiansk")


def _actor_use(mention: Mention, text: str) -> bool:
    """ "Luhansk rebels", "Donetsk People's Militia", "DPR positions", "la république populaire de Donetsk": a name
    standing for an armed group or the authority it set up."""
    if _ACTOR_AFTER.match(text, mention.end):
        return True
    republic = _REPUBLIC_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    if republic and not _INSIDE_BEFORE.search(text[max(0, republic.start() - 20) : republic.start()]):
        return True  # "les forces de la république populaire de Donetsk": a party to the war, not the city
    if not all(c.kind in ("region", "macro") for c in mention.candidates):
        return False
    armed_group = mention.surface.isupper() or "people" in fold(mention.surface)
    return armed_group and not _INSIDE_BEFORE.search(text[max(0, mention.start - 20) : mention.start])


@functools.cache
def _first_names() -> frozenset[str]:
    from kronika.data import load_json

    return frozenset(fold(name) for name in load_json("first_names.json")["names"])
