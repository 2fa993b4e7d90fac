"""Tiny specs for the unit tests, parsed the way the pipeline parses them."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Diagnostics
from generator.layout import Layout, plan
from generator.naming import ClassNames
from generator.parser import Api, parse_api
from generator.spec import normalize


def answer(ref: str) -> dict[str, Any]:
    schema = {"$ref": f"#/components/schemas/{ref}"}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def document(paths: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def parsed(paths: dict[str, Any], schemas: dict[str, Any]) -> Api:
    diagnostics = Diagnostics()
    spec = normalize(document(paths, schemas), "spec.yaml", diagnostics)
    return parse_api(spec, "spec.yaml", "", diagnostics)


def laid_out(paths: dict[str, Any], schemas: dict[str, Any]) -> Layout:
    return plan(parsed(paths, schemas), ClassNames())
