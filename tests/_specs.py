"""The real specs, loaded once per test session (about a second each) and shared by the test packages."""

from __future__ import annotations

import functools
from pathlib import Path

from generator.spec.api import ApiSpec, load_api

ROOT = Path(__file__).resolve().parents[1]
OPENAI_SPEC = ROOT / "specs" / "openai" / "openapi-2026-08-21.yaml"
OPENAI_PREVIOUS_SPEC = ROOT / "specs" / "openai" / "openapi-2026-07-22.yaml"
AZURE_SPEC = ROOT / "specs" / "azure" / "inference-2024-10-21.json"
AZURE_EXAMPLES = ROOT / "specs" / "azure" / "examples-2024-10-21"


@functools.cache
def spec(path: Path) -> ApiSpec:
    return load_api(path)
