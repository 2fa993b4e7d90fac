"""The client's keyword settings (`ClientSettings`) and the per-call options derived from them (`Options`)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple

import httpx2

from . import _constants as C
from ._config import AzureApi, TokenProvider
from ._errors import ConfigurationError
from ._hooks import Hooks, RequestInfo, hooks_from, tracer_from
from ._keyword_args import KeywordArgs
from ._ratelimit import RateLimiter
from ._response import ResponseInfo
from ._retry import RetryEvent, RetryPolicy
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ._tracing import Tracer
    from .auth import Auth

__all__ = [
    "ClientSettings",
    "Options",
    "default_limits",
    "options_from",
    "rate_limiter_from",
    "to_timeout",
    "unknown_setting",
]


class ClientSettings(KeywordArgs, total=False):
    """Keyword settings of `SyncAPIClient` / `AsyncAPIClient` (and of `from_env`, as overrides); `copy` takes
    them all (`_client_surface.CopyArgs`). `NOT_GIVEN` (openai-python's default) is the same as leaving one out."""

    is_openai_key: bool | None
    admin_api_key: str | None  # OpenAI: sent to the operations that need an admin key (`_credentials`)
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
    timeout: float | httpx2.Timeout | NotGiven | None
    total_timeout: float | NotGiven | None
    stream_idle_timeout: float | None
    max_retries: int | NotGiven
    retry_delay: float | NotGiven | None
    max_retry_delay: float
    exponential_backoff: bool
    retry_on_all_errors: bool
    on_request: Callable[[RequestInfo], object] | NotGiven | None  # hooks (`_hooks`); async ones on async clients
    on_response: Callable[[ResponseInfo], object] | NotGiven | None
    on_retry: Callable[[RetryEvent], object] | NotGiven | None
    instrument: bool | object | None  # OpenTelemetry spans: True, or a TracerProvider (`_tracing`)
    max_calls_per_period: int | None
    period_seconds: float
    rate_limit_max_wait: float | None
    rate_limiter: RateLimiter | None
    default_headers: Mapping[str, str] | None
    default_query: Mapping[str, object] | None
    log_level: str | int | None
    strict_api_version: bool
    allow_unknown_api_version: bool
    webhook_secret: str | None
    # openai-python's constructor argument: False (tolerant reading) is what this client always does
    _strict_response_validation: bool


class Options(NamedTuple):  # a NamedTuple, not a dataclass: far cheaper to define at import time
    """What `with_options` can change per derived client: timeouts, retry policy, hooks, binary streaming."""

    timeout: httpx2.Timeout
    stream_idle_timeout: float | None
    policy: RetryPolicy
    stream_binary: bool = False
    total_timeout: float | None = None  # the whole call: every attempt, retry wait and body read
    hooks: Hooks | None = None  # on_request / on_response / on_retry; None when none is set
    tracer: Tracer | None = None  # OpenTelemetry spans, when asked for
    strict_responses: bool = False  # `_strict_response_validation`: answers must fit their types exactly

    def call_timeout(self, timeout: float | httpx2.Timeout | NotGiven | None, *, stream: bool) -> httpx2.Timeout:
        """The timeout of one call: its own or the client's; a stream reads with `stream_idle_timeout` if set."""
        result = self.timeout if isinstance(timeout, NotGiven) else to_timeout(timeout)
        if stream and self.stream_idle_timeout is not None:
            t = result
            result = httpx2.Timeout(connect=t.connect, read=self.stream_idle_timeout, write=t.write, pool=t.pool)
        return result


def options_from(settings: ClientSettings, *, sync: bool = False) -> Options:
    """The options of a new client; raises `ConfigurationError` naming a malformed setting."""
    max_retries = _retries(settings.get("max_retries", C.DEFAULT_MAX_RETRIES))
    timeout = settings.get("timeout", NOT_GIVEN)
    return Options(
        timeout=_default_timeout() if isinstance(timeout, NotGiven) else to_timeout(timeout),
        total_timeout=_optional_seconds("total_timeout", settings.get("total_timeout"), zero_ok=False),
        stream_idle_timeout=settings.get("stream_idle_timeout"),
        policy=RetryPolicy(
            max_retries=max_retries,
            max_retry_delay=_seconds("max_retry_delay", settings.get("max_retry_delay", C.DEFAULT_MAX_RETRY_DELAY)),
            retry_delay=_optional_seconds("retry_delay", settings.get("retry_delay")),
            exponential_backoff=settings.get("exponential_backoff", True),
            retry_on_all_errors=settings.get("retry_on_all_errors", False),
        ),
        hooks=hooks_from(settings, sync=sync),
        tracer=tracer_from(settings),
        strict_responses=bool(settings.get("_strict_response_validation", False)),
    )


def rate_limiter_from(settings: ClientSettings) -> RateLimiter | None:
    """The given `rate_limiter`, or one made from `max_calls_per_period` / `period_seconds`, or none."""
    limiter = settings.get("rate_limiter")
    max_calls = settings.get("max_calls_per_period")
    if limiter is None and max_calls is not None:
        period = settings.get("period_seconds", C.DEFAULT_PERIOD_SECONDS)
        try:
            limiter = RateLimiter(max_calls, period, max_wait=settings.get("rate_limit_max_wait"))
        except ValueError as exc:
            raise ConfigurationError(str(exc)) from None
    return limiter


def unknown_setting(where: str, unknown: Iterable[str], known: Iterable[str]) -> TypeError:
    """The `TypeError` for a misspelt keyword setting, suggesting the closest known one."""
    import difflib

    name = sorted(unknown)[0]
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return TypeError(f"{where}() got an unexpected keyword argument {name!r}{hint}")


def _retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be a whole number >= 0, not {value!r}")
    return value


def _optional_seconds(name: str, value: object, *, zero_ok: bool = True) -> float | None:
    return None if value is None else _seconds(name, value, zero_ok=zero_ok)


def _seconds(name: str, value: object, *, zero_ok: bool = True) -> float:
    """`value` if it is a finite number of seconds (> 0 unless `zero_ok`), else `ConfigurationError` naming `name`."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < 0
        or (value == 0 and not zero_ok)
        or value > C.MAX_SECONDS
    ):
        bound = ">= 0" if zero_ok else "> 0"
        raise ConfigurationError(
            f"{name} must be a finite number of seconds {bound} (at most {C.MAX_SECONDS:g}), not {value!r}"
        )
    return float(value)


def _default_timeout() -> httpx2.Timeout:
    return httpx2.Timeout(C.DEFAULT_TIMEOUT, connect=C.DEFAULT_CONNECT_TIMEOUT)


def to_timeout(value: float | httpx2.Timeout | None) -> httpx2.Timeout:
    return value if isinstance(value, httpx2.Timeout) else httpx2.Timeout(value)


def default_limits() -> httpx2.Limits:
    return httpx2.Limits(
        max_connections=C.DEFAULT_MAX_CONNECTIONS, max_keepalive_connections=C.DEFAULT_MAX_KEEPALIVE_CONNECTIONS
    )
