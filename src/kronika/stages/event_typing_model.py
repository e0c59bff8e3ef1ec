"""Event typing by a small naive Bayes model, the last resort of a note whose act neither the cue lexicon nor the
clause's structure names.

The model (``data/event_model.json``) is trained only on text the project may ship: the ACLED-style notes written
here (``tests/data/acled_style_notes_20*.jsonl``), by ``bench/train_event_model.py``, which rebuilds it
reproducibly. Its features are the first sentence's lowercase word stems (names, numbers and dates dropped) and the
clause's structure (subject class, verb family, object classes, munition: ``event_typing_structure.parse_features``).
It answers only when its best sub-type is clearly ahead (``min_margin`` in the model file): a report that tells no
act it has seen keeps no event.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any

from kronika.data import load_json, word_patterns
from kronika.stages.event_typing import Cue, natural_death, typing_view
from kronika.stages.event_typing_structure import crowd_sized, names_actor, parse_features, structural_cue

__all__ = ["fallback_cue", "features", "model_cue", "stem", "unnamed_act"]

_WORD = re.compile(r"(?<![\w'-])([a-z][a-z'-]{2,}|[A-Z]{2,5})(?![\w'-])")
_SUFFIXES = ("ings", "ing", "ied", "ies", "ed", "es", "s")
# a noun after "near", "outside", "in front of" tells where the act was ("protesters near parliament"), not the act:
# the model would learn that a parliament is protested at and type a law it passes as a protest
_WHERE = re.compile(
    r"\b(?:near|outside|around|beside|opposite|next\s+to|in\s+front\s+of)\s+(?:the\s+|a\s+)?[a-z][\w'-]*"
)


def stem(word: str) -> str:
    """A crude English stem: the word without its commonest inflection ("snatched", "snatches" -> "snatch")."""
    word = word.lower().replace("'", "")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if len(word) > 4 and word[-1] == word[-2] else word  # "stabb" -> "stab"


def features(text: str, structure: tuple[str, ...] = (), stop: frozenset[str] | None = None) -> list[str]:
    """The model's features of a sentence: stems of its lowercase words and acronyms (not stop words), then the
    structure's features ("S=armed", "V=take", "O=persons", "M=Air/drone strike")."""
    stop = _model()["stop"] if stop is None else stop
    words = [m.group(1) for m in _WORD.finditer(_WHERE.sub(" ", typing_view(text)))]
    return sorted({stem(w) for w in words if w.lower() not in stop} | set(structure))


@functools.cache
def _model() -> dict[str, Any]:
    data = load_json("event_model.json")
    structure = load_json("events.json")["structure"]
    disasters, lone = word_patterns(structure["disasters"]), word_patterns(structure["lone_agent"])
    never = word_patterns(["$^"])
    return {**data, "stop": frozenset(data["stop_words"]), "never": never, "disasters": disasters, "lone": lone}


def model_cue(text: str, structure: tuple[str, ...] = (), margin: float | None = None) -> Cue | None:
    """The sub-type the model gives ``text`` when its log-odds over the runner-up reach ``margin`` (by default the
    model's "min_margin")."""
    model = _model()
    margin = model["min_margin"] if margin is None else margin
    found = [f for f in features(text, structure) if f in model["vocabulary"]]
    if len(found) < model["min_features"]:
        return None
    scores = []
    for sub, (prior, weights, unseen) in model["classes"].items():
        scores.append((prior + sum(weights.get(f, unseen) for f in found), sub))
    scores.sort(reverse=True)
    (best, sub), (second, _) = scores[0], scores[1]
    if best - second < margin or not math.isfinite(best):
        return None
    return Cue(model["types"][sub], sub, 1, model["never"])


def fallback_cue(sentence: str, report: str = "", *, with_size: bool = True) -> Cue | None:
    """The model's sub-type of a report's first sentence that no cue and no structural rule types; none for a
    statement ("The White House announced new measures") or a sentence that names a natural disaster ("a tsunami
    killed 222 people", "after torrential rains, troops mobilised to help"): the model saw none of those. When the
    model is unsure, a note ``report`` tagged with a crowd's size ("[size=about 50]") is a protest."""
    structure = parse_features(sentence)
    if "V=speech" in structure or natural_death(sentence) or _model()["disasters"].search(sentence):
        return None
    cue = model_cue(sentence, structure) if structure or names_actor(sentence) else None  # no actor, no act
    if cue is not None and cue.event_type == "Riots" and _model()["lone"].search(sentence):
        cue = None  # a riot is a crowd's or a mob's act (ACLED), never one person's ("a resident threw…")
    if cue is None and with_size and crowd_sized(report):  # ACLED sizes only a demonstration's crowd
        return Cue("Protests", "Peaceful protest", 1, _model()["never"])
    return cue


def unnamed_act(clause: str, sentence: str, report: str = "") -> Cue | None:
    """The type of a clause whose act no cue of the lexicon names: an ACLED label first, then the model when it is
    clearly ahead (its margin over every other sub-type, so also over the structure's answer), then the clause's
    structure, then the model's own last resort (``fallback_cue``). Measured on fresh notes, the model read the
    whole first sentence more often right than the structural rules, which take one verb and its nearest nouns
    ("bystanders surrounded a TCC vehicle, smashed its windows": the TCC's act for the structure, a crowd's for the
    model); over a cue of the lexicon it is not (on ACLED's own notes it loses more than it wins)."""
    structure = structural_cue(clause)
    if structure is not None and structure.priority > 1:  # ACLED's label
        return structure
    model = fallback_cue(sentence, report, with_size=False)
    return model or structure or fallback_cue(sentence, report)
