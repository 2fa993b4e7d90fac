"""The `Auth` schemes of `lib.auth`, and the cached credential scheme (a fake credential and a fake clock)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping
from typing import Any, NamedTuple

import pytest
from openai_connector.lib import AsyncAPIClient, BaseModel, ConfigurationError, SyncAPIClient
from openai_connector.lib._flow import Call, Flow
from openai_connector.lib.auth import (
    AZURE_COGNITIVE_SERVICES_SCOPE,
    Auth,
    AzureKeyAuth,
    BearerKeyAuth,
    EntraTokenAuth,
    EntraTokenProviderAuth,
    TokenCredentialAuth,
)

from tests.support.clients import API_VERSION, LIST_FILES, async_azure_client, azure_client
from tests.support.loopback import LoopbackServer, Reply


class Anything(BaseModel):
    pass


class AccessToken(NamedTuple):
    """The shape azure-core's `AccessToken` has: the token and when it expires (seconds since the epoch)."""

    token: str
    expires_on: int


class FakeClock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class FakeCredential:
    """Hands out `token-1`, `token-2`, ... each valid for `lifetime` seconds from the fake clock's now."""

    def __init__(self, clock: FakeClock, lifetime: int = 3600) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self.scopes: list[tuple[str, ...]] = []

    def get_token(self, *scopes: str) -> AccessToken:
        self.scopes.append(scopes)
        return AccessToken(f"token-{len(self.scopes)}", int(self.clock.now) + self.lifetime)


class AsyncFakeCredential(FakeCredential):
    """The `azure.identity.aio` shape: `get_token` is a coroutine function."""

    async def get_token(self, *scopes: str) -> AccessToken:  # type: ignore[override]
        await asyncio.sleep(0)
        return super().get_token(*scopes)


def headers_of(auth: Auth) -> Mapping[str, str]:
    """Drive `auth.auth_flow()` by hand, answering each `Call` effect by calling its function."""
    flow: Flow[Mapping[str, str]] = auth.auth_flow()
    outcome: Any = None
    try:
        while True:
            effect = flow.send(outcome)
            assert isinstance(effect, Call)
            outcome = effect.func()
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


def test_static_schemes_send_their_headers() -> None:
    assert headers_of(BearerKeyAuth("sk-a", organization="org-1", project="proj-1")) == {
        "Authorization": "Bearer sk-a",
        "OpenAI-Organization": "org-1",
        "OpenAI-Project": "proj-1",
    }
    assert headers_of(BearerKeyAuth("sk-a")) == {"Authorization": "Bearer sk-a"}
    assert headers_of(AzureKeyAuth("k" * 32)) == {"api-key": "k" * 32}
    assert headers_of(EntraTokenAuth("eyJ.t")) == {"Authorization": "Bearer eyJ.t"}


def test_token_provider_is_asked_through_a_call_effect_every_time() -> None:
    tokens = iter(["p-1", "p-2"])
    auth = EntraTokenProviderAuth(lambda: next(tokens))
    assert headers_of(auth) == {"Authorization": "Bearer p-1"}
    assert headers_of(auth) == {"Authorization": "Bearer p-2"}
    assert not auth.needs_async


def test_token_provider_returning_no_str_is_a_clear_error() -> None:
    with pytest.raises(ConfigurationError, match="must return the token as a str"):
        headers_of(EntraTokenProviderAuth(lambda: 42))  # type: ignore[arg-type]


def test_reprs_never_show_the_secret() -> None:
    for auth in (BearerKeyAuth("sk-secret-123"), AzureKeyAuth("secret-key"), EntraTokenAuth("secret-token")):
        assert "secret" not in repr(auth)


# -- TokenCredentialAuth: cached, refreshed before expiry ------------------------------------------------


def test_credential_token_is_cached_until_the_refresh_margin() -> None:
    clock = FakeClock()
    credential = FakeCredential(clock, lifetime=3600)
    auth = TokenCredentialAuth(credential, refresh_margin=300, clock=clock)
    assert headers_of(auth) == {"Authorization": "Bearer token-1"}
    clock.now += 3600 - 301  # one second before the margin: still the cached token
    assert headers_of(auth) == {"Authorization": "Bearer token-1"}
    assert len(credential.scopes) == 1
    clock.now += 1  # within `refresh_margin` of expiry: refreshed
    assert headers_of(auth) == {"Authorization": "Bearer token-2"}
    clock.now += 10
    assert headers_of(auth) == {"Authorization": "Bearer token-2"}
    assert credential.scopes == [(AZURE_COGNITIVE_SERVICES_SCOPE,), (AZURE_COGNITIVE_SERVICES_SCOPE,)]


