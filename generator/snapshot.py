"""`generated/.api-snapshot.json.gz`: the API surface as it was last generated, to report what a regeneration changed.

One entry per spec, keyed by its role (`""` for the client's own spec, else its namespace), holding
the document as the generator read it (overlays applied, normalised) without documentation
(descriptions and examples). It names no file, so renaming a spec leaves it as it is; editing a spec
in place changes it. Compressed with a fixed timestamp, so the same API gives the same bytes.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.pipeline import Generation

SNAPSHOT_FILE = ".api-snapshot.json.gz"
_DOCUMENTATION = frozenset({"description", "example", "examples", "externalDocs", "x-oaiMeta"})
# Mappings whose keys are names chosen by the spec (a field may be called `description`): kept whole.
_NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "schemas",
        "paths",
        "responses",
        "content",
        "headers",
        "parameters",
        "requestBodies",
        "securitySchemes",
        "mapping",
        "encoding",
        "variables",
        "scopes",
    }
)
_KEPT_TOP_LEVEL = ("openapi", "info", "servers", "security", "paths", "components")


def surface(document: dict[str, Any]) -> dict[str, Any]:
    """What a client can see of a loaded document: everything but documentation; keys as strings (as in JSON)."""
    return {key: _strip(document[key], key) for key in _KEPT_TOP_LEVEL if key in document}


def _strip(node: Any, key: str = "") -> Any:
    if isinstance(node, dict):
        if key in _NAME_MAPS:
            return {str(name): _strip(value) for name, value in node.items()}
        return {str(name): _strip(value, str(name)) for name, value in node.items() if name not in _DOCUMENTATION}
    if isinstance(node, list):
        return [_strip(value) for value in node]
    return node


def as_json(value: Any) -> Any:
    """`value` as it reads back from JSON (a YAML date becomes its ISO string)."""
    return json.loads(json.dumps(value, default=str))


def snapshot_bytes(documents: dict[str, dict[str, Any]]) -> bytes:
    """The snapshot file's bytes for `{role: document}` (documents as loaded, overlays applied)."""
    data = {role: surface(doc) for role, doc in documents.items()}
    text = json.dumps(data, sort_keys=True, indent=1, default=str)
    return gzip.compress(text.encode("utf-8"), mtime=0)


def read_snapshot(out: Path) -> dict[str, dict[str, Any]] | None:
    """The snapshot of the last generation into `out`, or None if there is none (or it is unreadable)."""
    try:
        data = json.loads(gzip.decompress((out / SNAPSHOT_FILE).read_bytes()))
    except (OSError, ValueError, EOFError):
        return None
    return data if isinstance(data, dict) else None


def current_documents(generation: Generation) -> dict[str, dict[str, Any]]:
    """{role: document as generated}: `""` for the client's own spec, else the namespace."""
    return {api.namespace: spec.document for spec, api in zip(generation.inputs, generation.apis, strict=True)}


def files_beside_package(generation: Generation) -> dict[str, str | bytes]:
    """The top-level files of an output folder next to the package: the manifest and the API snapshot."""
    from generator.pipeline import manifest_text

    return {".manifest.json": manifest_text(generation), SNAPSHOT_FILE: snapshot_bytes(current_documents(generation))}
