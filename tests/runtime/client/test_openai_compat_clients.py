"""Code written for openai-python runs after swapping the import: the client classes and the environment
they read, and `copy` / `with_options`."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest
from openai_connector import (
    AsyncAzureOpenAI,
    AsyncOpenAI,
    AzureOpenAI,
    Client,
    ConfigurationError,
    OpenAI,
    OpenAIError,
)

from tests.runtime.client._compat import MODELS, files_page
from tests.support.clients import API_VERSION, FAKE_AZURE_KEY, FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer, Reply

OTHER_KEY = "sk-test-" + "OTHER" + "0" * 24  # built here: no key-shaped literal in a tracked file


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
    server.script(files_page([], False), Reply(body={}))
    with OpenAI(api_key=FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", default_query={"limit": "5", "k": "d"}) as c:
        c.files.list(limit=10, extra_query={"k": "call"})
        c.request("GET", "/responses/r1?beta=true", params={"x": "1"})
    listed, raw = server.requests
    assert listed.query == {"limit": ["10"], "k": ["call"]}
    assert raw.path == "/v1/responses/r1" and raw.query == {"beta": ["true"], "limit": ["5"], "k": ["d"], "x": ["1"]}
