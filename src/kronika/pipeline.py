"""Stage registry, pipeline assembly and batch execution.

A stage is a pure function ``Document -> Document`` declared with :func:`stage`:
its name, the document fields it reads (``requires``), the fields it sets
(``assigns``) and the heavy resources it receives as keyword arguments. The
pipeline is checked when it is built, so a mis-ordered stage fails at once
rather than half-way through a corpus.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from kronika.errors import PipelineError
from kronika.model import Document

log = logging.getLogger(__name__)

StageFunc = Callable[..., Document]
OnError = Callable[[str, Document, BaseException], None]

#: fields every document has when it leaves the reader
READ_ASSIGNS = ("doc.doc_id", "doc.raw", "doc.source", "doc.header")
DEFAULT_STAGES = (
    "clean",
    "outlet",
    "flags",
    "language",
    "entities",
    "dates",
    "places",
    "events",
    "claims",
    "fingerprint",
)
_STAGE_MODULES = {name: f"kronika.stages.{name}" for name in DEFAULT_STAGES}


@dataclass(frozen=True, slots=True)
class StageSpec:
    name: str
    func: StageFunc
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    resources: tuple[str, ...]


_REGISTRY: dict[str, StageSpec] = {}


def stage(
    name: str,
    *,
    requires: Iterable[str],
    assigns: Iterable[str],
    resources: Iterable[str] = (),
) -> Callable[[StageFunc], StageFunc]:
    """Register ``func`` as the pipeline stage ``name``."""

    def register(func: StageFunc) -> StageFunc:
        _REGISTRY[name] = StageSpec(name, func, tuple(requires), tuple(assigns), tuple(resources))
        return func

    return register


def get_stage(name: str) -> StageSpec:
    if name not in _REGISTRY and name in _STAGE_MODULES:
        importlib.import_module(_STAGE_MODULES[name])
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(set(_REGISTRY) | set(_STAGE_MODULES)))
        raise PipelineError(f"unknown stage {name!r}; known stages: {known}") from None


def check_order(specs: list[StageSpec]) -> None:
    """Fail when a stage requires a field that no earlier stage assigns."""
    available = set(READ_ASSIGNS)
    for spec in specs:
        missing = [field for field in spec.requires if field not in available]
        if missing:
            raise PipelineError(f"stage {spec.name!r} requires {', '.join(missing)}, which no earlier stage assigns")
        available.update(spec.assigns)


@dataclass(slots=True)
class Pipeline:
    stages: list[StageSpec]
    resources: Any  # kronika.resources.Resources; anything with the named attributes works

    @property
    def names(self) -> list[str]:
        return [spec.name for spec in self.stages]

    def run_batch(self, docs: Iterable[Document], on_error: OnError) -> list[Document]:
        """Run every stage on every document. A document a stage fails on goes to ``on_error`` and is still returned,
        as far as it got, with ``failed_stage`` set: stored, it stays findable, and the next run processes it again.

        The batch goes through one stage at a time, so that each stage's model, tables and patterns stay in the
        processor's caches across documents (stages are pure: the order changes nothing in the output, and
        ``on_error`` is called in document order all the same)."""
        current = list(docs)
        failures: dict[int, tuple[str, BaseException]] = {}
        for spec in self.stages:
            kwargs = {name: getattr(self.resources, name) for name in spec.resources}
            for i, doc in enumerate(current):
                if i in failures:
                    continue
                try:
                    current[i] = spec.func(doc, **kwargs)
                except Exception as exc:
                    log.debug("stage %s failed on %s", spec.name, doc.doc_id, exc_info=True)
                    doc.failed_stage = spec.name
                    failures[i] = (spec.name, exc)
        for i, doc in enumerate(current):
            if i in failures:
                on_error(failures[i][0], doc, failures[i][1])
            doc.parse = None
        return current  # a failed document is still kept (as far as it got): a report is never lost


def build(names: Iterable[str] = DEFAULT_STAGES, resources: Any = None) -> Pipeline:
    """Assemble and check a pipeline; resources are created lazily on first use."""
    specs = [get_stage(name) for name in names]
    check_order(specs)
    if resources is None:
        from kronika.resources import Resources

        resources = Resources()
    return Pipeline(specs, resources)
