"""Regenerating as a maintainer does: the report compares the API as last generated with the API now,
whatever the spec files are called; renaming a spec changes no generated file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import RunCommand

SPEC = Path(__file__).resolve().parent / "specs" / "regen" / "models-api.yaml"
CREATED_INT = "created: { type: integer, description: When it was made, in Unix seconds. }"
CREATED_STR = "created: { type: string, description: When it was made, in Unix seconds. }"


def _generate(spec: Path, out: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def _files(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in out.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_a_spec_edited_in_place_is_reported(tmp_path: Path) -> None:
    spec = tmp_path / "specs" / "models.yaml"
    spec.parent.mkdir()
    shutil.copy(SPEC, spec)
    out = tmp_path / "generated"
    first = _generate(spec, out, tmp_path)
    assert first.returncode == 0, first.stderr
    assert "API changed" not in first.stdout and not (out / "CHANGES.md").exists()
    again = _generate(spec, out, tmp_path)
    assert "API changed" not in again.stdout and not (out / "CHANGES.md").exists()

    spec.write_text(spec.read_text().replace(CREATED_INT, CREATED_STR))  # same file, new content
    edited = _generate(spec, out, tmp_path)
    assert edited.returncode == 0, edited.stderr
    lines = edited.stdout.splitlines()
    start = lines.index("the API changed since the last generation (details in CHANGES.md):")
    assert lines[start + 1] == "client: specs/models.yaml -> specs/models.yaml (edited in place)"
    assert lines[start + 2] == "  2 operations with breaking changes (0 removed), 0 changed without breaking, 0 added"
    assert any(line.startswith("    GET /models/{model} (retrieveModel): 1 breaking") for line in lines)
    changes = (out / "CHANGES.md").read_text()
    assert "- **breaking** `GET /models/{model}` response 200 (application/json) `created`: type changed" in changes
    model = (out / "openai_connector" / "types" / "model.py").read_text()
    assert "created: str" in model


def test_documentation_edits_are_not_reported(tmp_path: Path) -> None:
    spec = tmp_path / "models.yaml"
    shutil.copy(SPEC, spec)
    out = tmp_path / "generated"
    assert _generate(spec, out, tmp_path).returncode == 0
    spec.write_text(spec.read_text().replace("The model identifier.", "The model's identifier."))
    again = _generate(spec, out, tmp_path)
    assert again.returncode == 0, again.stderr
    assert "API changed" not in again.stdout and not (out / "CHANGES.md").exists()


def test_renaming_a_spec_changes_no_generated_file(tmp_path: Path) -> None:
    old = tmp_path / "specs" / "openapi-2026-01-01.yaml"
    old.parent.mkdir()
    shutil.copy(SPEC, old)
    out = tmp_path / "generated"
    assert _generate(old, out, tmp_path).returncode == 0
    before = _files(out)

    new = old.with_name("openapi-2026-02-02.yaml")
    shutil.copy(old, new)
    old.unlink()
    result = _generate(new, out, tmp_path)
    assert result.returncode == 0, result.stderr
    after = _files(out)
    changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
    assert changed == [".manifest.json"]  # the file name lives there, and only there
    assert "openapi-2026-02-02.yaml" in after[".manifest.json"].decode()
    assert not any(b"openapi-2026" in data for name, data in after.items() if name.endswith(".py"))
    assert f"wrote 1 files, deleted 0 into {out}" in result.stdout
    assert "API changed" not in result.stdout


def test_an_overlay_change_is_reported_though_no_spec_file_changed(tmp_path: Path) -> None:
    spec = tmp_path / "models.yaml"
    shutil.copy(SPEC, spec)
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: owned_by may be null, version: 1.0.0}\nactions:\n"
        "  - target: $.components.schemas.Model.properties.owned_by\n"
        "    update: {nullable: true}\n"
    )
    out = tmp_path / "generated"
    assert _generate(spec, out, tmp_path).returncode == 0
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--overlay", str(overlay), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "the API changed since the last generation (details in CHANGES.md):" in result.stdout
    assert "`owned_by`: " in (out / "CHANGES.md").read_text()


def test_renamed_public_types_are_listed_as_breaking(tmp_path: Path, run_command: RunCommand) -> None:
    spec = tmp_path / "models.yaml"
    owner = "owned_by: { type: string }"
    inline = "{ type: object, properties: { name: { type: string } } }"
    spec.write_text(SPEC.read_text().replace(owner, f"owner_info: {inline}"))
    out = tmp_path / "generated"
    assert run_command("generate", [str(spec), "--out", str(out), "--quiet"]) == 0
    spec.write_text(SPEC.read_text().replace(owner, f"owner: {inline}"))  # the nested class's name changes
    assert run_command("generate", [str(spec), "--out", str(out), "--quiet"]) == 0
    changes = (out / "CHANGES.md").read_text()
    section = "## Tiny Models: public types renamed or removed (1)\n\n- **breaking** `ModelOwnerInfo` -> `ModelOwner`\n"
    assert section in changes


def test_a_method_whose_positional_arguments_changed_is_listed_as_breaking(
    tmp_path: Path, run_command: RunCommand
) -> None:
    out = tmp_path / "generated"
    assert run_command("generate", [str(SPEC), "--out", str(out), "--quiet"]) == 0
    module = out / "openai_connector" / "resources" / "models.py"
    text = module.read_text()
    # as if the last generation had taken `model` by keyword only
    old = text.replace(
        "        self,\n        model: str,\n        *,\n", "        self,\n        *,\n        model: str,\n"
    )
    assert old != text
    module.write_text(old)
    assert run_command("generate", [str(SPEC), "--out", str(out), "--quiet"]) == 0
    changes = (out / "CHANGES.md").read_text()
    assert (
        "methods whose positional arguments changed (1)\n\n- **breaking** `Models.retrieve() -> (model)`\n" in changes
    )


def test_positional_arguments_cut_to_their_tail_are_a_loud_change(tmp_path: Path) -> None:
    from generator import signature_changes

    def module(arguments: str) -> str:
        unchanged = "    def list(self, thread_id) -> None: ...\n"
        return f"class Runs:\n    def retrieve(self, {arguments}) -> None: ...\n\n{unchanged}"

    (tmp_path / "pkg" / "resources").mkdir(parents=True)
    (tmp_path / "pkg" / "resources" / "runs.py").write_text(module("thread_id, run_id"))
    moved = signature_changes.moved_arguments(
        tmp_path, "pkg", "", {"resources/runs.py": module("run_id, *, thread_id")}
    )
    assert [str(change) for change in moved] == ["Runs.retrieve(thread_id, run_id) -> (run_id)"]
    assert "raises `TypeError`" in signature_changes.to_markdown("API", moved)
    swapped = signature_changes.Moved("Runs.retrieve", ("thread_id", "run_id"), ("run_id", "thread_id"))
    assert "TypeError" not in signature_changes.to_markdown("API", [swapped])  # a swap would misroute: no promise
