"""Code written for openai-python runs after swapping the import: pages, `to_dict` / `to_json`, the
exception names and attributes, and the package's exported names."""

from __future__ import annotations

import json

import httpx2
import openai_connector
import pydantic
import pytest
from openai_connector import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncOpenAI,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    OpenAI,
    OpenAIError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from openai_connector.lib import BaseModel
from openai_connector.pagination import (
    AsyncConversationCursorPage,
    AsyncCursorPage,
    AsyncPage,
    SyncConversationCursorPage,
    SyncCursorPage,
    SyncPage,
)

from tests.runtime.client._compat import MODELS, files_page
from tests.support.clients import FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer, Reply

# -- pages ----------------------------------------------------------------------------------------------


def test_iterating_a_list_yields_items(server: LoopbackServer) -> None:
    server.script(Reply(body=MODELS), files_page(["f1", "f2"], True), files_page(["f3"], False))
    with OpenAI(api_key=FAKE_OPENAI_KEY, base_url=f"{server.url}/v1") as client:
        models = client.models.list()
        assert isinstance(models, SyncPage)
        assert [m.id for m in models] == ["m1", "m2"] and models.object == "list"
        assert not models.has_next_page() and models.next_page_info() is None
        files = client.files.list()
        assert isinstance(files, SyncCursorPage) and [f.id for f in files.data] == ["f1", "f2"]
        info = files.next_page_info()
        assert info is not None and info.params == {"after": "f2"}
        assert [f.id for f in files] == ["f1", "f2", "f3"]
        data = models.to_dict()["data"]
        assert isinstance(data, list) and data[0] == {"id": "m1", "object": "model"}
    assert server.requests[2].query == {"after": ["f2"]}


async def test_async_for_over_a_list_without_await(server: LoopbackServer) -> None:
    server.script(
        Reply(body=MODELS),
        files_page(["f1"], True, last_id="f1"),
        files_page(["f2"], False, last_id="f2"),
        files_page([], False),
    )
    async with AsyncOpenAI(api_key=FAKE_OPENAI_KEY, base_url=f"{server.url}/v1") as client:
        assert [m.id async for m in client.models.list()] == ["m1", "m2"]
        assert [f.id async for f in client.files.list()] == ["f1", "f2"]
        page = await client.files.list()
        assert isinstance(page, AsyncCursorPage) and not page.has_next_page()
    assert server.requests[2].query == {"after": ["f1"]}


def test_the_page_class_is_the_operation_s() -> None:
    from openai_connector.lib._pagination import AsyncNextCursorPage, SyncNextCursorPage, make_page

    class Item(BaseModel):
        id: str

    class WithNext(BaseModel):
        object: str
        data: list[Item]
        has_more: bool
        next: str | None = None

    answer = WithNext(object="list", data=[Item(id="r1")], has_more=True, next="cursor-2")
    fetched: list[str] = []
    page = make_page(answer, {"page": "next"}, "after", Item, fetched.append, sync=True)
    assert type(page) is SyncNextCursorPage[Item] and page.model is answer
    info = page.next_page_info()
    assert info is not None
    assert (page.next, page.object, info.params) == ("cursor-2", "list", {"after": "cursor-2"})
    page.get_next_page()
    assert fetched == ["cursor-2"]  # the answer's `next`, not the last item's id
    assert page.to_dict() == {"object": "list", "data": [{"id": "r1"}], "has_more": True, "next": "cursor-2"}
    kinds = {
        ("conversation", True): SyncConversationCursorPage,
        ("conversation", False): AsyncConversationCursorPage,
        ("next", False): AsyncNextCursorPage,
        ("cursor", True): SyncCursorPage,
    }
    for (kind, sync), cls in kinds.items():
        assert type(make_page(answer, {"page": kind}, "after", None, fetched.append, sync=sync)) is cls
    assert type(make_page(answer, {"page": "cursor"}, None, None, fetched.append, sync=False)) is AsyncPage


# -- models -----------------------------------------------------------------------------------------------


class _Item(BaseModel):
    item_id: str = pydantic.Field(alias="itemId")
    note: str | None = None
    count: int = 0


def test_to_dict_and_to_json_options() -> None:
    item = _Item.model_validate({"itemId": "a", "note": None})
    assert item.to_dict() == {"itemId": "a", "note": None}
    assert item.to_dict(use_api_names=False) == {"item_id": "a", "note": None}
    assert item.to_dict(exclude_none=True) == {"itemId": "a"}
    assert item.to_dict(exclude_unset=False) == {"itemId": "a", "note": None, "count": 0}
    assert item.to_dict(exclude_unset=False, exclude_defaults=True) == {"itemId": "a"}
    assert item.to_json() == json.dumps({"itemId": "a", "note": None}, indent=2)
    assert item.to_json(indent=None) == '{"itemId":"a","note":null}'
    assert _Item.model_validate(item.model_dump()) == item
    assert _Item.model_validate(item.to_dict(mode="json")) == item


