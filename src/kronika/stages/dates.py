"""Dates stage: the publication date, and every date expression resolved to a window.

Spans are found with our own patterns (French and English) and resolved
against an anchor: the publication day when it is known to the day, else the
latest explicit date the article mentions. A relative expression with no
day-precise anchor widens to the anchor's month; nothing is ever invented.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kronika.model import DateMention, Document, Published
from kronika.pipeline import stage
from kronika.stages.dates_patterns import NUMERIC, day_month, first_numeric, month_end, patterns, valid, vocab

_BYLINE = re.compile(r"(?i)\s*(?:par|by)\s")
# digits are bounded by non-digits, not word boundaries: scraped pages glue a date to the words around it
# ("Kiev dément20/11/2025 17:05 Le chef", "Publié le 30/12/2024Moscou et Kiev")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}\s?[h:]\s?\d{2}(?!\d)")
# "17/04/24" in a publication line: a day, a month and a two-digit year
_SHORT_YEAR = re.compile(r"(?<!\d)(\d{1,2})([./])(\d{1,2})\2(\d{2})(?!\d)(?![./]\d)")
# an American time of day ("07/08/25 10:05 AM ET"): the numeric date beside it reads month first
_LETTER_DIGIT = re.compile(r"[^\W\d_]\d")
_CAMEL = re.compile(r"(?<=[a-zà-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_AM_PM = re.compile(r"\b\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\b")
# a publication keyword: at a line's start in any case, or inside a glued line capitalised ("…ZaporijjiaPublié le")
_PUBLISHED = re.compile(
    r"(?im:^\s*(?:publi[ée](?:\s+le)?|published(?:\s+on)?|mis\s+à\s+jour\s+le))"
    r"|(?:Publi[ée](?:\s+le)?|Published(?:\s+on)?|Mis\s+à\s+jour\s+le)(?![\w])"
)
# what may stand between a publication day and its time ("26 juillet 2024 à 13h12", "15.01.2025 - 14:22")
_DAY_TO_CLOCK = re.compile(r"[\s,]*(?:à|at|-|–|\||,)?[\s,]*")


@stage("dates", requires=["doc.text", "doc.removed"], assigns=["doc.published", "doc.dates"])
def resolve_dates(doc: Document) -> Document:
    """Set the publication date (or null) and every date mention in the text."""
    doc.published = find_published(doc)
    anchor = anchor_date(doc)
    doc.dates = find_dates(doc.text, doc.published, anchor, _stamp_span(doc))
    if doc.language in ("uk", "ru"):
        doc.dates = _with_slavic_dates(doc.dates, doc.text, anchor)
    return doc


def _with_slavic_dates(found: list[DateMention], text: str, anchor: tuple[date, str] | None) -> list[DateMention]:
    from kronika.stages.dates_slavic import slavic_dates

    slavic = slavic_dates(text, anchor)
    kept = [m for m in found if not any(s.start < m.end and m.start < s.end for s in slavic)]
    return sorted([*kept, *slavic], key=lambda m: m.start)


def _stamp_span(doc: Document) -> tuple[int, int] | None:
    """Where the publication stamp stands in the head of the text, when it stayed there: it dates the page, not an
    act ("Frappe sur Dnipro : le bilan passe à huit morts20 avril 2024, 09h12Le bilan…": the headline is not news
    of the 20th for that)."""
    evidence = doc.published.evidence
    if not evidence or doc.published.precision != "day" or doc.header.get("date"):
        return None
    start = doc.text.find(evidence, 0, 700)
    return (start, start + len(evidence)) if start >= 0 else None


def find_published(doc: Document) -> Published:
    header = doc.header.get("date")
    if header:
        evidence = doc.header.get("_line") or header
        parts = header.split("-")
        if len(parts) == 2:
            return Published(f"{parts[0]}-{parts[1]}-01", "month", evidence)
        if len(parts) == 3 and valid(int(parts[0]), int(parts[1]), int(parts[2])):
            return Published(header, "day", evidence)
    for removal in doc.removed:
        if removal.reason == "timestamp":
            found = _first_full_date(removal.text)
            if found:
                return Published(found.isoformat(), "day", removal.text)
    published = _published_line(doc.text[:400]) or _dateline(doc.text[:400])
    if published.date is None and not doc.raw.lstrip().startswith("<"):
        # cleaning may have cut a glued date line apart ("International15.01.2025", "-", "14:22"): read the page
        raw = doc.raw[:600]
        published = _published_line(raw) or _dateline(raw)
    return published


def _published_line(head: str) -> Published | None:
    """The day after a publication keyword ("Publié le 18/11/2023", "Mis à jour le 22/03/24 16:48",
    "Publié: 17 décembre 2024"), at a line's start or glued inside a scraped line."""
    for match in _PUBLISHED.finditer(head):
        after = head[match.end() : match.end() + 60].split("\n")[0]
        found = _first_full_date(after)
        if found:
            return Published(found.isoformat(), "day", head[match.start() : match.end() + _stamp_end(after)])
    return None


