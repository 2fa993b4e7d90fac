"""Placement: overlays put operations on the client; whatever they leave to the default rule is reported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from generator.pipeline import generate

HERE = Path(__file__).parent / "specs" / "placement"
SPEC = HERE / "spec.yaml"
OVERLAY = HERE / "surface.yaml"
ROOT = Path(__file__).resolve().parents[2]


def _placements(overlays: list[Path]) -> dict[str, str]:
    api = generate([SPEC], overlays).apis[0]
    return {o.operation_id + o.variant.title(): ".".join((*o.resource, o.name)) for o in api.operations}


def test_overlay_names_resource_and_method_and_the_json_twin_keeps_its_suffix() -> None:
    placed = _placements([OVERLAY])
    assert placed["uploadFile"] == "files.upload"
    assert placed["uploadFileJson"] == "files.upload_json"
    assert placed["listContentParts"] == "files.content.parts.list"
    assert placed["usageCosts"] == "organization.costs.retrieve"  # the default rule


def test_a_method_may_not_take_the_name_of_its_own_sub_resource() -> None:
    generation = generate([SPEC], [OVERLAY])
    placed = {o.operation_id: o.name for o in generation.apis[0].operations}
    assert placed["downloadFile"] == "download_file"
    assert any("method files.content has the name of a sub-resource" in d.message for d in generation.diagnostics.items)


def test_a_method_may_not_take_the_name_of_a_view_every_resource_has(tmp_path: Path) -> None:
    overlay = tmp_path / "views.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: { title: a method named as a view, version: '1' }\nactions:\n"
        "  - target: $.paths['/organization/costs'].get\n"
        "    update: { x-connector-resource: organization, x-connector-method: with_raw_response }\n",
        encoding="utf-8",
    )
    generation = generate([SPEC], [OVERLAY, overlay])
    placed = {o.operation_id: o.name for o in generation.apis[0].operations}
    assert placed["usageCosts"] == "usage_costs"
    assert any(
        "method organization.with_raw_response has the name of a view" in d.message
        for d in generation.diagnostics.items
    )


def test_report_lists_exactly_the_operations_placed_by_the_default_rule() -> None:
    report = generate([SPEC], [OVERLAY]).report()
    assert report["placed_by_default"] == [
        {
            "client_path": "client.organization.costs.retrieve",
            "file": SPEC.relative_to(ROOT).as_posix(),
            "method": "GET",
            "operation": "usageCosts",
            "path": "/organization/costs",
        },
        {
            "client_path": "client.beta.organization.costs.retrieve",
            "file": SPEC.relative_to(ROOT).as_posix(),
            "method": "GET",
            "operation": "usageCostsBeta",
            "path": "/organization/costs?beta=true",  # as the spec writes it
        },
    ]
    # Without the overlay every operation is placed by the default rule (the JSON twin follows its upload).
    unplaced = generate([SPEC], []).report()["placed_by_default"]
    assert sorted(p["operation"] for p in unplaced) == [
        "downloadFile",
        "listContentParts",
        "uploadFile",
        "usageCosts",
        "usageCostsBeta",
    ]


def test_generate_prints_one_line_per_unplaced_operation_and_writes_them_to_the_report(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    command = [sys.executable, "-m", "generator", "generate", str(SPEC), "--overlay", str(OVERLAY)]
    result = subprocess.run(
        [*command, "--out", str(tmp_path / "out"), "--report", str(report)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("placed by the default rule")]
    assert lines[0] == (
        "placed by the default rule: GET /organization/costs (usageCosts, tests/generator/specs/placement/spec.yaml)"
        " as client.organization.costs.retrieve; name it with x-connector-resource and x-connector-method"
        " in an overlay"
    )
    assert len(lines) == 2
    assert "2 placed by the default rule" in result.stdout
    assert [p["operation"] for p in json.loads(report.read_text(encoding="utf-8"))["placed_by_default"]] == [
        "usageCosts",
        "usageCostsBeta",
    ]


def test_a_method_the_overlay_moves_is_reported_as_moved(tmp_path: Path) -> None:
    overlay = tmp_path / "surface.yaml"
    overlay.write_text(OVERLAY.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "generated"
    command = [sys.executable, "-m", "generator", "generate", str(SPEC), "--overlay", str(overlay), "--out", str(out)]
    assert subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT).returncode == 0
    overlay.write_text(
        overlay.read_text(encoding="utf-8").replace("x-connector-method: upload", "x-connector-method: create"),
        encoding="utf-8",
    )
    again = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    assert again.returncode == 0, again.stderr
    assert [line for line in again.stdout.splitlines() if "moved:" in line] == [
        "  moved: POST /files: client.files.upload -> client.files.create"
    ]
    changes = (out / "CHANGES.md").read_text(encoding="utf-8")
    assert "## Placement: methods moved (1)" in changes
    assert "- **breaking** `POST /files`: `client.files.upload` -> `client.files.create`\n" in changes
