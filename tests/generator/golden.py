"""The golden cases: tiny specs whose generated output is checked in under golden/<case>/."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.pipeline import generate
from generator.runtime_source import LIB
from generator.snapshot import files_beside_package
from generator.writer import build_tree

HERE = Path(__file__).parent
SPECS = HERE / "specs"
GOLDEN = HERE / "golden"
CASES: dict[str, list[Path]] = {
    "pets": [SPECS / "petstore-3.1.yaml", SPECS / "shop-3.0.json"],
    "odd-shapes": [SPECS / "odd-shapes.yaml"],
}


def build_case(case: str, staging: Path) -> Path:
    """Generate a case into `staging`, without the handwritten runtime (it is not the generator's output)."""
    generation = generate(CASES[case], [])
    build_tree(generation.files, files_beside_package(generation), "openai_connector", staging)
    shutil.rmtree(staging / "openai_connector" / LIB, ignore_errors=True)
    return staging
