# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ResponseFormatTextGrammar(BaseModel):
    """A custom grammar for the model to follow when generating text.
    Learn more in the [custom grammars guide](/docs/guides/custom-grammars).
    """

    type: Literal["grammar"]
    """The type of response format being defined. Always `grammar`."""

    grammar: str
    """The custom grammar for the model to follow."""
