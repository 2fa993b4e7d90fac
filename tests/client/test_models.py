# Re-record: `make record` (TARGET=reference|prism|live), or alone:
# OPENAI_CONNECTOR_RECORD_TARGET=reference pytest tests/client/test_models.py --record-mode=rewrite
"""Models: list and retrieve, on OpenAI and on Azure's v1 API."""

from __future__ import annotations

import pytest
from openai_connector import AsyncClient, Client

pytestmark = pytest.mark.vcr


def test_list_models(openai: Client) -> None:
    page = openai.models.list()
    assert page.object == "list"
    assert all(model.object == "model" for model in page.data)


def test_retrieve_model(openai: Client) -> None:
    model = openai.models.retrieve("gpt-4o-mini")
    assert model.object == "model"
    assert model.id


async def test_retrieve_model_async(async_openai: AsyncClient) -> None:
    model = await async_openai.models.retrieve("gpt-4o-mini")
    assert model.id


def test_azure_v1_list_models(azure_v1: Client) -> None:
    page = azure_v1.models.list()
    assert page.object == "list"
