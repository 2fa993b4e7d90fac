"""Reserved names: generated resources and types never shadow the runtime or what a module imports."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.naming import reserved
from generator.pipeline import generate, manifest_text
from generator.runtime_source import LIB_SOURCE, runtime_names
from generator.writer import build_tree

# Names generated modules import, by the runtime's own public attributes: the test spec takes them
# all, so a name missing from lib/_reserved.py (or from the templates' imports) shows up here.
HOSTILE_TYPES = ("Stream", "BaseModel", "Body", "Operation", "Field", "Literal", "Client", "Exception", "Response")


def _client_attributes() -> list[str]:
    """The runtime client's public attributes, read from its source (not from lib/_reserved.py)."""
    found: set[str] = set()
    for module in ("_base_client.py", "_client_surface.py"):
        tree = ast.parse((LIB_SOURCE / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in (
                "_ClientCore", "SyncAPIClient", "AsyncAPIClient", "ClientSurface"
            ):  # fmt: skip
                for item in node.body:
                    if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                        found.add(item.name)
                    elif isinstance(item, ast.AnnAssign | ast.Assign):
                        targets = item.targets if isinstance(item, ast.Assign) else [item.target]
                        found.update(t.id for t in targets if isinstance(t, ast.Name))
    return sorted(n for n in found if not n.startswith("_"))


def _spec(attributes: list[str]) -> dict[str, Any]:
    schemas = {name: {"type": "object", "properties": {"id": {"type": "string"}}} for name in HOSTILE_TYPES}
    answer = {
        "200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Stream"}}},
        }
    }
    paths = {f"/{name}": {"get": {"operationId": f"get_{name}", "responses": answer}} for name in attributes}
    paths["/things"] = {
        "post": {
            "operationId": "createThing",
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}}},
            "responses": answer,
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], Path]:
    folder = tmp_path_factory.mktemp("hostile")
    spec = folder / "spec.json"
    spec.write_text(json.dumps(_spec(_client_attributes())), encoding="utf-8")
    generation = generate([spec], [])
    build_tree(generation.files, {".manifest.json": manifest_text(generation)}, "openai_connector", folder / "out")
    return generation.files, folder / "out"


def test_the_runtime_client_has_the_attributes_this_test_relies_on() -> None:
    assert {"config", "call", "with_options", "request", "timeout"} <= set(_client_attributes())


def test_no_generated_module_defines_a_name_it_imports(hostile: tuple[dict[str, str], Path]) -> None:
    files, _ = hostile
    clashes = {}
    for path, text in files.items():
        if not path.endswith((".py", ".pyi")):
            continue
        tree = ast.parse(text)
        imported = {
            alias.asname or alias.name.split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        }
        defined = {n.name for n in tree.body if isinstance(n, ast.ClassDef)} | {
            t.id
            for n in tree.body
            if isinstance(n, ast.Assign | ast.AnnAssign)
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
            if isinstance(t, ast.Name)
        }
        if imported & defined:
            clashes[path] = sorted(imported & defined)
    assert clashes == {}


def test_types_named_like_runtime_names_are_renamed(hostile: tuple[dict[str, str], Path]) -> None:
    files, _ = hostile
    index = files["types/_index.py"]
    assert '"StreamSchema"' in index and '"BaseModelSchema"' in index and '"ClientSchema"' in index
    assert '"Response"' in index  # not the runtime's: keeps its name


def test_a_top_level_config_path_keeps_client_config_working(hostile: tuple[dict[str, str], Path]) -> None:
    _, out = hostile
    code = (
        "from openai_connector import Client\n"
        "from openai_connector.lib import ClientConfig\n"
        "client = Client(api_key='sk-test', base_url='http://127.0.0.1:9')\n"
        "assert isinstance(client.config, ClientConfig), client.config\n"
        "assert callable(client.with_options) and callable(client.call)\n"
        "print(type(client.config_resource).__name__, type(client.with_options_resource).__name__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=out, env={"PYTHONPATH": str(out)}
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ConfigResource", "WithOptionsResource"]


def test_templates_import_from_lib_exactly_the_reserved_contract() -> None:
    imported: dict[str, set[str]] = {}
    names_part = r"(\([^)]*\)|.+)$"  # one line, or a parenthesised list over several
    pattern = re.compile(r"^\s*from \{\{ ?lib ?\}\}\.(\w+) import " + names_part, re.MULTILINE)
    pattern_client = re.compile(r"^\s*from \.lib\.(\w+) import " + names_part, re.MULTILINE)
    for template in reserved.TEMPLATES.glob("*.jinja"):
        text = template.read_text(encoding="utf-8")
        for match in [*pattern.finditer(text), *pattern_client.finditer(text)]:
            entries = match[2].strip("()").split(",")
            names = {entry.split(" as ")[0].strip() for entry in entries if entry.strip()}
            imported.setdefault(match[1], set()).update(names)
    contract = {module: set(names) for module, names in runtime_names().generated_imports.items()}
    assert imported == contract


def test_class_names_reserve_every_template_import_and_runtime_name() -> None:
    names = reserved.class_names()
    assert {"BaseModel", "Stream", "Field", "TypedDict", "Annotated", "Client", "Exception"} <= names
    assert "Response" not in names
    assert reserved.template_imports() <= names


def test_template_imports_read_every_import_line(tmp_path: Path) -> None:
    (tmp_path / "a.py.jinja").write_text(
        "from __future__ import annotations\n"
        "import importlib\n"
        "from {{ lib }}._models import missing as _missing\n"
        "from .x import A, B\n"
        "    from {{ module }} import {{ names | join(', ') }}\n",
        encoding="utf-8",
    )
    assert reserved.template_imports(tmp_path) == {"annotations", "importlib", "_missing", "A", "B"}


def test_a_namespace_resource_never_takes_the_namespace_class(tmp_path: Path) -> None:
    root = tmp_path / "root.json"
    root.write_text(json.dumps(_spec([])), encoding="utf-8")
    other = _spec([])
    other["info"]["x-connector-namespace"] = "things"
    (tmp_path / "other.json").write_text(json.dumps(other), encoding="utf-8")
    files = generate([root, tmp_path / "other.json"], []).files
    init = ast.parse(files["things/__init__.py"])
    defined = {node.name for node in init.body if isinstance(node, ast.ClassDef)}
    imported = {alias.name for node in ast.walk(init) if isinstance(node, ast.ImportFrom) for alias in node.names}
    assert {"Things", "AsyncThings"} <= defined  # and their raw and streaming views
    assert "ThingsResource" in imported and not defined & imported
