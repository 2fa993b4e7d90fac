"""Code written for openai-python runs after swapping the import: client classes and their environment,
`copy` / `with_options`, pages, `to_dict` / `to_json`, and the exception names and attributes."""

from __future__ import annotations

import json
from typing import Any

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
    AsyncAzureOpenAI,
    AsyncOpenAI,
    AuthenticationError,
    AzureOpenAI,
    BadRequestError,
    Client,
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

from tests.support.clients import API_VERSION, FAKE_AZURE_KEY, FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer, Reply

OTHER_KEY = "sk-test-" + "OTHER" + "0" * 24  # built here: no key-shaped literal in a tracked file
MODELS = {"object": "list", "data": [{"id": "m1", "object": "model"}, {"id": "m2", "object": "model"}]}


def _files(ids: list[str], has_more: bool, **extra: object) -> Reply:
    return Reply(
        body={"object": "list", "data": [{"id": i, "object": "file"} for i in ids], "has_more": has_more, **extra}
    )


def _openai_env(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_OPENAI_KEY)
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-env")
    monkeypatch.setenv("OPENAI_BASE_URL", f"{server.url}/v1")


def _azure_env(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer) -> None:
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", FAKE_AZURE_KEY)
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", server.url)
    monkeypatch.setenv("OPENAI_API_VERSION", API_VERSION)


# -- client classes and the environment -------------------------------------------------------------


def test_openai_reads_only_openai_variables(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer) -> None:
    _openai_env(monkeypatch, server)
    _azure_env(monkeypatch, server)  # set too: never read by OpenAI()
    server.script(Reply(body=MODELS))
    with OpenAI() as client:
        assert client.config.provider == "openai"
        client.models.list()
    sent = server.requests[0]
    assert sent.path == "/v1/models"
    assert sent.headers["authorization"] == f"Bearer {FAKE_OPENAI_KEY}"
    assert (sent.headers["openai-organization"], sent.headers["openai-project"]) == ("org-env", "proj-env")
    assert "api-key" not in sent.headers


def test_azure_openai_reads_only_azure_variables(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer) -> None:
    _openai_env(monkeypatch, server)
    _azure_env(monkeypatch, server)
    server.script(Reply(body=MODELS))
    with AzureOpenAI() as client:
        assert client.config.provider == "azure"
        client.models.list()
    sent = server.requests[0]
    assert sent.path == "/openai/models" and sent.query["api-version"] == [API_VERSION]
    assert sent.headers["api-key"] == FAKE_AZURE_KEY
    assert "authorization" not in sent.headers and "openai-organization" not in sent.headers


def test_azure_openai_never_takes_the_openai_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_OPENAI_KEY)
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://r.openai.azure.com")
    with pytest.raises(ConfigurationError, match="No credentials for Azure OpenAI") as info:
        AzureOpenAI(api_version=API_VERSION)
    assert FAKE_OPENAI_KEY not in str(info.value)


@pytest.mark.parametrize(
    ("cls", "kwargs", "named"),
    [
        (OpenAI, {"azure_endpoint": "https://r.openai.azure.com"}, "azure_endpoint"),
        (AsyncOpenAI, {"api_version": API_VERSION}, "api_version"),
        (AzureOpenAI, {"organization": "org-1"}, "organization"),
        (AsyncAzureOpenAI, {"base_url": "http://x/v1"}, "base_url"),
        (OpenAI, {"is_openai_key": False}, "is_openai_key"),
    ],
)
def test_a_setting_of_the_other_provider_is_refused(cls: Any, kwargs: dict[str, Any], named: str) -> None:
    with pytest.raises(ConfigurationError, match=f"does not take {named}"):
        cls(api_key=FAKE_OPENAI_KEY, **kwargs)


def test_client_reads_the_environment(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer) -> None:
    _openai_env(monkeypatch, server)
    server.script(Reply(body=MODELS))
    with Client() as client:
        client.models.list()
    assert server.requests[0].headers["authorization"] == f"Bearer {FAKE_OPENAI_KEY}"


def test_client_with_an_explicit_key_never_goes_to_an_endpoint_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, server: LoopbackServer
) -> None:
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://elsewhere.openai.azure.com")
    monkeypatch.setenv("OPENAI_API_VERSION", API_VERSION)
    monkeypatch.setenv("OPENAI_BASE_URL", f"{server.url}/v1")
    server.script(Reply(body=MODELS))
    with Client(FAKE_OPENAI_KEY) as client:
        assert client.config.provider == "openai"
        client.models.list()
    assert server.requests[0].headers["authorization"] == f"Bearer {FAKE_OPENAI_KEY}"
    # without a key, the environment's Azure endpoint chooses Azure OpenAI (as from_env does)
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", FAKE_AZURE_KEY)
    assert Client().config.provider == "azure"


