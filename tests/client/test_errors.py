# Re-record: `make record` (TARGET=reference|prism|live; live skips the fault-injected 429), or alone:
# OPENAI_CONNECTOR_RECORD_TARGET=reference pytest tests/client/test_errors.py --record-mode=rewrite
"""Error answers as recorded: 401, 404, 429 then success (a retry), Azure's content-filter 400.

The 429 comes from the reference server's fault injection; the content-filter 400 and Azure's
content-filter annotations on a success come from the scriptable loopback server (no server built
from the spec can be asked for them).
"""

from __future__ import annotations

from typing import Any

import pytest
from openai_connector import AsyncClient, Client
from openai_connector.lib import AuthenticationError, ContentFilterError, NotFoundError, ResponseInfo

from tests.client.conftest import API_VERSION, DEPLOYMENT, Endpoints, Scripted, skip_unless_local
from tests.support.clients import FAKE_AZURE_KEY
from tests.support.loopback import Reply

pytestmark = pytest.mark.vcr

HELLO: list[Any] = [{"role": "user", "content": "Hello!"}]
FILTERED: dict[str, Any] = {
    "error": {
        "message": "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
        "type": "invalid_request_error",
        "param": "prompt",
        "code": "content_filter",
        "status": 400,
        "innererror": {
            "code": "ResponsibleAIPolicyViolation",
            "content_filter_result": {
                "hate": {"filtered": False, "severity": "safe"},
                "jailbreak": {"filtered": False, "detected": False},
                "self_harm": {"filtered": False, "severity": "safe"},
                "sexual": {"filtered": False, "severity": "safe"},
                "violence": {"filtered": True, "severity": "medium"},
            },
        },
    }
}
SAFE = {"filtered": False, "severity": "safe"}
ANNOTATED: dict[str, Any] = {
    "id": "chatcmpl-AZURE1",
    "object": "chat.completion",
    "created": 1700000000,
    "model": "gpt-4o-mini",
    "prompt_filter_results": [
        {
            "prompt_index": 0,
            "content_filter_results": {"hate": SAFE, "self_harm": SAFE, "sexual": SAFE, "violence": SAFE},
        }
    ],
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "logprobs": None,
            "message": {"role": "assistant", "content": "Hello! How can I help?", "refusal": None},
            "content_filter_results": {"hate": SAFE, "self_harm": SAFE, "sexual": SAFE, "violence": SAFE},
        }
    ],
    "usage": {"prompt_tokens": 9, "completion_tokens": 6, "total_tokens": 15},
}


def scripted_azure(scripted: Scripted, *, is_async: bool = False) -> Any:
    cls = AsyncClient if is_async else Client
    return cls(
        api_key=FAKE_AZURE_KEY, is_openai_key=False, azure_endpoint=scripted.url, api_version=API_VERSION, max_retries=0
    )


def test_401_bad_key(endpoints: Endpoints) -> None:
    with (
        Client(api_key="sk-test-FAKEKEY0000000000000000000000000000", base_url=endpoints.openai_base_url) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        # A wrong key: the real API answers 401 by itself; the reference server is asked for it.
        client.with_options(max_retries=0).models.list(extra_headers={"x-mock-status": "401"})
    assert caught.value.status_code == 401


def test_404_unknown_model(openai: Client) -> None:
    with pytest.raises(NotFoundError) as caught:
        openai.with_options(max_retries=0).models.retrieve("does-not-exist", extra_headers={"x-mock-status": "404"})
    assert caught.value.status_code == 404


def test_429_then_success(openai: Client, endpoints: Endpoints) -> None:
    skip_unless_local(endpoints, "needs the reference server's fault injection")
    seen: list[ResponseInfo] = []
    reply = openai.with_options(on_response=seen.append).chat.completions.create(
        model="gpt-4o-mini",
        messages=HELLO,
        extra_headers={"x-mock-status": "429", "x-mock-retry-after-ms": "10", "x-mock-fault-id": "cassette-429"},
    )
    assert reply.choices
    assert seen[-1].retries_taken == 1


def test_azure_content_filter_400(scripted: Scripted) -> None:
    scripted.script(Reply(status=400, body=FILTERED, headers={"x-request-id": "req_filtered"}))
    with scripted_azure(scripted) as client, pytest.raises(ContentFilterError) as caught:
        client.azure.chat.completions.create(deployment_id=DEPLOYMENT, messages=HELLO)
    assert caught.value.content_filter_result["violence"] == {"filtered": True, "severity": "medium"}


async def test_azure_content_filter_400_async(scripted: Scripted) -> None:
    scripted.script(Reply(status=400, body=FILTERED))
    async with scripted_azure(scripted, is_async=True) as client:
        with pytest.raises(ContentFilterError):
            await client.azure.chat.completions.create(deployment_id=DEPLOYMENT, messages=HELLO)


def test_azure_content_filter_annotations(scripted: Scripted) -> None:
    """A success with Azure's `prompt_filter_results` and per-choice `content_filter_results`."""
    scripted.script(Reply(body=ANNOTATED))
    with scripted_azure(scripted) as client:
        reply = client.azure.chat.completions.create(deployment_id=DEPLOYMENT, messages=HELLO)
    results = reply.choices[0].content_filter_results
    assert results is not None
    assert reply.prompt_filter_results
