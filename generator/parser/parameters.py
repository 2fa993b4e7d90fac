"""An operation's parameters: path-level and operation-level ones merged and typed."""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Literal

from generator.diagnostics import Diagnostics
from generator.naming import hints
from generator.parser import facts
from generator.parser.constraints import shallow_schema
from generator.parser.kinds import Kind
from generator.parser.schemas import SchemaParser
from generator.spec.document import merge_parameters
from generator.spec.loader import as_mapping, pointer_join

_LOCATIONS: dict[str, Literal["path", "query", "header"]] = {"path": "path", "query": "query", "header": "header"}


@dataclasses.dataclass(frozen=True)
class Parameter:
    wire_name: str
    location: Literal["path", "query", "header"]
    kind: Kind
    required: bool
    description: str = ""
    client_setting: str | None = None  # filled by the runtime from this client setting when not given
    deprecated: bool = False
    checks: dict[str, Any] | None = None
    style: str = ""  # a query parameter's non-default style (`facts.query_style`)
    argument: str = ""  # the argument's name when the spec gives one (`x-stainless-param`), else from `wire_name`


class ParameterParser:
    """Types the parameters of the operations of one document."""

    def __init__(self, schemas: SchemaParser, diagnostics: Diagnostics) -> None:
        self.schemas = schemas
        self.diagnostics = diagnostics
        self.file = schemas.file

    def parameters(
        self, path: str, path_item: tuple[str, dict[str, Any]], spec: dict[str, Any], pointer: str, owner: str
    ) -> list[Parameter]:
        """Path-level and operation-level parameters merged (the operation wins), all declared ones typed."""
        written_path, item = path_item
        levels = (self._declared(item, pointer_join("/paths", written_path)), self._declared(spec, pointer))
        merged = merge_parameters(*levels)
        for name in re.findall(r"{([^}]+)}", path):
            if ("path", name) not in merged:
                self.diagnostics.warn(self.file, pointer, f"path parameter {name!r} is not declared", "typed it as str")
                merged[("path", name)] = (
                    {"name": name, "in": "path", "required": True, "schema": {"type": "string"}},
                    pointer,
                )
        parameters = []
        for (location_name, _), (param, here) in merged.items():
            location, name = _LOCATIONS[location_name], str(param["name"])
            schema = as_mapping(param.get("schema"))
            if not schema:
                content = as_mapping(param.get("content"))
                schema = as_mapping(as_mapping(next(iter(content.values()), {})).get("schema"))
            required = location == "path" or param.get("required") is True
            if location == "path" and param.get("required") is not True:
                self.diagnostics.warn(self.file, here, "path parameter not marked required", "treated as required")
            parameters.append(
                Parameter(
                    wire_name=name,
                    location=location,
                    kind=self.schemas.kind(
                        schema, pointer_join(here, "schema"), hints.child(hints.root(owner), name), owner
                    ),
                    required=required,
                    description=str(param.get("description") or self.schemas.describe(schema)),
                    client_setting=param.get("x-connector-client-setting"),
                    deprecated=bool(param.get("deprecated")),
                    checks=shallow_schema(schema, self.schemas.deref_quietly),
                    style=facts.query_style(param) if location == "query" else "",
                    argument=_argument_name(param, schema),
                )
            )
        return parameters

    def _declared(self, source: dict[str, Any], source_pointer: str) -> list[tuple[dict[str, Any], str]]:
        """The parameters a path item or operation declares (resolved, with their pointers) that can be
        generated; the others are reported."""
        declared = []
        for index, raw in enumerate(source.get("parameters") or []):
            here = pointer_join(source_pointer, "parameters", index)
            param = self.schemas.resolve_object(raw, here)
            name, location = param.get("name"), param.get("in")
            if not isinstance(name, str) or location not in ("path", "query", "header", "cookie"):
                self.diagnostics.warn(self.file, here, "parameter without a name or location", "skipped it")
            elif location == "cookie":
                self.diagnostics.warn(self.file, here, "cookie parameter", "not generated; send it via headers")
            else:
                declared.append((param, here))
        return declared


def _argument_name(param: dict[str, Any], schema: dict[str, Any]) -> str:
    """The argument name the spec gives a parameter: `x-stainless-param` (the name openai-python's generator
    uses, e.g. `betas` for the `openai-beta` header), on the parameter or on its schema; "" when none."""
    name = param.get("x-stainless-param") or schema.get("x-stainless-param")
    return name if isinstance(name, str) and name.isidentifier() else ""
