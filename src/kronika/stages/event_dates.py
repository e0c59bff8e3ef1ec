"""Which day an event happened: the clause's date, its sentence's, its paragraph's, else the report's own day.

A report dated only by its publication says so (``Window.by_publication``): linking then also reaches the day
before, as a morning report often tells of the previous day.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import NamedTuple

from kronika.data import load_json
from kronika.model import DateMention, Document, Event
from kronika.stages.event_typing import Clause

# a live blog's entry opens with its time: "14h02 -", "18h31", "9:10 AM EDT:", "08:45 |"
_LIVE_ENTRY = re.compile(
    r"\s*(?P<h>\d{1,2})\s*(?:h|:)\s*(?P<m>\d{2})(?:\s*(?P<half>[ap])\.?m\.?)?(?:\s+[A-Z]{2,4})?"
    r"\s*(?:[-–—:|•]|(?=\s+\w))",
    re.IGNORECASE,
)


_DAY_OF_ANOTHER_THING = re.compile(r"\s+(?:du|de|des|d['’]|of)(?!\w)", re.IGNORECASE)


class Window(NamedTuple):
    date: str
    date_end: str
    precision: str
    by_publication: bool = False  # no date in the text: the report's own day (linking also reaches the day before)


def event_window(doc: Document, clause: Clause, anchor: tuple[date, str] | None) -> Window | None:
    mention = _date_for(doc, clause, anchor)
    if mention is not None:
        return Window(mention.date, mention.date_end, mention.precision)
    if anchor is None:
        return None
    base, precision = anchor
    if precision == "day":
        return Window(base.isoformat(), base.isoformat(), "day", base.isoformat() == doc.published.date)
    first = base.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return Window(first.isoformat(), last.isoformat(), "month")


def _date_for(doc: Document, clause: Clause, anchor: tuple[date, str] | None) -> DateMention | None:
    sentence = clause.sentence
    in_clause = [d for d in doc.dates if clause.start <= d.start < clause.end and d.precision != "year"]
    if in_clause:
        # "a assuré jeudi …, où des combats ont eu lieu mercredi": the act's own day, not the statement's; a month
        # ("occupée depuis mars 2022") describes, it does not date the act
        acts = [d for d in in_clause if d.precision == "day" and not _statement_day(doc, d)]
        return acts[0] if acts and _statement_day(doc, in_clause[0]) else in_clause[0]
    in_sentence = [d for d in doc.dates if sentence.start <= d.start < sentence.end and d.precision != "year"]
    if in_sentence:
        return min(in_sentence, key=lambda d: abs(d.start - clause.start))
    before = [d for d in doc.dates if d.end <= sentence.start and d.precision != "year"]
    same_paragraph = [d for d in before if paragraph_of(doc, d.start) == sentence.paragraph]
    if same_paragraph:
        return same_paragraph[-1]
    if anchor is not None and anchor[1] == "day" and not _live_entry(doc, sentence.paragraph):
        # a live blog's timed entry is news of the publication day, not of the day an earlier entry told
        recent = [d for d in before if date.fromisoformat(d.date) >= anchor[0] - timedelta(days=7)]
        if recent:
            return recent[-1]
    return None


def act_day_retold(doc: Document, clause: Clause, event: Event, most_days: int = 3) -> None:
    """An act dated only by the report ("Le bilan … s'est alourdi à 20 morts, ont annoncé samedi les autorités")
    takes the day a later sentence retelling it gives ("La première frappe a touché vendredi matin un quartier")."""
    if event.time_precision != "day" or not event.date or event.date != event.date_end:
        return
    if not (event.dated_by_publication or event.date == doc.published.date):
        return
    days = [
        d
        for d in doc.dates
        if clause.start <= d.start < clause.end
        and d.precision == "day"
        and not _statement_day(doc, d)
        and not _DAY_OF_ANOTHER_THING.match(doc.text, d.end)  # "à la veille du sommet": the summit's eve
    ]
    if not days or not days[0].date < event.date or (days[0].date_end or days[0].date) > event.date:
        return
    if (date.fromisoformat(event.date) - date.fromisoformat(days[0].date)).days <= most_days:
        event.date, event.date_end = days[0].date, days[0].date_end or days[0].date
        event.dated_by_publication = False


def _statement_day(doc: Document, mention: DateMention) -> bool:
    """The day is told right after a verb of saying ("L'armée a assuré jeudi garder le contrôle de la ville, où de
    violents combats ont eu lieu mercredi", "officials said on Saturday"): it dates the statement, not the act."""
    before = doc.text[max(0, mention.start - 40) : mention.start]
    return _statement_verb().search(before) is not None


@functools.cache
def _statement_verb() -> re.Pattern[str]:
    said = "|".join(load_json("event_context.json")["statement_day"])
    return re.compile(rf"(?<!\w)(?:{said})\s+(?:on\s+|le\s+|ce\s+)?$", re.IGNORECASE)


def _live_entry(doc: Document, paragraph: int) -> bool:
    return _entry_minutes(doc, paragraph) is not None


def _entry_minutes(doc: Document, paragraph: int) -> int | None:
    """The time a live blog's entry opens with, in minutes of the day ("17h52", "5:40 PM EDT")."""
    first = next((s for s in doc.sentences if s.paragraph == paragraph), None)
    match = _LIVE_ENTRY.match(doc.text, first.start) if first is not None else None
    if match is None or int(match["h"]) > 23 or int(match["m"]) > 59:
        return None
    hour = int(match["h"])
    if match["half"]:  # "5:40 PM": 17:40; "12:15 AM": 0:15
        hour = hour % 12 + (12 if match["half"].lower() == "p" else 0)
    return hour * 60 + int(match["m"])


def later_entry(doc: Document, paragraph: int, than_offset: int) -> bool:
    """The paragraph is a live blog's entry timed after the entry holding ``than_offset`` (whatever the order the
    blog lists them in): a toll it tells of the same event is the later, updated one."""
    now, before = _entry_minutes(doc, paragraph), _entry_minutes(doc, paragraph_of(doc, than_offset))
    return now is not None and before is not None and now > before


def paragraph_of(doc: Document, offset: int) -> int:
    for sentence in doc.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.paragraph
    return -1