def _stamp_end(after: str) -> int:
    """Where the stamp after a publication keyword ends: after its day and the time of day that follows it."""
    dates = _full_dates(after, short_years=True)
    if not dates:
        return len(after)
    end = dates[0][1]
    gap = _DAY_TO_CLOCK.match(after, end)
    clock = _CLOCK.match(after, gap.end() if gap else end)
    return clock.end() if clock else end


def _dateline(head: str) -> Published:
    """A byline or dateline with its day and time ("Par L'Est Républicain avec AFP - 14 sept. 2024 à 14:35",
    "By Jane Doe, March 3, 2024 10:15 AM"): the first short line of the head that signs or times the story;
    else, in a scraped head whose lines are glued, a day told with its time of day ("…morts20 avril 2024,
    09h12Le bilan") or a line that opens with a day ("31 janvier 2025Un drone russe…")."""
    for line in head.splitlines():
        alone = NUMERIC.fullmatch(line.strip()) is not None  # a line that is only a date ("03/13/2025")
        if len(line) > 120 or not (_BYLINE.match(line) or _CLOCK.search(line) or alone):
            continue
        found = _first_full_date(line)
        if found:
            return Published(found.isoformat(), "day", line.strip())
    for line in head.splitlines():
        glued = _timed_day(line) or _opening_day(line) or _glued_day(line)
        if glued:
            return glued
    return Published()


def _timed_day(line: str) -> Published | None:
    """A full day immediately followed by a time of day, anywhere in a line of the head."""
    if not _CLOCK.search(line):
        return None  # the cheap test first: no time of day, no timed day
    for start, end, day in _full_dates(line, short_years=True):
        gap = _DAY_TO_CLOCK.match(line, end)
        clock = _CLOCK.match(line, gap.end() if gap else end)
        if clock:
            numeric = not any(c.isalpha() for c in line[start:end])  # a written month reads one way only
            american = numeric and _AM_PM.match(line, clock.start()) and day.day <= 12
            told = _month_first(day) if american else day
            if told:
                return Published(told.isoformat(), "day", line[start : clock.end()].strip())
    return None


def _opening_day(line: str) -> Published | None:
    """A line of the head that opens with a full day (its weekday allowed) and ends there or runs into the next
    block glued ("31 janvier 2025Un drone…"); a sentence that opens with a date ("Le 24 février 2022, les…") is
    no date line."""
    stripped = line.strip()
    if not stripped[:1].isdigit() and not stripped[:1].isupper():
        return None
    dates = _full_dates(stripped[:60])  # only a day at the line's start counts, and a day is short
    if not dates or dates[0][0] != 0:
        return None
    _, end, day = dates[0]
    rest = stripped[end:]
    if stripped[:3].lower() in ("le ", "the") or (rest[:1] and not rest[:1].isupper()):
        return None
    return Published(day.isoformat(), "day", stripped[:end])


