"""Fixtures of the request tests."""

from __future__ import annotations

from typing import Any

import pytest
from openai_connector import Client

from tests.runtime._helpers import OPENAI_KEY
from tests.runtime.requests._bad_input import azure_settings
from tests.support.loopback import LoopbackServer


@pytest.fixture
def clients(server: LoopbackServer) -> Any:
    """The OpenAI and the Azure client the bad-input tables call, on the loopback server, without retries."""
    openai = Client(OPENAI_KEY, base_url=f"{server.url}/v1", max_retries=0)
    azure = Client(**azure_settings(azure_endpoint=server.url, max_retries=0))
    yield openai, azure
    openai.close()
    azure.close()
