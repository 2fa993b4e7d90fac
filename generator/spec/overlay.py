"""OpenAPI Overlay 1.0: our changes to an upstream document, kept apart from it.

An overlay is a list of actions; each names nodes of the document with a JSONPath
`target` and either merges `update` into them or `remove`s them.
"""

from __future__ import annotations

import copy
import functools
import threading
from pathlib import Path
from typing import Any

from jsonpath_ng.exceptions import JsonPathParserError
from jsonpath_ng.ext.parser import ExtentedJsonPathParser  # the spelling every jsonpath-ng >= 1.6 has

from generator.diagnostics import Diagnostics
from generator.spec.loader import SpecError, load_document

_PARSER_LOCK = threading.Lock()


@functools.cache
def _parser() -> Any:
    """One JSONPath parser for every target: building one computes PLY's parse tables (tens of
    milliseconds), which `jsonpath_ng.ext.parse` does again for each expression."""
    return ExtentedJsonPathParser()


@functools.lru_cache(maxsize=4096)
def parse_jsonpath(target: str) -> Any:
    """The compiled JSONPath `target` (the same overlays are applied to each spec, and in each test)."""
    with _PARSER_LOCK:  # a PLY parser keeps its state while it parses
        return _parser().parse(target)


def load_overlay(path: str | Path) -> dict[str, Any]:
    """Load an overlay document, checking that it is one."""
    document = load_document(path)
    if not str(document.get("overlay", "")).startswith("1."):
        raise SpecError(f"{path}: not an OpenAPI Overlay 1.x document (missing `overlay: 1.0.0`)")
    if not isinstance(document.get("actions"), list):
        raise SpecError(f"{path}: an overlay needs a list of `actions`")
    return document


def overlay_applies_to(overlay: dict[str, Any], spec_path: str | Path, spec: dict[str, Any]) -> bool:
    """An overlay applies to the document its `extends` names (by file name or info.title), or to all."""
    extends = overlay.get("extends")
    if not extends:
        return True
    name = Path(str(extends)).name
    return name == Path(spec_path).name or extends == spec.get("info", {}).get("title")


def apply_overlay(
    spec: dict[str, Any], overlay: dict[str, Any], overlay_file: str, diagnostics: Diagnostics
) -> dict[str, Any]:
    """Apply every action in order; an action whose target matches nothing is reported, not fatal."""
    for index, action in enumerate(overlay["actions"]):
        pointer = f"/actions/{index}"
        target = action.get("target") if isinstance(action, dict) else None
        if not isinstance(target, str):
            diagnostics.error(overlay_file, pointer, "action without a string `target`", "skipped the action")
            continue
        try:
            expression = parse_jsonpath(target)
        except (JsonPathParserError, Exception) as exc:  # jsonpath-ng raises bare Exceptions too
            diagnostics.error(overlay_file, pointer, f"invalid JSONPath {target!r}: {exc}", "skipped the action")
            continue
        matches = expression.find(spec)
        if not matches:
            diagnostics.warn(overlay_file, pointer, f"target {target!r} matches nothing", "skipped the action")
            continue
        if action.get("remove") is True:
            for match in reversed(matches):
                _remove(match)
        elif "update" in action:
            for match in matches:
                _merge(match.value, action["update"], overlay_file, pointer, diagnostics)
    return spec


def _remove(match: Any) -> None:
    parent = match.context.value if match.context is not None else None
    key = match.path.fields[0] if hasattr(match.path, "fields") else getattr(match.path, "index", None)
    if isinstance(parent, dict) and key in parent:
        del parent[key]
    elif isinstance(parent, list) and isinstance(key, int) and key < len(parent):
        del parent[key]


def _merge(target: Any, update: Any, file: str, pointer: str, diagnostics: Diagnostics) -> None:
    """Overlay merge: objects merge recursively, arrays append, anything else is replaced."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            if key in target and isinstance(target[key], dict | list) and isinstance(value, type(target[key])):
                if isinstance(value, dict):
                    _merge(target[key], value, file, pointer, diagnostics)
                else:
                    target[key].extend(copy.deepcopy(value))
            else:
                target[key] = copy.deepcopy(value)
    elif isinstance(target, list):
        target.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])
    else:
        diagnostics.error(file, pointer, "cannot merge an update into a scalar target", "skipped the update")