def _glued_day(line: str) -> Published | None:
    """A full day glued to the word before it, between two blocks of a scraped head line ("…dont un
    enfant14 novembre 2024Deux missiles…", "…à Beryslav10/04/2025Un homme…"): the scraper ran the headline, the
    date line and the body together; a month-first day glued to a word too ("…as missiles hit KyivApril 24, 2025 —
    7.05pm AEST"). The block after the day must open with a capital or a time (or the line end there):
    "…d'Avdiïvka17 février 2024 après des mois de combats" is a date of the sentence, no date line."""
    letter_digit = _LETTER_DIGIT.search(line) is not None
    camel = [m.start() for m in _CAMEL.finditer(line)]
    if not letter_digit and not camel:
        return None  # the cheap test first: no letter touching a digit or a capital, no glued day
    found = [(s, e, d) for s, e, d in _full_dates(line) if s and line[s - 1].isalpha()] if letter_digit else []
    for at in camel:  # "…hit KyivApril 24, 2025 — 7.05pm": a month-first day glued to a word
        dates = _full_dates(line[at : at + 40])
        if dates and dates[0][0] == 0:
            found.append((at, at + dates[0][1], dates[0][2]))
    for start, end, day in sorted(found):
        after = line[end:].lstrip(" -–—|·")
        if not after or after[0].isupper() or after[0].isdigit():
            return Published(day.isoformat(), "day", line[start:end])
    return None


def _full_dates(text: str, short_years: bool = False) -> list[tuple[int, int, date]]:
    """Every date of ``text`` told with its day, month and year (numeric or written; with ``short_years`` also
    "22/03/24"), with its span, in order."""
    found = []
    numerics = [NUMERIC, _SHORT_YEAR] if short_years else [NUMERIC]
    for pattern, read in zip(numerics, (first_numeric, _short_year), strict=False):
        for match in pattern.finditer(text):
            numeric = read(match.group())
            if numeric:
                found.append((match.start(), match.end(), numeric))
    for key in ("day_month", "month_day"):
        for match in patterns()[key].finditer(text):
            day = day_month(match, None) if match.group("y") else None
            if day:
                found.append((match.start(), match.end(), day))
    return sorted(found)


def _first_full_date(text: str) -> date | None:
    """The first date with day, month and year, numeric ("20/04/2022", "17/04/24", "03/13/2025") or written
    ("24 novembre 2022")."""
    numeric = first_numeric(text) or _short_year(text)
    if numeric and _AM_PM.search(text) and numeric.day <= 12 and numeric.day != numeric.month:
        return _month_first(numeric)
    if numeric:
        return numeric
    written = []
    for key in ("day_month", "month_day"):
        match = patterns()[key].search(text)
        if match and match.group("y"):
            written.append((match.start(), day_month(match, None)))
    found = [(start, day) for start, day in written if day]
    return min(found)[1] if found else None


def _month_first(day_first: date) -> date | None:
    """A numeric date read day first, read month first instead (an American "07/08/25 10:05 AM ET")."""
    year, month, day = day_first.year, day_first.day, day_first.month
    return date(year, month, day) if valid(year, month, day) else None


def _short_year(text: str) -> date | None:
    """A day-first date with a two-digit year ("Publié le 17/04/24 à 09h48"), read only in a publication line."""
    match = _SHORT_YEAR.search(text)
    if not match:
        return None
    day, month, year = int(match.group(1)), int(match.group(3)), 2000 + int(match.group(4))
    return date(year, month, day) if valid(year, month, day) else None


def anchor_date(doc: Document) -> tuple[date, str] | None:
    """The reference date for relative expressions, with its precision."""
    if doc.published.date is None:
        explicit = _explicit_days(doc.text, None)
        return (max(explicit), "day") if explicit else None
    published = date.fromisoformat(doc.published.date)
    if doc.published.precision == "day":
        return published, "day"
    explicit = [
        d for d in _explicit_days(doc.text, published.year) if d.year == published.year and d.month == published.month
    ]
    return (max(explicit), "day") if explicit else (published, doc.published.precision or "month")


def _explicit_days(text: str, year: int | None) -> list[date]:
    found = []
    for key in ("day_month", "month_day"):
        for match in patterns()[key].finditer(text):
            resolved = day_month(match, year)
            if resolved:
                found.append(resolved)
    for match in NUMERIC.finditer(text):
        numeric = first_numeric(match.group())
        if numeric:
            found.append(numeric)
    return found


