"""Prism 5.14.2 on the Azure spec: 401 without auth, 2xx with it. Runs only where Node.js and npm are installed.

The first run installs Prism with npm into .tools/prism (the npm registry must be reachable).
"""

from __future__ import annotations

import httpx2 as httpx
import pytest

from generator.mockserver.prism import Prism, node_available
from tests._specs import AZURE_SPEC

pytestmark = pytest.mark.skipif(not node_available(), reason="Prism needs Node.js and npm")


def test_prism_checks_auth_on_the_azure_spec() -> None:
    url = "/deployments/my-deployment/chat/completions?api-version=2024-10-21"
    body = {"messages": [{"role": "user", "content": "Hello!"}]}
    with Prism(AZURE_SPEC) as prism, httpx.Client(base_url=prism.url, timeout=30) as client:
        assert client.post(url, json=body).status_code == 401
        answer = client.post(url, json=body, headers={"api-key": "test-key"})
        assert 200 <= answer.status_code < 300
        assert "choices" in answer.json()
