"""What changed between two OpenAPI documents, each change classified breaking or not for a client.

    diff = diff_specs(old_dict, new_dict, "2026-07-22", "2026-08-21")
    diff.has_breaking, diff.is_empty, diff.changes, diff.breaking
    to_markdown(diff), to_json(diff), summary_line(diff)
    summary_lines(diff)   # what to act on: one line per operation, breaking first

and, for `make generate` writing `generated/CHANGES.md`:

    changes_markdown(old_dict, new_dict, old_label, new_label) -> str
    changes_summary(old_dict, new_dict) -> str   # one line
"""

from __future__ import annotations

from typing import Any

from generator.diff.core import DiffError, diff_specs
from generator.diff.model import Change, OperationChanges, OperationRef, SchemaChanges, SpecDiff, SpecInfo
from generator.diff.report import summary_line, summary_lines, to_json, to_markdown


def changes_markdown(old_spec: Any, new_spec: Any, old_label: str, new_label: str) -> str:
    """The Markdown report of what changed from `old_spec` to `new_spec` (documents as loaded)."""
    return to_markdown(diff_specs(old_spec, new_spec, old_label, new_label))


def changes_summary(old_spec: Any, new_spec: Any) -> str:
    """One line: counts of operations and schemas added/removed/changed, and of breaking changes."""
    return summary_line(diff_specs(old_spec, new_spec))


__all__ = [
    "Change",
    "DiffError",
    "OperationChanges",
    "OperationRef",
    "SchemaChanges",
    "SpecDiff",
    "SpecInfo",
    "changes_markdown",
    "changes_summary",
    "diff_specs",
    "summary_line",
    "summary_lines",
    "to_json",
    "to_markdown",
]
