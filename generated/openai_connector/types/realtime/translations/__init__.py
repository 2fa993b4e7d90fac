# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.realtime.translations`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ...realtime_translation_client_secret_create_response import (
        RealtimeTranslationClientSecretCreateResponse as ClientSecretCreateResponse,
    )
    from ...realtime_translation_client_secret_create_response import (
        RealtimeTranslationClientSecretCreateResponse as RealtimeTranslationClientSecretCreateResponse,
    )

__all__ = [
    "ClientSecretCreateResponse",
    "RealtimeTranslationClientSecretCreateResponse",
]

_EXPORTS: dict[str, Target] = {
    "ClientSecretCreateResponse": (
        ("realtime_translation_client_secret_create_response", "RealtimeTranslationClientSecretCreateResponse"),
    ),
    "RealtimeTranslationClientSecretCreateResponse": (
        ("realtime_translation_client_secret_create_response", "RealtimeTranslationClientSecretCreateResponse"),
    ),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 2, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
