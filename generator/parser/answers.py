"""Which answer a request gets by the value of one of its arguments: an overlay's `x-connector-answer-by`.

A spec says that `/audio/transcriptions` answers one of several models, or text; it does not say that
`response_format: verbose_json` is what selects the verbose model. An overlay declares it on the operation:

    x-connector-answer-by:
      parameter: response_format        # a body field or query parameter with an enum
      default: json                     # the value the service assumes when none is sent
      answers: {json: CreateTranscriptionResponseJson, verbose_json: ..., text: str, srt: str}

Each answer is a component schema among the operation's answers, or `str` for a text answer. Values the
declaration leaves out answer whatever the spec says. The renderer turns it into one overload per answer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from generator.diagnostics import Diagnostics
from generator.parser.kinds import Enum, Field, Kind, Nullable, Primitive, Ref, UnionKind
from generator.parser.parameters import Parameter
from generator.parser.responses import Response
from generator.parser.schemas import COMPONENTS, SchemaParser
from generator.spec.loader import pointer_join

EXTENSION = "x-connector-answer-by"
TEXT = "str"


@dataclasses.dataclass(frozen=True)
class AnswerBy:
    """The answer each value of one argument selects: `groups` holds (values sharing an answer, that answer)."""

    parameter: str  # wire name of the body field or query parameter
    default: str  # the value the service assumes when the argument is not sent
    groups: tuple[tuple[tuple[str, ...], Kind], ...]  # the default's group first, then as the overlay lists them


def answer_by(
    spec: Mapping[str, Any],
    response: Response,
    *,
    parameters: Sequence[Parameter],
    body_fields: Sequence[Field] | None,
    schemas: SchemaParser,
    diagnostics: Diagnostics,
    pointer: str,
) -> AnswerBy | None:
    """The operation's declared `x-connector-answer-by`, checked against its spec; None (and a diagnostic) if wrong."""
    declared = spec.get(EXTENSION)
    if declared is None:
        return None
    here = pointer_join(pointer, EXTENSION)

    def wrong(message: str) -> None:
        diagnostics.error(schemas.file, here, message, "no overloads by it")

    declared = declared if isinstance(declared, Mapping) else {}
    parameter, default, answers = (declared.get(k) for k in ("parameter", "default", "answers"))
    if not isinstance(parameter, str) or not isinstance(default, str) or not isinstance(answers, Mapping):
        wrong("needs `parameter` (a name), `default` (a value) and `answers` (value -> schema name or `str`)")
        return None
    kind = _argument_kind(parameter, parameters, body_fields)
    if kind is None:
        wrong(f"{parameter!r} is not a body field or query parameter of the operation")
        return None
    values = _enum_values(kind, schemas)
    if not values:
        wrong(f"{parameter!r} is not an enum")
        return None
    variants = _answer_variants(response)
    grouped: dict[Kind, list[str]] = {}
    for value, name in answers.items():
        if str(value) not in values:
            wrong(f"{value!r} is not a value of {parameter!r} (one of {', '.join(values)})")
            return None
        answer = Primitive("str") if name == TEXT else Ref(COMPONENTS[1:] + str(name))
        if answer not in variants:
            wrong(f"{value!r} answers {name!r}, which is not one of the operation's answers")
            return None
        grouped.setdefault(answer, []).append(str(value))
    if default not in answers:
        wrong(f"the default {default!r} is not among the declared answers")
        return None
    groups = sorted(grouped.items(), key=lambda group: default not in group[1])  # stable: the default's first
    return AnswerBy(parameter, default, tuple((tuple(values_), answer) for answer, values_ in groups))


def _argument_kind(name: str, parameters: Sequence[Parameter], body_fields: Sequence[Field] | None) -> Kind | None:
    for field in body_fields or ():
        if field.wire_name == name:
            return field.kind
    for parameter in parameters:
        if parameter.wire_name == name and parameter.location == "query":
            return parameter.kind
    return None


def _enum_values(kind: Kind, schemas: SchemaParser) -> tuple[str, ...]:
    """The string values of an enum (through aliases, `null` and the `str` an open enum adds)."""
    if isinstance(kind, Ref):
        definition = schemas.definitions.get(kind.key)
        return _enum_values(definition.alias, schemas) if definition and definition.alias else ()
    if isinstance(kind, Nullable):
        return _enum_values(kind.inner, schemas)
    if isinstance(kind, UnionKind):
        return tuple(v for variant in kind.variants for v in _enum_values(variant, schemas))
    if isinstance(kind, Enum):
        return tuple(str(v) for v in kind.values)
    return ()


def _answer_variants(response: Response) -> set[Kind]:
    """The answers the operation declares: its JSON answer's variants, and `str` when it may answer text."""
    found: set[Kind] = set()
    json = response.json
    if json is not None:
        found.update(json.variants if isinstance(json, UnionKind) else (json,))
    if response.kind in ("json_or_text", "text"):
        found.add(Primitive("str"))
    return found
