"""Which of an OpenAI client's keys a call is sent with, by its operation's `security` (openai-python's rule).

An operation that takes the admin API key (the organization's admin endpoints) is sent with `admin_api_key`,
any other with `api_key`; an operation that names neither, and `client.request`, with the API key, else the
admin key. A call whose key the client was not given raises `MissingCredentialError` before anything is
sent, unless the caller gives an `Authorization` header of their own (`extra_headers`), which then goes out
as given. An Azure OpenAI client has one credential, used for every call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from ._errors import ConfigurationError
from .auth import NoAuth, admin_auth_for

if TYPE_CHECKING:
    from ._config import ClientConfig
    from ._operation import Operation
    from ._request import PreparedRequest
    from ._send import Connection

__all__ = ["Credentials", "MissingCredentialError"]

# Each OpenAI credential an `Operation.security` names: the setting giving it, its variable, what it is.
_SOURCES: Final = {
    "api_key": ("api_key", "OPENAI_API_KEY", "an API key"),
    "admin_key": ("admin_api_key", "OPENAI_ADMIN_KEY", "an admin API key"),
}


class MissingCredentialError(ConfigurationError, TypeError):
    """A call needs a key the client was not given (a `TypeError` too, as openai-python raises it)."""


class Credentials:
    """The connection of each key an OpenAI client holds (`connection` picks one per call)."""

    __slots__ = ("_by_credential", "_default")

    def __init__(self, default: Connection, config: ClientConfig) -> None:
        self._default = default
        by_credential: dict[str, Connection] | None = None
        if not config.is_azure:
            by_credential = {"api_key": default} if config.api_key else {}
            admin = admin_auth_for(config)
            if admin is not None:
                by_credential["admin_key"] = default if not config.api_key else default._replace(auth=admin)
        self._by_credential = by_credential

    def connection(self, op: Operation, prep: PreparedRequest) -> Connection:
        """The connection (auth) to send `prep`, a call of `op`, with; raises `MissingCredentialError`."""
        by_credential = self._by_credential
        if by_credential is None:
            return self._default
        for credential in op.security:
            conn = by_credential.get(credential)
            if conn is not None:
                return conn
        wanted = [c for c in op.security if c in _SOURCES]
        if not wanted:  # it names no OpenAI key: the API key, else the admin key (the client has one of them)
            return self._default
        if any(name.lower() == "authorization" for name in prep.headers):
            self._default.scrub.learn_credentials(prep.headers)
            return self._default._replace(auth=NoAuth())
        raise _missing(op, wanted)


def _missing(op: Operation, credentials: list[str]) -> MissingCredentialError:
    setting, variable, what = _SOURCES[credentials[0]]
    return MissingCredentialError(
        "Could not resolve authentication method: "
        f"{op.operation_id} ({op.method.upper()} {op.path}) is sent with {what}; pass {setting}=... or set "
        f"{variable} (or give your own Authorization header in extra_headers)"
    )
