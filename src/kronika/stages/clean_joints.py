"""Joints of the clean stage: where a scraper ran a page's lines together with no space between them.

A long line with three joints or more where a sentence runs into the next (``précisé.Publicité``), a long
lowercase word into a capitalised one (``dronesBelga``) or one script into another (``ville.Читайте``) gets a
space back at each joint; ``clean_glued.py`` then reads the line as a glued page.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from kronika.data import load_json
from kronika.stages.clean_rules import GLUED_LINE_CHARS

_RUN_ON_SENTENCE = re.compile(r"[\w»”)][.!?…](?=[«“\"]\s?[A-ZÀ-Ý]|[A-ZÀ-Ý©][a-zà-ÿ ])")  # "DTEK.« Nos", "».© BELGA"
_RUN_ON_LOWER = re.compile(r"[a-zà-ÿ]{5}(?=[A-ZÀ-Ý][a-zà-ÿ])|[\u0430-\u045f]{5}(?=[\u0400-\u042f][\u0430-\u045f])")
_SCRIPT_CHANGE = re.compile(r"[a-zà-ÿ.!?…»”](?=[\u0400-\u042f])|[\u0430-\u045f][.!?…»”]?(?=[A-ZÀ-Ý])")  # "e.Чи"
_RUN_ON_JOINTS = 2  # a short page (dev-fr pages hold 1,000 to 2,000 characters) has few joints
_RUN_ON_WORD = re.compile(
    r"(?<=[a-zà-ÿ0-9.!?…»”)%])(?=[A-ZÀ-Ý](?:[a-zà-ÿ]|['’]\w))"  # "précisé.Publicité", "actuSuivre", "14h12L'essentiel"
    r"|(?<=[a-zà-ÿ»”][.!?…])(?=[A-ZÀ-Ý0-9«“*©•▶►])"  # "drones.14h05", "riposte ».À voir", "Shahed.*Vidéo"
    r"|(?<=[a-zà-ÿ])(?=\d{1,2}[h:]\d{2}\b)|(?<=\d)(?=[«“])"  # "Publicité13h20", "19h20« J'étais"
    r"|(?<=[A-ZÀ-Ý]{2})(?=[A-ZÀ-Ý][a-zà-ÿ])|(?<=\d)(?=[A-ZÀ-Ý]{4})"  # "AFPPublié", "TYSLa", "11h05INTERNATIONAL"
    r"|(?<=[A-ZÀ-Ý]{3})(?=\d{1,2}[h:.]\d{2})"  # "AUSSI22h45", "Keystone-ATS22.11.2024"
    r"|(?<=\d [AP]M)(?=\d)|(?<=[a-zà-ÿ]:)(?=[A-ZÀ-Ý][a-zà-ÿ])"  # "6:12 PM2 min read", "Note from the author:Hi"
    r"|(?<=[a-zà-ÿ.!?…»”])(?=[\u0400-\u042f])|(?<=[\u0430-\u045f])(?=[A-ZÀ-Ý\u0400-\u042f])"  # a script changes
    r"|(?<=[\u0430-\u045f][.!?…»”])(?=[A-ZÀ-Ý\u0400-\u042f])"  # ("…ité.Читайте", "КиєвіLes", "ПоділитисяПідписуйтеся")
    r"|(?<=[\u0600-\u06ff])(?=[A-ZÀ-Ý])"  # a language switch's Arabic name run into the menu: "عربيMonde"
)
_DIGIT_CAPITAL = re.compile(r"\d[A-ZÀ-Ý]")
_STAMP_JOINT = re.compile(r"(?:\b\d{1,2}[h:]\d{2}|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b\d{4})(?=[A-ZÀ-Ý][a-zà-ÿ]+\s)")
_CAMEL_CASE = re.compile(r"(?<![^\W\d_])[A-ZÀ-Ý][a-zà-ÿ]+[A-ZÀ-Ý][a-zà-ÿ]+(?![a-zà-ÿ])")  # "CheckNews", "TikTok"


def spaced(line: str) -> str:
    """A long line whose lines a scraper joined with no space (``… a-t-il précisé.Publicité Les drones…``, ``Voir
    mon actuSuivre ce média``): a space is put back where a word or a sentence runs into a capitalised word. Told
    by three such joints or more, of which a sentence run into the next or a long lowercase word run into a
    capitalised one (``dronesBelga``); a stub's time or date run into a capitalised word and a space
    (``16:40Moscou a lancé``, ``30/12/2024Kiev a``) is a joint on any line; a brand's capital inside a word
    (``WhatsApp``, ``YouTube``) is not one, and
    a word with such a capital that comes back on the page is a name, not a joint (``CheckNews``: joints of a
    scraper's do not repeat)."""
    if _DIGIT_CAPITAL.search(line):  # (the cheap test first) a stub's time or date run into a sentence
        line = _STAMP_JOINT.sub(r"\g<0> ", line)  # "… 16:40Moscou a lancé"
    if len(line) < GLUED_LINE_CHARS:
        return line
    joints = len(_RUN_ON_SENTENCE.findall(line)) + len(_RUN_ON_LOWER.findall(line)) + len(_SCRIPT_CHANGE.findall(line))
    if joints < _RUN_ON_JOINTS and not _opener_joint().search(line):
        return line  # (a word run into a sentence's opener is enough: "KommentéierenLe président", "commentairesLes")
    names = Counter(match.group() for match in _CAMEL_CASE.finditer(line))
    inside = {i for m in _CAMEL_CASE.finditer(line) if names[m.group()] > 1 for i in range(m.start() + 1, m.end())}
    line = _RUN_ON_WORD.sub(lambda joint: "" if joint.start() in inside else " ", line)
    return _date_joint().sub(" ", line)


@functools.cache
def _date_joint() -> re.Pattern[str]:
    """A word run into a date with its month and year (``Victoria Shi1 May 2024, 14:05``)."""
    months = "|".join(sorted(load_json("boilerplate.json")["months"], key=len, reverse=True))
    return re.compile(rf"(?<=[^\W\d_])(?=\d{{1,2}}(?:er)? (?:{months})\.? \d{{4}}\b)", re.IGNORECASE)


@functools.cache
def _opener_joint() -> re.Pattern[str]:
    """A lowercase word run into a capitalised sentence opener and a space (``commentairesLes États-Unis``,
    ``KommentéierenLe président``): a short page glued with no space has few joints, and this one is a line's end
    by itself. Two-letter openers only when French (``Le``, ``La``, ``Il``, ``Un``): ``LinkedIn`` is a name."""
    words = load_json("boilerplate.json")["line_openers"]
    chosen = {w for w in words if len(w) >= 3 and w.isalpha()} | {"le", "la", "il", "un"}
    openers = sorted(chosen, key=len, reverse=True)
    alternatives = "|".join(w[:1].upper() + w[1:] for w in openers)
    return re.compile(rf"[a-zà-ÿ]{{3}}(?:(?:{alternatives})(?=\s)|L['’](?=[a-zà-ÿ]))")
