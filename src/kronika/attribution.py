"""Attribution from sentence structure (French): who reports what, read off a dependency parse.

Only sentences with a reporting cue are parsed — a form of the reporting-verb
lexicon (``data/reporting_verbs.json``) or selon / d'après / cité par — so the
cost grows with the claims, not with the text. For each cue
the parse gives the speaker phrase (the subject of the reporting verb, before
or after it, or the noun governed by "selon") and the content (the quotation
or the sentence). Resolving the phrase to someone is the claims stage's job.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kronika.data import load_json
from kronika.model import Document, Sentence

UNATTRIBUTED = "unattributed"  # the source of a claim whose speaker the text does not name
_WORD = re.compile(r"[\w'’-]+")
_DOUBLED_QUOTE = re.compile(r"''|``")
_QUOTES = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")
# what a speaker phrase keeps of the subtree of its head noun
_PHRASE_DEPS = frozenset(
    {"det", "amod", "nmod", "case", "flat:name", "flat", "flat:foreign", "appos", "compound", "nummod", "fixed"}
)
_SUBJECTS = ("nsubj", "expl:subj")
_MAX_PARSED_CHARS = 1500  # a "sentence" longer than this is a list or a table, not reported speech


@dataclass(slots=True)
class Attribution:
    """One reporting cue in a sentence: the speaker phrase (offsets into doc.text) and the content."""

    cue: str  # the verb form, or "selon"
    stance_cue: str  # the words that decide the stance ("a démenti", "accuse")
    speaker: tuple[int, int] | None  # None: the verb has no speaker of its own
    pronoun: str | None  # the speaker is this pronoun ("il", "ils", "ce dernier")
    content: tuple[int, int]
    sentence: int  # index in doc.sentences
    person_like: bool = False  # the phrase names a person (flat name, role noun)
    head: str = ""  # the head word of the speaker phrase, lowercased
    plural: bool = False  # number and gender of the head, for the pronouns that refer back to it
    gender: str | None = None
    at: int = -1  # where the speaker (or the pronoun) is mentioned
    inherits: bool = False  # a subjectless participle ("ajoutant que…"): the previous speaker's


@functools.cache
def _cues() -> dict[str, Any]:
    verbs = load_json("reporting_verbs.json")
    data = load_json("claims.json")
    drop = {w.lower() for w in data["verb_forms_not_reporting"]}
    forms = {w.lower() for w in verbs["fr"] + verbs["en"] + data["verb_forms_extra"]} - drop
    # present participles ("déclarant", "reconnaissant", "disant"): the imperfect stem of the "-ions" forms
    forms |= {w[:-4] + "ant" for w in forms if w.endswith("ions") and len(w) > 6} - drop
    phrases = tuple(tuple(p.lower().split()) for p in data["reporting_phrases"])
    return {
        "forms": frozenset(forms),
        "according": frozenset(w.lower() for w in data["according_words"]),
        "pronouns": frozenset(w.lower() for w in data["speaker_pronouns"]),
        "naming": frozenset(w.lower() for w in data["naming_participles"]),
        "responsibility": frozenset(w.lower() for w in data["responsibility_verbs"]),
        "phrases": phrases,
        "phrase_words": _phrase_index(phrases),  # a word -> (its place, the phrase) for every phrase it is in
        "date_words": frozenset(w.lower() for w in data["date_words"]),
        "quantifiers": re.compile("|".join(data["quantifiers"]), re.IGNORECASE),
    }


def _phrase_index(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for words in phrases:
        for offset, word in enumerate(words):
            index.setdefault(word, []).append((offset, words))
    return index


def reporting_forms() -> frozenset[str]:
    """Every inflected form of the reporting-verb lexicon, French and English, lowercased."""
    forms: frozenset[str] = _cues()["forms"]
    return forms


def is_cue_sentence(text: str) -> bool:
    """A reporting verb form or an according-to word: worth parsing. A quotation mark alone is not: the parse
    attributes nothing without a cue word (a quotation with no verb is the speaker-line and continued-quote
    rules' business, read without a parse)."""
    cues = _cues()
    for match in _WORD.finditer(text):
        word = match.group().lower().replace("’", "'")
        for part in word.split("-"):
            part = part.split("'")[-1]  # "qu'a", "l'accuse"
            if part in cues["forms"] or part in cues["according"] or part in cues["responsibility"]:
                return True
    lowered = text.lower()
    return any(" ".join(words) in lowered for words in cues["phrases"])


def build_parser(model: str) -> Any:
    """The French dependency parser, without NER or lemmas (the entities stage has the NER)."""
    import spacy

    return spacy.load(model, exclude=["ner", "lemmatizer"])


def attributions(doc: Document, parser: Any) -> list[Attribution]:
    """Every reporting cue of the document, in text order."""
    picked = [
        (i, s)
        for i, s in enumerate(doc.sentences)
        if s.end - s.start <= _MAX_PARSED_CHARS and is_cue_sentence(doc.text[s.start : s.end])
    ]
    texts = [doc.text[s.start : s.end].replace("’", "'").replace("ʼ", "'") for _, s in picked]
    found: list[Attribution] = []
    for (index, sentence), parsed in zip(picked, parser.pipe(texts), strict=True):
        found.extend(_sentence_attributions(doc, index, sentence, parsed))
    return found


def _sentence_attributions(doc: Document, index: int, sentence: Sentence, parsed: Any) -> list[Attribution]:
    base = sentence.start
    quotes = [m.span() for m in _QUOTES.finditer(parsed.text)]
    content = _content(doc, index, quotes)
    out: list[Attribution] = []
    forms = _cues()["forms"]
    for token in parsed:
        low = token.lower_
        if low in _cues()["according"] and token.dep_ in ("case", "fixed", "mark"):
            head = token.head if token.dep_ != "fixed" else token.head.head
            if low == "après" and token.i and parsed[token.i - 1].lower_ not in ("d'", "d"):
                continue
            att = _according(parsed, head, base, content, index)
            if att is not None:
                out.append(att)
        elif (low in forms or _responsibility(token) or _phrase_cue(token)) and _is_reporting_verb(token, quotes):
            out.append(_verb_attribution(parsed, token, base, content, index))
    return out


def _content(doc: Document, index: int, quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """The sentence, reaching back to where a quotation still open at its start was opened, and on to the
    next sentence when it ends on a colon that introduces a quotation."""
    sentence = doc.sentences[index]
    text = doc.text[sentence.start : sentence.end].replace("’", "'")
    start = open_quote_before(doc, index)
    end = sentence.end
    following = doc.sentences[index + 1] if index + 1 < len(doc.sentences) else None
    if (
        following is not None
        and text.rstrip().endswith(":")
        and doc.text[following.start : following.start + 1] in '«“"'
    ):
        end = following.end
    if not quotes and re.match(r"(?i)c'est\s+(?:ce\s+qu|l'avis|du\s+moins)", text) and index:
        start = doc.sentences[index - 1].start  # "C'est ce qu'a annoncé X": the content is the previous sentence
    return start, end


def ascii_quotes(text: str) -> str:
    """Quotation marks typed as two characters (two apostrophes, or two backticks opening) as one double quote
    and a space, the same length, so that offsets still point into the text."""
    return _DOUBLED_QUOTE.sub(lambda m: ' "' if m.start() == 0 or text[m.start() - 1] in " \n\t(" else '" ', text)


def open_quote_before(doc: Document, index: int) -> int:
    """Where a quotation still open at the start of sentence ``index`` was opened (its paragraph, or the
    sentence's own start when none is open)."""
    sentence = doc.sentences[index]
    first = index
    while first > 0 and doc.sentences[first - 1].paragraph == sentence.paragraph and index - first < 8:
        first -= 1
    opened: int | None = None
    straight: int | None = None
    base = max(0, doc.sentences[first].start - 1)
    text = ascii_quotes(doc.text[base : sentence.start])
    for position in range(doc.sentences[first].start, sentence.start):
        char = text[position - base]
        if char in "«“":
            opened = position
        elif char in "»”":
            opened = None
        elif char == '"':
            straight = None if straight is not None else position
    found = [p for p in (opened, straight) if p is not None]
    return min(found) if found else sentence.start


def _is_reporting_verb(token: Any, quotes: list[tuple[int, int]]) -> bool:
    if token.pos_ not in ("VERB", "ADJ") or (token.pos_ == "ADJ" and not _has_aux(token)):
        return False
    if _reported_inside(token):
        return False
    if token.dep_ in ("acl", "amod") and not token.lower_.endswith("ant"):
        return False  # "les images publiées par…": a participle modifying a noun
    if any(s < token.idx < e and len(_WORD.findall("".join(token.doc.text[s:e]))) > 6 for s, e in quotes):
        return False  # a verb inside a long quotation is the speaker's own words
    return not any(c.dep_ == "aux:pass" for c in token.children) or any(c.dep_ == "obl:agent" for c in token.children)


def _reported_inside(token: Any) -> bool:
    """A verb in the content clause of a reporting verb ("a déclaré que l'opération se poursuivrait") is
    part of what is reported, not a report of its own."""
    forms = _cues()["forms"]
    node = token
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "xcomp") and node.head.lower_ in forms and node.head.pos_ == "VERB":
            return True
        node = node.head
    return False


def _phrase_cue(token: Any) -> bool:
    """ "a fait savoir", "a mis en garde", "a fait état": a reporting verb made of a light verb and more."""
    for offset, words in _cues()["phrase_words"].get(token.lower_, ()):
        if token.i - offset < 0:
            continue
        window = token.doc[token.i - offset : token.i - offset + len(words)]
        if tuple(t.lower_ for t in window) == words:
            return True
    return False


def _responsibility(token: Any) -> bool:
    """ "a rendu Kiev responsable", "tient Moscou pour responsable": an accusation without a speech verb."""
    if token.lower_ not in _cues()["responsibility"] or token.pos_ != "VERB":
        return False
    return any(t.lower_.startswith("responsab") for t in token.doc[token.i + 1 : token.i + 6])


def _has_aux(token: Any) -> bool:
    return any(c.dep_.startswith("aux") or c.dep_ == "expl:comp" for c in token.children)


def _verb_attribution(parsed: Any, verb: Any, base: int, content: tuple[int, int], index: int) -> Attribution:
    stance_cue = " ".join(t.text for t in parsed[_verb_group_start(verb) : verb.i + 1])
    if _responsibility(verb):
        stance_cue = "accuse"
    subject = _subject(verb)
    if subject is None:
        inherits = verb.dep_ in ("acl", "advcl", "xcomp", "conj", "dep") or verb.text.lower().endswith("ant")
        return Attribution(verb.text, stance_cue, None, None, content, index, inherits=inherits)
    told = _learned_from(verb) if subject.lower_.lstrip("-") == "on" else None
    if told is not None:  # "…, a-t-on appris de source militaire" / "auprès de l'état-major": who told
        return _with_phrase(Attribution(verb.text, stance_cue, None, None, content, index), parsed, told, base)
    side = _side_opener(parsed, verb) if subject.lower_ == "on" else None
    if side is not None:  # "Côté ukrainien, on assure que…": the side speaks
        return _with_phrase(Attribution(verb.text, stance_cue, None, None, content, index), parsed, side, base)
    counted = _counted(subject)
    if counted is not None:  # "Beaucoup d'habitants", "la plupart des riverains": the people counted speak
        att = _with_phrase(Attribution(verb.text, stance_cue, None, None, content, index), parsed, counted, base)
        start = base + subject.left_edge.idx
        att.speaker = (start, att.speaker[1] if att.speaker else base + counted.idx + len(counted))
        return att
    if subject.pos_ == "PRON" or _pronoun_text(parsed, subject) in _cues()["pronouns"]:
        pronoun = _pronoun_text(parsed, subject)
        if pronoun in _cues()["pronouns"]:
            return Attribution(verb.text, stance_cue, None, pronoun, content, index, at=base + subject.idx)
        return Attribution(verb.text, stance_cue, None, None, content, index)
    return _with_phrase(Attribution(verb.text, stance_cue, None, None, content, index), parsed, subject, base)


def _learned_from(verb: Any) -> Any | None:
    """ "a-t-on appris de source militaire", "a-t-on appris auprès de la police": the noun the news came from."""
    if verb.lower_ not in ("appris", "apprend", "apprenait"):
        return None
    for child in verb.children:
        cases = {c.lower_ for c in child.children if c.dep_ in ("case", "fixed")}
        if child.pos_ in ("NOUN", "PROPN") and cases & {"de", "d'", "auprès", "du", "des"}:
            return child
    return None


def _side_opener(parsed: Any, verb: Any) -> Any | None:
    """ "Côté russe, on dément", "Dans le camp ukrainien, on assure": the "côté" / "camp" the clause opens with."""
    for token in parsed[: verb.i]:
        if token.lower_ in ("côté", "camp") and any(c.dep_ in ("amod", "nmod") for c in token.children):
            return token
    return None


def _counted(subject: Any) -> Any | None:
    """The noun a quantifier subject counts ("la plupart des riverains" -> "riverains")."""
    if not _cues()["quantifiers"].fullmatch(subject.lower_):
        return None
    return next((c for c in subject.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")), None)


def _verb_group_start(verb: Any) -> int:
    first = verb.i
    for child in verb.children:
        if child.i < verb.i and (child.dep_.startswith("aux") or child.dep_ in ("expl:comp", "advmod:neg")):
            first = min(first, child.i)
    return first


def _subject(verb: Any) -> Any | None:
    """The grammatical subject, or in an incise ("», a déclaré X" / "qu'a annoncé X") the noun after the verb."""
    # "ajoute-t-il": the inverted clitic is the subject, however it was parsed
    subjects = [
        c
        for c in verb.children
        if c.i > verb.i and c.text.startswith("-") and c.lower_.lstrip("-") in _cues()["pronouns"]
    ]
    subjects = subjects or [
        c
        for c in verb.children
        if c.dep_ in _SUBJECTS
        and c.lower_ not in ("-t", "t", "y")
        and c.lower_ not in _cues()["date_words"]  # "a dénoncé dimanche la diplomatie russe": a day says nothing
        and not _quoted(c)  # a quotation is what is said
    ]
    if verb.lower_.endswith("ant"):  # "…, ajoutant que les secours…": a participle's subject is never after it
        subjects = [c for c in subjects if c.i < verb.i]
    named = [c for c in subjects if c.dep_ == "nsubj"]
    if named and named[0].lower_ in ("qui", "lequel", "laquelle") and verb.dep_ == "acl:relcl":
        antecedent = verb.head  # "X, qui affirme…": the antecedent speaks
        while antecedent.dep_ == "appos" and antecedent.head.i != antecedent.i:
            antecedent = antecedent.head
        return antecedent
    if named:
        return named[0]
    agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
    if agent is not None:
        return agent
    if subjects:
        return subjects[-1]
    clitic = _clitic_before(verb)
    if clitic is not None:
        return clitic
    interviewed = _interviewed(verb)
    if interviewed is not None:
        return interviewed
    if _inverted(verb) and not verb.lower_.endswith("ant"):
        return _noun_after(verb)
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return _subject(verb.head)
    if verb.lower_.endswith("ant") and verb.dep_ in ("advcl", "xcomp", "acl") and verb.head.pos_ == "VERB":
        return _subject(verb.head)  # "X a balayé ces accusations, affirmant que…": the main clause's subject
    if verb.lower_.endswith("ant") and verb.head.i == verb.i - 1 and verb.head.pos_ == "PROPN":
        return verb.head  # "…, Moscou reconnaissant avoir perdu du terrain"
    return None


def _clitic_before(verb: Any) -> Any | None:
    """A subject pronoun right before the verb group that the parser hung elsewhere ("Il a toutefois assuré
    que…": an adverb inside the verb group misleads it)."""
    first = _verb_group_start(verb)
    if first == 0:
        return None
    before = verb.doc[first - 1]
    return before if before.pos_ == "PRON" and before.lower_ in _cues()["pronouns"] else None


def _interviewed(verb: Any) -> Any | None:
    """ "Interrogé par l'AFP, un responsable a affirmé…": the parser may take the speaker for the object of the
    opening participle; the person interviewed speaks, not the outlet."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.i < verb.i and any(c.dep_ == "obl:agent" for c in child.children):
            spoken = next((c for c in child.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")), None)
            if spoken is not None:
                return spoken
    return None


def _quoted(token: Any) -> bool:
    """The token lies inside a quotation of its sentence («Rendez-nous nos enfants !», scandaient…)."""
    return any(m.start() < token.idx < m.end() for m in _QUOTES.finditer(token.doc.text))


def _noun_after(verb: Any) -> Any | None:
    """In an incise the speaker is the first bare noun after the verb: "a affirmé dans la matinée une unité",
    "a déclaré lundi Rustem Umerov" (nouns introduced by a preposition and time adverbials are skipped)."""
    for token in verb.doc[verb.i + 1 :]:
        if token.is_punct and token.text not in ("«", "“", '"', "-"):
            if token.text in (".", "!", "?", ";", ":"):
                return None
            continue
        if (token.pos_ == "VERB" and token.dep_ not in ("acl", "amod")) or token.pos_ == "SCONJ":
            return None  # the content clause ("a affirmé que l'usine…") holds no speaker
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_.startswith("obl") or token.lower_ in _cues()["date_words"]:
            continue
        if any(c.dep_ == "case" for c in token.children):
            continue
        return token
    return None


def _inverted(verb: Any) -> bool:
    """The verb group opens after a comma, a closing quote, "!" / "?" or a relative "qu'"."""
    first = _verb_group_start(verb)
    if first == 0:
        return False
    before = verb.doc[first - 1]
    return before.text in (",", "»", "”", '"', "!", "?", "qu'", "que", ":") or before.lower_ in ("qu'", "ce")


def _pronoun_text(parsed: Any, subject: Any) -> str:
    word = subject.lower_.lstrip("-")
    if word in ("dernier", "derniers", "dernière", "dernières"):
        before = parsed[subject.i - 1].lower_ if subject.i else ""
        return f"{before} {word}" if before in ("ce", "ces", "cette") else word
    return word


def _according(parsed: Any, head: Any, base: int, content: tuple[int, int], index: int) -> Attribution | None:
    """ "selon X" / "d'après X": X speaks, unless X is a document another one produced ("selon les éléments
    avancés par Y": Y speaks)."""
    if head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if head.pos_ == "PRON":
        pronoun = _pronoun_text(parsed, head)
        if pronoun not in _cues()["pronouns"]:
            return None
        return Attribution("selon", "selon", None, pronoun, content, index, at=base + head.idx)
    for child in head.children:
        if child.dep_ == "acl":
            agent = next((c for c in child.children if c.dep_ == "obl:agent"), None)
            if agent is not None:
                head = agent
                break
    return _with_phrase(Attribution("selon", "selon", None, None, content, index), parsed, head, base)


def _with_phrase(att: Attribution, parsed: Any, head: Any, base: int) -> Attribution:
    start, end, att.person_like = _phrase(parsed, head)
    att.speaker = (base + start, base + end)
    att.head = head.text
    att.plural = "Plur" in head.morph.get("Number")
    genders = head.morph.get("Gender")
    att.gender = genders[0] if genders else None
    att.at = base + head.idx
    return att


def _phrase(parsed: Any, head: Any) -> tuple[int, int, bool]:
    """The speaker phrase around its head: determiners, modifiers, "de X" complements and appositions."""
    keep = [head]
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if token.i == head.i and child.dep_ in ("case", "fixed"):
                continue
            if (child.dep_ in _PHRASE_DEPS and child.i > head.i - 6) or _names_it(child):
                keep.append(child)
                stack.append(child)
                if child.dep_ == "acl":  # "baptisée «Légion …»": the whole name
                    keep.extend(t for t in child.subtree if t.i != child.i)
    indices = sorted(t.i for t in keep)
    # a contiguous run around the head: a gap means a clause interrupted the phrase
    lo = hi = head.i
    members = set(indices)
    while lo - 1 in members:
        lo -= 1
    while hi + 1 in members or (hi + 2 in members and parsed[hi + 1].text in (",", "-", "«", "“", '"')):
        if hi + 1 not in members and parsed[hi + 1].text == "," and not _apposition(parsed, hi + 2, members):
            break
        hi += 1 if hi + 1 in members else 2
    while hi + 1 < len(parsed) and parsed[hi + 1].pos_ == "PROPN" and parsed[hi].pos_ == "PROPN":
        hi += 1  # "Oleksandr Syrsky" with the surname parsed apart
    span = parsed[lo : hi + 1]
    opened = sum(t.text in "«“" for t in span) - sum(t.text in "»”" for t in span)
    if opened > 0 and hi + 1 < len(parsed) and parsed[hi + 1].text in "»”":
        span = parsed[lo : hi + 2]
    person = any(t.dep_ == "flat:name" for t in span) or (head.pos_ == "PROPN" and head.dep_ != "nmod")
    return span.start_char, span.end_char, person


def _apposition(parsed: Any, start: int, members: set[int]) -> bool:
    """What follows a comma belongs to the speaker phrase when it is an apposition closed by a comma or the
    verb ("le gouverneur, Volodymyr Artioukh, a dit"), not a date ("selon la Russie, le lundi 30 décembre,")
    nor the first of a list that is the clause's subject ("selon la Russie, Moscou et Kiev ont convenu")."""
    end = start
    while end + 1 in members:
        end += 1
    if any(t.like_num or t.lower_ in _cues()["date_words"] for t in parsed[start : end + 1]):
        return False
    after = parsed[end + 1] if end + 1 < len(parsed) else None
    return after is None or after.is_punct or after.pos_ in ("VERB", "AUX")


def _names_it(child: Any) -> bool:
    """ "X, Dmitri Peskov" parsed as a conjunct, "une unité baptisée «…»": part of the speaker phrase."""
    if child.dep_ == "conj":
        return child.pos_ == "PROPN" and not any(c.dep_ == "cc" for c in child.children)
    return child.dep_ == "acl" and child.lower_ in _cues()["naming"]


def quotes_in(text: str) -> Iterable[tuple[int, int]]:
    return (m.span() for m in _QUOTES.finditer(text))
