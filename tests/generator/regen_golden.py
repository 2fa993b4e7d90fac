"""`make regen-golden`: rewrite tests/generator/golden/ from the golden specs, on purpose."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from tests.generator.golden import CASES, GOLDEN, build_case


def main() -> None:
    for case in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            staging = build_case(case, Path(tmp))
            target = GOLDEN / case
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(staging, target)
        print(f"rewrote {target}")


if __name__ == "__main__":
    main()
