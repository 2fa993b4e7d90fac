"""Where the generator finds the handwritten runtime it ships, and the names it reserves.

The runtime is source in `generator/runtime/`: `core/` (what generated code imports) and `extras/`
(actions, command line, testing helpers: `generator/extras.py` groups them). Both are copied into
every output's `lib/` folder, each copied file opening with `COPY_HEADER`.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
from pathlib import Path
from typing import Any

LIB = "lib"  # the runtime's folder inside every generated package
RUNTIME_SOURCE = Path(__file__).resolve().parent / "runtime"
LIB_SOURCE = RUNTIME_SOURCE / "core"
EXTRAS_SOURCE = RUNTIME_SOURCE / "extras"
REPO_ROOT = RUNTIME_SOURCE.parents[1]
COPY_HEADER = "# copied from generator/runtime/{source} by the openai-connector generator; edit the source\n"
RESERVED_MODULE = "_reserved.py"  # stdlib only: the generator loads it by path
HELPERS_MODULE = "_helpers_index.py"  # stdlib only, like _reserved.py


@dataclasses.dataclass(frozen=True)
class RuntimeNames:
    """The runtime's side of the naming contract (`lib/_reserved.py`)."""

    client_attributes: frozenset[str]
    generated_imports: dict[str, tuple[str, ...]]  # lib module -> names generated code imports from it
    exports: dict[str, str]  # public runtime name -> lib module


@dataclasses.dataclass(frozen=True)
class WrappingHelper:
    """A helper method with the signature of the generated method it wraps (`_helpers_index.WRAPPING_HELPERS`)."""

    name: str
    wraps: str
    implementation: str  # the mixin's method the helper passes every argument to
    dropped: tuple[str, ...]
    own: tuple[str, ...]  # "name: annotation = default"
    positional: str  # names taken by position, space-separated; "" = as the wrapped method, "*" = none
    returns: str  # "" = the wrapped method's answer; "{Async}" is "Async" in the async class
    form: str  # "" = as the wrapped method (awaited in the async class); "def" = a plain method in both
    doc: str


@dataclasses.dataclass(frozen=True)
class ResourceHelpers:
    """The mixins a generated resource inherits its hand-written helper methods from."""

    module: str  # inside lib/, dotted
    sync_class: str
    async_class: str
    wrappers: tuple[WrappingHelper, ...] = ()  # the helpers written into the resource class, wrapping its methods


def _load(path: Path, what: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"_connector_runtime_{path.stem.lstrip('_')}", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load the runtime's {what} from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def runtime_names(source: Path = LIB_SOURCE) -> RuntimeNames:
    """Read `_reserved.py` from the runtime's source without importing the runtime package."""
    module = _load(source / RESERVED_MODULE, "reserved names")
    return RuntimeNames(
        client_attributes=frozenset(module.CLIENT_ATTRIBUTES),
        generated_imports={str(k): tuple(v) for k, v in module.GENERATED_IMPORTS.items()},
        exports={str(k): str(v) for k, v in module.RUNTIME_EXPORTS.items()},
    )


@functools.cache
def resource_helpers(source: Path = LIB_SOURCE) -> dict[str, ResourceHelpers]:
    """Read `_helpers_index.py`: resource path on the client ("chat.completions") -> its helper mixins."""
    module = _load(source / HELPERS_MODULE, "resource helpers")
    wrapping = getattr(module, "WRAPPING_HELPERS", {})
    return {
        str(path): ResourceHelpers(
            str(lib_module),
            str(sync_class),
            str(async_class),
            tuple(WrappingHelper(*h) for h in wrapping.get(path, ())),
        )
        for path, (lib_module, sync_class, async_class) in module.RESOURCE_HELPERS.items()
    }


@functools.cache
def helper_types(source: Path = LIB_SOURCE) -> dict[str, str]:
    """Read `_helpers_index.py`: a name the wrapping helpers' annotations use -> the module it comes from."""
    module = _load(source / HELPERS_MODULE, "resource helpers")
    return {str(name): str(where) for name, where in getattr(module, "HELPER_TYPES", {}).items()}


@functools.cache
def computed_fields(source: Path = LIB_SOURCE) -> dict[str, tuple[str, str]]:
    """Read `_helpers_index.py`: field computed by SDKs -> (module inside lib/, mixin class computing it)."""
    module = _load(source / HELPERS_MODULE, "computed fields")
    return {str(name): (str(entry[0]), str(entry[1])) for name, entry in module.COMPUTED_FIELDS.items()}


def unused_helper_paths(resource_paths: set[str], source: Path = LIB_SOURCE) -> tuple[str, ...]:
    """The lib/ paths of the helpers of resources not in `resource_paths` ("chat.completions", ...), and of
    what only those helpers need (`_helpers_index.HELPER_NEEDS`): what a part of the client leaves out."""
    helpers = resource_helpers(source)
    needs: dict[str, tuple[str, ...]] = getattr(_load(source / HELPERS_MODULE, "resource helpers"), "HELPER_NEEDS", {})
    kept = {h.module for path, h in helpers.items() if path in resource_paths}
    unused = sorted({h.module for h in helpers.values()} - kept)
    still_needed = {need for module in kept for need in needs.get(module, ())}
    dropped = {need for module in unused for need in needs.get(module, ())} - still_needed
    return (*(module.replace(".", "/") + ".py" for module in unused), *sorted(dropped))


def runtime_files() -> dict[str, Path]:
    """Every source file of the runtime, by its path inside the output's `lib/` (core and extras alike)."""
    files: dict[str, Path] = {}
    for root in (LIB_SOURCE, EXTRAS_SOURCE):
        for path in sorted(root.rglob("*.py")):
            if "__pycache__" not in path.parts:
                files[path.relative_to(root).as_posix()] = path
    return files
