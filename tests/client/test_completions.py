# Re-record: `make record` (TARGET=reference|prism|live), or alone:
# OPENAI_CONNECTOR_RECORD_TARGET=reference pytest tests/client/test_completions.py --record-mode=rewrite
"""Legacy completions on OpenAI and Azure, one prompt and several prompts at once, plain and streaming."""

from __future__ import annotations

import pytest
from openai_connector import AsyncClient, Client

from tests.client.conftest import DEPLOYMENT

pytestmark = pytest.mark.vcr


def test_openai_completion(openai: Client) -> None:
    reply = openai.completions.create(model="gpt-3.5-turbo-instruct", prompt="Say this is a test", max_tokens=7)
    assert reply.object == "text_completion"
    assert reply.choices[0].text


def test_openai_several_prompts_at_once(openai: Client) -> None:
    reply = openai.completions.create(model="gpt-3.5-turbo-instruct", prompt=["Say this is a test", "Say hi"])
    assert reply.choices


def test_azure_completion_stream(azure: Client) -> None:
    """The OpenAI spec declares no event stream for /completions; Azure's (with our overlay) does."""
    chunks = list(azure.azure.completions.create(deployment_id=DEPLOYMENT, prompt="Say this is a test", stream=True))
    assert chunks


async def test_openai_completion_async(async_openai: AsyncClient) -> None:
    reply = await async_openai.completions.create(model="gpt-3.5-turbo-instruct", prompt="Say this is a test")
    assert reply.choices[0].text


def test_azure_completion(azure: Client) -> None:
    reply = azure.completions.create(model=DEPLOYMENT, prompt="Say this is a test")
    assert reply.choices


def test_azure_typed_completion_several_prompts(azure: Client) -> None:
    reply = azure.azure.completions.create(
        deployment_id=DEPLOYMENT, prompt=["tell me a joke about mango", "and one about apples"]
    )
    assert reply.choices
