"""Ukrainian and Russian attributions: who says what in a post or a news item (``data/slavic.json`` "claims").

A reporting verb after the statement names its speaker ("…, повідомив голова ОВА Сергій Лисак", "…, сообщил
губернатор"), before it opens the statement ("Як повідомив Генштаб, …"), and a lead phrase relays it ("За даними
ДСНС, …", "По данным Минобороны, …"). "Про це повідомив …" / "Об этом сообщил …" attributes the sentence before.
A verb of denial or accusation sets the stance. An entity of the actor registry inside the speaker phrase is its
canonical name; otherwise the phrase is.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from kronika.data import load_json
from kronika.model import Claim, Document, Sentence
from kronika.stages.claim_base import Source, make_claim

_SPEAKER_END = re.compile(r"[.;!?\n]|,\s+(?:який|яка|які|который|которая|которые|що|что)\b")


@functools.cache
def _lexicon() -> dict[str, Any]:
    data = load_json("slavic.json")["claims"]
    verbs = "|".join(data["verbs"])
    leads = "|".join(data["leads"])
    previous = "|".join(data["previous"])
    return {
        "after": re.compile(rf",\s*(?:[—–-]\s*)?(?:{verbs})\w*\s+(?P<src>[^.;!?\n]{{2,90}})", re.IGNORECASE),
        "lead": re.compile(rf"^\s*(?:{leads})\s+(?P<src>[^,.;:]{{2,80}})[,:]", re.IGNORECASE),
        "previous": re.compile(rf"^\s*(?:{previous})\s+(?:{verbs})\w*\s+(?P<src>[^.;!?\n]{{2,90}})", re.IGNORECASE),
        "subject": re.compile(
            rf"^\s*(?P<src>[^,.;:]{{2,60}}?)\s+(?:{verbs})\w*\s*[,:]?\s+(?=(?:що|что|о|об|про)\b)", re.I
        ),
        "deny": re.compile("|".join(data["deny"]), re.IGNORECASE),
        "accuse": re.compile("|".join(data["accuse"]), re.IGNORECASE),
    }


def slavic_claims(doc: Document, existing: list[Claim]) -> list[Claim]:
    """The attributed statements of a Ukrainian or Russian text, one per sentence and speaker."""
    found: list[Claim] = []
    for index, sentence in enumerate(doc.sentences):
        claim = _sentence_claim(doc, index, sentence)
        if claim is not None and not any(c.start == claim.start and c.source == claim.source for c in existing + found):
            found.append(claim)
    return found


def _sentence_claim(doc: Document, index: int, sentence: Sentence) -> Claim | None:
    lexicon = _lexicon()
    text = doc.text[sentence.start : sentence.end]
    previous = lexicon["previous"].match(text)
    if previous and index:
        before = doc.sentences[index - 1]
        return _claim(doc, previous, sentence.start, before.start, before.end, text)
    lead = lexicon["lead"].match(text)
    if lead:
        return _claim(doc, lead, sentence.start, sentence.start + lead.end(), sentence.end, text)
    subject = lexicon["subject"].match(text)
    if subject:  # "В Генштабе ВСУ опровергли сообщения о…", "Міноборони заявило, що…"
        return _claim(doc, subject, sentence.start, sentence.start + subject.end(), sentence.end, text)
    after = lexicon["after"].search(text)
    if after and after.start() > 10:
        return _claim(doc, after, sentence.start, sentence.start, sentence.start + after.start(), text)
    return None


def _claim(doc: Document, match: re.Match[str], offset: int, start: int, end: int, text: str) -> Claim | None:
    phrase = _SPEAKER_END.split(match.group("src"), maxsplit=1)[0].strip(' ,—–-«»"')
    if not phrase or start >= end:
        return None
    at = offset + match.start("src")
    named = next((e for e in doc.entities if at <= e.start < at + len(phrase) and e.canonical), None)
    source = Source(named.canonical or phrase, phrase, named.side) if named else Source(phrase, phrase)
    lexicon = _lexicon()
    stance = "deny" if lexicon["deny"].search(text) else "accuse" if lexicon["accuse"].search(text) else "assert"
    return make_claim(doc, source, stance, start, end)
