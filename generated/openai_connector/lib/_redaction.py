# copied from generator/runtime/core/_redaction.py by the openai-connector generator; edit the source
"""Redaction of a client's secrets from every text it produces (error messages, bodies, logs, stream errors).

A `Redactor` starts with the secrets the client was given (keys, tokens, organization and project ids,
the Azure host) and learns more as they are obtained: a token provider's token is learnt at each
attempt, before it is sent, so a server quoting it back is redacted whatever the token's shape.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable, Mapping

__all__ = ["MAX_LEARNT", "MIN_SECRET_LENGTH", "Redactor"]

MIN_SECRET_LENGTH = 3  # shorter values would redact ordinary text; no real credential is this short
MAX_LEARNT = 32
REDACTED = "<redacted>"


@functools.cache
def _key_shapes() -> tuple[re.Pattern[str], re.Pattern[str]]:  # compiled on first use, not at import
    sk_key = re.compile(r"sk-[A-Za-z0-9_\-*.]{6,}")
    jwt = re.compile(r"eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*")  # an Entra ID token
    return sk_key, jwt


_PRINTABLE_RUN = re.compile(r"[!-~]{6,}")
_CREDENTIAL_HEADERS = frozenset({"authorization", "api-key"})


def _forms(secret: str) -> set[str]:
    """The ways `secret` can show up in a text: as is, escaped by a `repr`, or (if it holds control or
    non-ASCII characters, as a malformed key may) each long printable run of it."""
    forms = {secret}
    escaped = repr(secret)[1:-1]
    forms.add(escaped)
    if not secret.isprintable() or not secret.isascii():
        forms.update(_PRINTABLE_RUN.findall(secret))
        forms.update(_PRINTABLE_RUN.findall(escaped))
    return {f for f in forms if len(f) >= MIN_SECRET_LENGTH}


class Redactor:
    """`redactor(text)`: `text` without the known secrets, nor anything shaped like an OpenAI key or a JWT.

    The secrets given at construction stay; learnt ones (a provider's tokens) are kept up to
    `MAX_LEARNT`, the oldest dropped first, so a provider minting a token per call costs no more.
    """

    __slots__ = ("_given", "_learnt", "_lock", "_pattern")

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._given = tuple(dict.fromkeys(s for s in secrets if len(s) >= MIN_SECRET_LENGTH))
        self._learnt: tuple[str, ...] = ()
        self._lock = threading.Lock()
        self._pattern = self._compile()

    def _compile(self) -> re.Pattern[str] | None:
        forms = set().union(*(_forms(s) for s in (*self._given, *self._learnt)))
        if not forms:
            return None
        # Longest first, so a secret containing another is replaced whole.
        return re.compile("|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f))))

    def learn(self, secret: str) -> None:
        """Redact `secret` from now on (cheap when it is already known: a token provider's cached token)."""
        if secret in self._learnt or secret in self._given or len(secret) < MIN_SECRET_LENGTH:
            return
        with self._lock:
            self._learnt = (*self._learnt, secret)[-MAX_LEARNT:]
            self._pattern = self._compile()

    def learn_credentials(self, headers: Mapping[str, str]) -> None:
        """Learn the credentials in auth headers (`Authorization: Bearer <token>`, `api-key`)."""
        for name, value in headers.items():
            if name.lower() in _CREDENTIAL_HEADERS:
                self.learn(value[7:] if value[:7].lower() == "bearer " else value)

    def __contains__(self, secret: object) -> bool:
        return secret in self._given or secret in self._learnt

    def __call__(self, text: str) -> str:
        pattern = self._pattern
        if pattern is not None:
            text = pattern.sub(REDACTED, text)
        sk_key, jwt = _key_shapes()
        return jwt.sub("<redacted-token>", sk_key.sub("sk-<redacted>", text))
