"""Every OpenAI operation, called a few times through the generated client against Prism's dynamic mock.

Prism 5.14.2 in dynamic mode (`-d`) answers each call with fresh random data generated from the
spec's response schema, so repeated calls meet different union variants, enum values and optional
fields. A call passes when the answer parses and every value inside it is in its right class: no raw
dict where a model was declared, no tagged model holding another variant's tag, no text standing
in for bytes. Calls the mock refuses for reasons of its own (it cannot serve the operation, or
rejects our synthesized arguments) are counted apart; a refusal the client causes (406 Not
Acceptable, 415 Unsupported Media Type) is a failure.

    python -m tests.mockserver.prism_sweep [--calls 5] [--only chat,responses] [--verbose]

Needs Node.js and npm (the first run installs Prism into .tools/prism); loopback only.
"""

from __future__ import annotations

import argparse
import builtins
import collections
import dataclasses
import inspect
import sys
import types
import typing
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pydantic

from generator.diagnostics import Diagnostics
from generator.mockserver.prism import Prism
from generator.mockserver.synth import synthesize
from generator.naming import argument_identifier, snake_identifier
from generator.parser import Api, parse_api
from generator.parser.kinds import ArrayKind, FileKind, Kind, Nullable, UnionKind
from generator.parser.operations import Operation
from generator.pipeline import load_inputs
from generator.spec.api import ApiSpec, SpecOperation
from generator.spec.loader import pointer_join

ROOT = Path(__file__).resolve().parents[2]
OPENAI_SPEC = ROOT / "specs" / "openai" / "openapi-2026-08-21.yaml"
OVERLAYS = sorted((ROOT / "specs" / "overlays").glob("openai*.yaml"))
CLIENT_FAULTS = {406, 415}  # the mock refuses what the client sent: counted as failures
UPLOAD = ("sample.mp3", b"ID3\x03\x00\x00\x00\x00\x00\x00", "audio/mpeg")


@dataclasses.dataclass
class Tally:
    passed: int = 0
    failed: int = 0
    unserved: int = 0
    failures: list[str] = dataclasses.field(default_factory=list)
    unserved_by: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    mock_errors: list[str] = dataclasses.field(default_factory=list)
    refusals: list[str] = dataclasses.field(default_factory=list)

    @property
    def served(self) -> int:
        return self.passed + self.failed

    @property
    def rate(self) -> float:
        return self.passed / self.served if self.served else 0.0


# -- "each value in its right class" ----------------------------------------------------------


def misplaced(value: Any, annotation: Any, where: str = "$") -> Iterator[str]:
    """Values that did not land in the class the annotation declares (raw dicts, wrong tags, U+FFFD)."""
    origin = typing.get_origin(annotation)
    if annotation is Any or annotation is object:
        return
    if origin is typing.Annotated:
        yield from misplaced(value, typing.get_args(annotation)[0], where)
    elif origin is typing.Literal:
        if value not in typing.get_args(annotation):
            yield f"{where}: {value!r} is not one of {typing.get_args(annotation)}"
    elif origin in (typing.Union, types.UnionType):
        yield from _in_union(value, typing.get_args(annotation), where)
    elif origin is list:
        (item,) = typing.get_args(annotation) or (Any,)
        for index, element in enumerate(value if isinstance(value, list) else []):
            yield from misplaced(element, item, f"{where}[{index}]")
    elif origin is dict:
        _, item = typing.get_args(annotation) or (str, Any)
        for key, element in (value if isinstance(value, dict) else {}).items():
            yield from misplaced(element, item, f"{where}.{key}")
    elif isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        if not isinstance(value, annotation):
            yield f"{where}: {type(value).__name__} where {annotation.__name__} was declared"
        else:
            yield from _model(value, where)
    elif annotation is str and isinstance(value, str) and "\ufffd" in value:
        yield f"{where}: text with U+FFFD (bytes decoded as text)"


