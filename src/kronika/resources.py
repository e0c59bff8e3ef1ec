"""Heavy resources, created once per process on first use (never at import).

Stages receive these as keyword arguments, which is what lets a Dask worker
run the same stages unchanged: each worker builds its own ``Resources``.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Any

from kronika.config import Settings

if TYPE_CHECKING:
    from kronika.gazetteer.index import Gazetteer
    from kronika.model import Document
    from kronika.registry import Registry

log = logging.getLogger(__name__)


#: two made-up reports in the shapes the pipeline reads most (a French page, an English note)
_WARM_UP = (
    "Frappe russe sur Zaporijjia : deux morts\nPublié le 3 mai 2024 à 08h15\nDeux civils ont été tués et cinq blessés "
    "lors d'un bombardement nocturne, selon le gouverneur. Lire aussi : notre direct.",
    "On 3 May 2024, Russian forces shelled Nikopol, Dnipropetrovsk, with artillery; protesters gathered in Kyiv "
    "and police arrested two men. Fatalities: 1.",
)


class Resources:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        # lines that repeat across documents of the current run (set by the engine)
        self.repeated_lines: frozenset[str] = frozenset()

    def load(self) -> Resources:
        """Load everything the default pipeline uses now rather than on first use: what a long-running process
        (a Dask worker, the web app, a benchmark timing documents only) calls once before the documents come."""
        from kronika.stages.fingerprint import permutations

        _ = self.nlp, self.parser, self.gazetteer, self.registry, self.language_detector, permutations()
        self.warm_up()
        return self

    def warm_up(self) -> list[Document]:
        """Run the default stages once on two short reports written here, so that the patterns each stage compiles
        on first use (cue lexicons, boilerplate rules, site names: seconds of work) are compiled now, not while the
        first documents of a run are timed or a web request waits."""
        from kronika.model import Document
        from kronika.pipeline import build

        def failed(stage: str, doc: Document, exc: BaseException) -> None:
            log.warning("warm-up: stage %s failed on a built-in report (%s); it will compile on first use", stage, exc)

        docs = [Document(doc_id=f"warm-up-{i}", source="warm-up", raw=text) for i, text in enumerate(_WARM_UP)]
        return build(resources=self).run_batch(docs, on_error=failed)

    @functools.cached_property
    def nlp(self) -> dict[str, Any]:
        """spaCy pipelines by language; see docs/stages.md for the English choice."""
        from kronika.nlp import load_pipelines

        return load_pipelines(self.settings, self.registry)

    @functools.cached_property
    def parser(self) -> Any:
        """The French dependency parser, run by the claims stage on sentences with a reporting cue only."""
        from kronika.attribution import build_parser

        return build_parser(self.settings.spacy_model_fr)

    @functools.cached_property
    def gazetteer(self) -> Gazetteer:
        from kronika.gazetteer.index import open_gazetteer

        return open_gazetteer(self.settings.gazetteer_path)

    @functools.cached_property
    def registry(self) -> Registry:
        from kronika.registry import load_registry

        return load_registry()

    @functools.cached_property
    def language_detector(self) -> Any:
        from kronika.stages.language import build_detector

        return build_detector()
