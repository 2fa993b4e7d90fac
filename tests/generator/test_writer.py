"""`generate --out DIR` leaves DIR holding exactly the generated tree: new, changed and orphaned files alike."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

from generator.runtime_source import LIB
from generator.writer import sync_tree
from tests.generator.golden import CASES, GOLDEN

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "openai_connector"


def _generate(specs: list[Path], out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", *map(str, specs), "--out", str(out), "--quiet"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def _output_files(root: Path) -> set[str]:
    """The generator's own files under `root` (not lib/, caches or the regeneration report)."""
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and LIB not in p.relative_to(root).parts[1:2]
    } - {"CHANGES.md"}


def test_a_fresh_output_folder_receives_the_whole_golden_tree(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _generate(CASES["pets"], out)
    assert result.returncode == 0, result.stderr
    assert _output_files(out) == _output_files(GOLDEN / "pets")
    differing = [f for f in sorted(_output_files(out)) if not filecmp.cmp(out / f, GOLDEN / "pets" / f, shallow=False)]
    assert differing == []
    assert (out / PACKAGE / LIB / "_base_client.py").is_file()


def test_regenerating_keeps_changed_files_and_deletes_what_the_spec_lost(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _generate(CASES["pets"], out).returncode == 0
    both = _output_files(out)
    stray = out / PACKAGE / "types" / "no_longer_in_the_spec.py"
    stray.write_text("# generated from an older spec\n")

    result = _generate(CASES["pets"][:1], out)  # the 3.1 petstore alone: the shop's files must go

    assert result.returncode == 0, result.stderr
    left = _output_files(out)
    assert not stray.exists()
    assert left < both
    import_check = subprocess.run(
        [sys.executable, "-c", f"import {PACKAGE}, {PACKAGE}.types, {PACKAGE}.resources"],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert import_check.returncode == 0, import_check.stderr


def test_sync_tree_moves_new_and_changed_files_and_deletes_orphans(tmp_path: Path) -> None:
    staging, out = tmp_path / "staging", tmp_path / "out"
    for relative, text in {"pkg/same.py": "same\n", "pkg/changed.py": "new\n", "pkg/added.py": "added\n"}.items():
        (staging / relative).parent.mkdir(parents=True, exist_ok=True)
        (staging / relative).write_text(text)
    for relative, text in {"pkg/same.py": "same\n", "pkg/changed.py": "old\n", "pkg/orphan.py": "gone\n"}.items():
        (out / relative).parent.mkdir(parents=True, exist_ok=True)
        (out / relative).write_text(text)

    written, deleted = sync_tree(staging, out, "pkg")

    assert written == ["pkg/added.py", "pkg/changed.py"]
    assert deleted == ["pkg/orphan.py"]
    assert {p.name: p.read_text() for p in (out / "pkg").iterdir()} == {
        "same.py": "same\n",
        "changed.py": "new\n",
        "added.py": "added\n",
    }
