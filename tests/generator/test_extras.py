"""`pip install openai-connector[generator]` gives a working `python -m generator`; `[testing]` covers
`lib/testing/`, `[realtime]` `lib/_realtime/`: every third-party module they import (or run with `python -m`) is
declared."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
OWN_PACKAGES = {"generator", "openai_connector"}


def _imported_modules(files: list[Path]) -> set[str]:
    """Top-level modules imported anywhere in `files` (lazy imports too), plus those run with `-m`."""
    found: set[str] = set()
    for path in files:
        text = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
        found.update(re.findall(r'"-m",\s*"(\w+)"', text))
    return found - set(sys.stdlib_module_names) - OWN_PACKAGES


def _distributions(modules: set[str]) -> set[str]:
    by_module = importlib.metadata.packages_distributions()
    missing = sorted(m for m in modules if m not in by_module)
    assert not missing, f"not installed, cannot tell their distribution: {missing}"
    return {_canonical(by_module[m][0]) for m in modules}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _covered(extra: str) -> set[str]:
    """The distributions an install with `extra` brings: the declared ones and what they require."""
    declared = [Requirement(r) for r in [*PROJECT["dependencies"], *PROJECT["optional-dependencies"][extra]]]
    covered = {_canonical(r.name) for r in declared}
    for requirement in declared:
        for needed in importlib.metadata.requires(requirement.name) or []:
            parsed = Requirement(needed)
            if parsed.marker is None or parsed.marker.evaluate({"extra": ""}):
                covered.add(_canonical(parsed.name))
    return covered


@pytest.mark.parametrize(
    ("extra", "sources"),
    [
        ("generator", sorted(p for p in (ROOT / "generator").rglob("*.py") if "runtime" not in p.parts)),
        ("testing", sorted((ROOT / "generator/runtime/extras/testing").rglob("*.py"))),
        ("realtime", sorted((ROOT / "generator/runtime/core/_realtime").rglob("*.py"))),
    ],
)
def test_an_extra_covers_what_its_code_imports(extra: str, sources: list[Path]) -> None:
    needed = _distributions(_imported_modules(sources))
    assert not needed - _covered(extra), f"[{extra}] lacks {sorted(needed - _covered(extra))}"


def test_the_generator_extra_declares_its_own_tools() -> None:
    generator = {_canonical(Requirement(r).name) for r in PROJECT["optional-dependencies"]["generator"]}
    assert {"jinja2", "pyyaml", "jsonpath-ng", "jsonschema", "ruff"} <= generator
    dev = PROJECT["optional-dependencies"]["dev"]
    assert "openai-connector[generator,testing]" in dev
