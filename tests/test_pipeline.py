"""Pipeline assembly and batch error handling."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kronika.errors import PipelineError
from kronika.model import Document
from kronika.pipeline import DEFAULT_STAGES, Pipeline, build, check_order, get_stage, stage
from kronika.resources import Resources


def test_default_pipeline_is_well_ordered() -> None:
    check_order([get_stage(name) for name in DEFAULT_STAGES])


def test_misordered_pipeline_fails_when_built() -> None:
    with pytest.raises(PipelineError, match=r"requires doc\.sentences, doc\.places"):
        build(["clean", "events"], resources=object())


def test_unknown_stage_names_the_known_ones() -> None:
    with pytest.raises(PipelineError, match="known stages"):
        get_stage("geocode")


def test_a_failing_document_is_reported_and_the_batch_goes_on(make_doc: Callable[..., Document]) -> None:
    @stage("explode_on_marker", requires=["doc.raw"], assigns=["doc.text"])
    def explode(doc: Document) -> Document:
        if "BOOM" in doc.raw:
            raise ValueError("marker found")
        doc.text = doc.raw
        return doc

    pipeline = Pipeline([get_stage("explode_on_marker")], resources=object())
    failures: list[tuple[str, str, str]] = []
    done = pipeline.run_batch(
        [make_doc("fine text", doc_id="a"), make_doc("BOOM", doc_id="b"), make_doc("also fine", doc_id="c")],
        lambda name, doc, exc: failures.append((name, doc.doc_id, str(exc))),
    )
    assert [d.doc_id for d in done] == ["a", "b", "c"]  # kept as far as it got: a report is never lost
    assert [d.failed_stage for d in done] == [None, "explode_on_marker", None]
    assert failures == [("explode_on_marker", "b", "marker found")]


def test_failures_come_in_document_order_and_a_failed_document_skips_later_stages(
    make_doc: Callable[..., Document],
) -> None:
    seen: list[str] = []

    @stage("fail_on_first", requires=["doc.raw"], assigns=["doc.text"])
    def first(doc: Document) -> Document:
        if "early" in doc.raw:
            raise ValueError("first stage")
        doc.text = doc.raw
        return doc

    @stage("fail_on_second", requires=["doc.text"], assigns=["doc.title"])
    def second(doc: Document) -> Document:
        seen.append(doc.doc_id)
        if "late" in doc.raw:
            raise ValueError("second stage")
        return doc

    pipeline = Pipeline([get_stage("fail_on_first"), get_stage("fail_on_second")], resources=object())
    failures: list[tuple[str, str]] = []
    docs = [make_doc("fails late", doc_id="a"), make_doc("fails early", doc_id="b"), make_doc("fine", doc_id="c")]
    done = pipeline.run_batch(docs, lambda name, doc, exc: failures.append((name, doc.doc_id)))
    assert failures == [("fail_on_second", "a"), ("fail_on_first", "b")]
    assert seen == ["a", "c"]  # the document that failed the first stage never reaches the second
    assert [d.failed_stage for d in done] == ["fail_on_second", "fail_on_first", None]


def test_warm_up_runs_every_stage_on_its_built_in_reports(resources: Resources) -> None:
    """Resources.load() runs the stages once so their patterns compile before the first real document: the built-in
    reports must go through every stage and give events, or the warm-up silently compiles nothing."""
    docs = resources.warm_up()
    assert [d.failed_stage for d in docs] == [None, None]
    assert all(d.events for d in docs)
    assert [d.language for d in docs] == ["fr", "en"]
