"""`python -m generator vendor --only/--namespaces/--extras`: a part of the client, with only the types
its operations reach, that passes mypy --strict."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from generator.diagnostics import Diagnostics
from generator.extras import EXTRAS
from generator.parser import parse_api
from generator.pipeline import HELPER_PARTS, OPENAI_PARTS
from generator.selection import select
from generator.spec import load_document, normalize
from tests._specs import ROOT

TINY = ROOT / "tests" / "generator" / "specs" / "regen" / "models-api.yaml"


def _vendor(dest: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "vendor", str(dest), "--package", "billing_openai", *options],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def chat_embeddings_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("project")
    result = _vendor(project, "--only", "chat,embeddings,models", "--namespaces", "none")
    assert result.returncode == 0, result.stderr
    return project / "billing_openai"


def _files(package: Path) -> list[str]:
    return sorted(p.relative_to(package).as_posix() for p in package.rglob("*") if p.is_file())


def test_chat_embeddings_and_models_fit_in_under_150_files(chat_embeddings_models: Path) -> None:
    files = _files(chat_embeddings_models)
    assert len(files) < 150, len(files)
    resources = {f.removeprefix("resources/") for f in files if f.startswith("resources/")}
    assert resources == {"__init__.py", "chat.py", "embeddings.py", "models.py"}
    assert "types/chat_completion.py" in files
    assert "types/create_embedding_response.py" in files
    assert "types/list_models_response.py" in files
    assert "types/fine_tuning_job.py" not in files  # a type only other operations reach
    # Azure's spec is left out, yet still says which operations its classic API serves per deployment.
    assert "deployment_scoped=True" in (chat_embeddings_models / "resources" / "chat.py").read_text()
    assert not any(
        f.startswith(("azure/", "lib/actions/", "lib/cli/", "lib/helpers/", "lib/_realtime/")) for f in files
    )
    assert "lib/testing/__init__.py" in files  # the one extra these resources allow, by default
    text = (chat_embeddings_models / "VENDORED.md").read_text()
    assert "- part of the client: resources: chat, embeddings, models; namespaces: none; extras: testing" in text


def test_the_part_passes_mypy_strict(chat_embeddings_models: Path, tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\nstrict = True\nplugins = pydantic.mypy\n")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(config), "--no-incremental", "billing_openai"],
        capture_output=True,
        text=True,
        check=False,
        cwd=chat_embeddings_models.parent,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Success: no issues found")


def test_only_the_types_the_chosen_operations_reach_are_kept() -> None:
    document = load_document(TINY)
    document["components"]["schemas"]["Unused"] = {"type": "object", "properties": {"x": {"type": "string"}}}
    api = parse_api(normalize(document, "tiny", Diagnostics()), "tiny", "", Diagnostics())
    assert any(key.endswith("/Unused") for key in api.definitions)
    kept = select(api, {"models"})
    assert {op.operation_id for op in kept.operations} == {"listModels", "retrieveModel"}
    assert sorted(key.rsplit("/", 1)[-1] for key in kept.definitions) == ["ListModelsResponse", "Model"]
    assert select(dataclasses.replace(api), {"chat"}).definitions == {}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--only", "chat,nope"], "error: no resource nope in the specs; known: "),
        (["--namespaces", "azure_1999"], "error: no namespace azure_1999 in "),
        (["--extras", "docs"], "error: unknown extra(s) docs; known: actions, cli, testing"),
        (["--only", "chat", "--extras", "cli,actions"], "error: the actions and cli extras need every resource"),
        (["--only", "models", "--extras", "cli"], "error: extra 'cli' needs 'actions' too"),
    ],
)
def test_a_selection_the_specs_cannot_meet_is_one_clear_line(tmp_path: Path, options: list[str], message: str) -> None:
    result = _vendor(tmp_path, *options)
    assert result.returncode == 1
    assert result.stderr.startswith(message), result.stderr
    assert result.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_the_extras_are_listed_once() -> None:
    assert set(EXTRAS) == {"actions", "cli", "testing"}
    assert OPENAI_PARTS == (*EXTRAS["actions"], *EXTRAS["cli"], *HELPER_PARTS)
