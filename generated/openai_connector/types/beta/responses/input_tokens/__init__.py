# generated from the OpenAI API spec by the openai-connector generator; do not edit
"""`types.beta.responses.input_tokens`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import Any

from .....lib._type_exports import Target, load_export

_EXPORTS: dict[str, Target] = {
    "BetaTokenCountsResource": (("beta_token_counts_resource", "BetaTokenCountsResource"),),
    "InputTokenCountResponse": (("beta_token_counts_resource", "BetaTokenCountsResource"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 3, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
