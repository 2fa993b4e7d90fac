"""openai-python's deprecated second names (`x-connector-aliases`): the same operation, a DeprecationWarning
with the alias's message at the caller's line, plain and on the raw and streaming views."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from openai_connector import AsyncOpenAI, OpenAI
from openai_connector.types.fine_tuning.checkpoints import PermissionRetrieveResponse

from tests.support.clients import FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer, Reply

CONTENT = "The `.content()` method should be used instead"
PERMISSIONS = {"object": "list", "data": [{"id": "cp-1"}], "has_more": True, "last_id": "cp-1"}


def _client(server: LoopbackServer) -> OpenAI:
    return OpenAI(base_url=f"{server.url}/v1", api_key=FAKE_OPENAI_KEY, max_retries=0)


def test_retrieve_content_warns_and_reads_the_files_content_as_text(server: LoopbackServer) -> None:
    server.script(Reply(body="line one\n"), Reply(body="raw"), Reply(body="streamed"))
    with _client(server) as client, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = client.files.retrieve_content("file-1")
        raw = client.files.with_raw_response.retrieve_content("file-1").parse()
        with client.files.with_streaming_response.retrieve_content("file-1") as response:
            streamed = response.parse()
    assert (text, raw, streamed) == ("line one\n", "raw", "streamed")
    assert [(w.category, str(w.message)) for w in caught] == [(DeprecationWarning, CONTENT)] * 3
    assert Path(caught[0].filename).name == Path(__file__).name
    assert {r.path for r in server.requests} == {"/v1/files/file-1/content"}


def test_the_operations_own_method_does_not_warn(server: LoopbackServer) -> None:
    server.script(Reply(body=b"\x00bytes"))
    with _client(server) as client:
        assert client.files.content("file-1").content == b"\x00bytes"  # warnings are errors in this suite


def test_permissions_retrieve_answers_the_list_model_not_a_page(server: LoopbackServer) -> None:
    server.script(Reply(body=PERMISSIONS))
    with _client(server) as client, pytest.warns(DeprecationWarning, match="swap to the paginated list"):
        answer = client.fine_tuning.checkpoints.permissions.retrieve("ft:cp", limit=1)
    assert type(answer) is PermissionRetrieveResponse and answer.has_more
    assert len(server.requests) == 1 and server.requests[0].query == {"limit": ["1"]}


async def test_the_async_alias_warns_too(server: LoopbackServer) -> None:
    server.script(Reply(body="text"))
    async with AsyncOpenAI(base_url=f"{server.url}/v1", api_key=FAKE_OPENAI_KEY, max_retries=0) as client:
        with pytest.warns(DeprecationWarning, match="content") as caught:
            assert await client.files.retrieve_content("file-1") == "text"
    assert [Path(w.filename).name for w in caught] == [Path(__file__).name]
