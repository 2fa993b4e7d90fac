"""`python -m generator diff`: formats, output file, exit codes, bad input."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from generator.cli import COMMAND_MODULES
from tests.conftest import RunCommand

OLD: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/a": {
            "post": {
                "operationId": "postA",
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"type": "object", "properties": {"x": {"type": "string"}}}}
                    }
                },
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
}


def write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, indent=1))  # JSON is YAML too: a .yaml file reads the same
    return path


def with_field(required: bool) -> dict[str, Any]:
    new = copy.deepcopy(OLD)
    schema = new["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    schema["properties"]["y"] = {"type": "integer"}
    if required:
        schema["required"] = ["y"]
    return new


def test_registered_in_the_cli() -> None:
    assert "generator.commands.diff" in COMMAND_MODULES


def test_markdown_to_stdout(tmp_path: Path, run_command: RunCommand, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = write(tmp_path / "old.yaml", OLD), write(tmp_path / "new.json", with_field(required=True))
    assert run_command("diff", [str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# T: changes from")
    assert "- **breaking** `POST /a` request body (application/json) `y`: new required field" in out


def test_json_to_file(tmp_path: Path, run_command: RunCommand, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = write(tmp_path / "old.yaml", OLD), write(tmp_path / "new.yaml", with_field(required=False))
    out = tmp_path / "reports" / "diff.json"
    assert run_command("diff", [str(old), str(new), "--format", "json", "--out", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["summary"]["breaking"] == 0
    (changed,) = data["operations"]["changed"]
    assert changed["operation_id"] == "postA"
    assert changed["changes"][0]["kind"] == "field-added"
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(("required", "code"), [(True, 1), (False, 0)])
def test_fail_on_breaking(tmp_path: Path, run_command: RunCommand, required: bool, code: int) -> None:
    old, new = write(tmp_path / "old.yaml", OLD), write(tmp_path / "new.yaml", with_field(required))
    assert run_command("diff", [str(old), str(new), "--fail-on-breaking", "--out", str(tmp_path / "r.md")]) == code


def test_breaking_without_the_flag_exits_zero(tmp_path: Path, run_command: RunCommand) -> None:
    old, new = write(tmp_path / "old.yaml", OLD), write(tmp_path / "new.yaml", with_field(required=True))
    assert run_command("diff", [str(old), str(new), "--out", str(tmp_path / "r.md")]) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        ("openapi: [unclosed", "invalid YAML"),
        ("- a list\n", "expected a mapping"),
        ("swagger: '2.0'\npaths: {}\n", "not an OpenAPI 3.x document"),
        ("openapi: 3.1.0\ninfo: {}\n", "needs a `paths` mapping"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, run_command: RunCommand, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    good = write(tmp_path / "good.yaml", OLD)
    bad = tmp_path / "bad.yaml"
    if content is not None:
        bad.write_text(content)
    assert run_command("diff", [str(good), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert message in err
    assert err.count("\n") == 1


def test_summary_format_skips_operations_that_only_gained_an_error_response(
    tmp_path: Path, run_command: RunCommand, capsys: pytest.CaptureFixture[str]
) -> None:
    new = with_field(required=True)
    new["paths"]["/b"] = {"get": {"operationId": "getB", "responses": {"200": {"description": "ok"}}}}
    old = copy.deepcopy(OLD)
    old["paths"]["/b"] = copy.deepcopy(new["paths"]["/b"])
    new["paths"]["/b"]["get"]["responses"]["429"] = {"description": "slow down"}
    old_path, new_path = write(tmp_path / "old.yaml", old), write(tmp_path / "new.yaml", new)
    assert run_command("diff", [str(old_path), str(new_path), "--format", "summary"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "1 operation with breaking changes (0 removed), 0 changed without breaking, 0 added"
    assert lines[2:4] == [
        "Breaking:",
        "  POST /a (postA): 1 breaking of 1 change; request body (application/json) `y`: new required field",
    ]
    assert "1 more operation only gained error responses (429): not counted above" in lines
    assert not any("GET /b" in line for line in lines)
