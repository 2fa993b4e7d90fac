# Re-record: `make record` (TARGET=reference|prism|live), or alone:
# OPENAI_CONNECTOR_RECORD_TARGET=reference pytest tests/client/test_moderations.py --record-mode=rewrite
"""Moderation (OpenAI only: Azure's content filter is part of each answer instead)."""

from __future__ import annotations

import pytest
from openai_connector import AsyncClient, Client

pytestmark = pytest.mark.vcr


def test_moderation(openai: Client) -> None:
    reply = openai.moderations.create(model="omni-moderation-latest", input="I want to kill them.")
    assert reply.results
    assert isinstance(reply.results[0].flagged, bool)


async def test_moderation_async(async_openai: AsyncClient) -> None:
    reply = await async_openai.moderations.create(input=["hello", "world"])
    assert reply.results
