"""Error types per status, request ids, Azure content-filter errors, bodies of the wrong shape."""

from __future__ import annotations

from typing import Any

import pytest
from openai_connector.lib import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    BaseModel,
    ConflictError,
    ContentFilterError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from openai_connector.lib._models import missing
from pydantic import Field

from tests.support.clients import (
    CHAT,
    FAKE_AZURE_KEY,
    FAKE_OPENAI_KEY,
    LIST_FILES,
    async_azure_client,
    azure_client,
    openai_client,
)
from tests.support.loopback import LoopbackServer, Reply


class FileList(BaseModel):
    """Shaped as the generator writes models: a required field the server leaves out reads as None."""

    object: str = Field(default_factory=missing)
    data: list[dict[str, Any]] = Field(default_factory=missing)


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_status_maps_to_error_type(server: LoopbackServer, status: int, error_type: type[APIStatusError]) -> None:
    body = {"error": {"message": "nope", "type": "invalid_request_error", "code": "bad_thing"}}
    server.script(Reply(status=status, body=body, headers={"x-request-id": "req_123"}))
    with openai_client(server, max_retries=0) as client, pytest.raises(APIStatusError) as info:
        client.call(LIST_FILES, cast_to=FileList)
    err = info.value
    assert type(err) is error_type
    assert err.status_code == status
    assert err.request_id == "req_123"
    assert err.body == body["error"]  # the `error` object, as openai-python's `body`
    assert (err.code, err.type, err.param) == ("bad_thing", "invalid_request_error", None)
    assert str(err) == f"Error code: {status} - nope (request id req_123)"


def test_azure_request_id_and_non_json_error_body(server: LoopbackServer) -> None:
    server.script(Reply(status=404, body="<html>gateway</html>", headers={"apim-request-id": "apim-1"}))
    with azure_client(server) as client, pytest.raises(NotFoundError) as info:
        client.call(LIST_FILES, cast_to=FileList)
    assert info.value.request_id == "apim-1"
    assert info.value.body == "<html>gateway</html>"


CF_RESULT = {
    "hate": {"filtered": True, "severity": "high"},
    "violence": {"filtered": False, "severity": "safe"},
}


@pytest.mark.parametrize(
    "error",
    [
        {
            "message": "filtered",
            "code": "content_filter",
            "status": 400,
            "innererror": {"code": "ResponsibleAIPolicyViolation", "content_filter_result": CF_RESULT},
        },
        {"message": "filtered", "code": "content_filter", "inner_error": {"content_filter_results": CF_RESULT}},
        {"message": "filtered", "code": "content_filter", "content_filter_result": CF_RESULT},
    ],
)
def test_azure_content_filter_error(server: LoopbackServer, error: dict[str, object]) -> None:
    server.script(Reply(status=400, body={"error": error}))
    with azure_client(server) as client, pytest.raises(ContentFilterError) as info:
        client.call(CHAT, body={"model": "dep"}, cast_to=FileList)
    assert isinstance(info.value, BadRequestError)
    assert info.value.content_filter_result == CF_RESULT
    assert info.value.filtered_categories == ["hate"]


async def test_plain_400_is_not_a_content_filter_error(server: LoopbackServer) -> None:
    server.script(Reply(status=400, body={"error": {"message": "bad", "code": "invalid_value"}}))
    async with async_azure_client(server) as client:
        with pytest.raises(BadRequestError) as info:
            await client.call(LIST_FILES, cast_to=FileList)
    assert not isinstance(info.value, ContentFilterError)


def test_invalid_json_body(server: LoopbackServer) -> None:
    server.script(Reply(status=200, body=b"{not json", headers={"Content-Type": "application/json"}))
    with openai_client(server) as client, pytest.raises(APIResponseValidationError, match="not valid JSON") as info:
        client.call(LIST_FILES, cast_to=FileList)
    assert info.value.status_code == 200


def test_wrong_shape_body(server: LoopbackServer) -> None:
    # Models read tolerantly (a field in an unexpected form is kept as sent), but an answer with
    # none of the model's fields, or not an object at all, is the wrong shape.
    server.script(Reply(body={"unexpected": True}), Reply(body=[1, 2, 3]))
    with openai_client(server) as client:
        with pytest.raises(APIResponseValidationError, match="expected shape") as info:
            client.call(LIST_FILES, cast_to=FileList)
        assert info.value.status_code == 200
        with pytest.raises(APIResponseValidationError, match="expected shape"):
            client.call(LIST_FILES, cast_to=FileList)


def test_drifted_fields_are_kept_as_sent(server: LoopbackServer) -> None:
    server.script(Reply(body={"object": "list", "data": "not-a-list"}))
    with openai_client(server) as client:
        result = client.call(LIST_FILES, cast_to=FileList)
    assert result.data == "not-a-list"


def test_secrets_are_scrubbed_from_error_text(server: LoopbackServer) -> None:
    echoed = {"error": {"message": f"Incorrect API key provided: {FAKE_OPENAI_KEY[:8]}***{FAKE_OPENAI_KEY[-4:]}"}}
    server.script(
        Reply(status=401, body=echoed), Reply(status=401, body={"error": {"message": f"key {FAKE_AZURE_KEY}"}})
    )
    with openai_client(server) as client, pytest.raises(AuthenticationError) as info:
        client.call(LIST_FILES, cast_to=FileList)
    assert FAKE_OPENAI_KEY[:8] not in str(info.value) and "sk-<redacted>" in str(info.value)
    with azure_client(server) as client, pytest.raises(AuthenticationError) as info2:
        client.call(LIST_FILES, cast_to=FileList)
    assert FAKE_AZURE_KEY not in str(info2.value)
    assert server.url.split("//")[1] not in str(info2.value)