def _in_union(value: Any, options: tuple[Any, ...], where: str) -> Iterator[str]:
    if value is None and type(None) in options:
        return
    flat = list(_variants(options))
    models = [o for o in flat if isinstance(o, type) and issubclass(o, pydantic.BaseModel)]
    if isinstance(value, pydantic.BaseModel):
        chosen = next((m for m in models if isinstance(value, m)), None)
        if chosen is None:
            yield f"{where}: {type(value).__name__} is none of the declared variants"
        else:
            yield from misplaced(value, chosen, where)
        return
    if isinstance(value, dict) and not any(_accepts_dict(o) for o in flat):
        names = ", ".join(sorted(m.__name__ for m in models)) or "no dict variant"
        yield f"{where}: raw dict {_tag(value)} where one of {names} was declared"
        return
    if isinstance(value, list):
        lists = [o for o in flat if typing.get_origin(o) is list]
        if len(lists) == 1:
            yield from misplaced(value, lists[0], where)


def _variants(options: tuple[Any, ...]) -> Iterator[Any]:
    """The variants of a union, with `Annotated` (tags, discriminators) and nested unions undone."""
    for option in options:
        inner = option
        while typing.get_origin(inner) is typing.Annotated:
            inner = typing.get_args(inner)[0]
        if typing.get_origin(inner) in (typing.Union, types.UnionType):
            yield from _variants(typing.get_args(inner))
        else:
            yield inner


