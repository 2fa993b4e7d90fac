"""The generated package itself: surface, laziness, headers, and the published examples it must parse."""

from __future__ import annotations

import ast
import functools
import importlib
import json
import re
import subprocess
import sys
from typing import Any

import openai_connector
import pydantic
import pytest
import yaml
from openai_connector import Client

from tests._specs import OPENAI_SPEC, ROOT

PACKAGE = ROOT / "generated" / "openai_connector"


def test_all_matches_what_is_exported() -> None:
    assert list(openai_connector.__all__) == sorted(
        set(openai_connector.__all__), key=lambda n: (0 if n.isupper() else 1 if n[:1].isupper() else 2, n)
    )
    for name in openai_connector.__all__:
        assert getattr(openai_connector, name) is not None, name
    assert {"Client", "AsyncClient", "NOT_GIVEN", "APIStatusError"} <= set(openai_connector.__all__)


def test_importing_the_package_builds_no_model() -> None:
    code = (
        "import sys, openai_connector\n"
        "c = openai_connector.Client(api_key='sk-test')\n"
        "loaded = [m for m in sys.modules if m.startswith(('openai_connector.types', 'openai_connector.resources'))]\n"
        "print(len(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "0"


def test_a_resource_loads_no_model_and_a_call_only_its_own() -> None:
    code = (
        "import sys, openai_connector\n"
        "c = openai_connector.Client(api_key='sk-test', base_url='http://127.0.0.1:9/v1', max_retries=0)\n"
        "count = lambda: len([m for m in sys.modules if m.startswith('openai_connector.types.')])\n"
        "c.chat.completions\n"
        "print(count())\n"
        "try:\n"
        "    c.chat.completions.create(model='m', messages=[{'role': 'user', 'content': 'hi'}])\n"
        "except openai_connector.APIConnectionError:\n"
        "    pass\n"
        "print(count())\n"
        "print(int('openai_connector.types.chat_completion_chunk' in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    at_access, after_call, chunk_model_loaded = (int(n) for n in result.stdout.split())
    assert at_access == 0
    assert 0 < after_call < 20
    assert chunk_model_loaded == 0  # a call without stream=True never needs the chunk model


@pytest.mark.parametrize(
    "call",
    [
        "chat.completions.create",
        "embeddings.create",
        "models.list",
        "models.retrieve",
        "fine_tuning.jobs.create",
        "fine_tuning.jobs.cancel",
        "fine_tuning.jobs.retrieve",
        "fine_tuning.jobs.list_events",
        "fine_tuning.jobs.list",
        "audio.transcriptions.create",
        "audio.translations.create",
        "audio.speech.create",
        "images.generate",
        "images.edit",
        "images.create_variation",
        "moderations.create",
        "completions.create",
        "responses.create",
        "responses.retrieve",
        "files.create",
        "batches.create",
        "batches.retrieve",
        "azure.chat.completions.create",
        "azure.completions.create",
        "azure.embeddings.create",
        "azure.audio.transcriptions.create",
        "azure.audio.translations.create",
        "azure.images.generate",
    ],
)
def test_methods_are_where_sdk_users_expect_them(call: str) -> None:
    with Client(api_key="sk-test") as client:
        target: Any = client
        for part in call.split("."):
            target = getattr(target, part)
        assert callable(target)


def test_every_generated_file_says_so_in_its_first_line() -> None:
    lib = PACKAGE / "lib"
    for path in PACKAGE.rglob("*.py"):
        first = path.read_text(encoding="utf-8").splitlines()[0] if path.stat().st_size else ""
        if lib in path.parents:
            assert not first.startswith("# generated from"), path
        else:
            assert re.fullmatch(r"# generated from .+ by the openai-connector generator; do not edit", first), path


def _examples() -> list[tuple[str, str, Any]]:
    """(operationId, example title, decoded JSON response) for every JSON example in the OpenAI spec."""
    document = yaml.load(OPENAI_SPEC.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    found = []
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            examples = operation.get("x-oaiMeta", {}).get("examples")
            for example in examples if isinstance(examples, list) else [examples] if examples else []:
                response = example.get("response") if isinstance(example, dict) else None
                try:
                    data = json.loads(response) if isinstance(response, str) else None
                except ValueError:
                    continue  # upstream examples with comments or "..." are not JSON
                if data is not None:
                    found.append((operation["operationId"], str(example.get("title", "")), data))
    return found


class _TypesNamespace(dict[str, Any]):
    """Names of `openai_connector.types`, loaded on lookup (methods import their answer types locally)."""

    def __missing__(self, name: str) -> Any:
        from openai_connector import types

        return getattr(types, name)


@functools.cache
def _answer_types() -> dict[str, tuple[str, str | None]]:
    """operationId -> (resources module, the `cast_to` of its method, or None without one), read once."""
    found: dict[str, tuple[str, str | None]] = {}
    for path in sorted((PACKAGE / "resources").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        casts = _casts(ast.parse(text))
        for match in re.finditer(r'(\w+) = Operation\(\s*api="openai",\s*operation_id="([^"]+)"', text):
            found.setdefault(match.group(2), (path.stem, casts.get(match.group(1))))
    return found


def _casts(module: ast.Module) -> dict[str, str]:
    """Operation constant -> the `cast_to` of the first `self._client.call(...)` / `call_page(...)` naming it.

    Where the call picks its model by an argument (`{"verbose_json": TranscriptionVerbose}.get(response_format,
    <union>)`, render/answer_overloads.py), the union every answer fits."""
    found: dict[str, str] = {}
    for node in ast.walk(module):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in ("call", "call_page") or not node.args or not isinstance(node.args[0], ast.Name):
            continue
        cast_to = next((k.value for k in node.keywords if k.arg == "cast_to"), None)
        if isinstance(cast_to, ast.Call) and isinstance(cast_to.func, ast.Attribute) and cast_to.func.attr == "get":
            cast_to = cast_to.args[1]
        if cast_to is not None:
            found.setdefault(node.args[0].id, ast.unparse(cast_to))
    return found


def _response_type(operation_id: str) -> Any:
    if operation_id not in _answer_types():
        raise AssertionError(f"no method for {operation_id}")
    stem, cast_to = _answer_types()[operation_id]
    if cast_to is None or cast_to in ("NoneType", "str", "BinaryResponse"):
        return None
    module = importlib.import_module(f"openai_connector.resources.{stem}")
    return eval(cast_to, vars(module), _TypesNamespace())


def test_every_published_example_response_parses_into_its_model() -> None:
    examples = _examples()
    assert len(examples) > 100
    parsed = 0
    for operation_id, title, data in examples:
        response_type = _response_type(operation_id)
        if response_type is None:
            continue
        value = pydantic.TypeAdapter(response_type).validate_python(data)
        assert not isinstance(value, dict), f"{operation_id} / {title}: parsed as a raw dict"
        parsed += 1
    assert parsed > 100
