"""Where the generator finds the handwritten runtime it ships, and the names it reserves.

The one place that knows the runtime's source folder: moving the runtime changes `LIB_SOURCE` alone.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
from pathlib import Path

LIB = "lib"  # the runtime's folder inside every generated package
LIB_SOURCE = Path(__file__).resolve().parent.parent / "generated" / "openai_connector" / LIB
RESERVED_MODULE = "_reserved.py"  # stdlib only: the generator loads it by path


@dataclasses.dataclass(frozen=True)
class RuntimeNames:
    """The runtime's side of the naming contract (`lib/_reserved.py`)."""

    client_attributes: frozenset[str]
    generated_imports: dict[str, tuple[str, ...]]  # lib module -> names generated code imports from it
    exports: dict[str, str]  # public runtime name -> lib module


@functools.cache
def runtime_names(source: Path = LIB_SOURCE) -> RuntimeNames:
    """Read `_reserved.py` from the runtime's source without importing the runtime package."""
    path = source / RESERVED_MODULE
    spec = importlib.util.spec_from_file_location("_connector_runtime_reserved", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load the runtime's reserved names from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return RuntimeNames(
        client_attributes=frozenset(module.CLIENT_ATTRIBUTES),
        generated_imports={str(k): tuple(v) for k, v in module.GENERATED_IMPORTS.items()},
        exports={str(k): str(v) for k, v in module.RUNTIME_EXPORTS.items()},
    )