def _accepts_dict(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    if annotation is Any or annotation is dict or origin is dict:
        return True
    if origin in (typing.Union, types.UnionType):
        return any(_accepts_dict(a) for a in _variants(typing.get_args(annotation)))
    return False


def _tag(value: dict[str, Any]) -> str:
    tag = value.get("type", value.get("object"))
    return f"(type={tag!r})" if tag is not None else f"(keys {sorted(value)[:4]})"


def _model(model: pydantic.BaseModel, where: str) -> Iterator[str]:
    for name, field in type(model).model_fields.items():
        if name not in model.model_fields_set:
            continue
        annotation: Any = field.annotation
        if field.metadata:
            annotation = typing.Annotated[(annotation, *field.metadata)]
        yield from misplaced(getattr(model, name), annotation, f"{where}.{field.alias or name}")


# -- calling the generated client -------------------------------------------------------------


def arguments(
    op: Operation, spec_op: SpecOperation, spec: ApiSpec, method: Callable[..., Any], *, every: bool = False
) -> dict[str, Any]:
    """Keyword arguments for `method`: every required parameter and body field (with `every`, the optional
    ones too), synthesized from the spec."""
    accepted = inspect.signature(method).parameters
    found: dict[str, Any] = {}

    def put(wire: str, location: str, value: Any, chosen: str = "") -> None:
        name = argument_identifier(wire)
        for candidate in (chosen, name, f"{location}_{name}"):
            if candidate in accepted:
                found[candidate] = value
                return

    for parameter in spec_op.parameters:
        parsed = next((p for p in op.parameters if p.wire_name == parameter.name), None)
        if (parameter.required or every) and parameter.schema_pointer and not (parsed and parsed.client_setting):
            value = synthesize(spec, parameter.schema_pointer)
            value = str(value) if parameter.location == "path" else value
            put(parameter.name, parameter.location, value, parsed.argument if parsed else "")
    body = op.body
    if body is None:
        return found
    media = next((m for m in spec_op.request_media if m.media_type == body.content_type), None)
    if media is None or media.schema_pointer is None:
        return found
    value = synthesize(spec, media.schema_pointer)
    if every and isinstance(value, dict):
        optional = _properties(spec, media.schema_pointer)
        value = {**{name: synthesize(spec, pointer) for name, pointer in optional.items()}, **value}
    if body.fields is None:
        found["body"] = value if body.media != "binary" else b"\x00" * 8
        return found
    kinds = {f.wire_name: f.kind for f in body.fields}
    for wire, item in (value if isinstance(value, dict) else {}).items():
        kind = kinds.get(wire)
        if kind is not None and _is_file(kind) and body.media == "multipart":  # a JSON twin takes the spec's text
            put(wire, "body", [UPLOAD] if isinstance(_unwrap(kind), ArrayKind) else UPLOAD)
        else:
            put(wire, "body", item)
    return found


def _properties(spec: ApiSpec, pointer: str) -> dict[str, str]:
    """The object schema's properties (its `allOf` parts' too), each with its schema's pointer."""
    pointer = spec.resolve_pointer(pointer)
    schema = spec.at(pointer)
    found: dict[str, str] = {}
    if not isinstance(schema, dict):
        return found
    for index in range(len(schema.get("allOf") or [])):
        found.update(_properties(spec, pointer_join(pointer, "allOf", index)))
    for name in schema.get("properties") or {}:
        found[name] = pointer_join(pointer, "properties", name)
    return found


def _unwrap(kind: Kind) -> Kind:
    return kind.inner if isinstance(kind, Nullable) else kind


def _is_file(kind: Kind) -> bool:
    kind = _unwrap(kind)
    if isinstance(kind, ArrayKind):
        return _is_file(kind.item)
    if isinstance(kind, UnionKind):
        return any(_is_file(variant) for variant in kind.variants)
    return isinstance(kind, FileKind)


def method_of(client: Any, op: Operation) -> Callable[..., Any]:
    target = client
    for segment in op.resource:
        target = getattr(target, snake_identifier(segment))
    return typing.cast("Callable[..., Any]", getattr(target, op.name))


def check_call(
    method: Callable[..., Any],
    kwargs: dict[str, Any],
    declared: Any,
    tally: Tally,
    *,
    label: str,
    spec_errors: Callable[[Any], list[str]],
) -> None:
    from openai_connector.lib import APIConnectionError, APIStatusError

    try:
        answer = method(**kwargs)
    except APIStatusError as error:
        if error.status_code in CLIENT_FAULTS:
            tally.failed += 1
            tally.failures.append(f"{label}: HTTP {error.status_code} (refused what the client sent)")
        else:
            tally.unserved += 1
            tally.unserved_by[f"HTTP {error.status_code}"] += 1
            tally.refusals.append(f"{label}: HTTP {error.status_code}: {str(error)[:160]}")
        return
    except APIConnectionError as error:  # e.g. a random `Transfer-Encoding` header: not HTTP the client can read
        tally.unserved += 1
        tally.unserved_by[f"invalid HTTP from the mock ({str(error)[:60]})"] += 1
        return
    except Exception as error:  # a parse failure or a client-side refusal is what this sweep looks for
        tally.failed += 1
        tally.failures.append(f"{label}: {type(error).__name__}: {str(error)[:200]}")
        return
    problems = list(misplaced(answer, declared))
    if _is_page(type(answer)):
        problems = [p for item in answer.data for p in misplaced(item, declared)]
    invalid = [e for e in spec_errors(_as_sent(answer)) if problems and _related(e, problems)]
    if invalid:  # the mock's own answer breaks the spec there (e.g. an allOf whose parts disagree on an enum)
        tally.unserved += 1
        tally.unserved_by["the mock's answer violates the spec"] += 1
        tally.mock_errors.append(f"{label}: {invalid[0]}")
    elif problems:
        tally.failed += 1
        tally.failures.extend(f"{label}: {p}" for p in problems[:3])
    else:
        tally.passed += 1


def _related(error: str, problems: list[str]) -> bool:
    """Whether a schema error is where (or above or below where) the client put a value wrong."""
    where = error.split(": ", 1)[0]
    return all(p.startswith(where) or where.startswith(p.split(": ", 1)[0]) for p in problems)


def _as_sent(answer: Any) -> Any:
    """The answer as JSON again: unknown fields and values were kept as sent, so this is what came."""
    if isinstance(answer, pydantic.BaseModel):
        return answer.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return answer


def spec_errors_of(spec: ApiSpec, spec_op: SpecOperation) -> Callable[[Any], list[str]]:
    """Why a value breaks the operation's JSON success answer schema (nothing when it fits or has none)."""
    success = next((r for r in spec_op.responses if r.status.startswith("2")), None)
    media = success.find("application/json") if success is not None else None
    pointer = media.schema_pointer if media is not None else None

    def errors(value: Any) -> list[str]:
        if pointer is None:
            return []
        return [f"{e.path}: {e.message}" for e in spec.schemas.errors(pointer, value, limit=5)]

    return errors


def declared_answer(method: Callable[..., Any]) -> Any:
    written = inspect.signature(method).return_annotation
    answer = eval(written, _types_namespace(method)) if isinstance(written, str) else written
    if _is_page(answer):
        return Any
    origin = typing.get_origin(answer)
    if origin is not None and _is_page(origin):
        (item,) = typing.get_args(answer)
        return item
    return answer


def _is_page(annotation: Any) -> bool:
    """Whether the annotation is one of the page classes (`SyncCursorPage`, `SyncPage`, ...)."""
    name = getattr(annotation, "__name__", "")
    return name.startswith("Sync") and name.endswith("Page")


def _types_namespace(method: Callable[..., Any]) -> dict[str, Any]:
    import openai_connector.pagination as pages
    import openai_connector.types as generated_types

    module = sys.modules[method.__module__]

    class Names(dict[str, Any]):
        def __missing__(self, name: str) -> Any:
            if hasattr(builtins, name):
                return getattr(builtins, name)
            return getattr(pages if name in pages.__all__ else generated_types, name)

    return Names(vars(module))


def parsed(path: Path, overlays: Sequence[Path]) -> tuple[Api, ApiSpec]:
    """The spec with its overlays as the generator parses it, and the same document for schema look-ups."""
    diagnostics = Diagnostics()
    (loaded,) = load_inputs([path], list(overlays), diagnostics)
    api = parse_api(loaded.document, loaded.label, "", diagnostics)
    return api, ApiSpec(loaded.document, path)  # the document the parser read, not a second reading


def sweep(calls: int, only: set[str], verbose: bool) -> Tally:
    from openai_connector import Client

    api, spec = parsed(OPENAI_SPEC, OVERLAYS)
    by_pointer = {o.pointer: o for o in spec.operations}
    tally = Tally()
    with (
        Prism(OPENAI_SPEC, dynamic=True) as prism,
        Client(api_key="sk-test", admin_api_key="sk-admin-test", base_url=prism.url, max_retries=0) as client,
    ):
        for op in api.operations:
            if op.api != "openai" or (only and op.resource[0] not in only):
                continue
            spec_op = by_pointer.get(op.pointer)
            if spec_op is None:
                continue
            method = method_of(client, op)
            declared = declared_answer(method)
            label = f"{'.'.join(op.resource)}.{op.name}"
            for _ in range(calls):
                before = len(tally.failures)
                kwargs = arguments(op, spec_op, spec, method)
                check_call(method, kwargs, declared, tally, label=label, spec_errors=spec_errors_of(spec, spec_op))
                if verbose and len(tally.failures) > before:
                    print(tally.failures[-1], flush=True)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=5, help="calls per operation (default 5)")
    parser.add_argument("--only", default="", help="comma-separated top-level resources")
    parser.add_argument("--verbose", action="store_true", help="print each failure as it happens")
    options = parser.parse_args(argv)
    tally = sweep(options.calls, {s for s in options.only.split(",") if s}, options.verbose)
    print(f"served {tally.served} calls: {tally.passed} passed, {tally.failed} failed ({tally.rate:.1%} pass)")
    reasons = ", ".join(f"{reason}: {count}" for reason, count in tally.unserved_by.most_common())
    print(f"not served by the mock: {tally.unserved} ({reasons})")
    for failure in sorted(set(tally.failures)):
        print("  " + failure)
    if tally.refusals:
        print("refused by the mock (not counted; a 422 may be our synthesized arguments):")
        for refusal in sorted(set(tally.refusals)):
            print("  " + refusal)
    if tally.mock_errors:
        print("answers of the mock that break the spec (not counted):")
        for error in sorted(set(tally.mock_errors)):
            print("  " + error)
    return 0 if tally.rate >= 0.995 else 1


if __name__ == "__main__":
    sys.exit(main())
