"""Ukrainian and Russian date expressions, resolved against the post's day (``data/slavic.json`` "dates").

"17 березня", "6 августа 2024 года" (the month in the genitive, as both languages write a day), "сьогодні",
"вчера", "вночі", "минулої доби" (the General Staff's and the MoD's "past day": the day before the post), "у неділю".
A relative expression needs a post dated to the day; nothing is invented without one.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import Any

from kronika.data import load_json
from kronika.model import DateMention


@functools.cache
def _patterns() -> dict[str, Any]:
    vocab = load_json("slavic.json")["dates"]
    months = "|".join(sorted(vocab["months"], key=len, reverse=True))
    offsets = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in sorted(vocab["day_offsets"], key=len, reverse=True))
    weekdays = "|".join(sorted(vocab["weekdays"], key=len, reverse=True))
    return {
        "months": vocab["months"],
        "offsets": {" ".join(k.split()): v for k, v in vocab["day_offsets"].items()},
        "weekdays": {k.replace("’", "'").replace("ʼ", "'"): v for k, v in vocab["weekdays"].items()},
        "day_month": re.compile(
            rf"(?:(?<!\w){vocab['time_of_day']}\s+)?(?<!\d)(?P<d>\d{{1,2}})\s+(?P<m>{months})(?!\w)(?:\s+(?P<y>20\d{{2}})(?!\d){vocab['year_words']})?",
            re.IGNORECASE,
        ),
        "offset": re.compile(rf"(?<!\w)(?:{offsets})(?!\w)", re.IGNORECASE),
        "weekday": re.compile(rf"(?<!\w)(?:у|в|во)\s+(?P<wd>{weekdays})(?!\w)", re.IGNORECASE),
    }


def slavic_dates(text: str, anchor: tuple[date, str] | None) -> list[DateMention]:
    """Every Ukrainian or Russian date expression of ``text``, in text order, without overlaps."""
    patterns = _patterns()
    mentions: list[DateMention] = []
    for key in ("day_month", "offset", "weekday"):
        for match in patterns[key].finditer(text):
            if any(m.start < match.end() and match.start() < m.end for m in mentions):
                continue
            day = _resolve(key, match, anchor, patterns)
            if day is not None:
                iso = day.isoformat()
                mentions.append(DateMention(match.group(0), match.start(), match.end(), iso, iso, "day"))
    return sorted(mentions, key=lambda m: m.start)


def _resolve(key: str, match: re.Match[str], anchor: tuple[date, str] | None, patterns: dict[str, Any]) -> date | None:
    if key == "day_month":
        return _day_month(match, anchor, patterns["months"])
    if anchor is None or anchor[1] != "day":
        return None
    if key == "offset":
        return anchor[0] + timedelta(days=patterns["offsets"][" ".join(match.group(0).lower().split())])
    weekday = patterns["weekdays"][match.group("wd").lower().replace("’", "'").replace("ʼ", "'")]
    return anchor[0] - timedelta(days=(anchor[0].weekday() - weekday) % 7)  # the last such day, the post's own too


def _day_month(match: re.Match[str], anchor: tuple[date, str] | None, months: dict[str, int]) -> date | None:
    month = months[match.group("m").lower()]
    year = int(match.group("y")) if match.group("y") else (anchor[0].year if anchor else None)
    if year is None:
        return None
    try:
        day = date(year, month, int(match.group("d")))
    except ValueError:
        return None
    if not match.group("y") and anchor and day > anchor[0] + timedelta(days=1):
        return _in_year(day, year - 1)  # "30 грудня" in a January post: last year's
    return day


def _in_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None
