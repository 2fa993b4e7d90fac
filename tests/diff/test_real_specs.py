"""The diff on the real pairs of upstream documents in specs/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.diff import SpecDiff, changes_markdown, changes_summary, diff_specs, summary_lines, to_json, to_markdown
from generator.spec.loader import load_document

SPECS = Path(__file__).resolve().parents[2] / "specs"
OPENAI_ADDED = {
    "GET /organization/spend_limit",
    "POST /organization/spend_limit",
    "DELETE /organization/spend_limit",
    "GET /organization/projects/{project_id}/spend_limit",
    "POST /organization/projects/{project_id}/spend_limit",
    "DELETE /organization/projects/{project_id}/spend_limit",
    "POST /content_provenance_checks",
}


@pytest.fixture(scope="module")
def openai_diff() -> SpecDiff:
    old = load_document(SPECS / "openai/openapi-2026-07-22.yaml")
    new = load_document(SPECS / "openai/openapi-2026-08-21.yaml")
    return diff_specs(old, new, "2026-07-22", "2026-08-21")


def test_openai_counts_match_the_provenance_notes(openai_diff: SpecDiff) -> None:
    # specs/README.md: 7 operations and 50 schemas added since, 3 schemas removed, 66 changed.
    assert {op.key for op in openai_diff.operations_added} == OPENAI_ADDED
    assert len(openai_diff.operations_added) == 7
    assert openai_diff.operations_removed == ()
    assert len(openai_diff.schemas_added) == 50
    assert sorted(c.where for c in openai_diff.schemas_removed) == [
        "schema BetaConversation-2",
        "schema BetaServiceTier",
        "schema Conversation-2",
    ]
    assert len(openai_diff.schemas_changed) == 66


def test_openai_known_changes_are_classified(openai_diff: SpecDiff) -> None:
    found = {(c.where, c.location, c.path, c.kind, c.breaking) for c in openai_diff.changes}
    assert (
        "POST /organization/projects",
        "request body (application/json)",
        "geography",
        "field-removed",
        True,
    ) in found
    # ServiceTierEnum is sent only; ServiceTier is also read (in responses), so its new value is flagged.
    changed = {schema.name: schema.changes for schema in openai_diff.schemas_changed}
    assert [(c.path, c.kind, c.message, c.breaking, c.flag) for c in changed["ServiceTierEnum"]] == [
        ("", "enum-value-added", 'enum value "fast" added', False, "")
    ]
    assert [(c.path, c.kind, c.breaking, c.flag) for c in changed["ServiceTier"]] == [
        ("", "enum-value-added", False, "new value")
    ]


def test_openai_markdown_and_json_reports(openai_diff: SpecDiff) -> None:
    old = load_document(SPECS / "openai/openapi-2026-07-22.yaml")
    new = load_document(SPECS / "openai/openapi-2026-08-21.yaml")
    text = changes_markdown(old, new, "2026-07-22", "2026-08-21")
    assert text.startswith("# OpenAI API: changes from 2026-07-22 to 2026-08-21\n")
    for key in OPENAI_ADDED:
        method, path = key.split(" ")
        assert f"| {method} | `{path}` |" in text
    assert "### Added (50)" in text
    assert "### Removed (3)" in text
    assert "### Changed (66)" in text
    summary = changes_summary(old, new)
    assert "\n" not in summary
    assert summary.startswith("operations: 7 added, 0 removed, ")
    assert "schemas: 50 added, 3 removed, 66 changed;" in summary
    data = json.loads(json.dumps(to_json(openai_diff)))
    assert data["summary"]["operations"]["added"] == 7
    assert data["summary"]["schemas"] == {"added": 50, "removed": 3, "changed": 66}
    assert data["summary"]["breaking"] == len(openai_diff.breaking) > 0


def test_azure_versions_compare() -> None:
    old = load_document(SPECS / "azure/inference-2024-06-01.json")
    new = load_document(SPECS / "azure/inference-2024-10-21.json")
    diff = diff_specs(old, new)
    assert diff.old.openapi.startswith("3.0")
    assert not diff.operations_added
    assert not diff.operations_removed
    assert diff.schemas_changed
    assert diff_specs(new, new).is_empty


def test_openai_summary_is_one_line_per_operation_that_matters(openai_diff: SpecDiff) -> None:
    lines = summary_lines(openai_diff)
    breaking_ops = {op.operation.key for op in openai_diff.operations_changed if any(c.breaking for c in op.changes)}
    assert len(breaking_ops) == 18  # the count: 147 breaking changes from 18 operations
    assert lines[0] == "18 operations with breaking changes (0 removed), 44 changed without breaking, 7 added"
    start = lines.index("Breaking:") + 1
    listed = [line.split(" (")[0].strip() for line in lines[start : start + 18]]
    assert set(listed) == breaking_ops
    assert "125 more operations only gained error responses (429): not counted above" in lines
    assert not any("/organization/usage/costs" in line for line in lines)  # error-only: counted, not listed
    assert len(lines) < 100  # the full report is ~2,500 lines; the summary is what a person reads first
    markdown = to_markdown(openai_diff)
    assert markdown.index("## Summary: one line per operation") < markdown.index("## Breaking changes")
