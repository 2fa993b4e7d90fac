"""`generated/CHANGES.md`: what a regeneration changed, written when the specs changed since the last one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.diff import DiffError, changes_markdown, changes_summary
from generator.pipeline import Generation
from generator.spec import SpecError, load_document


def write_changes(out: Path, generation: Generation) -> str:
    """Compare with the manifest of the previous generation in `out`; write CHANGES.md if specs changed.

    Returns a one-line summary for the terminal ("" when nothing changed).
    """
    previous = _previous_manifest(out)
    if previous is None:
        return ""
    old_by_role = {(spec.get("namespace", ""), spec.get("title", "")): spec for spec in previous.get("specs", [])}
    sections: list[str] = []
    summaries: list[str] = []
    for spec_input, api in zip(generation.inputs, generation.apis, strict=True):
        old = old_by_role.get((api.namespace, api.title))
        if old is None or old.get("sha256") == spec_input.sha256:
            continue
        old_path = _find(out, str(old.get("file", "")))
        name = api.namespace or "client"
        if old_path is None:
            sections.append(
                f"## {name}: {old.get('file')} -> {spec_input.label}\n\nThe previous spec file is gone; "
                "no field-level report.\n"
            )
            summaries.append(f"{name}: {old.get('file')} -> {spec_input.label} (previous file not found)")
            continue
        try:
            before = load_document(old_path)
            after = load_document(spec_input.path)
            sections.append(changes_markdown(before, after, str(old.get("file")), spec_input.label))
            summaries.append(f"{name}: {changes_summary(before, after)}")
        except (SpecError, DiffError) as exc:
            summaries.append(f"{name}: changed, but the change could not be reported: {exc}")
    if not summaries:
        return ""
    if sections:
        (out / "CHANGES.md").write_text(
            "# Changes since the last generation\n\n" + "\n".join(sections), encoding="utf-8"
        )
    return "specs changed since the last generation (see CHANGES.md): " + "; ".join(summaries)


def _previous_manifest(out: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((out / ".manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _find(out: Path, label: str) -> Path | None:
    """The previous spec file, looked up as the manifest named it (relative to the repo or cwd)."""
    for base in (Path.cwd(), out.resolve().parent):
        candidate = base / label
        if label and candidate.is_file():
            return candidate
    return None
