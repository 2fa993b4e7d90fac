"""Check the published examples, and the values the server would make up, against the spec's own schemas.

`python -m generator serve --audit SPEC...` prints the findings; the tests pin the list, so a new
upstream defect (or a fix) shows up as a test failure instead of passing silently.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from generator.mockserver.examples import Example, operation_examples
from generator.mockserver.sse import DONE, parse_events
from generator.mockserver.synth import synthesize
from generator.spec.api import ApiSpec, SpecOperation


@dataclasses.dataclass(frozen=True, order=True)
class Finding:
    operation: str  # "POST /chat/completions"
    source: str  # the example (pointer or file), or "synthesised"
    problem: str

    def __str__(self) -> str:
        return f"{self.operation}: {self.source}: {self.problem}"


def audit(spec: ApiSpec, examples_dir: Path | None) -> list[Finding]:
    """Every example that does not match its schema, and every made-up value that would not either."""
    findings: list[Finding] = []
    for operation in spec.operations:
        success = next((r for r in operation.responses if r.status.startswith("2")), None)
        if success is None:
            continue
        json_pointer = next((m.schema_pointer for m in success.media if "json" in m.media_type), None)
        stream_pointer = next((m.schema_pointer for m in success.media if m.media_type == "text/event-stream"), None)
        name = f"{operation.method} {operation.template}"
        examples = operation_examples(operation, examples_dir)
        for example in examples:
            problem = _example_problem(spec, example, json_pointer, stream_pointer)
            if problem is not None:
                findings.append(Finding(name, _short_source(example), problem))
        for label, pointer in (("synthesised", json_pointer), ("synthesised stream event", stream_pointer)):
            if pointer is None:
                continue
            errors = spec.schemas.errors(pointer, synthesize(spec, pointer), limit=1)
            if errors:
                findings.append(Finding(name, label, str(errors[0])))
        if examples_dir is not None:
            findings.extend(_missing_example_files(operation, examples_dir, name))
    return sorted(findings)


def _short_source(example: Example) -> str:
    source = example.source
    if "/x-oaiMeta/" in source:
        return f"x-oaiMeta example {example.title!r}"
    return Path(source).name


def _example_problem(
    spec: ApiSpec, example: Example, json_pointer: str | None, stream_pointer: str | None
) -> str | None:
    response = example.response
    if example.streams:
        if not isinstance(response, str):
            return "streaming example without a text response"
        events = parse_events(response)
        if not events:
            return "streaming example with no readable event"
        if not response.lstrip().startswith(("data:", "event:")):
            note = "events written as bare JSON documents, not SSE `data:` lines"
        else:
            note = None
        pointer = stream_pointer or json_pointer
        for index, event in enumerate(events):
            if event.data == DONE or pointer is None:
                continue
            problem = _value_problem(spec, pointer, event.data)
            if problem is not None:
                return f"event {index}: {problem}"
        return note
    if isinstance(response, str):
        if not response.lstrip().startswith(("{", "[")):
            return None  # a text answer (transcription as text)
        if json_pointer is None:
            return None
        return _value_problem(spec, json_pointer, response)
    if json_pointer is None or response is None:
        return "no response body" if response is None else None
    errors = spec.schemas.errors(json_pointer, response, limit=1)
    return f"does not match the schema: {errors[0]}" if errors else None


def _value_problem(spec: ApiSpec, pointer: str, text: str) -> str | None:
    try:
        value: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        return f"not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
    errors = spec.schemas.errors(pointer, value, limit=1)
    return f"does not match the schema: {errors[0]}" if errors else None


def _missing_example_files(operation: SpecOperation, examples_dir: Path, name: str) -> list[Finding]:
    refs = operation.node.get("x-ms-examples")
    found = []
    for ref in refs.values() if isinstance(refs, dict) else []:
        target = ref.get("$ref") if isinstance(ref, dict) else None
        if isinstance(target, str) and not (examples_dir / Path(target).name).is_file():
            found.append(Finding(name, target, f"example file not found in {examples_dir}"))
    return found