def find_dates(
    text: str, published: Published, anchor: tuple[date, str] | None, stamp: tuple[int, int] | None = None
) -> list[DateMention]:
    """Every date expression in ``text`` with its resolved window, in text order, without overlaps (none inside the
    publication ``stamp``)."""
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = [stamp] if stamp else []
    keys = (
        "night",
        "night_one",
        "day_range",
        "night_dates",
        "day_month",
        "month_day",
        "ago",
        "offset",
        "overnight",
        "weekend",
        "week",
        "last_period",
        "month_rel",
        "year",
        "weekday",
    )
    for key in keys:
        for match in patterns()[key].finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            window = _resolve(key, match, published, anchor)
            if key == "month_rel" and match.group("that"):  # "En octobre de cette année-là": the year just told
                window = _month_of_year_told(match, text)
            if window is None:
                continue
            start, end, precision = window
            mentions.append(
                DateMention(
                    match.group().strip(), match.start(), match.end(), start.isoformat(), end.isoformat(), precision
                )
            )
            taken.append(match.span())
    return sorted(mentions, key=lambda m: m.start)


def _resolve(
    key: str, match: re.Match[str], published: Published, anchor: tuple[date, str] | None
) -> tuple[date, date, str] | None:
    if key in ("day_month", "month_day"):
        return _resolve_day_month(match, published, anchor)
    if key == "day_range":
        return _resolve_range(match, published, anchor)
    if key == "night_dates":
        last = _resolve_day_month(match, published, anchor)
        nights = int(match.group("d")) - int(match.group("d0"))
        return (last[1] - timedelta(days=nights), last[1], "day") if last and 0 < nights <= 2 else last
    if key == "month_rel":
        return _resolve_month(match, anchor)
    if key == "year":
        year = int(match.group("y"))
        return date(year, 1, 1), date(year, 12, 31), "year"
    if anchor is None:
        return None
    base, precision = anchor
    if key == "last_period":
        return _last_period(match, base)
    if precision != "day":
        first = base.replace(day=1)
        return first, month_end(first), "month"
    return _resolve_relative(key, match, base)


def _last_period(match: re.Match[str], base: date) -> tuple[date, date, str]:
    """The whole previous calendar month ("le mois dernier") or year ("last year")."""
    if match.group("month"):
        first = (base.replace(day=1) - timedelta(days=1)).replace(day=1)
        return first, month_end(first), "month"
    return date(base.year - 1, 1, 1), date(base.year - 1, 12, 31), "year"


def _resolve_day_month(
    match: re.Match[str], published: Published, anchor: tuple[date, str] | None
) -> tuple[date, date, str] | None:
    reference = anchor[0] if anchor else (date.fromisoformat(published.date) if published.date else None)
    default_year = reference.year if reference else None
    resolved = day_month(match, default_year)
    if resolved is None:
        return None
    if not match.group("y") and reference and (named := _weekday_named(match, reference)):
        return named, named, "day"
    if not match.group("y") and reference and resolved > reference + timedelta(days=1):
        previous = day_month(match, resolved.year - 1)
        resolved = previous or resolved
    return resolved, resolved, "day"


def _weekday_named(match: re.Match[str], reference: date) -> date | None:
    """A day and month told with their weekday ("samedi 22 février", "Saturday, March 1") fall in the year where
    that day is that weekday, the nearest to the report: after it too, for an announcement."""
    named = (match.groupdict().get("wd") or "").lower()
    weekday = vocab()["weekdays"].get(named)
    if weekday is None:
        return None
    years = (reference.year - 1, reference.year, reference.year + 1)
    fitting = [d for d in (day_month(match, y) for y in years) if d is not None and d.weekday() == weekday]
    nearest = min(fitting, key=lambda d: abs((d - reference).days), default=None)
    return nearest if nearest is not None and abs((nearest - reference).days) <= 183 else None


def _resolve_range(
    match: re.Match[str], published: Published, anchor: tuple[date, str] | None, longest: int = 31
) -> tuple[date, date, str] | None:
    """A range of days keeps its first day as the event's date and its last as the window's end (ACLED dates an
    event told over days by its first, with the precision the span deserves: a day or two, a week, a month)."""
    last = _resolve_day_month(match, published, anchor)
    if last is None:
        return None
    end = last[1]
    month = vocab()["months"].get((match.group("m0") or "").lower().rstrip("."), end.month)
    year = end.year - 1 if month > end.month else end.year
    day = int(match.group("d0"))
    if not valid(year, month, day):
        return None
    start = date(year, month, day)
    span = (end - start).days
    if not 0 < span <= longest:
        return None
    return start, end, "day" if span <= 2 else "week" if span <= 7 else "month"


