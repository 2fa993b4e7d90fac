"""What the server answers must match the spec: synthesised values always, examples when upstream got them right.

The upstream defects are pinned here: a new defect, or a fixed one, makes this fail.
"""

from __future__ import annotations

from collections import Counter

from generator.mockserver.audit import audit
from generator.mockserver.synth import synthesize
from tests._specs import AZURE_EXAMPLES, AZURE_SPEC, OPENAI_SPEC, spec


def test_every_synthesised_openai_response_matches_its_schema() -> None:
    findings = audit(spec(OPENAI_SPEC), None)
    assert [str(f) for f in findings if f.source.startswith("synthesised")] == []


def test_openai_example_defects_are_the_known_ones() -> None:
    findings = [f for f in audit(spec(OPENAI_SPEC), None) if not f.source.startswith("synthesised")]
    kinds = Counter(
        "not JSON" if "not JSON" in f.problem else "schema" if "does not match the schema" in f.problem else "other"
        for f in findings
    )
    assert kinds == {"schema": 90, "not JSON": 37, "other": 2}
    by_source = {(f.operation, f.source): f.problem for f in findings}
    assert "'refusal' is a required property" in by_source[("POST /chat/completions", "x-oaiMeta example 'Functions'")]
    assert "not SSE" in by_source[("POST /chat/completions", "x-oaiMeta example 'Streaming'")]
    assert "no readable event" in by_source[("POST /completions", "x-oaiMeta example 'Streaming'")]


def test_azure_example_defects_are_the_known_ones() -> None:
    findings = audit(spec(AZURE_SPEC), AZURE_EXAMPLES)
    assert [(f.operation.split("}", 1)[1], f.source, f.problem.split(":")[0]) for f in findings] == [
        ("/audio/transcriptions", "audio_transcription_object.json", "does not match the schema"),
        # audioResponse and audioVerboseResponse both accept {"text": ...}: the `oneOf` cannot be satisfied
        ("/audio/transcriptions", "synthesised", "$"),
        ("/audio/translations", "audio_translation_object.json", "does not match the schema"),
        ("/audio/translations", "synthesised", "$"),
        ("/chat/completions", "chat_completions.json", "does not match the schema"),
        ("/chat/completions", "chat_completions_azure_search_advanced.json", "does not match the schema"),
        ("/chat/completions", "chat_completions_azure_search_minimum.json", "does not match the schema"),
        ("/chat/completions", "chat_completions_cosmos_db.json", "does not match the schema"),
        ("/completions", "completions.json", "does not match the schema"),
        ("/embeddings", "embeddings.json", "does not match the schema"),
    ]


def test_synthesis_is_deterministic_and_minimal() -> None:
    openai = spec(OPENAI_SPEC)
    pointer = "/components/schemas/CreateEmbeddingResponse"
    first = synthesize(openai, pointer)
    assert first == synthesize(openai, pointer)
    assert first == {"data": [], "model": "string", "object": "list", "usage": {"prompt_tokens": 0, "total_tokens": 0}}


def test_a_branch_requiring_what_its_parent_declares_gets_those_properties() -> None:
    openai = spec(OPENAI_SPEC)
    pointer = (
        "/components/schemas/CreateVectorStoreFileBatchRequest"  # anyOf: [{required: [file_ids]}, {required: [files]}]
    )
    value = synthesize(openai, pointer)
    assert value == {"file_ids": ["string"]}  # the first branch, its property as the parent declares it (minItems 1)
    assert openai.schemas.validator(pointer).is_valid(value)
