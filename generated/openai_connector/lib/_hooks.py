# copied from generator/runtime/core/_hooks.py by the openai-connector generator; edit the source
"""User hooks: `on_request` before each attempt is sent, `on_response` when each attempt's answer arrives,
`on_retry` before each wait for a retry. Set on a client (constructor, `copy` / `with_options`) or per
call (a generated method's `on_request=` ...); a call runs its client's hooks first, then its own.

An async client awaits a hook that returns an awaitable; a sync client refuses an `async def` hook when
it is given. A hook that raises ends the call with its exception (as httpx's event hooks do), after
closing the attempt's response. With no hook set, a call does no per-attempt work for them.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

import httpx2

from ._types import NotGiven

if TYPE_CHECKING:
    from ._redaction import Redactor
    from ._settings import Options
    from ._tracing import Tracer

__all__ = [
    "HOOK_NAMES",
    "INSTRUMENT_ENV_VAR",
    "Hooks",
    "RequestInfo",
    "call_options",
    "check_sync_hooks",
    "hooks_from",
    "tracer_from",
]

HOOK_NAMES = ("on_request", "on_response", "on_retry")
INSTRUMENT_ENV_VAR = "OPENAI_CONNECTOR_INSTRUMENT"  # "1" / "true": OpenTelemetry spans when no `instrument=` is given


class Hooks(NamedTuple):
    """The hooks of a call, each kind in the order they run (the client's, then the call's)."""

    on_request: tuple[Callable[[Any], object], ...] = ()
    on_response: tuple[Callable[[Any], object], ...] = ()
    on_retry: tuple[Callable[[Any], object], ...] = ()

    def add(self, name: str, hook: Callable[[Any], object]) -> Hooks:
        """These hooks with `hook` run last for `name`."""
        return self._replace(**{name: (*getattr(self, name), hook)})


class RequestInfo:
    """Given to `on_request` before each attempt: `request` is the `httpx2.Request` about to be sent
    (headers set there are sent); this object's repr hides credentials, secret query values and, on
    Azure, the resource's host. `request` itself holds the credentials: do not log it whole."""

    __slots__ = ("_hide_host", "_scrub", "attempt", "method", "path", "request")

    def __init__(
        self, request: httpx2.Request, *, attempt: int, method: str, path: str, hide_host: bool, scrub: Redactor
    ) -> None:
        self.request = request
        self.attempt = attempt  # 1 for the first attempt
        self.method = method
        self.path = path  # the operation's path as the spec writes it (`/models/{model}`)
        self._hide_host = hide_host
        self._scrub = scrub

    @property
    def url(self) -> httpx2.URL:
        return self.request.url

    @property
    def headers(self) -> httpx2.Headers:
        return self.request.headers

    def __repr__(self) -> str:
        from ._logging import redact_headers, redact_url

        headers = redact_headers(self.request.headers.items())
        if self._hide_host:
            headers.pop("host", None)
        url = redact_url(str(self.request.url), hide_host=self._hide_host)
        shown = f"RequestInfo(attempt={self.attempt}, method={self.method!r}, url={url!r}, headers={headers!r})"
        return self._scrub(shown)


def hooks_from(settings: Mapping[str, Any], *, sync: bool, base: Hooks | None = None) -> Hooks | None:
    """`base` with the hooks `settings` gives added (`None` entries skipped); `None` when there are none.

    Raises `TypeError` naming a hook that is not callable, or an `async def` hook given to a sync client.
    """
    hooks = base
    for name in HOOK_NAMES:
        hook = settings.get(name)
        if hook is None or isinstance(hook, NotGiven):
            continue
        if not callable(hook):
            raise TypeError(f"{name} must be a callable taking one argument, not {type(hook).__name__}")
        if sync:
            check_sync_hooks(name, (hook,))
        hooks = (hooks or Hooks()).add(name, hook)
    return hooks


def check_sync_hooks(name: str, hooks: tuple[Callable[[Any], object], ...]) -> None:
    """Raise `TypeError` if one of `hooks` is an `async def` function (a sync client cannot await it)."""
    for hook in hooks:
        if inspect.iscoroutinefunction(hook) or inspect.iscoroutinefunction(getattr(hook, "__call__", None)):  # noqa: B004
            raise TypeError(f"{name}: a sync client takes plain functions, not an async one ({hook!r})")


def call_options(options: Options, args: Mapping[str, Any], *, sync: bool) -> Options:
    """The options of one call given its own hooks (`on_request=` ... among its keyword arguments)."""
    if args.get("on_request") is None and args.get("on_response") is None and args.get("on_retry") is None:
        return options
    return options._replace(hooks=hooks_from(args, sync=sync, base=options.hooks))


def tracer_from(settings: Mapping[str, Any]) -> Tracer | None:
    """The OpenTelemetry tracer of a client made with `instrument=` (or the environment variable saying so),
    else `None`: then `opentelemetry` is never imported (`_tracing`)."""
    instrument = settings.get("instrument")
    if instrument is None:
        if os.environ.get(INSTRUMENT_ENV_VAR, "").strip().lower() not in ("1", "true", "yes", "on"):
            return None
        from ._tracing import tracer_for

        return tracer_for(True, required=False)  # asked by the environment: off if opentelemetry is missing
    if instrument is False:
        return None
    from ._tracing import tracer_for

    return tracer_for(instrument, required=True)
