"""The one order of precedence of explicit settings and environment variables (`PRECEDENCE`).

`with_environment` completes a client's settings from the chosen provider's variables only, so a key
set for one provider is never sent to the other's host; `Client.from_env()`, the client classes and
the command line all use it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any, Final, Literal

from ._errors import ConfigurationError

__all__ = ["AZURE_ENV", "OPENAI_ENV", "PRECEDENCE", "for_client_class", "with_environment"]

# The environment variables of each provider, as openai-python reads them: setting -> variable.
OPENAI_ENV: Final = {
    "api_key": "OPENAI_API_KEY",
    "admin_api_key": "OPENAI_ADMIN_KEY",
    "organization": "OPENAI_ORG_ID",
    "project": "OPENAI_PROJECT_ID",
    "base_url": "OPENAI_BASE_URL",
}
AZURE_ENV: Final = {
    "api_key": "AZURE_OPENAI_API_KEY",
    "azure_ad_token": "AZURE_OPENAI_AD_TOKEN",
    "azure_endpoint": "AZURE_OPENAI_ENDPOINT",
    "api_version": "OPENAI_API_VERSION",
}
# Explicit settings that only one provider takes: any of them chooses that provider.
_AZURE_ONLY = (
    "azure_endpoint",
    "azure_resource",
    "azure_deployment",
    "api_version",
    "azure_ad_token",
    "azure_ad_token_provider",
    "azure_api",
)
_OPENAI_ONLY = ("base_url", "organization", "project", "admin_api_key")
_AZURE_CREDENTIALS = ("api_key", "azure_ad_token", "azure_ad_token_provider")
_CONNECTION = frozenset({*OPENAI_ENV, *AZURE_ENV, *_AZURE_ONLY, "is_openai_key"})

PRECEDENCE = """\
1. The provider: `is_openai_key` if given; else Azure OpenAI if any Azure-only setting is given
   (azure_endpoint, azure_resource, azure_deployment, api_version, azure_ad_token,
   azure_ad_token_provider, azure_api); else OpenAI if an OpenAI-only one is (base_url,
   organization, project, admin_api_key); else Azure OpenAI if AZURE_OPENAI_ENDPOINT is set; else OpenAI.
2. Each setting: the explicit value; else the chosen provider's variable (OpenAI: OPENAI_API_KEY,
   OPENAI_ADMIN_KEY, OPENAI_ORG_ID, OPENAI_PROJECT_ID, OPENAI_BASE_URL; Azure: AZURE_OPENAI_API_KEY, else
   AZURE_OPENAI_AD_TOKEN, when no credential is given; AZURE_OPENAI_ENDPOINT unless azure_resource
   is given; OPENAI_API_VERSION). The other provider's variables are never read, so a key set for
   one provider is never sent to the other's host. An explicit api_key goes to the chosen provider.
The clients themselves read the environment too, by the same rules, except that `OpenAI(...)` and
`AzureOpenAI(...)` fix the provider (rule 1 is skipped), and `Client(api_key)` with no other setting
choosing a provider is OpenAI: a key given in code never goes to an endpoint read from the environment.
"""


def _chosen_provider(explicit: Mapping[str, object], env: Callable[[str], str | None], *, key_is_openai: bool) -> bool:
    """True for OpenAI, False for Azure OpenAI (rule 1 of `PRECEDENCE`)."""
    is_openai_key = explicit.get("is_openai_key")
    if is_openai_key is not None:
        return bool(is_openai_key)
    if any(explicit.get(name) is not None for name in _AZURE_ONLY):
        return False
    if any(explicit.get(name) is not None for name in _OPENAI_ONLY):
        return True
    if key_is_openai and explicit.get("api_key") is not None:
        return True
    return env("AZURE_OPENAI_ENDPOINT") is None


def for_client_class(
    provider: Literal["openai", "azure"] | None, explicit: Mapping[str, Any], environ: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The settings of a client constructor completed from the environment (`PRECEDENCE`): `provider` is the
    one `OpenAI` / `AzureOpenAI` fix (an argument of the other provider is a `ConfigurationError` naming it),
    None for `Client`, where an explicit `api_key` alone means OpenAI."""
    if provider is not None:
        wrong = _OPENAI_ONLY if provider == "azure" else (*_AZURE_ONLY, "azure_resource")
        given = [name for name in dict.fromkeys(wrong) if explicit.get(name) is not None]
        if explicit.get("is_openai_key") is not None and explicit["is_openai_key"] != (provider == "openai"):
            given.insert(0, "is_openai_key")
        if given:
            cls, other = ("AzureOpenAI", "OpenAI") if provider == "azure" else ("OpenAI", "AzureOpenAI")
            hint = " (for the Azure endpoint pass azure_endpoint)" if "base_url" in given else ""
            raise ConfigurationError(f"{cls}() does not take {', '.join(given)}: use {other}() or Client(){hint}")
        explicit = {**explicit, "is_openai_key": provider == "openai"}
    return with_environment(explicit, environ, key_is_openai=True)


def with_environment(
    explicit: Mapping[str, Any], environ: Mapping[str, str] | None = None, *, key_is_openai: bool = False
) -> dict[str, Any]:
    """`explicit` settings (constructor arguments or CLI flags; `api_key` included) completed from the
    environment, in the one order of precedence `PRECEDENCE` documents (`Client.from_env()` and the CLI;
    `key_is_openai` for the constructors: an explicit `api_key` alone chooses OpenAI)."""
    source = os.environ if environ is None else environ

    def env(name: str) -> str | None:
        value = source.get(name, "").strip()
        return value or None

    # A connection setting given as None counts as not given (others keep None: `timeout=None` means no timeout).
    settings = {name: value for name, value in explicit.items() if value is not None or name not in _CONNECTION}
    is_openai = _chosen_provider(settings, env, key_is_openai=key_is_openai)
    settings["is_openai_key"] = is_openai
    if is_openai:
        for name, variable in OPENAI_ENV.items():
            if name not in settings and env(variable) is not None:
                settings[name] = env(variable)
        return settings
    if not any(name in settings for name in _AZURE_CREDENTIALS):
        if env("AZURE_OPENAI_API_KEY") is not None:
            settings["api_key"] = env("AZURE_OPENAI_API_KEY")
        elif env("AZURE_OPENAI_AD_TOKEN") is not None:
            settings["azure_ad_token"] = env("AZURE_OPENAI_AD_TOKEN")
    if "azure_endpoint" not in settings and "azure_resource" not in settings and env("AZURE_OPENAI_ENDPOINT"):
        settings["azure_endpoint"] = env("AZURE_OPENAI_ENDPOINT")
    if "api_version" not in settings and env("OPENAI_API_VERSION") is not None:
        settings["api_version"] = env("OPENAI_API_VERSION")
    return settings
