"""`specs/config.toml`: which specs `make generate` turns into the client, under which namespaces."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

from generator.spec import SpecError


@dataclasses.dataclass(frozen=True)
class SpecEntry:
    path: Path
    namespace: str | None  # None: from the spec (overlay `info.x-connector-namespace`, else its title)


@dataclasses.dataclass(frozen=True)
class Config:
    specs: list[SpecEntry]
    overlays: list[Path]


def load_config(path: Path) -> Config:
    """Read the config; paths in it are relative to the config file's folder."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SpecError(f"{path}: no such file") from None
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"{path}: invalid TOML: {exc}") from None
    base = path.parent
    entries = data.get("specs")
    if not isinstance(entries, list) or not entries:
        raise SpecError(f"{path}: needs at least one [[specs]] entry with a `file`")
    specs = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            raise SpecError(f'{path}: [[specs]] entry {index + 1} needs `file = "..."`')
        namespace = entry.get("namespace")
        if namespace is not None and (not isinstance(namespace, str) or not namespace.isidentifier()):
            raise SpecError(f"{path}: [[specs]] entry {index + 1}: namespace must be a Python identifier")
        if index == 0 and namespace:
            raise SpecError(f"{path}: the first spec's operations sit on the client itself; it takes no namespace")
        specs.append(SpecEntry(base / entry["file"], namespace))
    overlays = data.get("overlays", [])
    if not isinstance(overlays, list) or not all(isinstance(o, str) for o in overlays):
        raise SpecError(f"{path}: `overlays` must be a list of file names")
    return Config(specs, [base / o for o in overlays])
