# copied from generator/runtime/core/_webhooks.py by the openai-connector generator; edit the source
"""Webhooks: verify a request's Standard Webhooks signature, then read its payload as a typed event.

The scheme (https://www.standardwebhooks.com): the sender signs `{webhook-id}.{webhook-timestamp}.{body}`
with HMAC-SHA256 and sends `webhook-signature: v1,<base64> [v1,<base64> ...]` (several while a secret
rotates; any one matching passes). A secret `whsec_<base64>` signs with the decoded bytes, any other
secret with its UTF-8 bytes. A timestamp more than `tolerance` seconds away from now, either way, fails,
so a captured request cannot be replayed later.

`client.webhooks` is the same object on the sync and the async client: nothing here does I/O.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import time
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._decoding import validator
from ._errors import ConfigurationError

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["InvalidWebhookSignatureError", "Webhooks"]

SECRET_ENV = "OPENAI_WEBHOOK_SECRET"
SECRET_PREFIX = "whsec_"
DEFAULT_TOLERANCE = 300  # seconds, in the past and in the future
ID_HEADER = "webhook-id"
TIMESTAMP_HEADER = "webhook-timestamp"
SIGNATURE_HEADER = "webhook-signature"
SIGNATURE_VERSION = "v1"

_E = TypeVar("_E")


class InvalidWebhookSignatureError(ValueError):
    """A webhook request that does not verify (signature, timestamp or headers): do not trust its payload."""


class Webhooks(Generic[_E]):
    """`client.webhooks`: `unwrap` a webhook request into the spec's typed event, or just `verify_signature`.

    The secret is the `secret=` argument, else the client's `webhook_secret` setting, else the
    `OPENAI_WEBHOOK_SECRET` environment variable (read at each call).
    """

    __slots__ = ("_client_secret", "_event_type")

    def __init__(self, client: SyncAPIClient | AsyncAPIClient, event_type: Any) -> None:
        self._client_secret = client._webhook_secret
        self._event_type = event_type

    def unwrap(
        self,
        payload: str | bytes,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
        now: float | None = None,
    ) -> _E:
        """The event `payload` holds, after `verify_signature`; an event of a type this client does not
        know yet is returned as its decoded JSON (a dict)."""
        body = _payload_bytes(payload)
        self.verify_signature(body, headers, secret=secret, tolerance=tolerance, now=now)
        event: _E = validator(self._event_type)(body)
        return event

    def verify_signature(
        self,
        payload: str | bytes,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
        now: float | None = None,
    ) -> None:
        """Raise `InvalidWebhookSignatureError` unless one of the request's signatures matches.

        `payload` is the request body exactly as received (str or bytes, not parsed JSON); `headers`
        any mapping of its headers (names in any case, e.g. `httpx.Headers`); `tolerance` how many
        seconds the `webhook-timestamp` may be from `now` (default: the current time), either way.
        """
        body = _payload_bytes(payload)
        key = signing_key(self._secret(secret))
        if isinstance(tolerance, bool) or not isinstance(tolerance, int | float) or not tolerance >= 0:
            raise ValueError(f"tolerance must be a number of seconds >= 0, got {tolerance!r}")
        webhook_id = _header(headers, ID_HEADER)
        timestamp = _header(headers, TIMESTAMP_HEADER)
        signatures = _header(headers, SIGNATURE_HEADER)
        check_timestamp(timestamp, tolerance, time.time() if now is None else now)
        signed = b"%s.%s.%s" % (webhook_id.encode(), timestamp.encode(), body)
        expected = hmac.new(key, signed, hashlib.sha256).digest()
        if not any(hmac.compare_digest(expected, candidate) for candidate in _signatures(signatures)):
            raise InvalidWebhookSignatureError(
                f"no {SIGNATURE_VERSION} signature in the {SIGNATURE_HEADER} header matches the payload "
                "(wrong secret, or a payload changed after signing: pass the body exactly as received)"
            )

    def _secret(self, given: str | None) -> str:
        if given is not None:
            if not isinstance(given, str) or not given.strip():
                raise ConfigurationError("secret= must be a non-empty string (the endpoint's signing secret)")
            return given.strip()
        if self._client_secret is not None and self._client_secret.strip():
            return self._client_secret.strip()
        from_env = os.environ.get(SECRET_ENV, "").strip()
        if from_env:
            return from_env
        raise ConfigurationError(
            f"no webhook secret: pass secret=..., create the client with webhook_secret=..., or set {SECRET_ENV}"
        )


def signing_key(secret: str) -> bytes:
    """The HMAC key of a secret: the bytes after `whsec_` base64-decoded, else the secret's UTF-8 bytes."""
    if not secret.startswith(SECRET_PREFIX):
        return secret.encode()
    try:
        return base64.b64decode(secret[len(SECRET_PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        # Never the secret itself in the message (nor chained).
        raise ConfigurationError(f"the webhook secret is not valid base64 after its {SECRET_PREFIX!r} prefix") from None


def check_timestamp(timestamp: str, tolerance: float, now: float) -> None:
    """Raise unless `timestamp` (Unix seconds, as sent) is within `tolerance` seconds of `now`, either way."""
    if not (timestamp.isascii() and timestamp.isdigit()):
        raise InvalidWebhookSignatureError(f"the {TIMESTAMP_HEADER} header is not a Unix time in seconds")
    sent = int(timestamp)
    if now - sent > tolerance:
        raise InvalidWebhookSignatureError(
            f"the {TIMESTAMP_HEADER} header is {now - sent:.0f} s in the past, more than the tolerance "
            f"of {tolerance:g} s: a late or replayed request"
        )
    if sent - now > tolerance:
        raise InvalidWebhookSignatureError(
            f"the {TIMESTAMP_HEADER} header is {sent - now:.0f} s in the future, more than the tolerance "
            f"of {tolerance:g} s: check the clock"
        )


def _payload_bytes(payload: str | bytes) -> bytes:
    if isinstance(payload, str):
        return payload.encode()
    if isinstance(payload, bytes | bytearray | memoryview):
        return bytes(payload)
    raise TypeError(
        f"payload must be the request body as received (str or bytes), not parsed JSON; got {type(payload).__name__}"
    )


def _header(headers: Mapping[str, str], name: str) -> str:
    """A header's value, its name in any case (`headers` a plain mapping, `httpx.Headers`, ...)."""
    if not hasattr(headers, "items"):
        raise TypeError(f"headers must be a mapping of the request's headers, got {type(headers).__name__}")
    value: object = headers.get(name)
    if value is None:
        value = next((v for k, v in headers.items() if isinstance(k, str) and k.lower() == name), None)
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if not isinstance(value, str) or not value.strip():
        raise InvalidWebhookSignatureError(f"the webhook request has no {name} header")
    return value.strip()


def _signatures(header: str) -> Iterator[bytes]:
    """The decoded `v1` signatures of a `webhook-signature` header; other versions and malformed entries skipped."""
    for entry in header.split():
        version, _, encoded = entry.partition(",")
        if version != SIGNATURE_VERSION:
            continue
        try:
            yield base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            continue
