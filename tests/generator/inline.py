"""Generate a package from a spec written inline in a test, and import it: generate-and-run tests."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from generator.pipeline import Generation, generate
from generator.writer import build_tree


def write_spec(folder: Path, document: dict[str, Any], name: str = "spec.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def build(folder: Path, specs: list[Path], package: str) -> Generation:
    generation = generate(specs, [], package=package)
    build_tree(generation.files, {}, package, folder / "out", openai_parts=generation.has_openai_surface)
    return generation


@contextmanager
def imported(folder: Path, documents: list[dict[str, Any]], package: str) -> Iterator[ModuleType]:
    """The package generated from `documents` (the first is the root spec), importable while inside."""
    specs = [write_spec(folder / "specs", document, f"spec{index}.json") for index, document in enumerate(documents)]
    build(folder, specs, package)
    sys.path.insert(0, str(folder / "out"))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(folder / "out"))
        for name in [name for name in sys.modules if name == package or name.startswith(package + ".")]:
            del sys.modules[name]


def api(paths: dict[str, Any], schemas: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """A minimal OpenAPI 3.1 document."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Inline", "version": "1"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "paths": paths,
        "components": {"schemas": schemas},
        **extra,
    }
