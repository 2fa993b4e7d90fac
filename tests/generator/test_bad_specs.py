"""Defective specs: every defect is reported with file, pointer and action; no traceback, ever."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import generate

BAD = Path(__file__).parent / "specs" / "bad"
ROOT = Path(__file__).resolve().parents[2]


def test_defects_are_reported_as_in_the_snapshot() -> None:
    generation = generate([BAD / "defects.yaml"], [])
    reported = "\n".join(str(d) for d in generation.diagnostics.items) + "\n"
    expected = (BAD / "defects.expected.txt").read_text(encoding="utf-8")
    assert reported == expected


def test_each_defect_is_reported_once_at_its_own_pointer() -> None:
    diagnostics = generate([BAD / "defects.yaml"], []).diagnostics.items
    assert all(d.pointer for d in diagnostics)
    dangling = [d.pointer for d in diagnostics if "does not resolve" in d.message]
    assert len(dangling) == len(set(dangling)) == 3


def test_defective_spec_still_generates_every_operation() -> None:
    report = generate([BAD / "defects.yaml"], []).report()
    assert report["operations_generated"] == report["operations_total"] == 3
    # The two responses that point nowhere are typed Any, and said so.
    assert sorted(u["operation"] for u in report["untyped_responses"]) == ["getThing", "tagThing"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("not-a-spec.yaml", "expected a mapping at the top level, found list"),
        ("broken.yaml", "invalid YAML"),
        ("missing.yaml", "no such file"),
    ],
)
def test_unreadable_documents_fail_with_one_clear_line(name: str, message: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(BAD / name), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_untyped_responses_make_the_command_fail(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(BAD / "defects.yaml"), "--out", str(tmp_path), "--quiet"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


def test_duplicate_yaml_keys_and_odd_shapes_are_reported() -> None:
    generation = generate([Path(__file__).parent / "specs" / "odd-shapes.yaml"], [])
    messages = [f"{d.pointer}: {d.message}" for d in generation.diagnostics.items]
    assert "line 61: duplicate key 'operationId'" in messages
    assert any("invalid type ['int']" in m for m in messages)
    report = generation.report()
    assert report["operations_generated"] == report["operations_total"] == 5
    assert report["untyped_responses"] == []
