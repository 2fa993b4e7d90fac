"""The generator's output for the golden specs must equal the checked-in tree, file for file."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.writer import copy_lib
from tests.generator.golden import CASES, GOLDEN, build_case


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


@pytest.mark.parametrize("case", sorted(CASES))
def test_output_matches_golden_tree(case: str, tmp_path: Path) -> None:
    staging = build_case(case, tmp_path)
    expected, actual = _files(GOLDEN / case), _files(staging)
    assert actual - expected == set(), "new files: run `make regen-golden` and review the diff"
    assert expected - actual == set(), "files no longer generated: run `make regen-golden` and review the diff"
    differing = [f for f in sorted(actual) if not filecmp.cmp(staging / f, GOLDEN / case / f, shallow=False)]
    assert differing == [], "changed output: run `make regen-golden` and review the diff"


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden_output_passes_mypy_strict(case: str, tmp_path: Path) -> None:
    shutil.copytree(GOLDEN / case, tmp_path / "out")
    # As the generator copies it for a spec without the OpenAI resources: without lib's actions and CLI.
    copy_lib(tmp_path / "out" / "openai_connector" / "lib", openai_parts=False)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--config-file",
            os.devnull,
            "--python-version",
            "3.11",
            "openai_connector",
        ],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
