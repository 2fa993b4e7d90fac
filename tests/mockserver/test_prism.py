"""Prism 5.14.2: auth on the Azure spec; random (`-d`) answers parsed into their classes.

Runs only where Node.js and npm are installed.

The first run installs Prism with npm into .tools/prism (the npm registry must be reachable).
"""

from __future__ import annotations

import importlib
from pathlib import Path

import httpx2 as httpx
import pytest

from generator.mockserver.prism import Prism, node_available
from tests._specs import AZURE_SPEC
from tests.generator.inline import imported, write_spec
from tests.generator.test_unions import SPEC as UNIONS_SPEC
from tests.mockserver.answer_classes import misplaced

pytestmark = pytest.mark.skipif(not node_available(), reason="Prism needs Node.js and npm")


def test_prism_checks_auth_on_the_azure_spec() -> None:
    url = "/deployments/my-deployment/chat/completions?api-version=2024-10-21"
    body = {"messages": [{"role": "user", "content": "Hello!"}]}
    with Prism(AZURE_SPEC) as prism, httpx.Client(base_url=prism.url, timeout=30) as client:
        assert client.post(url, json=body).status_code == 401
        answer = client.post(url, json=body, headers={"api-key": "test-key"})
        assert 200 <= answer.status_code < 300
        assert "choices" in answer.json()


def test_dynamic_answers_land_in_their_classes(tmp_path: Path) -> None:
    """Prism `-d` answers with random values of the spec's schemas: every union variant lands in its class."""
    document = {**UNIONS_SPEC, "security": [{"key": []}]}
    document["components"] = {
        **UNIONS_SPEC["components"],
        "securitySchemes": {"key": {"type": "http", "scheme": "bearer"}},
    }
    spec = write_spec(tmp_path / "spec", document)
    with imported(tmp_path, [document], "prism_unions_pkg") as package, Prism(spec, dynamic=True) as prism:
        client_module = importlib.import_module(package.__name__ + "._client")
        with client_module.Client(api_key="sk-test", base_url=prism.url, max_retries=0) as client:
            answers = [client.responses.retrieve() for _ in range(20)]
        declared = importlib.import_module(package.__name__ + ".types").Answer
        problems = [problem for answer in answers for problem in misplaced(answer, declared)]
        assert problems == []
        kinds = {type(item).__name__ for answer in answers for item in answer.output}
        assert len(kinds) > 2  # the random answers did meet several variants
