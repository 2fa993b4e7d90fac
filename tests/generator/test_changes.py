"""Regenerating after a spec update writes CHANGES.md and a summary; an unchanged spec writes nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OLD = ROOT / "specs/openai/openapi-2026-07-22.yaml"
NEW = ROOT / "specs/openai/openapi-2026-08-21.yaml"


def _generate(spec: Path, out: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out), "--quiet"],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def test_a_spec_update_writes_changes_md(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    old, new = specs / OLD.name, specs / NEW.name
    shutil.copy(OLD, old)
    shutil.copy(NEW, new)
    out = tmp_path / "generated"
    assert _generate(old, out, tmp_path).returncode == 0
    assert not (out / "CHANGES.md").exists()
    again = _generate(old, out, tmp_path)
    assert "specs changed" not in again.stdout
    result = _generate(new, out, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "specs changed since the last generation" in result.stdout
    assert "operations: 7 added" in result.stdout
    changes = (out / "CHANGES.md").read_text()
    assert "| GET | `/organization/spend_limit` |" in changes
    assert "breaking" in changes.lower()