def _month_of_year_told(match: re.Match[str], text: str, reach: int = 400) -> tuple[date, date, str] | None:
    """ "Il faut remonter à l'automne 2022. En octobre de cette année-là, …", "in March of that year": the month of
    the last year the text told before it; none when no year was told."""
    month = vocab()["months"].get(match.group("m").lower())
    years = _YEAR.findall(text[max(0, match.start() - reach) : match.start()])
    if month is None or not years:
        return None
    first = date(int(years[-1]), month, 1)
    return first, month_end(first), "month"


def _resolve_month(match: re.Match[str], anchor: tuple[date, str] | None) -> tuple[date, date, str] | None:
    text = match.group().lower()
    month = vocab()["months"].get(match.group("m").lower())
    if month is None:
        return None
    if match.group("m").lower() in vocab()["bare_month_not_a_date"] and not (
        match.group("y") or match.group("last") or re.match(r"(en|in|early|late|mid|début|fin|last|au mois)", text)
    ):
        return None  # "may", "mars", "sept" (seven) alone are too often not dates
    if match.group("y"):
        year = int(match.group("y"))
    elif anchor is None:
        return None
    else:
        base = anchor[0]
        year = base.year
        strictly_before = bool(match.group("last")) or text.startswith("last")
        if month > base.month or (strictly_before and month >= base.month):
            year -= 1
    first = date(year, month, 1)
    return first, month_end(first), "month"


def _one_night(match: re.Match[str], base: date) -> tuple[date, date, str]:
    """ "overnight into Tuesday": Monday to Tuesday; "la nuit de dimanche": Sunday to Monday (not after the report)."""
    weekdays = vocab()["weekdays"]
    if match.group("to"):
        end = _last_weekday(base, weekdays[match.group("to").lower()])
        return end - timedelta(days=1), end, "day"
    start = _last_weekday(base, weekdays[(match.group("of") or match.group("of2")).lower()])
    return start, min(start + timedelta(days=1), base), "day"


def _resolve_relative(key: str, match: re.Match[str], base: date) -> tuple[date, date, str] | None:
    words = vocab()
    if key == "night":
        first = next(g for g in (match.group("a"), match.group("c"), match.group("f")) if g)
        end = _last_weekday(
            base,
            words["weekdays"][next(g for g in (match.group("b"), match.group("e"), match.group("g")) if g).lower()],
        )
        start = end - timedelta(days=(end.weekday() - words["weekdays"][first.lower()]) % 7 or 1)
        return start, end, "day"
    if key == "night_one":
        return _one_night(match, base)
    if key == "overnight":
        return base - timedelta(days=1), base, "day"
    if key == "weekend":
        saturday = _last_weekday(base, 5)
        return saturday, min(saturday + timedelta(days=1), base), "week"
    if key == "offset":
        day = base + timedelta(days=words["day_offsets"][_normalise(match.group())])
        return day, day, "day"
    if key == "ago":
        word = (match.group("n") or match.group("n2")).lower()
        count = int(word) if word.isdigit() else words["numbers"][word]
        day = base - timedelta(days=count)
        return day, day, "day"
    if key == "week":
        if re.search(r"derni|pass|last", match.group(), re.IGNORECASE):
            monday = base - timedelta(days=base.weekday() + 7)
        else:
            monday = base - timedelta(days=base.weekday())
        return monday, min(monday + timedelta(days=6), base), "week"
    if key == "weekday":
        day = _last_weekday(base, words["weekdays"][match.group("wd").lower()])
        return day, day, "day"
    return None


def _normalise(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _last_weekday(base: date, weekday: int) -> date:
    """The most recent ``weekday`` on or before ``base`` (news reports the past)."""
    return base - timedelta(days=(base.weekday() - weekday) % 7)
