"""The date vocabulary (data/dates.json) and the patterns built from it, shared by the dates stage's readers of
publication stamps and of date expressions."""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date

from kronika.data import load_json

# "20/04/2022", "12.12.2024", "08-09-2024" (day first, as French and Belgian sites write it), "2024-09-08"
NUMERIC = re.compile(r"(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


@functools.cache
def vocab() -> dict[str, dict[str, int]]:
    data = load_json("dates.json")
    return {key: data[key] for key in ("months", "weekdays", "day_offsets", "numbers", "bare_month_not_a_date")}


@functools.cache
def patterns() -> dict[str, re.Pattern[str]]:
    v = vocab()
    month = "|".join(sorted(map(re.escape, v["months"]), key=len, reverse=True))
    weekday = "|".join(v["weekdays"])
    offsets = "|".join(sorted(map(re.escape, v["day_offsets"]), key=len, reverse=True))
    number = "|".join(v["numbers"]) + r"|\d{1,2}"
    flags = re.IGNORECASE
    return {
        "day_month": re.compile(
            rf"(?<!\d)(?:\b(?P<wd>{weekday}),?\s+)?(?:\ble\s+|\bthe\s+)?(?P<d>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<m>{month})\.?(?:,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)|\b)",
            flags,
        ),
        "month_day": re.compile(
            rf"\b(?:(?P<wd>{weekday}),?\s+)?(?P<m>{month})\.?\s+(?P<d>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?"
            rf"(?:,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)|\b)",
            flags,
        ),
        "night": re.compile(
            rf"\b(?:(?:dans\s+)?la\s+nuit\s+(?:de|du)\s+(?P<a>{weekday})\s+(?:à|au)\s+(?P<b>{weekday})|overnight\s+(?:on\s+)?(?P<c>{weekday})\s+(?:into|to)\s+(?P<e>{weekday})|(?:on\s+)?the\s+night\s+of\s+(?P<f>{weekday})\s+(?:into|to)\s+(?P<g>{weekday}))\b",
            flags,
        ),
        # "overnight into Tuesday", "dans la nuit de dimanche": one night, from the evening of the day before
        "night_one": re.compile(
            rf"\b(?:overnight\s+(?:into|to)\s+(?P<to>{weekday})|(?:dans\s+)?la\s+nuit\s+(?:de|du)\s+(?P<of>{weekday})"
            rf"(?!\s+(?:à|au|soir)\b)|(?:on\s+)?the\s+night\s+of\s+(?P<of2>{weekday})(?!\s+(?:into|to)\b))\b",
            flags,
        ),
        # "du 31 août au 1er septembre", "between 1 and 7 May", "la nuit du 31 août au 1er septembre": from the
        # first day to the last
        "day_range": re.compile(
            rf"\b(?:(?:dans\s+)?la\s+nuit\s+du|(?:on\s+)?the\s+night\s+of|du|from|between|entre\s+le)\s+"
            rf"(?P<d0>\d{{1,2}})(?:er|st|nd|rd|th)?(?:\s+(?:of\s+)?(?P<m0>{month})\.?)?"
            rf"\s+(?:au|to|into|and|until|et\s+le)\s+(?P<d>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{month})\.?"
            rf"(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?\b",
            flags,
        ),
        # "dans la nuit du 12 au 13 octobre", "the night of 12 to 13 October": both days
        "night_dates": re.compile(
            rf"\b(?:(?:dans\s+)?la\s+nuit\s+du|(?:on\s+)?the\s+night\s+of)\s+(?P<d0>\d{{1,2}})(?:er|st|nd|rd|th)?"
            rf"\s+(?:au|to|into)\s+(?P<d>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{month})\.?"
            rf"(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?\b",
            flags,
        ),
        # "overnight", "dans la nuit", "la nuit dernière" with no day named: the night before the report
        "overnight": re.compile(
            r"\b(?:overnight|during\s+the\s+night|dans\s+la\s+nuit|la\s+nuit\s+derni[èe]re|cette\s+nuit-l[àa])\b"
            r"(?!\s+(?:de|du|d['’]|of|on|into|to|suivante|following)\b)",
            flags,
        ),
        # "ce week-end", "le week-end dernier", "over the weekend": the last Saturday and Sunday
        "weekend": re.compile(
            r"\b(?:(?:ce|le|du|au\s+cours\s+du|pendant\s+le)\s+week-?end(?:\s+dernier)?|"
            r"(?:this|last|over\s+the|at\s+the|during\s+the)\s+weekend)\b",
            flags,
        ),
        "offset": re.compile(rf"(?<!\w)(?:{offsets})(?!\w)", flags),
        "ago": re.compile(rf"\b(?:il\s+y\s+a\s+(?P<n>{number})\s+jours?|(?P<n2>{number})\s+days?\s+ago)\b", flags),
        "week": re.compile(
            r"\b(?P<last>la\s+semaine\s+derni[èe]re|la\s+semaine\s+pass[ée]e|last\s+week|earlier\s+this\s+week|plus\s+t[ôo]t\s+cette\s+semaine|this\s+week|cette\s+semaine|en\s+d[ée]but\s+de\s+semaine)\b",
            flags,
        ),
        "month_rel": re.compile(
            rf"\b(?:(?:en|au\s+mois\s+de|au\s+mois\s+d'|d[ée]but|mi-|fin|in|early|mid-?|late|last|since|depuis)\s*)?(?P<m>{month})(?:\s+(?P<y>(?:19|20)\d{{2}})|\s+(?P<last>dernier|derni[èe]re|pass[ée])"
            r"|(?P<that>\s+(?:de\s+cette\s+ann[ée]e-l[àa]|de\s+la\s+m[êe]me\s+ann[ée]e|of\s+that\s+year|that\s+year"
            r"|of\s+the\s+same\s+year)))?\b",
            flags,
        ),
        "last_period": re.compile(
            r"\b(?:(?P<month>le\s+mois\s+(?:dernier|pass[ée])|last\s+month)|"
            r"(?P<year>l'ann[ée]e\s+(?:derni[èe]re|pass[ée]e)|l'an\s+(?:dernier|pass[ée])|last\s+year))\b",
            flags,
        ),
        "year": re.compile(r"\b(?:en|in|depuis|since|au\s+cours\s+de)\s+(?P<y>(?:19|20)\d{2})\b", flags),
        "weekday": re.compile(
            rf"\b(?:(?:ce|le|last|this|on|dès|depuis)\s+)?(?P<wd>{weekday})(?:\s+(?:dernier|soir|matin|après-midi|morning|evening|night|afternoon))*\b",
            flags,
        ),
    }


def valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1] if 1900 < year < 2100 else False


def day_month(match: re.Match[str], default_year: int | None) -> date | None:
    month = vocab()["months"].get(match.group("m").lower().rstrip("."))
    year = int(match.group("y")) if match.group("y") else default_year
    day = int(match.group("d"))
    if month is None or year is None or not valid(year, month, day):
        return None
    return date(year, month, day)


def first_numeric(text: str) -> date | None:
    match = NUMERIC.search(text)
    if not match:
        return None
    if match.group(4):
        day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if month > 12 >= day:  # only month-first can read it: an American "03/13/2025"
            day, month = month, day
    else:
        year, month, day = int(match.group(5)), int(match.group(6)), int(match.group(7))
    return date(year, month, day) if valid(year, month, day) else None


def month_end(first: date) -> date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])
