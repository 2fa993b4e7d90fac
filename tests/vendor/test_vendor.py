"""`python -m generator vendor`, on a small fake client package made in a temporary folder."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import COMMAND_MODULES
from generator.vendor import VendorError, rewrite_imports, vendor
from tests.conftest import RunCommand

FAKE = {
    "__init__.py": (
        "from openai_connector._client import Client\n"
        "from . import _version\n"
        "import openai_connector.types\n"
        "__all__ = ['Client', 'types_of']\n"
        "def types_of() -> object:\n"
        "    return openai_connector.types.MODULES\n"
    ),
    "_version.py": "VERSION = '1.0'\n",
    "_client.py": (
        "import importlib\n"
        "from openai_connector.lib._base import Base\n"
        "class Client(Base):\n"
        "    def model(self) -> type:\n"
        "        module = importlib.import_module('openai_connector.types.thing')\n"
        "        return module.Thing\n"
    ),
    "types/__init__.py": (
        'MODULES = {"Thing": "openai_connector.types.thing"}\nBLURB = "openai_connector is a client"\n'
    ),
    "types/thing.py": "class Thing:\n    pass\n",
    "lib/__init__.py": "",
    "lib/_base.py": (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from openai_connector import Client\n"
        "class Base:\n"
        "    user_agent = 'openai_connector/1.0'\n"
    ),
    "py.typed": "",
    "tests/__init__.py": "",
    "tests/test_client.py": "def test() -> None: ...\n",
    "lib/test_base.py": "def test() -> None: ...\n",
    "conftest.py": "",
    "__pycache__/_client.cpython-311.pyc": "junk",
    "lib/__pycache__/_base.cpython-311.pyc": "junk",
    ".mypy_cache/3.11/x.json": "{}",
}
KEPT = ["__init__.py", "_client.py", "_version.py", "lib/__init__.py", "lib/_base.py", "py.typed",
        "types/__init__.py", "types/thing.py"]  # fmt: skip
MANIFEST: dict[str, object] = {
    "generator_version": "9.8.7",
    "specs": [
        {"file": "specs/openai/openapi-2026-08-21.yaml", "title": "OpenAI API", "version": "2.3.0",
         "sha256": "db5d7478feae10b4", "operations": 288},
        {"file": "specs/azure/inference-2024-10-21.json", "title": "Azure OpenAI Service API",
         "version": "2024-10-21", "sha256": "8efc665c79a5a5e7", "operations": 6},
    ],
}  # fmt: skip


def make_package(root: Path, files: dict[str, str] = FAKE, manifest: dict[str, object] | None = MANIFEST) -> Path:
    package = root / "generated" / "openai_connector"
    for name, text in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    if manifest is not None:
        (root / "generated" / ".manifest.json").write_text(json.dumps(manifest))
    return package


def tree(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return make_package(tmp_path)


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    folder = tmp_path / "other-repo"
    folder.mkdir()
    return folder


def test_registered_in_the_cli() -> None:
    assert "generator.commands.vendor" in COMMAND_MODULES


def test_renamed_copy_has_only_package_files_and_rewritten_imports(source: Path, dest: Path) -> None:
    result = vendor(dest, source=source, package="acme_ai")
    target = dest / "acme_ai"
    assert result.target == target
    assert tree(target) == sorted([*KEPT, "VENDORED.md"])
    assert (result.files, result.rewritten_files, result.removed) == (len(KEPT), 4, 0)
    for path in target.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                assert not (node.module or "").startswith("openai_connector"), path
            if isinstance(node, ast.Import):
                assert not any(alias.name.startswith("openai_connector") for alias in node.names), path
    assert "return acme_ai.types.MODULES" in (target / "__init__.py").read_text()
    assert "from . import _version" in (target / "__init__.py").read_text()
    types_init = (target / "types/__init__.py").read_text()
    assert '"Thing": "acme_ai.types.thing"' in types_init
    assert 'BLURB = "openai_connector is a client"' in types_init  # prose is not a module path
    assert "user_agent = 'openai_connector/1.0'" in (target / "lib/_base.py").read_text()


def test_renamed_copy_imports_and_works_without_the_original(source: Path, dest: Path) -> None:
    vendor(dest, source=source, package="acme_ai")
    code = (
        "import sys, acme_ai\n"
        "assert acme_ai.Client().model().__module__ == 'acme_ai.types.thing'\n"
        "assert acme_ai.types_of() == {'Thing': 'acme_ai.types.thing'}\n"
        "assert not any(name.startswith('openai_connector') for name in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=dest, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_same_name_copies_files_unchanged(source: Path, dest: Path) -> None:
    result = vendor(dest, source=source)
    target = dest / "openai_connector"
    assert result.rewritten_files == 0
    for name in KEPT:
        assert (target / name).read_bytes() == (source / name).read_bytes()


def test_vendored_md_names_specs_sha256s_and_generator_version(source: Path, dest: Path) -> None:
    vendor(dest, source=source, package="acme_ai")
    text = (dest / "acme_ai" / "VENDORED.md").read_text()
    assert text.startswith("# Vendored client: `acme_ai`\n")
    assert "renamed from `openai_connector`" in text
    assert "- generator version: 9.8.7\n" in text
    assert "| specs/openai/openapi-2026-08-21.yaml | OpenAI API | 2.3.0 | db5d7478feae10b4 | 288 |" in text
    assert (
        "| specs/azure/inference-2024-10-21.json | Azure OpenAI Service API | 2024-10-21 | 8efc665c79a5a5e7 | 6 |"
        in (text)
    )
    assert "`httpx2" in text  # runtime dependencies from pyproject


def test_without_a_manifest_says_unknown(tmp_path: Path, dest: Path) -> None:
    source = make_package(tmp_path, manifest=None)
    vendor(dest, source=source)
    text = (dest / "openai_connector" / "VENDORED.md").read_text()
    assert "- generator version: unknown\n" in text
    assert "unknown (no generator manifest was found)" in text


def test_vendoring_again_is_clean_and_repeatable(source: Path, dest: Path) -> None:
    vendor(dest, source=source, package="acme_ai")
    first = {name: (dest / "acme_ai" / name).read_bytes() for name in tree(dest / "acme_ai")}
    target = dest / "acme_ai"
    (target / "stale.py").write_text("x = 1\n")
    (target / "__pycache__").mkdir()
    (target / "__pycache__" / "x.pyc").write_text("junk")
    (source / "types" / "thing.py").unlink()
    (source / "types" / "other.py").write_text("class Other: ...\n")
    result = vendor(dest, source=source, package="acme_ai")
    assert result.removed == 3  # stale.py, __pycache__/x.pyc, types/thing.py
    assert tree(target) == sorted([*(set(KEPT) - {"types/thing.py"}), "types/other.py", "VENDORED.md"])
    assert sorted(p.name for p in dest.iterdir()) == ["acme_ai"]  # no staging or backup folders left
    (source / "types" / "thing.py").write_text(FAKE["types/thing.py"])
    (source / "types" / "other.py").unlink()
    vendor(dest, source=source, package="acme_ai")
    assert {name: (target / name).read_bytes() for name in tree(target)} == first


def test_refuses_to_replace_a_folder_it_did_not_vendor(source: Path, dest: Path) -> None:
    (dest / "acme_ai").mkdir()
    (dest / "acme_ai" / "precious.py").write_text("keep me\n")
    with pytest.raises(VendorError, match="exists and was not vendored"):
        vendor(dest, source=source, package="acme_ai")
    assert (dest / "acme_ai" / "precious.py").read_text() == "keep me\n"


@pytest.mark.parametrize("name", ["acme-ai", "class", "1abc", "a.b"])
def test_bad_package_names(source: Path, dest: Path, name: str) -> None:
    with pytest.raises(VendorError, match="not a valid Python package name"):
        vendor(dest, source=source, package=name)


def test_bad_source_destination_and_manifest(tmp_path: Path, source: Path, dest: Path) -> None:
    with pytest.raises(VendorError, match="not a Python package"):
        vendor(dest, source=tmp_path / "nothing")
    with pytest.raises(VendorError, match="no such folder"):
        vendor(tmp_path / "missing", source=source)
    with pytest.raises(VendorError, match="overlaps the source"):
        vendor(source.parent, source=source)
    (source.parent / ".manifest.json").write_text("{not json")
    with pytest.raises(VendorError, match="cannot read the manifest"):
        vendor(dest, source=source)
    (source.parent / ".manifest.json").write_text('{"specs": "nope"}')
    with pytest.raises(VendorError, match="`specs` is a list"):
        vendor(dest, source=source)
    assert list(dest.iterdir()) == []


def test_unparsable_python_is_reported_with_its_file(tmp_path: Path, dest: Path) -> None:
    source = make_package(tmp_path, files={**FAKE, "broken.py": "import openai_connector\nx = '''unclosed\n"})
    with pytest.raises(VendorError, match=r"broken\.py: cannot read Python source"):
        vendor(dest, source=source, package="acme_ai")
    assert list(dest.iterdir()) == []


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("import openai_connector\n", "import acme\n"),
        ("import os, openai_connector.x as y\n", "import os, acme.x as y\n"),
        ("from openai_connector.x import (a,\n    b)\n", "from acme.x import (a,\n    b)\n"),
        ("from . import openai_connector\n", "from . import openai_connector\n"),
        ("from .openai_connector import a\n", "from .openai_connector import a\n"),
        (
            "from x import openai_connector\nopenai_connector.f()\n",
            "from x import openai_connector\nopenai_connector.f()\n",
        ),
        ("import openai_connector.t as t\nopenai_connector = 1\n", "import acme.t as t\nopenai_connector = 1\n"),
        ("import openai_connector.t\nv = openai_connector.t.x\n", "import acme.t\nv = acme.t.x\n"),
        ("x = 1; import openai_connector\n", "x = 1; import acme\n"),
        ("s = 'openai_connector.types'\n", "s = 'acme.types'\n"),
        ("s = 'openai_connector_extra'\n", "s = 'openai_connector_extra'\n"),
        ("import openai_connector_extra\n", "import openai_connector_extra\n"),
        ("# import openai_connector\n", "# import openai_connector\n"),
    ],
)
def test_rewrite_imports(before: str, after: str) -> None:
    assert rewrite_imports(before, "openai_connector", "acme") == after


def test_command(source: Path, dest: Path, run_command: RunCommand, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command("vendor", [str(dest), "--source", str(source), "--package", "acme_ai"]) == 0
    assert capsys.readouterr().out == (
        f"vendored {len(KEPT)} files into {dest.resolve() / 'acme_ai'} "
        "(4 with imports rewritten, 0 stale files removed)\n"
    )
    assert run_command("vendor", [str(dest), "--source", str(source), "--package", "no-dash"]) == 1
    assert capsys.readouterr().err == "error: 'no-dash': not a valid Python package name\n"
