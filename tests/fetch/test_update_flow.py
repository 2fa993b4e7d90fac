"""`make update-specs` as a maintainer runs it, from a local source (no network): fetch into the API's
folder, config updated, diff printed (breaking first), client regenerated, then `make test` suggested."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TINY = ROOT / "tests" / "generator" / "specs" / "regen" / "models-api.yaml"
CREATED_INT = "created: { type: integer, description: When it was made, in Unix seconds. }"
DELETE_MODEL = """    delete:
      operationId: deleteModel
      parameters:
        - name: model
          in: path
          required: true
          schema: { type: string }
      responses:
        '200':
          description: Deleted.
"""
CONFIG = """# what `make generate` builds (a comment that must survive the update)
[[specs]]
file = "openai/openapi-2026-01-01.yaml"
"""


def _openai_spec(text: str) -> str:
    return text.replace("title: Tiny Models", "title: OpenAI API")


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], capture_output=True, text=True, check=False, cwd=cwd
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A repository with specs/config.toml, one OpenAI spec, and the client generated from it."""
    first_download = tmp_path / "first.yaml"
    first_download.write_text(_openai_spec(TINY.read_text()))
    name = "openai/openapi-2026-01-01.yaml"
    fetched = _run(tmp_path, "fetch", "--source", str(first_download), "--dest", "specs", "--name", name)
    assert fetched.returncode == 0, fetched.stderr
    (tmp_path / "specs" / "config.toml").write_text(CONFIG)
    first = _run(tmp_path, "generate", "--config", "specs/config.toml", "--out", "generated")
    assert first.returncode == 0, first.stderr
    return tmp_path


def test_update_from_a_local_source_is_one_command_with_every_step(project: Path, tmp_path: Path) -> None:
    download = tmp_path / "download" / "openapi-2026-02-02.yaml"
    download.parent.mkdir()
    newer = _openai_spec(TINY.read_text()).replace(CREATED_INT, CREATED_INT.replace("integer", "string"))
    newer = newer.replace("  /models/{model}:\n    get:", "  /models/{model}:\n" + DELETE_MODEL + "    get:")
    download.write_text(newer)

    result = _run(
        project, "fetch", "--source", str(download), "--dest", "specs", "--config", "specs/config.toml",
        "--generate", "generated",
    )  # fmt: skip

    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    steps = re.findall(r"^==> \[(\d)/4\] (.*)$", out, re.MULTILINE)
    assert [number for number, _ in steps] == ["1", "2", "3", "4"]
    assert (project / "specs" / "openai" / "openapi-2026-02-02.yaml").read_text() == newer  # the API's folder
    assert "openai/openapi-2026-02-02.yaml: written" in out
    config = (project / "specs" / "config.toml").read_text()
    assert config == CONFIG.replace("2026-01-01", "2026-02-02")  # only the file line changed
    assert "client: openai/openapi-2026-01-01.yaml -> openai/openapi-2026-02-02.yaml" in out
    diff = out[out.index("[3/4]") : out.index("[4/4]")]
    assert "2 operations with breaking changes (0 removed), 0 changed without breaking, 1 added" in diff
    assert (
        diff.index("Breaking:") < diff.index("GET /models/{model} (retrieveModel): 1 breaking") < diff.index("Added:")
    )
    assert "DELETE /models/{model} (deleteModel)" in diff
    regenerated = out[out.index("[4/4]") :]
    assert "wrote " in regenerated
    assert out.rstrip().endswith("next: run `make test` (the cassettes are contract-checked against the new specs)")
    model = (project / "generated" / "openai_connector" / "types" / "model.py").read_text()
    assert "created: str" in model
    assert "openapi-2026-02-02.yaml" in (project / "generated" / ".manifest.json").read_text()


def test_fetching_what_the_config_already_names_changes_nothing(project: Path) -> None:
    source = project / "specs" / "openai" / "openapi-2026-01-01.yaml"
    copy = project / "elsewhere.yaml"
    shutil.copy(source, copy)
    result = _run(project, "fetch", "--source", str(copy), "--dest", "specs", "--config", "specs/config.toml")
    assert result.returncode == 0, result.stderr
    assert "unchanged: same sha256" in result.stdout
    assert "no spec changed" in result.stdout
    assert (project / "specs" / "config.toml").read_text() == CONFIG


def test_an_azure_document_goes_to_the_azure_folder(tmp_path: Path) -> None:
    source = tmp_path / "inference.json"
    shutil.copy(ROOT / "specs" / "azure" / "inference-2024-10-21.json", source)
    result = _run(tmp_path, "fetch", "--source", str(source), "--dest", "specs")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "specs" / "azure" / "inference.json").is_file()
    assert "azure/inference.json: written" in result.stdout


def test_generate_needs_a_config(tmp_path: Path) -> None:
    result = _run(tmp_path, "fetch", "--source", str(TINY), "--generate", "generated")
    assert result.returncode == 2
    assert result.stderr == "error: --generate needs --config (which specs to generate)\n"


def test_make_update_specs_runs_the_whole_flow() -> None:
    dry_run = subprocess.run(
        ["make", "-n", "--no-print-directory", "-o", "install", "update-specs", "SOURCE=downloads/openapi.yaml"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert dry_run.stdout.split() == [
        *(".venv/bin/python -m generator fetch --dest specs --config specs/config.toml".split()),
        *("--generate generated --report build/generation-report.json --source downloads/openapi.yaml".split()),
    ]
