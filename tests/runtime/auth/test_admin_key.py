"""openai-python's `admin_api_key`: the admin endpoints (`Operation.security` names the admin key) are sent
with it, every other operation with `api_key`; a call whose key is missing fails before anything is sent."""

from __future__ import annotations

import logging

import pytest
from openai_connector import AsyncOpenAI, AzureOpenAI, Client, ConfigurationError, OpenAI
from openai_connector.lib import AuthenticationError, Operation
from openai_connector.lib._constants import LOGGER_NAME
from openai_connector.lib._credentials import MissingCredentialError

from tests.support.clients import API_VERSION, FAKE_AZURE_KEY, FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer, Reply

# Not shaped like an OpenAI key, so only the client's own list of secrets can redact it.
ADMIN_KEY = "adminkey-" + "Q7" * 12
EXPLICIT = "explicit-" + "admin-key"
PROJECTS = {"object": "list", "data": [], "has_more": False}
MODELS = {"object": "list", "data": []}


def _client(server: LoopbackServer, **settings: object) -> OpenAI:
    return OpenAI(base_url=f"{server.url}/v1", max_retries=0, **settings)  # type: ignore[arg-type]


def _bearer(server: LoopbackServer, index: int) -> str:
    return server.requests[index].headers["authorization"]


def test_admin_operations_go_with_the_admin_key_and_the_others_with_the_api_key(server: LoopbackServer) -> None:
    server.script(Reply(body=PROJECTS), Reply(body=MODELS), Reply(body=PROJECTS))
    with _client(server, api_key=FAKE_OPENAI_KEY, admin_api_key=ADMIN_KEY, organization="org-1") as client:
        client.admin.organization.projects.list()
        client.models.list()
        client.admin.organization.projects.with_raw_response.list()
    admin, ordinary = f"Bearer {ADMIN_KEY}", f"Bearer {FAKE_OPENAI_KEY}"
    assert [_bearer(server, i) for i in range(3)] == [admin, ordinary, admin]
    assert server.requests[0].headers["openai-organization"] == "org-1"


async def test_the_async_client_picks_the_key_the_same_way(server: LoopbackServer) -> None:
    server.script(Reply(body=MODELS), Reply(body=PROJECTS))
    async with AsyncOpenAI(
        base_url=f"{server.url}/v1", api_key=FAKE_OPENAI_KEY, admin_api_key=ADMIN_KEY, max_retries=0
    ) as client:
        await client.models.list()
        await client.admin.organization.projects.list()
    assert [_bearer(server, 0), _bearer(server, 1)] == [f"Bearer {FAKE_OPENAI_KEY}", f"Bearer {ADMIN_KEY}"]


def test_an_admin_operation_without_an_admin_key_fails_before_sending(server: LoopbackServer) -> None:
    with _client(server, api_key=FAKE_OPENAI_KEY) as client, pytest.raises(MissingCredentialError) as info:
        client.admin.organization.projects.list()
    assert server.count == 0
    assert isinstance(info.value, TypeError) and isinstance(info.value, ConfigurationError)  # openai-python: TypeError
    message = str(info.value)
    assert message.startswith("Could not resolve authentication method")
    assert "list-projects (GET /organization/projects)" in message
    assert "admin_api_key=" in message and "OPENAI_ADMIN_KEY" in message


def test_an_admin_key_alone_serves_the_admin_operations_and_raw_requests_only(server: LoopbackServer) -> None:
    server.script(Reply(body=PROJECTS), Reply(body=MODELS))
    with _client(server, admin_api_key=ADMIN_KEY) as client:
        assert client.api_key is None and client.admin_api_key == ADMIN_KEY
        client.admin.organization.projects.list()
        client.request("GET", "/models")  # openai-python: the API key, else the admin key
        with pytest.raises(MissingCredentialError, match=r"listModels .* pass api_key=\.\.\. or set OPENAI_API_KEY"):
            client.models.list()
    assert server.count == 2
    assert _bearer(server, 0) == _bearer(server, 1) == f"Bearer {ADMIN_KEY}"


def test_an_operation_naming_no_openai_key_takes_the_api_key_else_the_admin_key(server: LoopbackServer) -> None:
    unsecured = Operation("openai", "listThings", "GET", "/things")
    server.script(Reply(body={}), Reply(body={}))
    with _client(server, api_key=FAKE_OPENAI_KEY, admin_api_key=ADMIN_KEY) as client:
        client.call(unsecured, cast_to=object)
    with _client(server, admin_api_key=ADMIN_KEY) as client:
        client.call(unsecured, cast_to=object)
    assert [_bearer(server, 0), _bearer(server, 1)] == [f"Bearer {FAKE_OPENAI_KEY}", f"Bearer {ADMIN_KEY}"]


