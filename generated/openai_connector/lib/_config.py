# copied from generator/runtime/core/_config.py by the openai-connector generator; edit the source
"""Connection and auth settings: validation, provider switching (OpenAI / Azure), and the environment."""

from __future__ import annotations

import inspect
import re
import warnings
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Literal, TypeAlias
from urllib.parse import urlsplit

from typing_extensions import override

from ._constants import AZURE_HOST_TEMPLATE, OPENAI_BASE_URL
from ._errors import ConfigurationError, ConfigurationWarning
from ._record import Record

if TYPE_CHECKING:
    from .auth import Auth

__all__ = [
    "ClientConfig",
    "TokenProvider",
    "check_api_version",
    "check_url",
    "resolve_config",
]

TokenProvider: TypeAlias = Callable[[], str] | Callable[[], Awaitable[str]]
AzureApi: TypeAlias = Literal["classic", "v1"]

_AZURE_KEY = r"[0-9a-fA-F]{32}|[0-9A-Za-z]{84}"  # patterns: compiled (and cached by `re`) on first use
_RESOURCE = r"[A-Za-z0-9][A-Za-z0-9-]{0,62}"
_ENDPOINT_SUFFIXES = ("/openai/v1", "/openai")
_API_VERSION = r"\d{4}-\d{2}-\d{2}(-preview)?|v1"


def check_url(setting: str, url: str, example: str) -> None:
    """Raise `ConfigurationError` unless `url` is an absolute http(s) URL with a host and no query or fragment."""
    if any(ch.isspace() for ch in url) or not url.startswith(("http://", "https://")):
        raise ConfigurationError(f"{setting} must be an http:// or https:// URL like {example}")
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        raise ConfigurationError(f"{setting} has an invalid port; expected a URL like {example}") from None
    if not parts.hostname or (port is not None and not 0 < port < 65536):
        raise ConfigurationError(f"{setting} has no host (or an invalid port); expected a URL like {example}")
    if parts.query or parts.fragment:
        raise ConfigurationError(f"{setting} must not have a query string or fragment; expected a URL like {example}")


class ClientConfig(Record):
    """Resolved connection settings. Its repr names which settings are set, never their secret values."""

    provider: Literal["openai", "azure"]
    azure_api: AzureApi
    base_url: str  # OpenAI: the API base; Azure: the endpoint (scheme and host, no path)
    api_key: str | None = None
    admin_api_key: str | None = None  # OpenAI: the key of the operations whose `security` is the admin key
    organization: str | None = None
    project: str | None = None
    azure_deployment: str | None = None
    api_version: str | None = None
    azure_ad_token: str | None = None
    azure_ad_token_provider: TokenProvider | None = None
    auth: Auth | None = None  # a scheme of `lib.auth` given as `auth=`

    @property
    def is_azure(self) -> bool:
        return self.provider == "azure"

    @property
    def api_base(self) -> str:
        """Base URL of the OpenAI-shaped paths of this connection (raw requests use it too)."""
        if self.provider == "openai":
            return self.base_url
        return f"{self.base_url}/openai/v1" if self.azure_api == "v1" else f"{self.base_url}/openai"

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values that must never be printed: keys, tokens and the Azure host."""
        values = [self.api_key, self.admin_api_key, self.azure_ad_token, self.organization, self.project]
        if self.is_azure:
            host = self.base_url.split("://", 1)[-1]
            values.append(host)
            if "." in host and not host[0].isdigit():  # the resource name, e.g. `myres` of myres.openai.azure.com
                values.append(host.split(".", 1)[0])
        return tuple(v for v in values if v and len(v) >= 3)

    def describe(self) -> str:
        """A safe one-line description for reprs."""
        if self.provider == "openai":
            default = self.base_url == OPENAI_BASE_URL
            return f"provider='openai', base_url={'default' if default else 'custom'!r}"
        auth = "api_key" if self.api_key else ("azure_ad_token" if self.azure_ad_token else "azure_ad_token_provider")
        if self.auth is not None:
            auth = type(self.auth).__name__
        return (
            f"provider='azure', azure_api={self.azure_api!r}, api_version={self.api_version!r}, "
            f"azure_deployment={self.azure_deployment!r}, auth={auth!r}"
        )

    @override
    def __repr__(self) -> str:
        return f"ClientConfig({self.describe()})"


def bad_deployment(name: str) -> bool:
    """Whether `name` cannot be a deployment's path segment: a dot segment, or a path, query or fragment."""
    return name in (".", "..") or any(ch in name for ch in "/?#")


