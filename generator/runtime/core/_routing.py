"""Where a call goes: one `Routing` per platform (OpenAI, Azure OpenAI classic, Azure OpenAI v1).

A routing turns an operation and its path parameters into the URL, adds the query parameters the
platform requires (`api-version` on Azure classic), and places raw `client.request` paths.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from urllib.parse import quote, urlsplit

from ._config import ClientConfig, bad_deployment
from ._errors import ConfigurationError, InvalidRequestError
from ._operation import Operation
from ._types import NOT_GIVEN, NotGiven

__all__ = ["Routing", "field_of", "query_text", "routing_for"]


@functools.cache
def _placeholder() -> re.Pattern[str]:  # compiled on first use, not at import
    return re.compile(r"\{([^{}]+)\}")


def field_of(body: object, name: str) -> object:
    """`body[name]` of a dict body, or the attribute of a model body; `None` if absent."""
    if isinstance(body, Mapping):
        return body.get(name)
    return getattr(body, name, None)


def query_text(value: object) -> str:
    """A query or header value as sent: booleans as `true` / `false`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


class Routing:
    """OpenAI, and any spec other than Azure's: `{api base}{path}`. Azure v1 is this with its own base."""

    def __init__(self, config: ClientConfig) -> None:
        self.config = config

    def url(self, op: Operation, path_params: Mapping[str, object], body: object) -> str:
        """The full URL of `op`."""
        if op.api == "azure":
            if not self.config.is_azure:
                raise ConfigurationError(
                    f"{op.operation_id} is an Azure OpenAI operation; this client is set up for OpenAI"
                )
            return f"{self.config.base_url}/openai{self.path(op, path_params, body)}"
        if op.server_path and self.config.is_azure:
            _check_server(op.operation_id, op.server_path, self.config.api_base, self.config.azure_api)
        if "{" not in op.path:
            return f"{self.config.api_base}{op.path}"
        return f"{self.config.api_base}{self.path(op, path_params, body)}"

    def path(self, op: Operation, path_params: Mapping[str, object], body: object) -> str:
        """`op.path` with its placeholders filled (from `path_params`, else the client settings of `client_params`)."""
        path = op.path
        if "{" not in path:
            return path

        def value_of(match: re.Match[str]) -> str:
            name = match.group(1)
            value = path_params.get(name, NOT_GIVEN)
            if isinstance(value, NotGiven) and name in op.client_params:
                value = getattr(self.config, op.client_params[name], None)
                if value is None and op.client_params[name] == "azure_deployment":
                    value = field_of(body, "model")
            if value == "":  # worded as openai-python words it
                raise InvalidRequestError(
                    f"{op.operation_id}: Expected a non-empty value for `{name}` but received '' "
                    "(the path parameter is required)",
                    param=name,
                )
            if value is None or isinstance(value, NotGiven):
                raise InvalidRequestError(f"{op.operation_id}: path parameter {name!r} is required", param=name)
            text = quote(str(value), safe="")
            if text in (".", ".."):  # would be resolved away as a dot segment: another endpoint
                raise InvalidRequestError(f"{op.operation_id}: path parameter {name!r} cannot be {text!r}", param=name)
            return text

        return _placeholder().sub(value_of, path)

    def add_query(self, op: Operation, query: Mapping[str, object], params: list[tuple[str, str]]) -> None:
        """Append the query parameters the client fills itself (`op.client_params` not given in `query`)."""
        for name, setting in op.client_params.items():
            if f"{{{name}}}" in op.path or not isinstance(query.get(name, NOT_GIVEN), NotGiven):
                continue
            value = getattr(self.config, setting, None)
            if value is not None:
                params.append((name, query_text(value)))

    def raw_path(self, path: str) -> str:
        """A `client.request` path, relative to the API base (a leading `/v1` the base already has is dropped)."""
        if path.startswith(("http://", "https://")):
            raise ValueError("client.request takes a path relative to the client's base URL, not a full URL")
        if not path.startswith("/"):
            path = f"/{path}"
        if self.config.api_base.endswith("/v1") and (path == "/v1" or path.startswith("/v1/")):
            path = path[3:]
        return path

    def add_raw_query(self, params: list[tuple[str, str]]) -> None:
        """Append what every raw request needs on this platform (nothing here)."""


class AzureClassicRouting(Routing):
    """Azure OpenAI's dated API: OpenAI operations it serves per deployment (`Operation.deployment_scoped`)
    go to `/openai/deployments/{deployment}/...` (the client's `azure_deployment`, else the body's `model`),
    the others to `/openai/...`; every OpenAI operation carries its `version_param`, and every raw
    request `api-version`.
    """

    def url(self, op: Operation, path_params: Mapping[str, object], body: object) -> str:
        if not op.deployment_scoped:
            return super().url(op, path_params, body)
        path = self.path(op, path_params, body)
        deployment = self.config.azure_deployment or field_of(body, "model")
        if not isinstance(deployment, str) or not deployment:
            raise ConfigurationError(
                f"Azure OpenAI serves {op.path} per deployment: pass model=<deployment name> "
                "or set azure_deployment on the client"
            )
        if not self.config.azure_deployment and bad_deployment(deployment):
            raise InvalidRequestError(
                f"model {deployment!r} cannot be an Azure OpenAI deployment name: it must not be '.' or '..' "
                "nor contain '/', '?' or '#'",
                param="model",
            )
        return f"{self.config.base_url}/openai/deployments/{quote(deployment, safe='')}{path}"

    def add_query(self, op: Operation, query: Mapping[str, object], params: list[tuple[str, str]]) -> None:
        if op.client_params:
            super().add_query(op, query, params)
        elif op.version_param and self.config.api_version:
            params.append((op.version_param, self.config.api_version))

    def add_raw_query(self, params: list[tuple[str, str]]) -> None:
        version = self.config.api_version
        if version and not any(name == "api-version" for name, _ in params):
            params.append(("api-version", version))


def _check_server(operation_id: str, server_path: str, api_base: str, azure_api: str) -> None:
    """Raise `ConfigurationError` when an Azure client would send `operation_id` under another base path.

    A namespace generated from Azure's v1 spec (server `.../openai/v1`) on a classic client (which
    sends to `.../openai`, deployments and api-version) would reach the wrong API, and the other way
    round. OpenAI clients are not checked: their base URL is the caller's to choose.
    """
    served = urlsplit(api_base).path.rstrip("/")
    if server_path and not served.endswith(server_path):
        raise ConfigurationError(
            f"{operation_id} is served under {server_path} (its spec's server), but this Azure OpenAI client "
            f"({azure_api} API) sends to {served or '/'}: "
            + ("use azure_api='v1'" if server_path.endswith("/v1") else "use azure_api='classic' with api_version")
        )


def routing_for(config: ClientConfig) -> Routing:
    """The routing of a connection: Azure classic has its own; OpenAI and Azure v1 differ only in their base."""
    if config.is_azure and config.azure_api == "classic":
        return AzureClassicRouting(config)
    return Routing(config)
