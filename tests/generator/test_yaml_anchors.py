"""A spec that defines a YAML anchor again (YAML 1.2 allows it) loads: the later definition wins, with a diagnostic."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import Diagnostics
from generator.pipeline import generate
from generator.spec.loader import SpecError, load_document

SPEC = """\
openapi: 3.0.3
info: {title: Anchors, version: "1"}
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: &answer
                type: object
                properties: {first: {type: string}}
  /b:
    get:
      operationId: getB
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: *answer
  /c:
    get:
      operationId: getC
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: &answer
                type: object
                properties: {second: {type: integer}}
  /d:
    get:
      operationId: getD
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: *answer
"""


def _schema(document: dict[str, object], path: str) -> object:
    return document["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]  # type: ignore[index]


def test_an_alias_refers_to_the_closest_preceding_definition(tmp_path: Path) -> None:
    path = tmp_path / "anchors.yaml"
    path.write_text(SPEC, encoding="utf-8")
    diagnostics = Diagnostics()
    document = load_document(path, diagnostics)
    assert _schema(document, "/b") == {"type": "object", "properties": {"first": {"type": "string"}}}
    assert _schema(document, "/d") == {"type": "object", "properties": {"second": {"type": "integer"}}}
    assert [(d.pointer, d.message) for d in diagnostics.items] == [("line 32", "anchor &answer defined again")]


def test_a_spec_with_a_redefined_anchor_generates(tmp_path: Path) -> None:
    path = tmp_path / "anchors.yaml"
    path.write_text(SPEC, encoding="utf-8")
    report = generate([path], []).report()
    assert report["operations_generated"] == report["operations_total"] == 4
    assert report["untyped_responses"] == []


def test_other_yaml_errors_still_fail_clearly(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("openapi: 3.0.3\npaths: *nowhere\n", encoding="utf-8")
    with pytest.raises(SpecError, match="invalid YAML: found undefined alias"):
        load_document(path)