def _check_header_text(name: str, value: object) -> None:
    """Raise `ConfigurationError` naming `name` (never showing the value: it may be a secret) unless `value`
    is a str an HTTP header can carry: printable ASCII (spaces around it are stripped later)."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a str, not {type(value).__name__}")
    if not value.strip().isascii() or not value.strip().isprintable():
        raise ConfigurationError(
            f"{name} has a control character or a character outside ASCII, which an HTTP header cannot carry "
            "(check how it was copied)"
        )


def _clean_secret(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    _check_header_text(name, value)
    value = value.strip()
    if value[:7].lower() == "bearer ":
        value = value[7:].strip()
    return value or None


def _is_async_callable(func: object) -> bool:
    return inspect.iscoroutinefunction(func) or inspect.iscoroutinefunction(getattr(func, "__call__", None))  # noqa: B004


def resolve_config(
    *,
    api_key: str | None,
    is_openai_key: bool | None,
    organization: str | None,
    project: str | None,
    base_url: str | None,
    azure_endpoint: str | None,
    azure_resource: str | None,
    azure_deployment: str | None,
    api_version: str | None,
    azure_ad_token: str | None,
    azure_ad_token_provider: TokenProvider | None,
    azure_api: AzureApi,
    sync: bool,
    default_base_url: str = "",
    auth: Auth | None = None,
    admin_api_key: str | None = None,
) -> ClientConfig:
    """Validate the settings; raise `ConfigurationError` naming the setting at fault, warn on likely mix-ups.

    `default_base_url` is the OpenAI-side server when `base_url` is not given (the generated spec's).
    """
    api_key = _clean_secret(api_key, "api_key")
    azure_ad_token = _clean_secret(azure_ad_token, "azure_ad_token")
    admin_api_key = _clean_secret(admin_api_key, "admin_api_key")
    for name, value in (("organization", organization), ("project", project)):
        if value is not None:
            _check_header_text(name, value)
    azure_given = [
        name
        for name, value in (
            ("azure_endpoint", azure_endpoint),
            ("azure_resource", azure_resource),
            ("azure_deployment", azure_deployment),
            ("azure_ad_token", azure_ad_token),
            ("azure_ad_token_provider", azure_ad_token_provider),
            ("auth", auth),
        )
        if value
    ]
    if is_openai_key is None:
        is_openai_key = not azure_given
    if is_openai_key:
        if azure_given:
            raise ConfigurationError(
                f"is_openai_key=True (OpenAI) conflicts with {', '.join(azure_given)}, which are Azure OpenAI "
                "settings; pass is_openai_key=False to use Azure OpenAI"
            )
        if api_version is not None:
            raise ConfigurationError("api_version is an Azure OpenAI setting; OpenAI does not take it")
        return _openai_config(api_key, organization, project, base_url or default_base_url or None, admin_api_key)
    for name, value in (("organization", organization), ("project", project), ("admin_api_key", admin_api_key)):
        if value:
            raise ConfigurationError(f"{name} must not be given for Azure OpenAI: it is an OpenAI setting")
    return _azure_config(
        api_key=api_key,
        base_url=base_url,
        azure_endpoint=azure_endpoint,
        azure_resource=azure_resource,
        azure_deployment=azure_deployment,
        api_version=api_version,
        azure_ad_token=azure_ad_token,
        azure_ad_token_provider=azure_ad_token_provider,
        azure_api=azure_api,
        sync=sync,
        auth=auth,
    )


def _openai_config(
    api_key: str | None, organization: str | None, project: str | None, base_url: str | None, admin_api_key: str | None
) -> ClientConfig:
    if not api_key and not admin_api_key:
        raise ConfigurationError(
            "No API key: pass api_key=... or set OPENAI_API_KEY (admin_api_key=... or OPENAI_ADMIN_KEY for the "
            "admin endpoints; for Azure OpenAI pass azure_endpoint, or set AZURE_OPENAI_ENDPOINT)"
        )
    url = (base_url or OPENAI_BASE_URL).rstrip("/")
    check_url("base_url", url, "https://api.openai.com/v1")
    if api_key and len(api_key) == 32 and re.fullmatch(_AZURE_KEY, api_key):
        warnings.warn(
            "api_key looks like an Azure OpenAI key (32 hexadecimal characters) but the client is set up "
            "for OpenAI; did you mean is_openai_key=False with azure_endpoint?",
            ConfigurationWarning,
            stacklevel=4,
        )
    elif api_key and not api_key.startswith("sk-") and url == OPENAI_BASE_URL:
        warnings.warn(
            "api_key does not start with 'sk-', as OpenAI keys do; is it an Azure OpenAI key or a token?",
            ConfigurationWarning,
            stacklevel=4,
        )
    return ClientConfig(
        provider="openai",
        azure_api="classic",
        base_url=url,
        api_key=api_key,
        admin_api_key=admin_api_key,
        organization=organization or None,
        project=project or None,
    )


def _azure_config(
    *,
    api_key: str | None,
    base_url: str | None,
    azure_endpoint: str | None,
    azure_resource: str | None,
    azure_deployment: str | None,
    api_version: str | None,
    azure_ad_token: str | None,
    azure_ad_token_provider: TokenProvider | None,
    azure_api: AzureApi,
    sync: bool,
    auth: Auth | None,
) -> ClientConfig:
    if base_url is not None:
        raise ConfigurationError(
            "base_url is an OpenAI setting; for Azure OpenAI pass azure_endpoint (https://<resource>.openai.azure.com)"
        )
    if azure_api not in ("classic", "v1"):
        raise ConfigurationError("azure_api must be 'classic' or 'v1'")
    if azure_endpoint and azure_resource:
        raise ConfigurationError("pass only one of azure_endpoint and azure_resource")
    if azure_resource:
        if not re.fullmatch(_RESOURCE, azure_resource):
            raise ConfigurationError(
                "azure_resource must be the resource name only (letters, digits and '-'), not a URL; "
                "pass a URL as azure_endpoint"
            )
        endpoint = AZURE_HOST_TEMPLATE.format(resource=azure_resource)
    elif azure_endpoint:
        endpoint = azure_endpoint.strip().rstrip("/")
        check_url("azure_endpoint", endpoint, "https://<resource>.openai.azure.com (or pass azure_resource)")
        for suffix in _ENDPOINT_SUFFIXES:
            if endpoint.endswith(suffix):
                endpoint = endpoint[: -len(suffix)]
                break
        if urlsplit(endpoint).path:
            raise ConfigurationError(
                "azure_endpoint must have no path other than /openai or /openai/v1 (every call's path is added "
                "to it); expected https://<resource>.openai.azure.com"
            )
    else:
        raise ConfigurationError(
            "Azure OpenAI needs azure_endpoint (https://<resource>.openai.azure.com) or azure_resource "
            "(or set AZURE_OPENAI_ENDPOINT)"
        )
    if azure_deployment is not None:
        if not isinstance(azure_deployment, str) or bad_deployment(azure_deployment):
            raise ConfigurationError(
                f"azure_deployment {azure_deployment!r} is not a deployment name: it must be a str, not '.' or '..', "
                "without '/', '?' or '#'"
            )
    if azure_api == "classic" and not api_version:
        raise ConfigurationError(
            "Azure OpenAI needs api_version (e.g. '2024-10-21'; or set OPENAI_API_VERSION), "
            "or azure_api='v1' for the v1 API, which takes none"
        )
    if api_version and not re.fullmatch(_API_VERSION, api_version):
        raise ConfigurationError(
            f"api_version {api_version!r} is not an Azure OpenAI API version: expected YYYY-MM-DD or "
            "YYYY-MM-DD-preview (e.g. '2024-10-21'), or 'v1'"
        )
    given = [n for n, v in (("api_key", api_key), ("azure_ad_token", azure_ad_token)) if v]
    if azure_ad_token_provider is not None:
        given.append("azure_ad_token_provider")
        if not callable(azure_ad_token_provider):
            raise ConfigurationError("azure_ad_token_provider must be a callable returning a token")
        if sync and _is_async_callable(azure_ad_token_provider):
            raise ConfigurationError(
                "azure_ad_token_provider is async; the sync Client needs a sync provider (use AsyncClient)"
            )
    if auth is not None:
        given.append("auth")
        if sync and auth.needs_async:
            raise ConfigurationError(f"auth={type(auth).__name__} is async; the sync Client needs a sync one")
    if not given:
        raise ConfigurationError(
            "No credentials for Azure OpenAI: pass api_key (or set AZURE_OPENAI_API_KEY), azure_ad_token "
            "(AZURE_OPENAI_AD_TOKEN) or azure_ad_token_provider"
        )
    if len(given) > 1:
        raise ConfigurationError(f"pass only one of {', '.join(given)}")
    if api_key is not None:
        if api_key.startswith("sk-"):
            warnings.warn(
                "api_key looks like an OpenAI key ('sk-...') but the client is set up for Azure OpenAI; "
                "did you mean is_openai_key=True?",
                ConfigurationWarning,
                stacklevel=4,
            )
        elif not re.fullmatch(_AZURE_KEY, api_key):
            warnings.warn(
                "api_key does not look like an Azure OpenAI key (32 hexadecimal characters); is it an OpenAI "
                "key, or an Entra ID token (pass that as azure_ad_token)?",
                ConfigurationWarning,
                stacklevel=4,
            )
    return ClientConfig(
        provider="azure",
        azure_api=azure_api,
        base_url=endpoint,
        api_key=api_key,
        azure_deployment=azure_deployment or None,
        api_version=api_version or None,
        azure_ad_token=azure_ad_token,
        azure_ad_token_provider=azure_ad_token_provider,
        auth=auth,
    )


def check_api_version(
    config: ClientConfig, known: tuple[str, ...], *, strict: bool = False, allow_unknown: bool = False
) -> None:
    """The Azure `api_version` policy: any well-formed version is sent (`resolve_config` checked its form);
    one none of the generated specs has (`known`) gives one `ConfigurationWarning`, or with `strict` a
    `ConfigurationError`. `allow_unknown` (the older `allow_unknown_api_version=True`) only silences the warning.
    """
    version = config.api_version
    if not version or not known or config.azure_api != "classic" or version in known:
        return
    if strict and allow_unknown:
        raise ConfigurationError("pass only one of strict_api_version=True and allow_unknown_api_version=True")
    versions = ", ".join(known)
    if strict:
        raise ConfigurationError(
            f"api_version {version!r} is not one this client was generated for ({versions}) and "
            "strict_api_version=True; generate the client from that Azure spec version (specs/config.toml)"
        )
    if not allow_unknown:
        warnings.warn(
            f"api_version {version!r} is none of the Azure spec versions this client was generated for "
            f"({versions}); it is sent as given, with the operations and fields of those specs "
            "(strict_api_version=True makes this an error, allow_unknown_api_version=True silences it)",
            ConfigurationWarning,
            stacklevel=3,
        )
