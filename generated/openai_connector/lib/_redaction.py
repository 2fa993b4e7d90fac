"""Redaction of text the client shows (error messages and bodies, log lines): no secret ever leaves in it."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["Redactor"]

_SK_KEY = re.compile(r"sk-[A-Za-z0-9_\-*.]{6,}")
_JWT = re.compile(r"eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*")  # an Entra ID token (from a provider)


class Redactor:
    """Calling it on a text removes this client's secrets (keys, tokens, Azure host) and anything shaped
    like an OpenAI key or an Entra ID token."""

    __slots__ = ("_secrets",)

    def __init__(self, secrets: Iterable[str]) -> None:
        values = tuple(secrets)
        self._secrets = re.compile("|".join(re.escape(s) for s in values)) if values else None

    def __call__(self, text: str) -> str:
        if self._secrets is not None:
            text = self._secrets.sub("<redacted>", text)
        return _JWT.sub("<redacted-token>", _SK_KEY.sub("sk-<redacted>", text))
