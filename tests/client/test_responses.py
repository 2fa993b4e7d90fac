# Re-record: `make record` (TARGET=reference|prism|live), or alone:
# OPENAI_CONNECTOR_RECORD_TARGET=reference pytest tests/client/test_responses.py --record-mode=rewrite
"""The Responses API on OpenAI and on Azure's v1 API (`/openai/v1`), plain and streaming (typed events)."""

from __future__ import annotations

import pytest
from openai_connector import AsyncClient, Client

pytestmark = pytest.mark.vcr


def test_openai_response(openai: Client) -> None:
    reply = openai.responses.create(model="gpt-4.1", input="Tell me a three sentence bedtime story about a unicorn.")
    assert reply.object == "response"
    assert reply.model


def test_openai_response_stream(openai: Client) -> None:
    events = list(openai.responses.create(model="gpt-4.1", input="Hello!", stream=True))
    assert events
    assert all(isinstance(getattr(event, "type", None), str) for event in events)


async def test_openai_response_async(async_openai: AsyncClient) -> None:
    reply = await async_openai.responses.create(model="gpt-4.1", input="Hello!")
    assert reply.object == "response"


def test_azure_v1_response(azure_v1: Client) -> None:
    reply = azure_v1.responses.create(model="gpt-4.1", input="Hello!")
    assert reply.object == "response"