def test_the_callers_own_authorization_header_goes_out_when_the_key_is_missing(server: LoopbackServer) -> None:
    server.script(Reply(status=401, body={"error": {"message": f"bad key {ADMIN_KEY}"}}), Reply(body=PROJECTS))
    with _client(server, api_key=FAKE_OPENAI_KEY) as client:
        own = {"Authorization": f"Bearer {ADMIN_KEY}"}
        with pytest.raises(AuthenticationError) as info:
            client.admin.organization.projects.list(extra_headers=own)
        client.admin.organization.projects.list(extra_headers=own)
    assert ADMIN_KEY not in str(info.value)  # a key given in a header is redacted like the client's own
    assert _bearer(server, 1) == f"Bearer {ADMIN_KEY}"
    assert all(FAKE_OPENAI_KEY not in r.headers["authorization"] for r in server.requests)


def test_no_key_at_all_names_both_settings() -> None:
    with pytest.raises(ConfigurationError, match=r"api_key=.*OPENAI_API_KEY.*admin_api_key=.*OPENAI_ADMIN_KEY"):
        OpenAI()


def test_the_environment_gives_the_admin_key(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer) -> None:
    monkeypatch.setenv("OPENAI_ADMIN_KEY", ADMIN_KEY)
    server.script(Reply(body=PROJECTS), Reply(body=PROJECTS))
    with _client(server) as client:  # the admin key alone is enough to build a client
        client.admin.organization.projects.list()
    with Client(base_url=f"{server.url}/v1", admin_api_key=EXPLICIT) as client:  # explicit wins
        assert client.admin_api_key == EXPLICIT
        client.admin.organization.projects.list()
    assert [_bearer(server, 0), _bearer(server, 1)] == [f"Bearer {ADMIN_KEY}", f"Bearer {EXPLICIT}"]


def test_azure_openai_never_takes_an_admin_key(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer) -> None:
    with pytest.raises(ConfigurationError, match=r"AzureOpenAI\(\) does not take admin_api_key"):
        AzureOpenAI(azure_endpoint=server.url, api_key=FAKE_AZURE_KEY, api_version=API_VERSION, admin_api_key="x" * 9)
    with pytest.raises(ConfigurationError, match="admin_api_key must not be given for Azure OpenAI"):
        Client(azure_endpoint=server.url, api_key=FAKE_AZURE_KEY, api_version=API_VERSION, admin_api_key="x" * 9)
    monkeypatch.setenv("OPENAI_ADMIN_KEY", ADMIN_KEY)  # another provider's variable: never read
    with AzureOpenAI(azure_endpoint=server.url, api_key=FAKE_AZURE_KEY, api_version=API_VERSION) as azure:
        assert azure.admin_api_key is None


def test_copy_and_with_options_keep_or_replace_the_admin_key(server: LoopbackServer) -> None:
    server.script(*(Reply(body=PROJECTS) for _ in range(3)))
    with _client(server, api_key=FAKE_OPENAI_KEY, admin_api_key=ADMIN_KEY) as client:
        client.with_options(timeout=5).admin.organization.projects.list()
        client.copy(admin_api_key=None, organization="org-2").admin.organization.projects.list()  # None keeps it
        client.with_options(admin_api_key=EXPLICIT).admin.organization.projects.list()
    assert [_bearer(server, i) for i in range(3)] == [f"Bearer {ADMIN_KEY}"] * 2 + [f"Bearer {EXPLICIT}"]


def test_a_malformed_admin_key_is_refused_naming_it() -> None:
    with pytest.raises(ConfigurationError, match="admin_api_key has a control character"):
        OpenAI(api_key=FAKE_OPENAI_KEY, admin_api_key="admin\nkey")


def test_the_admin_key_never_shows_in_reprs_errors_or_logs(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(Reply(status=403, body={"error": {"message": f"key {ADMIN_KEY} may not", "param": ADMIN_KEY}}))
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)
    with _client(server, api_key=FAKE_OPENAI_KEY, admin_api_key=ADMIN_KEY, log_level="DEBUG") as client:
        with pytest.raises(Exception) as info:
            client.admin.organization.projects.list()
        shown = [repr(client), repr(client.config), str(info.value), repr(info.value.body), caplog.text]  # type: ignore[attr-defined]
    assert "needs an organization admin API key" in str(info.value)
    assert caplog.text and f"Bearer {ADMIN_KEY}" == _bearer(server, 0)  # it was sent, and logged redacted
    assert all(ADMIN_KEY not in text for text in shown)
