"""Every tagged union of the generated OpenAI package, built from a value of each variant, gives that variant.

The values carry only the tag: the case where the variants' tolerance made any of them accept
any value, and the first one listed won (`{"type": "local_shell"}` read as `WebSearchTool`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pydantic
import pytest

from generator.diagnostics import Diagnostics
from generator.layout import plan
from generator.naming import ClassNames
from generator.parser import parse_api
from generator.parser.kinds import ArrayKind, Kind, Nullable, NullKind, Ref, UnionKind
from generator.pipeline import load_inputs
from tests._specs import OPENAI_SPEC
from tests.generator.test_full_specs import OVERLAYS

_SAMPLES = {"<str>": "text", "<int>": 7, "<float>": 0.5, "<bool>": True, "<list>": [], "<dict>": {}}
_PYTHON = {"<str>": str, "<int>": int, "<float>": float, "<bool>": bool, "<list>": list, "<dict>": dict}


def _unions(kind: Kind, wrap: Any) -> Iterator[tuple[UnionKind, Any]]:
    """The unions in a field's kind, each with how to wrap a value of it into the field's value."""
    if isinstance(kind, Nullable):
        yield from _unions(kind.inner, wrap)
    elif isinstance(kind, ArrayKind):
        yield from _unions(kind.item, lambda value: wrap([value]))
    elif isinstance(kind, UnionKind):
        yield kind, wrap


def _cases() -> list[tuple[str, Any, Any, set[str]]]:
    """(where, how to parse a value, the value, the class names it may come back as).

    Variants that share a tag (`message`: input or output message) form a group: a value with only
    the tag may come back as any of them.
    """
    diagnostics = Diagnostics()
    (spec,) = load_inputs([OPENAI_SPEC], OVERLAYS, diagnostics)
    api = parse_api(spec.document, spec.label, "", diagnostics)
    layout = plan(api, ClassNames())
    from openai_connector import types

    cases = []
    for key, definition in api.definitions.items():
        found: list[tuple[str, UnionKind, Any]] = []
        if definition.fields:
            for field in definition.fields:
                for union, wrap in _unions(field.kind, lambda value: value):
                    found.append((field.wire_name, union, wrap))
        elif isinstance(definition.alias, UnionKind):
            found.append(("", definition.alias, lambda value: value))
        for field_name, union, wrap in found:
            if not union.tags or len([v for v in union.variants if not isinstance(v, NullKind)]) < 2:
                continue
            owner = getattr(types, layout.class_names[key])
            where = f"{layout.class_names[key]}.{field_name}" if field_name else layout.class_names[key]
            parse = _field_parser(owner, field_name) if field_name else pydantic.TypeAdapter(owner).validate_python
            aliases: dict[str, list[str]] = {}
            for value, tag in union.aliases:
                aliases.setdefault(tag, []).append(value)
            groups: dict[str, set[str]] = {}
            for variant, tag in zip(union.variants, union.tags, strict=True):
                target = variant.inner if isinstance(variant, Nullable) else variant
                if isinstance(target, Ref):
                    groups.setdefault(tag, set()).add(layout.class_names.get(target.key, ""))
            for variant, tag in zip(union.variants, union.tags, strict=True):
                target = variant.inner if isinstance(variant, Nullable) else variant
                definition_of = api.definitions.get(target.key) if isinstance(target, Ref) else None
                if definition_of is None or not definition_of.is_object or union.discriminator is None:
                    if tag in _SAMPLES and tag != "<dict>":
                        cases.append((where, parse, wrap(_SAMPLES[tag]), {_PYTHON[tag].__name__}))
                    continue
                for value in [tag, *aliases.get(tag, [])]:
                    sample = {union.discriminator: value}
                    cases.append((f"{where} {value}", parse, wrap(sample), groups[tag]))
    return cases


def _field_parser(model: type[pydantic.BaseModel], wire_name: str) -> Any:
    name = next(n for n, f in model.model_fields.items() if (f.alias or n) == wire_name)

    def parse(value: Any) -> Any:
        return getattr(model.model_validate({wire_name: value}), name)

    return parse


def _unwrap(value: Any) -> Any:
    return value[0] if isinstance(value, list) and len(value) == 1 else value


def test_each_variant_of_each_tagged_union_parses_into_its_class() -> None:
    cases = _cases()
    assert len(cases) > 1000
    wrong = []
    for where, parse, value, expected in cases:
        parsed = parse(value)
        got = type(_unwrap(parsed) if isinstance(value, list) and not isinstance(_unwrap(value), list) else parsed)
        if got.__name__ not in expected:
            wrong.append(f"{where}: {got.__name__}, not {' or '.join(sorted(expected))}")
    assert wrong == []


@pytest.mark.parametrize("tools", [[{"type": "local_shell"}], [{"type": "web_search_2025_08_26"}]])
def test_the_tools_of_a_response_keep_their_class(tools: list[dict[str, str]]) -> None:
    from openai_connector.types import Response

    (tool,) = Response.model_validate({"id": "resp_1", "tools": tools}).tools
    assert type(tool).__name__ == {"local_shell": "LocalShellTool"}.get(tools[0]["type"], "WebSearchTool")
