"""The reference server answers with plausible data: the README's action examples work against it."""

from __future__ import annotations

import base64
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from openai_connector import Client
from openai_connector.lib.actions import Actions

from generator.mockserver import ReferenceServer
from generator.mockserver.plausible import IMAGE_PATH, TINY_PNG

KEY = "sk-test-plausible"


def _is_png(data: bytes) -> bool:
    """A PNG whose chunks are all whole and whose CRCs check out, ending with IEND."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return False
    at, kinds = 8, []
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length : at + 12 + length])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            return False
        kinds.append(kind)
        at += 12 + length
    return kinds[0] == b"IHDR" and kinds[-1] == b"IEND" and b"IDAT" in kinds


@pytest.fixture
def actions(server: ReferenceServer) -> Iterator[Actions]:
    with Client(KEY, base_url=f"{server.url}/v1", max_retries=0) as client:
        yield Actions(client)


@pytest.fixture
def azure(server: ReferenceServer) -> Iterator[Actions]:
    key = "0123456789abcdef0123456789abcdef"
    with Client(key, is_openai_key=False, azure_endpoint=server.url, api_version="2024-10-21", max_retries=0) as client:
        yield Actions(client)


def test_the_tiny_png_is_a_real_png() -> None:
    assert _is_png(TINY_PNG)


def test_embeddings_have_one_vector_per_input(actions: Actions) -> None:
    result = actions.embed(["a", "b"], model="text-embedding-3-small")
    assert len(result.vectors) == 2 and all(len(v) == 8 for v in result.vectors)
    assert result.vectors[0] != result.vectors[1]
    assert abs(sum(x * x for x in result.vectors[0]) - 1) < 1e-3  # unit length, as real embeddings
    decoded = actions.embed(["a", "b"], model="text-embedding-3-small", encoding_format="base64")  # the README's
    pairs = [(a, b) for u, v in zip(decoded.vectors, result.vectors, strict=True) for a, b in zip(u, v, strict=True)]
    assert len(pairs) == 16 and all(abs(a - b) < 1e-6 for a, b in pairs)  # float32 of the same vectors
    assert len(actions.embed("one", model="m", dimensions=32).vectors[0]) == 32
    assert result.model == "text-embedding-3-small"


def test_azure_embeddings_match_the_inputs(azure: Actions) -> None:
    result = azure.embed(["x", "y", "z"], model="my-deployment")
    assert len(result.vectors) == 3 and all(result.vectors)


def test_the_embeddings_usage_report_is_not_an_embeddings_list(server: ReferenceServer) -> None:
    """Only the creating operations get vectors; /organization/usage/embeddings keeps its own answer."""
    with Client(KEY, admin_api_key="admin-test-key", base_url=f"{server.url}/v1", max_retries=0) as client:
        report = client.admin.organization.usage.embeddings(start_time=1730419200)
    assert report.object == "page"
    assert [bucket.object for bucket in report.data] == ["bucket"]


def test_models_are_listed_and_retrieved_by_id(actions: Actions) -> None:
    models = actions.list_models()
    assert len(models) >= 3 and "gpt-4o-mini" in [m.id for m in models]
    assert actions.get_model("text-embedding-3-small").id == "text-embedding-3-small"


def test_images_are_real_pngs_as_b64_json_and_url(actions: Actions, tmp_path: Path) -> None:
    answer = actions.generate_image("a lighthouse", model="dall-e-3", response_format="b64_json", n=2)
    assert len(answer.data or []) == 2
    assert all(_is_png(base64.b64decode(image.b64_json or "")) for image in answer.data or [])
    by_url = actions.generate_image("a lighthouse", model="dall-e-3", response_format="url")
    url = (by_url.data or [])[0].url or ""
    assert url.endswith(IMAGE_PATH)
    saved = actions.save_images(by_url.data or [], tmp_path)  # downloads it, with no credentials
    assert [p.read_bytes() for p in saved] == [TINY_PNG]


def test_image_url_needs_no_credentials(server: ReferenceServer) -> None:
    response = httpx2.get(server.url + IMAGE_PATH)
    assert response.status_code == 200 and response.headers["content-type"] == "image/png"
    assert _is_png(response.content)


def test_image_edit_answers_a_png_per_image(actions: Actions) -> None:
    answer = actions.edit_image(("in.png", TINY_PNG), "add a hat", model="dall-e-2", n=3, response_format="b64_json")
    assert [_is_png(base64.b64decode(i.b64_json or "")) for i in answer.data or []] == [True, True, True]


def test_a_chosen_example_is_answered_as_published(server: ReferenceServer) -> None:
    response = httpx2.get(
        server.url + "/v1/models", headers={"Authorization": f"Bearer {KEY}", "x-mock-example": "no such example"}
    )
    assert response.status_code == 200  # x-mock-example opts out of the plausible data, naming what it wants


def test_plausible_answers_match_the_spec(server: ReferenceServer, tmp_path: Path) -> None:
    from tests.contract.test_contract import check, interaction

    headers = {"Authorization": f"Bearer {KEY}"}
    recorded = []
    for method, path, body in (
        ("POST", "/v1/embeddings", {"model": "m", "input": ["a", "b"], "dimensions": 4}),
        ("GET", "/v1/models", None),
        ("GET", "/v1/models/whisper-1", None),
        ("POST", "/v1/images/generations", {"prompt": "p", "n": 2, "response_format": "b64_json"}),
        ("POST", "/v1/images/generations", {"prompt": "p", "response_format": "url"}),
    ):
        response = httpx2.request(method, server.url + path, json=body, headers=headers)
        assert response.status_code == 200
        recorded.append(interaction(method, server.url + path, body, 200, response.text))
    assert check(tmp_path, *recorded) == []
