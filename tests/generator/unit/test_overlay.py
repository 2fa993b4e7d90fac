"""generator/spec/overlay: actions applied in order; JSONPath targets compiled by one parser, once."""

from __future__ import annotations

from typing import Any

import pytest
from jsonpath_ng._ply import yacc

from generator.diagnostics import Diagnostics
from generator.spec import overlay


def test_updates_merge_and_removes_delete() -> None:
    spec = {"components": {"schemas": {"A": {"type": "object"}, "B": {"type": "string"}}}}
    actions = {
        "actions": [
            {"target": "$.components.schemas.A", "update": {"x-connector-name": "Renamed"}},
            {"target": "$.components.schemas.B", "remove": True},
            {"target": "$.components.schemas.Missing", "update": {}},
        ]
    }
    diagnostics = Diagnostics()
    overlay.apply_overlay(spec, actions, "o.yaml", diagnostics)
    assert spec == {"components": {"schemas": {"A": {"type": "object", "x-connector-name": "Renamed"}}}}
    assert [d.pointer for d in diagnostics.items] == ["/actions/2"]


def test_the_parser_is_built_once_for_every_target(monkeypatch: pytest.MonkeyPatch) -> None:
    built = []
    real = yacc.yacc

    def counting(*args: object, **kwargs: object) -> object:
        built.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(yacc, "yacc", counting)
    overlay._parser.cache_clear()
    overlay.parse_jsonpath.cache_clear()
    spec: dict[str, Any] = {"paths": {"/a": {"get": {}}, "/b": {"post": {}}}}
    targets = ["$.paths['/a'].get", "$.paths['/b'].post", "$.paths['/a'].get"]
    actions = {"actions": [{"target": t, "update": {"x-connector-method": "m"}} for t in targets]}
    overlay.apply_overlay(spec, actions, "o.yaml", Diagnostics())
    overlay.apply_overlay(spec, actions, "o.yaml", Diagnostics())
    assert spec["paths"]["/b"]["post"] == {"x-connector-method": "m"}
    assert len(built) == 1