def test_credential_is_asked_for_the_given_scope() -> None:
    clock = FakeClock()
    credential = FakeCredential(clock)
    headers_of(TokenCredentialAuth(credential, "api://my-app/.default", clock=clock))
    assert credential.scopes == [("api://my-app/.default",)]


def test_an_expired_token_is_never_sent() -> None:
    clock = FakeClock()
    credential = FakeCredential(clock, lifetime=60)  # shorter than the margin: every call refreshes
    auth = TokenCredentialAuth(credential, refresh_margin=300, clock=clock)
    assert [headers_of(auth)["Authorization"] for _ in range(3)] == [
        "Bearer token-1",
        "Bearer token-2",
        "Bearer token-3",
    ]


@pytest.mark.parametrize(
    "answer",
    [None, AccessToken("", 5), ("tok", 5), AccessToken("tok", "soon")],  # type: ignore[arg-type]
    ids=["none", "empty-token", "tuple", "expiry-not-a-number"],
)
def test_a_malformed_credential_answer_is_a_clear_error(answer: object) -> None:
    class Odd:
        def get_token(self, *scopes: str) -> object:
            return answer

    with pytest.raises(ConfigurationError, match=r"get_token must return \.token"):
        headers_of(TokenCredentialAuth(Odd(), clock=FakeClock()))


def test_bad_arguments_are_refused_when_built() -> None:
    with pytest.raises(ConfigurationError, match="get_token"):
        TokenCredentialAuth(object())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="refresh_margin"):
        TokenCredentialAuth(FakeCredential(FakeClock()), refresh_margin=-1)


def test_sync_client_sends_the_cached_token_across_retries_and_refreshes_it(server: LoopbackServer) -> None:
    clock = FakeClock()
    credential = FakeCredential(clock, lifetime=3600)
    server.script(Reply(status=500, body={}), Reply(body={}), Reply(body={}), Reply(body={}))
    with azure_client(server, auth=TokenCredentialAuth(credential, clock=clock)) as client:
        client.call(LIST_FILES, cast_to=Anything)  # a retry, same token
        client.call(LIST_FILES, cast_to=Anything)
        clock.now += 3600
        client.call(LIST_FILES, cast_to=Anything)
        assert "TokenCredentialAuth" in repr(client) and "token-" not in repr(client)
    sent = [r.headers["authorization"] for r in server.requests]
    assert sent == ["Bearer token-1", "Bearer token-1", "Bearer token-1", "Bearer token-2"]
    assert all("api-key" not in r.headers for r in server.requests)


async def test_async_client_awaits_an_async_credential(server: LoopbackServer) -> None:
    clock = FakeClock()
    credential = AsyncFakeCredential(clock)
    server.script(Reply(body={}), Reply(body={}))
    async with async_azure_client(server, auth=TokenCredentialAuth(credential, clock=clock)) as client:
        await client.call(LIST_FILES, cast_to=Anything)
        await client.call(LIST_FILES, cast_to=Anything)
    assert [r.headers["authorization"] for r in server.requests] == ["Bearer token-1", "Bearer token-1"]
    assert len(credential.scopes) == 1


async def test_async_client_runs_a_sync_credential_off_the_event_loop(server: LoopbackServer) -> None:
    seen: list[int] = []

    class Blocking(FakeCredential):
        def get_token(self, *scopes: str) -> AccessToken:
            seen.append(threading.get_ident())
            return super().get_token(*scopes)

    server.script(Reply(body={}))
    clock = FakeClock()
    async with async_azure_client(server, auth=TokenCredentialAuth(Blocking(clock), clock=clock)) as client:
        await client.call(LIST_FILES, cast_to=Anything)
    assert seen and threading.get_ident() not in seen
    assert server.requests[0].headers["authorization"] == "Bearer token-1"


def test_sync_client_refuses_an_async_credential_before_sending() -> None:
    auth = TokenCredentialAuth(AsyncFakeCredential(FakeClock()))
    with pytest.raises(ConfigurationError, match="auth=TokenCredentialAuth is async"):
        SyncAPIClient(azure_endpoint="https://x.openai.azure.com", api_version=API_VERSION, auth=auth)


def test_auth_is_one_credential_among_the_others() -> None:
    auth = TokenCredentialAuth(FakeCredential(FakeClock()))
    with pytest.raises(ConfigurationError, match="pass only one of api_key, auth"):
        SyncAPIClient(
            "0123456789abcdef0123456789abcdef",
            azure_endpoint="https://x.openai.azure.com",
            api_version=API_VERSION,
            auth=auth,
        )
    with pytest.raises(ConfigurationError, match="is_openai_key=True"):
        AsyncAPIClient("sk-test-0000000000", is_openai_key=True, auth=auth)
