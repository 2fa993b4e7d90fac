"""The one way a spec is read: load the file, apply the overlays meant for it, normalise.

Every reader of a spec starts here: the generator (`pipeline.load_inputs`, then the parser), the
reference server and the contract checker (`api.load_api`) and the diff (`commands/diff.py`). So
each sees the same document in the same normal form (`normalize.py`: 3.0 and 3.1 alike, `nullable`
beside a single `type`), resolved by the same `$ref` resolver (`document.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostics
from generator.spec.loader import load_document
from generator.spec.normalize import normalize
from generator.spec.overlay import apply_overlay, load_overlay, overlay_applies_to

# An overlay as loaded: (how diagnostics name its file, the overlay document).
Overlay = tuple[str, dict[str, Any]]


def read_overlays(paths: Sequence[str | Path], label: Callable[[Path], str] = str) -> list[Overlay]:
    """Load overlay files once, to apply to several specs; `label` names each file in diagnostics."""
    return [(label(Path(path)), load_overlay(path)) for path in paths]


def read_spec(
    path: str | Path,
    overlays: Sequence[Overlay] = (),
    diagnostics: Diagnostics | None = None,
    label: str = "",
) -> dict[str, Any]:
    """The spec at `path`, with the overlays that apply to it (by `extends`), in the normal form.

    Raises SpecError if the file cannot be read as a mapping; anything the reading repaired or
    doubts (duplicate keys, an unknown OpenAPI version, a missing `paths`) goes to `diagnostics`.
    """
    diagnostics = diagnostics if diagnostics is not None else Diagnostics()
    label = label or str(path)
    document = load_document(path, diagnostics, label)
    for overlay_label, overlay in overlays:
        if overlay_applies_to(overlay, path, document):
            apply_overlay(document, overlay, overlay_label, diagnostics)
    _check_version(document, label, diagnostics)
    return normalize(document, label, diagnostics)


def _check_version(document: dict[str, Any], label: str, diagnostics: Diagnostics) -> None:
    version = str(document.get("openapi", ""))
    if not version.startswith(("3.0", "3.1")):
        diagnostics.warn(label, "/openapi", f"OpenAPI version {version or 'missing'!r}", "read it as 3.1")
    if not isinstance(document.get("paths"), dict):
        diagnostics.warn(label, "/paths", "no `paths` object", "generated types only")
