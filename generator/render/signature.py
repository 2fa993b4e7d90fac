"""An operation's method signature: its Python parameters and where each goes in the request."""

from __future__ import annotations

import collections
import json
from typing import Any

from generator.annotations import Annotator
from generator.naming import METHOD_RESERVED, argument_identifier, unique
from generator.parser.kinds import holds_file
from generator.parser.operations import Operation, Parameter

COMMON_PARAMETERS = (
    "extra_headers: Headers | None = None",
    "extra_query: Query | None = None",
    "extra_body: Body | None = None",
    "timeout: Timeout | NotGiven = NOT_GIVEN",
)
# The keyword arguments every method passes on to the runtime as they are.
COMMON_ARGUMENTS = ("extra_headers", "extra_query", "extra_body", "timeout")


class Signature:
    """The Python parameters of one operation's method and where each goes in the request."""

    def __init__(self, op: Operation, annotator: Annotator) -> None:
        self.op = op
        self.annotator = annotator
        self.positional: list[str] = []
        self.keywords: list[str] = []
        self.doc_args: list[tuple[str, str]] = []
        self.stream_field = ""
        self.argument_of: dict[str, str] = {}  # wire name of a query parameter or body field -> its argument
        self.client_params = {p.wire_name: p.client_setting for p in op.parameters if p.client_setting}
        self._taken = set(METHOD_RESERVED)
        self._targets: dict[str, list[str]] = collections.defaultdict(list)
        self.checks: dict[str, dict[str, dict[str, Any]]] = {}
        path_arguments: list[str] = []
        for parameter in sorted(op.parameters, key=self._order):
            self._parameter(parameter, path_arguments)
        # openai-python's rule: the path's last argument positional, those before it keyword-only, first after `*`
        self.positional = path_arguments[-1:]
        self.keywords[:0] = path_arguments[:-1]
        if op.body is not None:
            self._body()

    def _order(self, parameter: Parameter) -> tuple[int, int]:
        """Path, query, header; path parameters as the path places them (not as the spec lists them)."""
        where = self.op.path.find("{" + parameter.wire_name + "}") if parameter.location == "path" else 0
        return ("path", "query", "header").index(parameter.location), where

    def _claim(self, wire: str, location: str) -> str:
        return unique(argument_identifier(wire), self._taken, qualifier=location)

    def _parameter(self, parameter: Parameter, path_arguments: list[str]) -> None:
        name = self._claim(parameter.argument or parameter.wire_name, parameter.location)
        if parameter.location == "query":
            self.argument_of[parameter.wire_name] = name
        annotation = self.annotator.render(parameter.kind, "param")
        self._targets[parameter.location].append(f"{json.dumps(parameter.wire_name)}: {name}")
        self.doc_args.append((name, parameter.description))
        if parameter.checks:
            self.checks.setdefault(parameter.location, {})[parameter.wire_name] = parameter.checks
        if parameter.location == "path" and not parameter.client_setting:
            path_arguments.append(f"{name}: {annotation}")
        elif parameter.location == "query" and self._switches_stream(parameter.wire_name):
            self.stream_field = name  # `GET /responses/{id}?stream=true`: the overloads take it
        elif parameter.required and not parameter.client_setting:
            self.keywords.append(f"{name}: {annotation}")
        else:
            self.keywords.append(f"{name}: {not_given(annotation)} = NOT_GIVEN")

    def _body(self) -> None:
        body = self.op.body
        assert body is not None
        if body.fields is None:
            annotation = "bytes" if body.media == "binary" else self.annotator.render(body.kind, "param")
            self._taken.add("body")
            self._targets["body_value"].append("body")
            self.keywords.append(
                f"body: {annotation}" if body.required else f"body: {not_given(annotation)} = NOT_GIVEN"
            )
            return
        for field in body.fields:
            name = self._claim(field.wire_name, "body")
            self.argument_of[field.wire_name] = name
            annotation = self.annotator.render(field.kind, "param")
            target = "files" if body.media == "multipart" and holds_file(field.kind) else "body"
            self._targets[target].append(f"{json.dumps(field.wire_name)}: {name}")
            self.doc_args.append((name, field.description))
            if field.checks and target == "body":
                self.checks.setdefault("body", {})[field.wire_name] = field.checks
            if self._switches_stream(field.wire_name):
                self.stream_field = name
            elif field.required:
                self.keywords.append(f"{name}: {annotation}")
            else:
                self.keywords.append(f"{name}: {not_given(annotation)} = NOT_GIVEN")

    def _switches_stream(self, wire_name: str) -> bool:
        """Whether this parameter or body field is the `stream` flag of an operation that can answer as a stream."""
        return wire_name == "stream" and self.op.response.stream is not None and not self.stream_field

    def arguments(self) -> list[tuple[str, str]]:
        """Keyword arguments of the runtime call, as (keyword, Python expression)."""
        targets = self._targets
        fixed = [f"{json.dumps(k)}: {json.dumps(v)}" for k, v in self.op.fixed_query.items()]
        arguments = []
        for keyword_, items in (
            ("path_params", targets["path"]),
            ("query", fixed + targets["query"]),
            ("headers", targets["header"]),
        ):
            if items:
                arguments.append((keyword_, "{" + ", ".join(items) + "}"))
        if targets["body_value"]:
            arguments.append(("body", "body"))
        elif self.op.body is not None:
            arguments.append(("body", "{" + ", ".join(targets["body"]) + "}"))
        if targets["files"]:
            arguments.append(("files", "{" + ", ".join(targets["files"]) + "}"))
        return arguments + [(k, k) for k in COMMON_ARGUMENTS]


def not_given(annotation: str) -> str:
    """`T | NotGiven`, keeping `None` last as linters expect."""
    if annotation.endswith(" | None"):
        return annotation[: -len(" | None")] + " | NotGiven | None"
    return annotation + " | NotGiven"
