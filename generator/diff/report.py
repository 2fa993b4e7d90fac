"""The diff as Markdown for people and as JSON for machines."""

from __future__ import annotations

from typing import Any

from generator.diff.model import Change, OperationChanges, SpecDiff


def summary_line(diff: SpecDiff) -> str:
    """One line, e.g. `operations: 7 added, 0 removed, 12 changed; schemas: ...; 3 breaking changes`."""
    breaking = len(diff.breaking)
    api = f"API-wide (servers, authentication): {len(diff.api_changes)} changed; " if diff.api_changes else ""
    return (
        f"operations: {len(diff.operations_added)} added, {len(diff.operations_removed)} removed, "
        f"{len(diff.operations_changed)} changed; schemas: {len(diff.schemas_added)} added, "
        f"{len(diff.schemas_removed)} removed, {len(diff.schemas_changed)} changed; {api}"
        f"{breaking} breaking change{'' if breaking == 1 else 's'}"
    )


def _is_error_status(status: str) -> bool:
    return not status.startswith(("1", "2", "3"))


def _is_new_error_status(change: Change) -> bool:
    return change.kind == "response-added" and _is_error_status(change.location.removeprefix("response "))


def gained_only_error_responses(op: OperationChanges) -> bool:
    """An operation whose only change is new error statuses (a 429, a 5xx): nothing a client must act on."""
    return bool(op.changes) and all(_is_new_error_status(change) for change in op.changes)


def _operation_line(op: OperationChanges) -> str:
    ident = f" ({op.operation.operation_id})" if op.operation.operation_id else ""
    breaking = [change for change in op.changes if change.breaking]
    notable = [change for change in op.changes if not _is_new_error_status(change)]
    shown = (breaking or notable or list(op.changes))[0]
    counts = f"{len(breaking)} breaking of {len(op.changes)}" if breaking else f"{len(op.changes)}"
    more = len(op.changes) - 1
    tail = f" (+{more} more)" if more else ""
    plural = "" if len(op.changes) == 1 else "s"
    return f"{op.operation.key}{ident}: {counts} change{plural}; {_short(shown.describe(), 160)}{tail}"


def summary_lines(diff: SpecDiff) -> list[str]:
    """What to act on, one line per operation: breaking first, then other changes, added and removed.

    Operations that only gained error responses are counted in one line, not listed.
    """
    error_only = [op for op in diff.operations_changed if gained_only_error_responses(op)]
    meaningful = [op for op in diff.operations_changed if not gained_only_error_responses(op)]
    breaking = [op for op in meaningful if any(change.breaking for change in op.changes)]
    other = [op for op in meaningful if op not in breaking]
    removed = len(diff.operations_removed)
    lines = [
        f"{len(breaking) + removed} operation{'' if len(breaking) + removed == 1 else 's'} with breaking changes "
        f"({removed} removed), {len(other)} changed without breaking, {len(diff.operations_added)} added"
    ]
    if diff.api_changes:
        api_breaking = sum(1 for change in diff.api_changes if change.breaking)
        lines.append(f"API-wide (servers, authentication): {len(diff.api_changes)} changed, {api_breaking} breaking")
    if breaking or removed:
        lines += ["", "Breaking:"]
        lines += [f"  removed {change.where}" for change in diff.operations_removed]
        lines += [f"  {_operation_line(op)}" for op in breaking]
    if other:
        lines += ["", "Changed, not breaking:"]
        lines += [f"  {_operation_line(op)}" for op in other]
    if diff.operations_added:
        lines += ["", "Added:"]
        lines += [f"  {op.key}" + (f" ({op.operation_id})" if op.operation_id else "") for op in diff.operations_added]
    if error_only:
        statuses = sorted({change.location.removeprefix("response ") for op in error_only for change in op.changes})
        lines += [
            "",
            f"{len(error_only)} more operation{'' if len(error_only) == 1 else 's'} only gained error responses "
            f"({', '.join(statuses)}): not counted above",
        ]
    schema_breaking = sum(1 for schema in diff.schemas_changed for change in schema.changes if change.breaking)
    schema_breaking += len(diff.schemas_removed)
    lines.append(
        f"component schemas: {len(diff.schemas_added)} added, {len(diff.schemas_removed)} removed, "
        f"{len(diff.schemas_changed)} changed ({schema_breaking} breaking changes, already counted in the "
        "operations that use them)"
    )
    return lines


