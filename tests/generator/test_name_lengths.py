"""Every public type name of every generated package fits in the naming limit, unless the spec named it.

The spec's names come from the API snapshot beside the package (the documents as generated: overlays
applied, so an overlay's `x-connector-name` counts as the spec's own); `make check-generated` keeps
the snapshot and the package in step.
"""

from __future__ import annotations

import gzip
import json
from typing import Any

from generator.naming import pascal
from generator.naming.classes import MAX_LENGTH, PARAM
from generator.type_renames import module_of
from tests._specs import ROOT

GENERATED = ROOT / "generated"
PACKAGE = GENERATED / "openai_connector"


def spec_names(document: dict[str, Any]) -> set[str]:
    """The class names a spec gives itself: its component schemas' names (or overlay names)."""
    schemas = document.get("components", {}).get("schemas", {})
    names = set()
    for key, schema in schemas.items():
        chosen = schema.get("x-connector-name") if isinstance(schema, dict) else None
        names.add(pascal((str(chosen or key),)))
    return names


def test_no_generated_type_name_is_over_the_limit_unless_the_spec_chose_it() -> None:
    snapshot = json.loads(gzip.decompress((GENERATED / ".api-snapshot.json.gz").read_bytes()))
    indexes = {"": PACKAGE / "types" / "_index.py"} | {
        role: PACKAGE / role / "types" / "_index.py" for role in snapshot if role
    }
    assert set(indexes) == set(snapshot) and all(path.is_file() for path in indexes.values())
    too_long: list[str] = []
    kept: list[str] = []
    for role, index in indexes.items():
        own = spec_names(snapshot[role])
        for name in module_of(index.read_text(encoding="utf-8")):
            if len(name) <= MAX_LENGTH:
                continue
            chosen_by_spec = name in own or name.removesuffix(PARAM) in own
            (kept if chosen_by_spec else too_long).append(f"{role or 'client'}: {name} ({len(name)})")
    assert not too_long, "\n".join(too_long)
    assert kept  # the spec's own long names (the Realtime events) are there: the scan reads real names