# -- errors -----------------------------------------------------------------------------------------------


def test_exception_hierarchy() -> None:
    for status_error in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
        InternalServerError,
    ):
        assert issubclass(status_error, APIStatusError)
    assert issubclass(APITimeoutError, APIConnectionError)
    for error in (APIStatusError, APIConnectionError, APIResponseValidationError):
        assert issubclass(error, APIError)
    for base_error in (APIError, ConfigurationError, InvalidRequestError):
        assert issubclass(base_error, OpenAIError)


def test_openai_python_constructors() -> None:
    request = httpx2.Request("GET", "https://api.openai.com/v1/models")
    response = httpx2.Response(502, request=request)
    assert APITimeoutError(request).request is request
    assert APIConnectionError(request=request).message == "Connection error."
    invalid = APIResponseValidationError(response, {"x": 1})
    assert (invalid.status_code, invalid.body, invalid.response) == (502, {"x": 1}, response)
    error = APIError("boom", request, body={"code": "c", "param": "p", "type": "t"})
    assert (error.code, error.param, error.type, error.message) == ("c", "p", "t", "boom")


async def test_status_error_attributes_sync_and_async(server: LoopbackServer) -> None:
    body = {"error": {"message": f"bad key {FAKE_OPENAI_KEY}", "type": "invalid_request_error", "param": "model"}}
    server.script(Reply(status=409, body=body, headers={"x-request-id": "req_1"}), Reply(status=409, body=body))
    with OpenAI(api_key=FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", max_retries=0) as client:
        with pytest.raises(ConflictError) as info:
            client.models.list()
    async with AsyncOpenAI(api_key=FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", max_retries=0) as aclient:
        with pytest.raises(ConflictError) as ainfo:
            await aclient.models.list()
    for err in (info.value, ainfo.value):
        assert (err.status_code, err.type, err.param, err.code) == (409, "invalid_request_error", "model", None)
        assert isinstance(err.response, httpx2.Response) and isinstance(err.body, dict)
        assert FAKE_OPENAI_KEY not in err.message and FAKE_OPENAI_KEY not in json.dumps(err.body)
    assert info.value.request_id == "req_1"


# -- the package's names ----------------------------------------------------------------------------------


def test_every_exported_name_imports_and_all_is_sorted() -> None:
    names = openai_connector.__all__
    assert names == sorted(names, key=lambda n: (not n.isupper(), n))
    assert set(names) == set(openai_connector._MODULE_OF)
    for name in names:
        assert getattr(openai_connector, name) is not None
    assert sorted(dir(openai_connector)) == sorted(names)
    for name in ("OpenAI", "AsyncOpenAI", "AzureOpenAI", "AsyncAzureOpenAI", "OpenAIError"):
        assert name in names


def test_openai_pythons_strict_response_validation_argument(server: LoopbackServer) -> None:
    model = {"id": "m1", "object": "model", "created": 1, "owned_by": "me"}
    odd = [
        {"object": "model", "created": 1, "owned_by": "me"},  # a required field (`id`) left out
        {**model, "created": "yesterday"},  # a field in a form its type does not take
        {**model, "object": "mystery"},  # an unknown value where the spec lists one
    ]
    for body in odd:
        server.script(Reply(body=body), Reply(body=body))
        with OpenAI(api_key=FAKE_OPENAI_KEY, base_url=server.url, _strict_response_validation=False) as loose:
            assert loose.models.retrieve("m1").owned_by == "me"  # tolerant reading, this client's default
        with OpenAI(api_key=FAKE_OPENAI_KEY, base_url=server.url, _strict_response_validation=True) as strict:
            with pytest.raises(APIResponseValidationError, match="status 200"):
                strict.models.retrieve("m1")
    server.script(Reply(body=model), Reply(body=odd[0]))
    with OpenAI(api_key=FAKE_OPENAI_KEY, base_url=server.url, _strict_response_validation=True) as strict:
        assert strict.models.retrieve("m1").id == "m1"
        with pytest.raises(APIResponseValidationError, match="lacks the required field id"):
            strict.with_options(max_retries=0).models.retrieve("m1")  # a derived client keeps the setting
