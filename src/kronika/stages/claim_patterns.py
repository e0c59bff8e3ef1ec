"""The claims stage's pattern path: attribution read off surface patterns around a reporting verb.

Used for text with no parser (English) and, in French, for the sentences the parse finds no report in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kronika.attribution import UNATTRIBUTED, ascii_quotes, open_quote_before, reporting_forms
from kronika.model import Claim, Document, Entity, Sentence
from kronika.stages.claim_base import (
    QUOTE_SPANS,
    Source,
    after_interviewer,
    from_entity,
    is_someone,
    lexicon,
    make_claim,
    official_by_role,
    registry_entities,
    side_of,
    without_markers,
)

# a personal name right before the verb ("… ambassador Vassily Nebenzia blamed"), for text without NER
_APPOSITIVE_LEAD = re.compile(r"^((?:[A-ZÀ-Þ][\w'’-]+\s+){0,2}[A-ZÀ-Þ][\w'’-]+),\s+\S.*,$")

# an English noun ("the comments"), not a verb; not "a", which is French "has"
_DETERMINER_BEFORE = re.compile(r"(?<![\w'])(?:the|an|his|their|its|our|these|those)\s+$")

_LEADING_CONJUNCTION = re.compile(r"^(?:And|But|So|Or|Mais|Et)\s+")

# a time adverbial opening the clause, with no comma after it ("Earlier in the day he had reported…")
_LEADING_TIME = re.compile(
    r"(?i)(?:earlier|later|previously|afterwards|meanwhile|plus\s+tôt|plus\s+tard|auparavant)"
    r"(?:\s+(?:in|on|that|this|dans|ce|cette)\s+(?:the\s+|la\s+|le\s+)?[\w-]+)?\s*,?\s+"
)

# a phrase cut from a clause: it ends on a function word ("Trump took to Twitter to accuse")
_FRAGMENT_END = re.compile(
    r"(?i)(?<![\w'’])(?:the|an?|of|and|or|but|to|in|on|for|with|at|by|from|as|that|le|la|les|de|du|des|et|ou)$"
)

# a subject, then a relative clause or an apposition closed by a comma before the verb
_CLOSED_APPOSITION = re.compile(r"^([^,]{2,60}?),\s+\S.*,$")

_SUBJECT_MAX_WORDS = 6

_TITLED_PHRASE = re.compile(r"(?:[A-Z][a-z]{0,2}\.\s?(?=[A-Z])|[^,.;:!?()])*")  # "Rep. G.K. Butterfield"

_NAME_BEFORE = re.compile(r"(?<![\w'’])((?:[A-ZÀ-Þ][\w'’-]+\s+){1,2}[A-ZÀ-Þ][\w'’-]+)\s*,?$")

# the verb closes its clause: "…, police said." / "…, said the ruling." (a tail like "on Monday" aside)
_CLAUSE_END = re.compile(r"\s*[.!?]?\s*[\"»”']*\s*$")

# after an inverted verb, a subject and nothing else: a name or a short noun phrase, an apposition, the end
_INVERTED_SUBJECT = re.compile(
    r"\s+(?:(?:[A-Z][\w'.-]*|of|de|du|des|d')\s*){1,6}(?:,[^.;:!?]*)?[.!?]?[\"»”']*\s*$"
    r"|\s+(?:the|a|an|le|la|les|l')\s+(?:\S+\s+){0,2}\S+?[.!?]?[\"»”']*\s*$"
)

# a subordinate clause opens: its subject is the speaker ("…, shortly after Trump said he…")
_SUBORDINATOR = (
    r"(?<![\w'’])(?:after|before|when|while|because|since|although|though|whereas|until|once|as|if|quand)\s+"
    r"|(?<![\w'’])(?:lorsqu|puisqu)(?:e\s+|')"  # "parce que", "alors que": a break at "que" already
)

# a name, titles and initials included, and the apposition closed after it ("Rep. Anna Kowalczyk, a Democrat,")
_LEADING_NAME = re.compile(r"((?:[A-Z][a-z]{0,3}\.\s?)*(?:[A-ZÀ-Þ][\w'’.-]*\s+){0,3}[A-ZÀ-Þ][\w'’-]+)(,[^,]{3,80},)?\s")

_WORD = re.compile(r"[\w-]+")

_PARTICIPLE = re.compile(r"(?i)(?:é|ée|és|ées|us?|ues?|is|ise?s?|it|ite?s?)$")
_AUXILIARY = re.compile(
    r"(?i)(?<![\w'])(?:a|ont|avait|avaient|aurait|auraient|avons|a-t-\w+|ont-\w+)\s+(?:\w+\s+){0,3}$"
)

_REFLEXIVE = re.compile(r"(?i)(?<![\w'])(?:se\s+|s')$")  # "l'Ukraine se défend": no report

_MODALS = frozenset({"will", "would", "could", "should", "can", "may", "might", "must"})

_TRANSCRIPT_TURN = re.compile(r"^[\"“«]?\s*([A-ZÀ-Þ][A-ZÀ-Þ'’. -]{1,40}[A-ZÀ-Þ]):\s+(?=\S)")


def sentence_claims(doc: Document, index: int, sentence: Sentence, earlier: list[Claim]) -> list[Claim]:
    text = ascii_quotes(doc.text[sentence.start : sentence.end].replace("’", "'"))
    verbs = _verbs(text, doc.language)
    quoted = [m.span() for m in QUOTE_SPANS.finditer(text)] if verbs else []
    if verbs and open_quote_before(doc, index) < sentence.start:  # a quotation opened earlier closes here
        closing = re.search(r"[»”\"]", text)
        quoted.append((-1, closing.start() if closing else len(text)))
    found: list[Claim] = []
    unnamed = [m.span() for m in lexicon()["anonymity"].finditer(text)] if verbs else []
    for stance, verb in verbs:
        if any(s < verb.start() < e for s, e in quoted + unnamed) or _proper_noun(text, verb.start()):
            continue  # in a quotation, or in ", who spoke on condition of anonymity…": no report of its own
        claim = _verb_claim(doc, index, sentence, text, verb, _stance(stance), earlier + found)
        claim = _trimmed(claim, text[verb.start() :]) if claim is not None else None
        if claim is not None and stance == "lexicon" and not _named(doc, claim):
            continue  # a verb of the broad lexicon reports speech only when its subject is someone by name or role
        if claim is not None and all(c.source != claim.source for c in found):
            found.append(claim)
    according = lexicon()["according"].search(text)
    if according and not found:
        # "selon X, Y a affirmé…": Y is the speaker and X only relays, so X is a source only when nobody speaks
        source = _resolve_phrase(
            doc, sentence.start + according.start("src"), according.group("src").strip(), earlier, index, explicit=True
        )
        if source:
            found.append(make_claim(doc, source, "assert", open_quote_before(doc, index), sentence.end))
    return found


def _verbs(text: str, language: str | None) -> list[tuple[str, re.Match[str]]]:
    """The reporting verbs of a sentence with their stance: the stance lexicon's, and in French every other form
    of the reporting-verb lexicon ("a pour sa part dénoncé", a verb the parser took for a noun's modifier)."""
    verbs = lexicon()["verbs_fr" if language == "fr" else "verbs"]
    found = [(stance, verb) for stance, pattern in verbs.items() for verb in pattern.finditer(text)]
    if language == "fr":
        taken = {verb.start() for _, verb in found}
        forms = reporting_forms()
        found += [
            ("lexicon", w)
            for w in _WORD.finditer(text)
            if w.start() not in taken and w.group().lower() in forms and _finite_report(text, w)
        ]
    return found


def _finite_report(text: str, word: re.Match[str]) -> bool:
    """Not a reflexive ("l'Ukraine se défend") and not a participle used as an adjective ("des séparatistes
    soutenus par Moscou"): a participle reports only after an auxiliary."""
    before = text[: word.start()]
    if _REFLEXIVE.search(before):
        return False
    return not _PARTICIPLE.search(word.group()) or bool(_AUXILIARY.search(before))


def _stance(stance: str) -> str:
    return "assert" if stance == "lexicon" else stance


def _named(doc: Document, claim: Claim) -> bool:
    """A source resolved to a name, a phrase headed by a noun for people or bodies, or a capitalised word the
    document also capitalises inside a sentence ("Umerov", not a sentence's first word "Seules")."""
    bare = re.sub(r"(?i)^(?:les?|la|l'|des?|du|un|une|ces?|cette|the|a|an)\s*", "", claim.source_surface)
    if claim.source != claim.source_surface or lexicon()["speaker_nouns"].match(bare):
        return True
    first = bare.split()[0] if bare.split() else ""
    inside = re.compile(r"(?<=[\w,;] )" + re.escape(first) + r"(?![\w'’-])")
    return first[:1].isupper() and bool(inside.search(doc.text))


def transcript_claims(doc: Document, existing: list[Claim]) -> list[Claim]:
    """An interview transcript's turns ("WALLACE: …", "PENCE: …"): the capitalised name speaks the paragraph."""
    claims = []
    starts = {c.start for c in existing}
    for sentence in doc.sentences:
        turn = _TRANSCRIPT_TURN.match(doc.text[sentence.start : sentence.end])
        if turn is None or sentence.start in starts:
            continue
        end = max(s.end for s in doc.sentences if s.paragraph == sentence.paragraph)
        name = turn.group(1).strip()
        claims.append(make_claim(doc, Source(name, name, None, True), "assert", sentence.start + turn.end(), end))
    return claims


def _proper_noun(text: str, start: int) -> bool:
    """A capitalised word inside a sentence is a name ("the United States"), not a verb ("states")."""
    before = text[:start].rstrip()
    return text[start : start + 1].isupper() and bool(before) and before[-1] not in '.!?«“":—-'


def _verb_claim(
    doc: Document, index: int, sentence: Sentence, text: str, verb: re.Match[str], stance: str, earlier: list[Claim]
) -> Claim | None:
    before = text[: verb.start()]
    if re.search(
        r"\b(?:été|être|étant|est|sont|était|étaient|fut|been|being|be|is|was|were|are)\s+"
        r"(?:(?:\w+ly|\w+ment|first|also|not|déjà|aussi)\s+)?$",
        before,
    ):
        return None  # a passive participle ("n'a été signalée", "was first reported") names no speaker
    if _DETERMINER_BEFORE.search(before):
        return None  # a noun ("the comments", "ses déclarations"), not a verb
    inverted = re.search(r",?\s*([»”\"])\s*,?\s*(?:a|ont|avait|avaient|a-t-\w+|ont-\w+|ajoutait-\w+)?\s*$", before)
    quote = _last_quote(text, inverted.start(1) + 1) if inverted else None
    if quote and len(text[quote[0] : quote[1]].split()) >= 4:  # «long quote», a affirmé X
        return _inverted_quote_claim(doc, sentence, text, verb, stance, quote, earlier)
    source: Source | None
    if _clause_final(text[verb.end() :]):  # "…, police said." / "…, he added on Monday."
        source = _source_ending(doc, index, sentence, before, earlier)
    elif (re.search(r",\s*$", before) or quote) and _inverted_subject(text[verb.end() :]):
        # "…, said the ruling." / "\"Not optional,\" said Rep. Jason Chaffetz, a Republican."
        source = _source_after(doc, sentence.start + verb.end(), sentence.end)
    else:
        source = _source_before(doc, index, sentence, verb.start(), earlier)
    if source is None:
        return None
    return make_claim(doc, source, stance, open_quote_before(doc, index), _colon_end(doc, index))


def _inverted_subject(after: str) -> bool:
    """Only a subject follows the verb ("said the ruling.", "said Rep. Smith, a Republican."), no clause
    ("said the mayor had lost touch")."""
    head = set(after.split(",")[0].lower().replace("'", " ").split())
    if head & (lexicon()["fragment_words"] | _MODALS):
        return False
    if _INVERTED_SUBJECT.match(after):
        return True
    bare = re.fullmatch(r"\s*((?:[\w'-]+\s+){0,3}[\w'-]+)\s*[.!?]?[\"»”']*\s*", after)  # "…, says militia spokesman"
    return bare is not None and bool(lexicon()["speaker_nouns"].fullmatch(bare.group(1).split()[-1]))  # its head


def _inverted_quote_claim(
    doc: Document,
    sentence: Sentence,
    text: str,
    verb: re.Match[str],
    stance: str,
    quote: tuple[int, int],
    earlier: list[Claim],
) -> Claim | None:
    """ "«…», a déclaré X" / "“…,” said X, an economist. “…”": the speaker after the verb, or the inverted
    pronoun ("a-t-il martelé", "ajoute-t-elle"); the quotation, on to the end of the sentence when it goes on."""
    before = text[: verb.start()]
    clitic = re.search(r"-(?:t-)?(il|elle|ils|elles)\s*$", before) or re.match(
        r"-(?:t-)?(il|elle|ils|elles)\b", text[verb.end() :]
    )
    source: Source | None
    if clitic:
        source = _pronoun_source(doc, sentence.start + verb.start(), clitic.group(1), clitic.group(1), earlier)
    else:
        source = _source_after(doc, sentence.start + verb.end(), sentence.end)
    if source is None:
        return None
    end = len(text) if re.search(r"[«“\"]", text[verb.end() :]) else quote[1]
    return make_claim(doc, source, stance, sentence.start + quote[0], sentence.start + end)


def _clause_final(after: str) -> bool:
    tail = lexicon()["tails"].match(after)
    return bool(_CLAUSE_END.fullmatch(after[tail.end() if tail else 0 :]))


def _source_ending(doc: Document, index: int, sentence: Sentence, before: str, earlier: list[Claim]) -> Source | None:
    """The subject of a verb that ends its sentence, after the words it reports: the phrase after the last comma
    or closing quote ("The officer was not wearing a camera, police said.")."""
    cut = max(before.rfind(","), before.rfind('"'), before.rfind("»"), before.rfind("”"))
    if cut < 0:
        return _source_before(doc, index, sentence, len(before), earlier)
    phrase = re.sub(r"(?:\s+(?:has|have|had|also|a|ont|avait|avaient))+\s*$", "", before[cut + 1 :]).strip()
    if not phrase and before[cut] == ",":  # "X, who spoke on condition of anonymity…, told AP": X, before the comma
        return _source_before(doc, index, sentence, len(before), earlier)
    words = phrase.split()
    english_article = doc.language == "en" and bool(words) and words[0].lower() == "a"  # "a senior official said"
    checked = words[1:] if english_article else words
    fragments = {w.lower() for w in checked} & lexicon()["fragment_words"]
    if not 1 <= len(words) <= _SUBJECT_MAX_WORDS + 2 or fragments:
        return None
    return _resolve_phrase(doc, sentence.start + before.index(phrase, cut), phrase, earlier, index, explicit=True)


_THING_HEAD = re.compile(r"^(?:(?:the|a|an|these|those|this|that|le|la|les|l'|un|une|des|ces|cette)\s+)?([\w-]+)", re.I)
_AUTHOR = re.compile(r"\b(?:of|from|by|du|de\s+la|de\s+l'|des|par)\s+(.+)$", re.IGNORECASE)


def _text_as_source(surface: str) -> str | None:
    """A text or a piece of footage is not someone ("Videos posted on Russian social media showed…", "Footage
    analysed by open-source investigators shows…"): its author when the phrase names someone, else
    "unattributed"; None when the phrase is not a text."""
    head = _THING_HEAD.match(surface.replace("’", "'"))
    if head is None or not lexicon()["things"].fullmatch(head.group(1)):
        return None
    author = _AUTHOR.search(surface[head.end() :])
    phrase = author.group(1).strip(" ,") if author else ""
    # the head noun is the first word in French ("du ministère de la Défense"), the last in English
    if phrase and (is_someone(phrase) or is_someone(phrase, phrase.split()[-1].lower())):
        return phrase
    return UNATTRIBUTED


def _trimmed(claim: Claim, verb_onwards: str) -> Claim | None:
    """The pattern path's subject phrase made a source: a leading conjunction dropped ("But a State Department
    official"), "He's" before an -ing verb is "He is"; a possessor ("Trump's comments") or a phrase cut on a
    function word is not someone."""
    surface = _LEADING_CONJUNCTION.sub("", claim.source_surface)
    if re.search(r"\w['’]s$", surface):
        if not re.match(r"\w+ing\b", verb_onwards):
            return None
        surface = surface[:-2]
    if not surface or _FRAGMENT_END.search(surface):
        return None
    text_source = _text_as_source(surface) if claim.source == claim.source_surface else None
    if text_source is not None:
        return replace(claim, source=text_source, source_surface=text_source, side=side_of(text_source))
    if surface == claim.source_surface:
        return claim
    source = surface if claim.source == claim.source_surface else claim.source
    return replace(claim, source=source, source_surface=surface)


def _colon_end(doc: Document, index: int) -> int:
    """Where the words a sentence introduces end: "X said:" reports the paragraph that follows."""
    sentence = doc.sentences[index]
    if not doc.text[sentence.start : sentence.end].rstrip().endswith(":") or index + 1 >= len(doc.sentences):
        return sentence.end
    following = doc.sentences[index + 1].paragraph
    return max(s.end for s in doc.sentences[index + 1 :] if s.paragraph == following)


def _last_quote(text: str, end: int) -> tuple[int, int] | None:
    spans = [m.span() for m in QUOTE_SPANS.finditer(text) if m.end() <= end]
    if not spans:
        return None
    start, stop = spans[-1]
    return start + 1, stop - 1


def _source_after(doc: Document, start: int, end: int) -> Source | None:
    """The speaker named after an inverted verb ("», a déclaré X"), skipping "à l'AFP", "sur Telegram"."""
    rest = doc.text[start:end].replace("’", "'")
    tail = lexicon()["tails"].match(rest)
    skip = tail.end() if tail else 0
    entities = [e for e in registry_entities(doc, start + skip, end) if e.label != "MEDIA" or e.start - start < 3]
    if entities and entities[0].start - start - skip < 40:
        source = from_entity(entities[0])
        return _with_apposition(doc, source, entities[0].start, entities[0].end, end)
    titled = _TITLED_PHRASE.match(rest[skip:])  # "Rep. Charles B. Rangel": titles and initials
    phrase = titled.group().strip() if titled else ""
    words = phrase.split()
    if 1 <= len(words) <= 10:
        at = start + skip + rest[skip:].index(phrase)
        return _with_apposition(doc, Source(phrase, phrase, None), at, at + len(phrase), end)
    return None


def _with_apposition(doc: Document, source: Source, start: int, end: int, limit: int) -> Source:
    """ "said Kenneth Baer, a former official who runs a consultancy.": the phrase as written keeps the
    apposition that closes the sentence; the source stays the name."""
    apposition = re.match(  # to the sentence's end, or to a quotation that goes on after it
        r",\s+([^.;:!?«»“”\"]{3,200}?)\s*(?:[.!?]?[\"»”']*\s*$|[.!?]\s+(?:[\"«“]|''|``))", doc.text[end:limit]
    )
    if apposition is None:
        return source
    return replace(source, surface=doc.text[start : end + apposition.end(1)])


def _source_before(
    doc: Document, index: int, sentence: Sentence, verb_start: int, earlier: list[Claim]
) -> Source | None:
    absolute = sentence.start + verb_start
    clause_start = _clause_start(_without_anonymity(doc.text, sentence.start, absolute), sentence.start, absolute)
    opening = re.match(r"(\w+)[^,]{0,40},\s+", doc.text[clause_start:absolute])
    if opening and _setting_word(opening.group(1), doc.language) and opening.end() < absolute - clause_start:
        clause_start += opening.end()  # "A Kiev, Sergueï, 26 ans, …, dit": the place is no part of the subject
    clause_start += after_interviewer(doc.text[clause_start:absolute])  # "Interrogé par l'AFP, un responsable"
    time = _LEADING_TIME.match(doc.text[clause_start:absolute])
    if time and time.end() < absolute - clause_start:
        clause_start += time.end()  # "Earlier in the day he had reported…": the time is no part of the subject
    phrase = without_markers(doc.text[clause_start:absolute].strip(" ,:;"))
    phrase = re.sub(  # auxiliaries, adverbs and clitics between the subject and the verb
        r"(?:(?:^|\s+)(?:a|ont|avait|avaient|aurait|auraient|has|have|had|also|aussi|[ée]galement|se|s'|ne|n'|lui|leur|en|y))+$",
        "",
        phrase,
    ).strip(" ,")  # "Séoul, de son côté, a confirmé": the marker gone, its comma too
    if re.search(r"(?:^|\s)(?:and|et|but|mais)$", phrase):
        if earlier and earlier[-1].start == sentence.start:
            previous = earlier[-1]  # "X denied … and said …": the same speaker
            return Source(previous.source, previous.source_surface, previous.side)
        return _leading_subject(doc, clause_start, phrase)  # "X, her opponent, bemoaned the unrest and said…"
    search_from = clause_start if phrase else sentence.start
    entities = [e for e in registry_entities(doc, search_from, absolute) if not _inside_quote(doc, sentence, e)]
    raw = doc.text[clause_start:absolute].strip()
    lead = _APPOSITIVE_LEAD.match(without_markers(raw) + ("," if raw.endswith(",") else ""))
    # "Nataliya Humenyuk, spokesperson for the Southern Defence Forces, told…": the subject leads (not "A Kiev, …")
    if lead and lead.group(1).split()[0].lower() not in lexicon()["not_subjects"]:
        entity = next((e for e in entities if e.start == clause_start + phrase.find(lead.group(1))), None)
        source = from_entity(entity) if entity else Source(lead.group(1), lead.group(1), None)
        return replace(source, surface=phrase.rstrip(" ,"))  # the phrase as written, its apposition too
    closed = _CLOSED_APPOSITION.match(doc.text[clause_start:absolute].strip())
    if closed and len(closed.group(1).split()) <= _SUBJECT_MAX_WORDS:  # "The mayor, who had campaigned…, told"
        raw = without_markers(doc.text[clause_start:absolute])
        head_end = clause_start + len(raw) - len(raw.lstrip()) + len(closed.group(1))
        named = [e for e in entities if e.end <= head_end]
        found = from_entity(named[-1]) if named else _resolve_phrase(doc, clause_start, closed.group(1), earlier, index)
        return replace(found, surface=raw.strip(" ,")) if found is not None else None
    name = _NAME_BEFORE.search(phrase)
    if name and not any(e.end >= clause_start + phrase.rfind(name.group(1)) + len(name.group(1)) for e in entities):
        return Source(name.group(1), name.group(1), None)
    if entities:
        return from_entity(entities[-1])
    return _resolve_phrase(doc, clause_start, phrase, earlier, index)


def _leading_subject(doc: Document, start: int, phrase: str) -> Source | None:
    """The subject a conjoined verb shares with the verb before it: the name (with its apposition) that opens
    the clause."""
    lead = _LEADING_NAME.match(phrase)
    if lead is None or lead.group(1).split()[0].lower() in lexicon()["not_subjects"]:
        return None
    name = lead.group(1)
    return Source(name, (name + (lead.group(2) or "")).rstrip(","), side_of(name))


def _setting_word(word: str, language: str | None) -> bool:
    """A preposition opening a setting ("A Kiev, …", "In Kherson, …"); in English "A" is the article ("A
    Ukrainian military official, speaking on condition of anonymity, said…")."""
    return word.lower() in lexicon()["openings"] and not (word == "A" and language == "en")


_MARKER_BETWEEN_COMMAS = re.compile(
    r",\s*(?:de\s+(?:son|leur|notre)\s+côté|pour\s+(?:sa|leur|notre)\s+part|quant\s+à\s+(?:lui|elle|eux|elles)"
    r"|for\s+(?:his|her|its|their)\s+part|in\s+turn|however|toutefois|cependant|néanmoins|pourtant|meanwhile)\s*,",
    re.IGNORECASE,
)


def _without_anonymity(text: str, start: int, end: int) -> str:
    """The text with the clauses that say why a source is unnamed blanked out (", who spoke on condition of
    anonymity because he was not authorized to speak publicly,"): their "because" opens no clause."""
    segment = text[start:end]
    blanked = lexicon()["anonymity"].sub(lambda m: "," + " " * (len(m.group()) - 2) + ",", segment)
    # a discourse marker between commas opens no clause either ("Séoul, de son côté, a confirmé")
    blanked = _MARKER_BETWEEN_COMMAS.sub(lambda m: " " * len(m.group()), blanked)
    return text if blanked == segment else text[:start] + blanked + text[end:]


def _clause_start(text: str, sentence_start: int, verb_start: int) -> int:
    """Where the subject of a verb can begin: after the last strong break before it."""
    segment = text[sentence_start:verb_start]
    breaks = [
        m.end()
        for m in re.finditer(
            r"[;:]\s*|[»”\"]\s*,?\s*|\bqu[e']\s*|\bthat\s+|,\s*(?:mais|et|but|and)\s+|" + _SUBORDINATOR, segment
        )
    ]
    return sentence_start + (breaks[-1] if breaks else 0)


def _inside_quote(doc: Document, sentence: Sentence, entity: Entity) -> bool:
    text = doc.text[sentence.start : sentence.end]
    local = entity.start - sentence.start
    for match in QUOTE_SPANS.finditer(text):
        if match.start() < local < match.end():
            inner = match.group()[1:-1].strip()
            return len(inner.split()) > 6  # a short «name» is a label, not a quotation
    return False


def _resolve_phrase(
    doc: Document, start: int, phrase: str, earlier: list[Claim], index: int, *, explicit: bool = False
) -> Source | None:
    """A subject phrase with no registry name: pronoun, generic unit, official's role, or itself."""
    lex = lexicon()
    entities = registry_entities(doc, start, start + len(phrase))
    if entities:
        return from_entity(entities[-1])
    if "," in phrase and not explicit:
        phrase = phrase.rsplit(",", 1)[1].strip()  # "Missiles hit Kyiv, officials": the speaker is the last segment
    words = phrase.split()
    if not words or len(words) > 8:
        return None
    if words[-1].lower() in lex["pronouns"] and len(words) <= 2:
        return _pronoun_source(doc, start, words[-1].lower(), phrase, earlier)
    if lex["generic_units"].search(phrase):
        groups = [e for e in doc.entities if e.label == "GROUP" and e.end <= start and e.side != "russia"]
        if groups:
            return Source(groups[-1].canonical or groups[-1].surface, phrase, groups[-1].side)
    official = official_by_role(doc, phrase, index)
    if official is not None:
        return Source(official.canonical or official.surface, phrase, official.side)
    determined = re.match(r"(?i)(?:(?:les?|la|the|des|an?|une?)\s|l')", phrase)
    if explicit or phrase[:1].isupper() or determined or is_someone(phrase):
        return Source(phrase, phrase, None)
    return None


def _quoted_at(doc: Document, offset: int) -> bool:
    """A quotation mark opened before ``offset`` in its paragraph and not closed yet."""
    seg = doc.text[doc.text.rfind("\n", 0, offset) + 1 : offset]
    opened = seg.count("«") + seg.count("“") - seg.count("»") - seg.count("”")
    return opened > 0 or seg.count('"') % 2 == 1


def _pronoun_source(doc: Document, start: int, pronoun: str, phrase: str, earlier: list[Claim]) -> Source:
    """ "Ils" / "they" / "it" refer to the last group or body named; "il" / "she" to the last person."""
    collective = pronoun in ("ils", "elles", "they", "on", "it")
    labels = ("GROUP", "GOV", "ORG", "MEDIA") if collective else ("PER",)
    window = max(0, start - 600)
    named = [
        e for e in doc.entities if window <= e.start < start and e.label in labels and not _quoted_at(doc, e.start)
    ]
    if named:  # not a name inside a quotation ("« Tchassiv Iar n'est pas tombée », a-t-il déclaré")
        return Source(named[-1].canonical or named[-1].surface, phrase, named[-1].side)
    if earlier:
        return Source(earlier[-1].source, phrase, earlier[-1].side)
    return Source(UNATTRIBUTED, UNATTRIBUTED)  # nobody to refer back to: the claim counts, unattributed
