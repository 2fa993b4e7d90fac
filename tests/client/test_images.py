# Re-record: `make record` (TARGET=reference|prism|live), or alone:
# OPENAI_CONNECTOR_RECORD_TARGET=reference pytest tests/client/test_images.py --record-mode=rewrite
"""Images: generation (url and b64_json) on OpenAI and Azure; edit and variation (multipart uploads)."""

from __future__ import annotations

import pytest
from openai_connector import AsyncClient, Client

from tests.client.conftest import DEPLOYMENT, PNG

pytestmark = pytest.mark.vcr


def test_generate_url(openai: Client) -> None:
    reply = openai.images.generate(model="dall-e-3", prompt="A cute baby sea otter", response_format="url")
    assert reply.data is not None


def test_generate_b64_json(openai: Client) -> None:
    reply = openai.images.generate(prompt="A cute baby sea otter", response_format="b64_json")
    assert reply.data is not None


def test_edit_json(openai: Client) -> None:
    """`images.edit_json` is the JSON twin of the upload method (images by reference)."""
    reply = openai.images.edit_json(
        images=[{"image_url": "https://example.com/otter.png"}], prompt="A cute baby sea otter wearing a beret"
    )
    assert isinstance(reply.created, int)


def test_edit_multipart(openai: Client) -> None:
    """`images.edit` uploads the image (multipart)."""
    reply = openai.images.edit(
        image=("otter.png", PNG, "image/png"), prompt="A cute baby sea otter wearing a beret", model="dall-e-2"
    )
    assert isinstance(reply.created, int)


async def test_variation_multipart_async(async_openai: AsyncClient) -> None:
    reply = await async_openai.images.create_variation(image=("otter.png", PNG, "image/png"), n=1)
    assert reply.data is not None


def test_azure_generate(azure: Client) -> None:
    reply = azure.images.generate(model=DEPLOYMENT, prompt="In the style of WordArt, Microsoft Clippy")
    assert reply.data is not None


def test_azure_typed_generate_b64(azure: Client) -> None:
    reply = azure.azure.images.generate(
        deployment_id=DEPLOYMENT, prompt="In the style of WordArt, Microsoft Clippy", response_format="b64_json"
    )
    assert reply.data