def to_json(diff: SpecDiff) -> dict[str, Any]:
    """A JSON-ready mapping; every change carries `breaking` and, if any, a `flag`."""
    return {
        "old": diff.old.to_json(),
        "new": diff.new.to_json(),
        "summary": {
            "operations": {
                "added": len(diff.operations_added),
                "removed": len(diff.operations_removed),
                "changed": len(diff.operations_changed),
            },
            "schemas": {
                "added": len(diff.schemas_added),
                "removed": len(diff.schemas_removed),
                "changed": len(diff.schemas_changed),
            },
            "api": len(diff.api_changes),
            "breaking": len(diff.breaking),
            "non_breaking": len(diff.changes) - len(diff.breaking),
        },
        "api": [change.to_json() for change in diff.api_changes],
        "operations": {
            "added": [op.to_json() for op in diff.operations_added],
            "removed": [change.to_json() for change in diff.operations_removed],
            "changed": [
                {**op.operation.to_json(), "changes": [change.to_json() for change in op.changes]}
                for op in diff.operations_changed
            ],
        },
        "schemas": {
            "added": list(diff.schemas_added),
            "removed": [change.where.removeprefix("schema ") for change in diff.schemas_removed],
            "changed": [
                {"name": schema.name, "changes": [change.to_json() for change in schema.changes]}
                for schema in diff.schemas_changed
            ],
        },
    }


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _short(text: str, limit: int = 100) -> str:
    """The first sentence of a summary, cut at `limit` characters."""
    first = " ".join(text.split()).split(". ")[0]
    return first if len(first) <= limit else first[: limit - 3].rstrip() + "..."


def _bullet(change: Change, with_where: bool = False) -> str:
    mark = "**breaking** " if change.breaking else ""
    flag = f" (*{change.flag}*)" if change.flag else ""
    where = f"`{change.where}` " if with_where else ""
    return f"- {mark}{where}{change.describe()}{flag}"


def to_markdown(diff: SpecDiff) -> str:
    """A report for people: summary, every breaking change, then operations and schemas in detail."""
    old, new = diff.old, diff.new
    title = new.title or old.title or "API"
    lines = [
        f"# {title}: changes from {old.label} to {new.label}",
        "",
        f"Versions {old.version or '?'} (OpenAPI {old.openapi}) -> {new.version or '?'} (OpenAPI {new.openapi}).",
        "",
        summary_line(diff) + ".",
        "",
        "| | added | removed | changed |",
        "| --- | ---: | ---: | ---: |",
        f"| operations | {len(diff.operations_added)} | {len(diff.operations_removed)} "
        f"| {len(diff.operations_changed)} |",
        f"| component schemas | {len(diff.schemas_added)} | {len(diff.schemas_removed)} "
        f"| {len(diff.schemas_changed)} |",
        "",
        "## Summary: one line per operation",
        "",
        "```text",
        *summary_lines(diff),
        "```",
        "",
        f"## Breaking changes ({len(diff.breaking)})",
        "",
    ]
    lines += [_bullet(change, with_where=True) for change in diff.breaking] or ["None."]
    lines += ["", f"## API-wide: servers and authentication ({len(diff.api_changes)})", ""]
    lines += [_bullet(change) for change in diff.api_changes] or ["None."]
    lines += ["", "## Operations", "", f"### Added ({len(diff.operations_added)})", ""]
    if diff.operations_added:
        lines += ["| method | path | operationId | summary |", "| --- | --- | --- | --- |"]
        lines += [
            f"| {op.method.upper()} | `{_cell(op.path)}` | `{_cell(op.operation_id)}` | {_cell(_short(op.summary))} |"
            for op in diff.operations_added
        ]
    else:
        lines.append("None.")
    lines += ["", f"### Removed ({len(diff.operations_removed)})", ""]
    lines += [_bullet(change, with_where=True) for change in diff.operations_removed] or ["None."]
    lines += ["", f"### Changed ({len(diff.operations_changed)})", ""]
    if not diff.operations_changed:
        lines.append("None.")
    for op in diff.operations_changed:
        ident = f" ({op.operation.operation_id})" if op.operation.operation_id else ""
        lines += [f"#### `{op.operation.key}`{ident}", ""]
        lines += [_bullet(change) for change in op.changes]
        lines.append("")
    lines += ["", "## Component schemas", "", f"### Added ({len(diff.schemas_added)})", ""]
    lines.append(", ".join(f"`{name}`" for name in diff.schemas_added) or "None.")
    lines += ["", f"### Removed ({len(diff.schemas_removed)})", ""]
    lines += [_bullet(change, with_where=True) for change in diff.schemas_removed] or ["None."]
    lines += ["", f"### Changed ({len(diff.schemas_changed)})", ""]
    if not diff.schemas_changed:
        lines.append("None.")
    for schema in diff.schemas_changed:
        lines += [f"#### `{schema.name}`", ""]
        lines += [_bullet(change) for change in schema.changes] or [
            "- documentation or annotations only (descriptions, examples, titles)"
        ]
        lines.append("")
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"
