"""The specs the client is generated from, as `specs/config.toml` names them, loaded once per test session
(about a second each) and shared by the test packages. Change the config and the tests follow."""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

from generator.config import load_config
from generator.spec.api import ApiSpec, load_api

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "specs" / "config.toml"
AZURE_NAMESPACE = "azure"  # the config entry whose spec the Azure tests and cassettes use


@dataclasses.dataclass(frozen=True)
class ConfiguredSpecs:
    """The client's own (OpenAI) spec, the `azure` namespace's spec, and the overlays, from a config."""

    config: Path
    openai: Path
    azure: Path
    overlays: tuple[Path, ...]


@functools.cache
def configured(config: Path = CONFIG) -> ConfiguredSpecs:
    loaded = load_config(config)
    azure = [entry.path for entry in loaded.specs if entry.namespace == AZURE_NAMESPACE]
    if not azure:
        raise LookupError(f"{config}: no [[specs]] entry with namespace = {AZURE_NAMESPACE!r}")
    return ConfiguredSpecs(config, loaded.specs[0].path.resolve(), azure[0].resolve(), tuple(loaded.overlays))


OPENAI_SPEC = configured().openai
AZURE_SPEC = configured().azure
OVERLAYS = configured().overlays
# Fixtures that belong to particular files: the OpenAI version before the current one (diff and
# contract tests compare the two), and the Azure examples published beside the configured spec.
OPENAI_PREVIOUS_SPEC = ROOT / "specs" / "openai" / "openapi-2026-07-22.yaml"
AZURE_EXAMPLES = AZURE_SPEC.parent / f"examples-{AZURE_SPEC.stem.removeprefix('inference-')}"


@functools.cache
def spec(path: Path) -> ApiSpec:
    return load_api(path)
