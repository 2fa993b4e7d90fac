"""The client's keyword settings (`ClientSettings`) and the per-call options derived from them (`Options`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, NamedTuple, TypedDict

import httpx2

from . import _constants as C
from ._config import AzureApi, TokenProvider
from ._errors import ConfigurationError
from ._ratelimit import RateLimiter
from ._response import ResponseInfo
from ._retry import RetryEvent, RetryPolicy
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .auth import Auth

__all__ = ["ClientSettings", "Options", "default_limits", "options_from", "rate_limiter_from", "to_timeout"]


class ClientSettings(TypedDict, total=False):
    """Keyword settings of `SyncAPIClient` / `AsyncAPIClient` (and of `from_env`, as overrides)."""

    is_openai_key: bool | None
    organization: str | None
    project: str | None
    base_url: str | None
    websocket_base_url: str | None  # kept for openai-python compatibility (`client.websocket_base_url`)
    azure_endpoint: str | None
    azure_resource: str | None
    azure_deployment: str | None
    api_version: str | None
    azure_ad_token: str | None
    azure_ad_token_provider: TokenProvider | None
    auth: Auth | None
    azure_api: AzureApi
    timeout: float | httpx2.Timeout | None
    stream_idle_timeout: float | None
    max_retries: int
    retry_delay: float | None
    max_retry_delay: float
    exponential_backoff: bool
    retry_on_all_errors: bool
    on_retry: Callable[[RetryEvent], object] | None
    on_response: Callable[[ResponseInfo], object] | None
    max_calls_per_period: int | None
    period_seconds: float
    rate_limiter: RateLimiter | None
    default_headers: Mapping[str, str] | None
    default_query: Mapping[str, object] | None
    log_level: str | int | None
    strict_api_version: bool
    allow_unknown_api_version: bool
    webhook_secret: str | None


class Options(NamedTuple):  # a NamedTuple, not a dataclass: far cheaper to define at import time
    """What `with_options` can change per derived client: timeouts, retry policy, hooks, binary streaming."""

    timeout: httpx2.Timeout
    stream_idle_timeout: float | None
    policy: RetryPolicy
    on_retry: Callable[[RetryEvent], object] | None
    on_response: Callable[[ResponseInfo], object] | None
    stream_binary: bool = False

    def call_timeout(self, timeout: float | httpx2.Timeout | NotGiven | None, *, stream: bool) -> httpx2.Timeout:
        """The timeout of one call: its own or the client's; a stream reads with `stream_idle_timeout` if set."""
        result = self.timeout if isinstance(timeout, NotGiven) else to_timeout(timeout)
        if stream and self.stream_idle_timeout is not None:
            t = result
            result = httpx2.Timeout(connect=t.connect, read=self.stream_idle_timeout, write=t.write, pool=t.pool)
        return result


def options_from(settings: ClientSettings) -> Options:
    """The options of a new client; raises `ConfigurationError` for a negative `max_retries`."""
    max_retries = settings.get("max_retries", C.DEFAULT_MAX_RETRIES)
    if max_retries < 0:
        raise ConfigurationError("max_retries must be 0 or more")
    timeout = settings.get("timeout", NOT_GIVEN)
    return Options(
        timeout=_default_timeout() if isinstance(timeout, NotGiven) else to_timeout(timeout),
        stream_idle_timeout=settings.get("stream_idle_timeout"),
        policy=RetryPolicy(
            max_retries=max_retries,
            max_retry_delay=settings.get("max_retry_delay", C.DEFAULT_MAX_RETRY_DELAY),
            retry_delay=settings.get("retry_delay"),
            exponential_backoff=settings.get("exponential_backoff", True),
            retry_on_all_errors=settings.get("retry_on_all_errors", False),
        ),
        on_retry=settings.get("on_retry"),
        on_response=settings.get("on_response"),
    )


def rate_limiter_from(settings: ClientSettings) -> RateLimiter | None:
    """The given `rate_limiter`, or one made from `max_calls_per_period` / `period_seconds`, or none."""
    limiter = settings.get("rate_limiter")
    max_calls = settings.get("max_calls_per_period")
    if limiter is None and max_calls is not None:
        limiter = RateLimiter(max_calls, settings.get("period_seconds", C.DEFAULT_PERIOD_SECONDS))
    return limiter


def _default_timeout() -> httpx2.Timeout:
    return httpx2.Timeout(C.DEFAULT_TIMEOUT, connect=C.DEFAULT_CONNECT_TIMEOUT)


def to_timeout(value: float | httpx2.Timeout | None) -> httpx2.Timeout:
    return value if isinstance(value, httpx2.Timeout) else httpx2.Timeout(value)


def default_limits() -> httpx2.Limits:
    return httpx2.Limits(
        max_connections=C.DEFAULT_MAX_CONNECTIONS, max_keepalive_connections=C.DEFAULT_MAX_KEEPALIVE_CONNECTIONS
    )
