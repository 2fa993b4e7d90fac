"""`generated/CHANGES.md`: what a regeneration changed in the API, whatever the spec files are called.

The API as it was last generated is the snapshot in the output folder (`generator.snapshot`); the
API generated now is the documents just read. A spec edited in place, renamed, or replaced by a
new file is compared the same way; a change in an overlay is reported too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator import moves, signature_changes, type_renames
from generator.diff import DiffError, diff_specs, summary_lines, to_markdown
from generator.pipeline import Generation
from generator.snapshot import as_json, read_snapshot, surface

CHANGES_FILE = "CHANGES.md"


def role_name(namespace: str) -> str:
    return namespace or "client"


def write_changes(out: Path, generation: Generation, package: str = "openai_connector") -> list[str]:
    """Compare with the snapshot of the previous generation in `out`; write CHANGES.md if the API changed.

    Returns the lines to print (none when nothing changed or nothing was generated there before).
    """
    previous = read_snapshot(out)
    if previous is None:
        return []
    old_files = _previous_files(out)
    sections: list[str] = []
    printed: list[str] = []
    for spec, api in zip(generation.inputs, generation.apis, strict=True):
        role = api.namespace
        name = role_name(role)
        after = as_json(surface(spec.document))
        before = previous.get(role)
        if before is None:
            printed.append(f"{name}: new in this generation ({spec.label})")
            continue
        if before != after:
            old_label = old_files.get(role, "last generation")
            new_sections, new_lines = _report_spec(before, after, role, (old_label, spec.label, api.title or name))
            sections += new_sections
            printed += new_lines
        types = type_renames.type_changes(out, package, f"{role}/" if role else "", generation.files)
        if types:
            sections.append(type_renames.to_markdown(api.title or name, types))
            printed += [f"{name}: public types renamed or removed:", *(f"  {line}" for line in types.lines())]
        moved = signature_changes.moved_arguments(out, package, f"{role}/" if role else "", generation.files)
        if moved:
            sections.append(signature_changes.to_markdown(api.title or name, moved))
            printed += [f"{name}: positional arguments changed:", *(f"  {change}" for change in moved)]
    printed += [f"{role_name(role)}: no longer generated" for role in previous if role not in current_roles(generation)]
    if sections:
        (out / CHANGES_FILE).write_text(
            "# Changes since the last generation\n\n" + "\n".join(sections), encoding="utf-8"
        )
    if not printed:
        return []
    details = f" (details in {CHANGES_FILE})" if sections else ""
    return [f"the API changed since the last generation{details}:", *printed]


def _report_spec(
    before: dict[str, Any],
    after: dict[str, Any],
    role: str,
    labels: tuple[str, str, str],
) -> tuple[list[str], list[str]]:
    """The spec's diff and the methods an overlay moved: report sections and lines to print; `labels`:
    the old and the new spec file, the API's title."""
    name = role_name(role)
    old_label, label, title = labels
    new_label = label if label != old_label else f"{label} (edited in place)"
    try:
        diff = diff_specs(before, after, old_label, new_label)
    except DiffError as exc:
        return [], [f"{name}: changed, but the change could not be reported: {exc}"]
    sections = [to_markdown(diff)]
    printed = [f"{name}: {old_label} -> {new_label}", *(f"  {line}" for line in summary_lines(diff) if line)]
    moved = moves.moved_methods(before, after, role)
    if moved:
        sections.append(moves.to_markdown(title, moved))
        printed += [f"  moved: {line}" for line in moved]
    return sections, printed


def current_roles(generation: Generation) -> set[str]:
    return {api.namespace for api in generation.apis}


def _previous_files(out: Path) -> dict[str, str]:
    """{role: spec file} as the previous generation's manifest names them (only for the report's labels)."""
    try:
        data = json.loads((out / ".manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    specs = data.get("specs") if isinstance(data, dict) else None
    found: dict[str, str] = {}
    for entry in specs if isinstance(specs, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("file"), str):
            found[str(entry.get("namespace") or "")] = entry["file"]
    return found
