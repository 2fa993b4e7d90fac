"""Read an OpenAPI document (YAML or JSON) into plain Python data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostics

try:
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment,attr-defined,unused-ignore]
except AttributeError:  # pragma: no cover - libyaml missing
    _BaseLoader = yaml.SafeLoader


class SpecError(Exception):
    """A document that cannot be read at all (not a file, not YAML/JSON, not a mapping)."""


class _DuplicateKeys:
    """Notes duplicate keys, which YAML parsers silently resolve to the last one."""

    duplicates: list[tuple[int, str]]

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)  # type: ignore[misc]
        if len(mapping) < len(node.value):  # fewer keys than entries: some key came twice (rare, so look then)
            seen: set[str] = set()
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    if key_node.value in seen:
                        self.duplicates.append((key_node.start_mark.line + 1, key_node.value))
                    seen.add(key_node.value)
        return mapping


class _SpecLoader(_DuplicateKeys, _BaseLoader):  # type: ignore[misc,valid-type,unused-ignore]
    """YAML 1.1 turns `2024-10-21` into a date and `on` into True; a spec wants the text."""


class _RedefiningLoader(_DuplicateKeys, yaml.SafeLoader):
    """The pure-Python loader, for documents that define an anchor again.

    YAML 1.2 allows it (an alias refers to the closest preceding definition); PyYAML and libyaml
    refuse it. Only such documents pay for the slower parser.
    """

    redefined: list[tuple[int, str]]

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]
        anchor = getattr(event, "anchor", None)
        if anchor is not None and not isinstance(event, yaml.AliasEvent) and anchor in self.anchors:
            self.redefined.append(((event.start_mark.line + 1) if event.start_mark else 0, anchor))
            del self.anchors[anchor]  # the later definition wins from here on
        return super().compose_node(parent, index)


for _loader in (_SpecLoader, _RedefiningLoader):
    _loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


def _load_yaml(text: str) -> tuple[Any, list[tuple[int, str]], list[tuple[int, str]]]:
    """(data, duplicate keys, redefined anchors), each with its 1-based line."""
    loader: _SpecLoader | _RedefiningLoader = _SpecLoader(text)
    loader.duplicates = []
    try:
        return loader.get_single_data(), loader.duplicates, []
    except yaml.composer.ComposerError as exc:
        if "found duplicate anchor" not in str(exc):
            raise
    finally:
        loader.dispose()
    loader = _RedefiningLoader(text)
    loader.duplicates, loader.redefined = [], []
    try:
        return loader.get_single_data(), loader.duplicates, loader.redefined
    finally:
        loader.dispose()


def as_mapping(value: Any) -> dict[str, Any]:
    """The value if it is a mapping, else an empty one: specs put the wrong thing in places."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def pointer_join(pointer: str, *parts: str | int) -> str:
    """Extend a JSON pointer with escaped reference tokens."""
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "/".join([pointer, *escaped]) if pointer else "/" + "/".join(escaped)


def load_document(path: str | Path, diagnostics: Diagnostics | None = None, label: str = "") -> dict[str, Any]:
    """Load a YAML or JSON document; raise SpecError with a clear message if impossible.

    `label` names the file in diagnostics (defaults to the path as given).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SpecError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"{path}: cannot read: {exc}") from None
    data: Any
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(f"{path}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    else:
        try:
            data, duplicates, redefined = _load_yaml(text)
        except yaml.YAMLError as exc:
            raise SpecError(f"{path}: invalid YAML: {exc}") from None
        if diagnostics is not None:
            for line, key in duplicates:
                diagnostics.warn(label or str(path), f"line {line}", f"duplicate key {key!r}", "kept the last one")
            for line, anchor in redefined:
                diagnostics.warn(
                    label or str(path),
                    f"line {line}",
                    f"anchor &{anchor} defined again",
                    "later aliases refer to this definition (YAML 1.2)",
                )
    if not isinstance(data, dict):
        raise SpecError(f"{path}: expected a mapping at the top level, found {type(data).__name__}")
    if diagnostics is not None:
        _report_non_string_keys(data, label or str(path), "", diagnostics)
    return data


def _report_non_string_keys(node: Any, file: str, pointer: str, diagnostics: Diagnostics) -> None:
    """YAML allows `200:` or `true:` as keys; JSON Schema wants strings. Convert and say so."""
    if isinstance(node, dict):
        for key in list(node):
            if not isinstance(key, str):
                value = node.pop(key)
                text = str(key).lower() if isinstance(key, bool) else str(key)
                node[text] = value
                diagnostics.warn(file, pointer_join(pointer, text), f"non-string key {key!r}", f"read as {text!r}")
        for key, value in node.items():
            _report_non_string_keys(value, file, pointer_join(pointer, key), diagnostics)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _report_non_string_keys(value, file, pointer_join(pointer, index), diagnostics)
