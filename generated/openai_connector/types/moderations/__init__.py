# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.moderations`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from ...lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "ModerationCreateResponse": (("moderation_create_response", "ModerationCreateResponse"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 1, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
