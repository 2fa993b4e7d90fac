"""End to end: vendor a part of the real client (chat, embeddings, models) into a fresh project and a venv
with only its declared runtime dependencies, then call it against a loopback server; in a bare venv,
importing the client says what to install."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

from generator.mockserver import ReferenceServer
from tests._specs import AZURE_SPEC, OPENAI_SPEC, ROOT

SPECS = [OPENAI_SPEC, AZURE_SPEC]

SCRIPT = """
import sys
import billing_openai
from billing_openai.types import ChatCompletion

client = billing_openai.Client(api_key="sk-test-vendored", base_url=sys.argv[1] + "/v1")
reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Hello!"}])
assert isinstance(reply, ChatCompletion), type(reply)
print("chat:", reply.choices[0].message.content)
embedding = client.embeddings.create(model="text-embedding-3-small", input="hello")
print("embeddings:", embedding.object)
print("models:", client.models.retrieve("gpt-4o-mini").object)
assert "openai_connector" not in sys.modules
print("modules:", sorted(m for m in sys.modules if m.split(".")[0] in ("pydantic", "httpx2", "billing_openai"))[:1])
"""


def _runtime_dependencies() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"])


@pytest.fixture(scope="module")
def runtime_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv with nothing but the client's declared runtime dependencies."""
    home = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True).create(home)
    python = home / "bin" / "python"
    result = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *_runtime_dependencies()],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    if result.returncode != 0:
        pytest.fail(f"could not install the runtime dependencies: {result.stderr[-2000:]}")
    return python


ONLY = ("--only", "chat,embeddings,models", "--namespaces", "none")


def _vendor(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "vendor", str(project / "src"), "--package", "billing_openai", *ONLY],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def test_vendored_client_runs_in_a_fresh_venv(runtime_venv: Path, tmp_path: Path) -> None:
    project = tmp_path / "billing-service"
    (project / "src").mkdir(parents=True)
    first = _vendor(project)
    assert first.returncode == 0, first.stderr
    package = project / "src" / "billing_openai"
    assert (package / "VENDORED.md").is_file() and (package / "py.typed").is_file()
    assert not list(package.rglob("__pycache__")) and not list(package.rglob("test_*.py"))
    before = sorted(p.relative_to(package).as_posix() for p in package.rglob("*"))

    second = _vendor(project)  # vendoring over the first copy is clean
    assert second.returncode == 0, second.stderr
    assert sorted(p.relative_to(package).as_posix() for p in package.rglob("*")) == before

    with ReferenceServer([str(s) for s in SPECS]) as server:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI", "AZURE"))}
        env["PYTHONPATH"] = str(project / "src")
        result = subprocess.run(
            [str(runtime_venv), "-c", SCRIPT, server.url],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
            env=env,
            cwd=tmp_path,
        )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "chat: Hello! How can I assist you today?" in result.stdout
    assert "embeddings: list" in result.stdout
    assert "models: model" in result.stdout


def test_a_bare_venv_is_told_what_to_install(tmp_path: Path) -> None:
    """No dependency installed: importing the package works (lazy), importing the client says what to do."""
    home = tmp_path / "bare"
    venv.EnvBuilder(with_pip=False).create(home)
    project = tmp_path / "billing-service"
    (project / "src").mkdir(parents=True)
    assert _vendor(project).returncode == 0
    script = "import billing_openai\nprint('package ok')\nfrom billing_openai import Client\n"
    result = subprocess.run(
        [str(home / "bin" / "python"), "-c", script],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={"PYTHONPATH": str(project / "src"), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert result.stdout == "package ok\n"
    last = result.stderr.strip().splitlines()[-1]
    assert last == (
        "ImportError: billing_openai needs httpx2, pydantic, typing_extensions, which this Python environment "
        "lacks; install its dependencies: pip install 'httpx2>=2.16,<3' 'pydantic>=2.7,<3' 'typing-extensions>=4.10'"
    )


def test_the_runtime_names_the_declared_dependencies() -> None:
    from openai_connector.lib._dependencies import REQUIREMENTS

    assert list(REQUIREMENTS.values()) == _runtime_dependencies()
