"""Authentication schemes: one `Auth` class per scheme, chosen from the client's settings.

Each scheme's `auth_flow()` is a sans-I/O flow (see `_flow`) that returns the headers of one
attempt; it is called again for every attempt, retries included. A scheme that needs I/O (a token
provider, a credential) yields a `Call` effect, so the same class serves the sync and the async
client. Adding a scheme is one subclass; pass an instance as `auth=` to use it:

    from openai_connector.lib.auth import TokenCredentialAuth
    client = Client(azure_endpoint=..., api_version=..., auth=TokenCredentialAuth(ManagedIdentityCredential()))
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from typing_extensions import override

from ._errors import ConfigurationError
from ._flow import Call, Flow

if TYPE_CHECKING:
    from ._config import ClientConfig, TokenProvider

__all__ = [
    "AZURE_COGNITIVE_SERVICES_SCOPE",
    "Auth",
    "AzureKeyAuth",
    "BearerKeyAuth",
    "EntraTokenAuth",
    "EntraTokenProviderAuth",
    "NoAuth",
    "TokenCredential",
    "TokenCredentialAuth",
    "admin_auth_for",
    "auth_for",
]

AZURE_COGNITIVE_SERVICES_SCOPE = "https://cognitiveservices.azure.com/.default"


def _is_async_callable(func: object) -> bool:
    return inspect.iscoroutinefunction(func) or inspect.iscoroutinefunction(getattr(func, "__call__", None))  # noqa: B004


class Auth:
    """One authentication scheme. `needs_async` is true when only the async client can drive it;
    `static_headers` are the headers of a scheme whose headers never change (the loop then skips the flow)."""

    needs_async: bool = False
    static_headers: Mapping[str, str] | None = None

    def auth_flow(self) -> Flow[Mapping[str, str]]:
        """The headers of one attempt (a flow: it may yield effects before returning them)."""
        raise NotImplementedError

    @override
    def __repr__(self) -> str:
        return f"{type(self).__name__}()"  # never the secret


class _StaticAuth(Auth):
    """A scheme whose headers never change: computed once, returned for every attempt."""

    def __init__(self, headers: Mapping[str, str]) -> None:
        self.static_headers = headers

    @override
    def auth_flow(self) -> Flow[Mapping[str, str]]:
        return self.static_headers or {}
        yield  # a flow that needs no I/O


class BearerKeyAuth(_StaticAuth):
    """OpenAI: `Authorization: Bearer <key>`, plus `OpenAI-Organization` / `OpenAI-Project` when set."""

    def __init__(self, api_key: str, *, organization: str | None = None, project: str | None = None) -> None:
        headers = {"Authorization": f"Bearer {api_key}"}
        if organization:
            headers["OpenAI-Organization"] = organization
        if project:
            headers["OpenAI-Project"] = project
        super().__init__(headers)


class NoAuth(_StaticAuth):
    """No credential of the client's: the call carries the caller's own `Authorization` header."""

    def __init__(self) -> None:
        super().__init__({})


class AzureKeyAuth(_StaticAuth):
    """Azure OpenAI resource key: `api-key: <key>`."""

    def __init__(self, api_key: str) -> None:
        super().__init__({"api-key": api_key})


class EntraTokenAuth(_StaticAuth):
    """A fixed Microsoft Entra ID token: `Authorization: Bearer <token>`."""

    def __init__(self, token: str) -> None:
        super().__init__({"Authorization": f"Bearer {token}"})


class EntraTokenProviderAuth(Auth):
    """An Entra ID token from `provider()` (sync or async), asked for on every attempt.

    The provider caches and refreshes (azure-identity's `get_bearer_token_provider` does); the async
    client runs a sync provider in a worker thread.
    """

    def __init__(self, provider: TokenProvider) -> None:
        self._provider = provider
        self._is_async = _is_async_callable(provider)
        self.needs_async = self._is_async

    @override
    def auth_flow(self) -> Flow[Mapping[str, str]]:
        token = yield Call(self._provider, is_async=self._is_async)
        if not isinstance(token, str):
            raise ConfigurationError("azure_ad_token_provider must return the token as a str")
        return {"Authorization": f"Bearer {token}"}


class TokenCredential(Protocol):
    """What `TokenCredentialAuth` needs: azure-identity's credentials (sync or `.aio`) fit."""

    def get_token(self, *scopes: str) -> Any:
        """An object with `.token` (str) and `.expires_on` (seconds since the epoch), or an awaitable of one."""
        ...


class TokenCredentialAuth(Auth):
    """An Entra ID token from a credential (managed identity, workload identity, ...), cached until it is
    about to expire.

    `credential.get_token(scope)` is asked only when there is no token yet or the one held expires
    within `refresh_margin` seconds (by `clock`, seconds since the epoch). Concurrent first calls may
    each ask; the last token received is kept.
    """

    def __init__(
        self,
        credential: TokenCredential,
        scope: str = AZURE_COGNITIVE_SERVICES_SCOPE,
        *,
        refresh_margin: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not callable(getattr(credential, "get_token", None)):
            raise ConfigurationError("TokenCredentialAuth needs a credential with a get_token(scope) method")
        if refresh_margin < 0:
            raise ConfigurationError("refresh_margin must be 0 or more seconds")
        self._credential = credential
        self._fetch = partial(credential.get_token, scope)
        self._margin = refresh_margin
        self._clock = clock
        self._token: str | None = None
        self._expires_on = 0.0
        self.needs_async = _is_async_callable(credential.get_token)

    @override
    def auth_flow(self) -> Flow[Mapping[str, str]]:
        token = self._token
        if token is None or self._clock() >= self._expires_on - self._margin:
            access = yield Call(self._fetch, is_async=self.needs_async)
            token = getattr(access, "token", None)
            expires_on = getattr(access, "expires_on", None)
            if not isinstance(token, str) or not token or not isinstance(expires_on, int | float):
                raise ConfigurationError("the credential's get_token must return .token (str) and .expires_on")
            self._token, self._expires_on = token, float(expires_on)
        return {"Authorization": f"Bearer {token}"}


def auth_for(config: ClientConfig) -> Auth:
    """The scheme the resolved settings ask for (`config.auth` when one was given)."""
    if config.auth is not None:
        return config.auth
    if config.provider == "openai":  # the API key; an admin API key alone is used for raw requests too
        key = config.api_key or config.admin_api_key or ""
        return BearerKeyAuth(key, organization=config.organization, project=config.project)
    if config.api_key:
        return AzureKeyAuth(config.api_key)
    if config.azure_ad_token:
        return EntraTokenAuth(config.azure_ad_token)
    if config.azure_ad_token_provider is not None:
        return EntraTokenProviderAuth(config.azure_ad_token_provider)
    raise ConfigurationError("no credentials")  # resolve_config guarantees one


def admin_auth_for(config: ClientConfig) -> Auth | None:
    """OpenAI's admin API key scheme (None without an admin key): the operations whose `security` names it."""
    if config.provider != "openai" or not config.admin_api_key:
        return None
    return BearerKeyAuth(config.admin_api_key, organization=config.organization, project=config.project)