def test_client_without_a_key_says_what_to_set() -> None:
    with pytest.raises(ConfigurationError, match="OPENAI_API_KEY") as info:
        OpenAI()
    assert isinstance(info.value, OpenAIError)


async def test_async_classes_and_context_managers(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer) -> None:
    _azure_env(monkeypatch, server)
    server.script(Reply(body=MODELS), Reply(body=MODELS))
    async with AsyncAzureOpenAI() as azure:
        await azure.models.list()
    assert azure.is_closed()
    async with AsyncOpenAI(api_key=FAKE_OPENAI_KEY, base_url=f"{server.url}/v1") as client:
        assert not client.is_closed()
        await client.models.list()
    assert client.is_closed()
    assert [r.path for r in server.requests] == ["/openai/models", "/v1/models"]


def test_a_given_http_client_is_not_closed_and_keeps_its_timeout(server: LoopbackServer) -> None:
    http = httpx2.Client(timeout=7.5)
    with OpenAI(api_key=FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", http_client=http) as client:
        assert client.timeout == httpx2.Timeout(7.5)
        assert OpenAI(api_key=FAKE_OPENAI_KEY, http_client=http, timeout=3).timeout == httpx2.Timeout(3)
    assert client.is_closed() is False
    http.close()
    assert client.is_closed()


# -- copy / with_options ------------------------------------------------------------------------------


def test_copy_takes_every_setting_and_leaves_the_original(server: LoopbackServer) -> None:
    server.script(*(Reply(body=MODELS) for _ in range(3)))
    with OpenAI(
        api_key=FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", default_headers={"X-A": "1"}, default_query={"q": "1"}
    ) as client:
        other = client.copy(
            api_key=OTHER_KEY,
            organization="org-2",
            default_headers={"X-B": "2"},
            default_query={"r": "2"},
            max_retries=0,
        )
        replaced = client.with_options(set_default_headers={"X-C": "3"})
        other.models.list()
        replaced.models.list()
        client.models.list()
        assert (other.max_retries, client.max_retries) == (0, 2)
        assert other.timeout == client.timeout  # its own default, not the shared pool's
        other.close()
        assert not client.is_closed()  # the copy shares the pool, and does not own it
    first, second, third = server.requests
    assert first.headers["authorization"] == f"Bearer {OTHER_KEY}"
    assert (first.headers["x-a"], first.headers["x-b"], first.headers["openai-organization"]) == ("1", "2", "org-2")
    assert first.query == {"q": ["1"], "r": ["2"]}
    assert "x-a" not in second.headers and second.headers["x-c"] == "3"
    assert third.headers["authorization"] == f"Bearer {FAKE_OPENAI_KEY}" and "openai-organization" not in third.headers
    with pytest.raises(ValueError, match="only one of default_headers and set_default_headers"):
        client.copy(default_headers={"a": "1"}, set_default_headers={"b": "2"})


async def test_with_options_per_call_options_async(server: LoopbackServer) -> None:
    server.script(Reply(status=500, body={}), Reply(body=MODELS))
    async with AsyncOpenAI(api_key=FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", max_retries=0) as client:
        derived = client.with_options(max_retries=1, retry_delay=0.01, timeout=9)
        assert derived.timeout == httpx2.Timeout(9) and client.timeout != httpx2.Timeout(9)
        page = await derived.models.list()
    assert [m.id for m in page.data] == ["m1", "m2"]
    assert server.count == 2


def test_setting_base_url_takes_effect(server: LoopbackServer) -> None:
    with LoopbackServer() as second:
        server.script(Reply(body=MODELS))
        second.script(Reply(body=MODELS))
        with OpenAI(api_key=FAKE_OPENAI_KEY, base_url=f"{server.url}/v1") as client:
            client.models.list()
            client.base_url = f"{second.url}/v2"
            assert client.base_url == httpx2.URL(f"{second.url}/v2/")
            client.models.list()
        assert second.requests[0].path == "/v2/models"
    assert server.count == 1


def test_per_call_query_replaces_the_default_and_a_path_query_is_sent(server: LoopbackServer) -> None:
    server.script(_files([], False), Reply(body={}))
    with OpenAI(api_key=FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", default_query={"limit": "5", "k": "d"}) as c:
        c.files.list(limit=10, extra_query={"k": "call"})
        c.request("GET", "/responses/r1?beta=true", params={"x": "1"})
    listed, raw = server.requests
    assert listed.query == {"limit": ["10"], "k": ["call"]}
    assert raw.path == "/v1/responses/r1" and raw.query == {"beta": ["true"], "limit": ["5"], "k": ["d"], "x": ["1"]}


# -- pages ----------------------------------------------------------------------------------------------


def test_iterating_a_list_yields_items(server: LoopbackServer) -> None:
    server.script(Reply(body=MODELS), _files(["f1", "f2"], True), _files(["f3"], False))
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
        Reply(body=MODELS), _files(["f1"], True, last_id="f1"), _files(["f2"], False, last_id="f2"), _files([], False)
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
