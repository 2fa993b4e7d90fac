# Re-record: `make record` (TARGET=reference|prism|live), or alone:
# OPENAI_CONNECTOR_RECORD_TARGET=reference pytest tests/client/test_embeddings.py --record-mode=rewrite
"""Embeddings on OpenAI and Azure, one input and several, sync and async."""

from __future__ import annotations

import pytest
from openai_connector import AsyncClient, Client

from tests.client.conftest import DEPLOYMENT

pytestmark = pytest.mark.vcr


def test_openai_embeddings(openai: Client) -> None:
    reply = openai.embeddings.create(model="text-embedding-3-small", input="The food was delicious")
    assert reply.object == "list"
    assert all(item.object == "embedding" for item in reply.data)


async def test_openai_embeddings_async_several_inputs(async_openai: AsyncClient) -> None:
    reply = await async_openai.embeddings.create(model="text-embedding-3-small", input=["one", "two"])
    assert reply.object == "list"


def test_azure_embeddings(azure: Client) -> None:
    reply = azure.embeddings.create(model=DEPLOYMENT, input="The food was delicious")
    assert reply.data[0].embedding


def test_azure_typed_embeddings(azure: Client) -> None:
    reply = azure.azure.embeddings.create(deployment_id=DEPLOYMENT, input=["this is a test"])
    assert reply.data
