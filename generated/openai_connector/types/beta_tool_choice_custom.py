# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class BetaToolChoiceCustom(BaseModel):
    """Use this option to force the model to call a specific custom tool."""

    type: Literal["custom"]
    """For custom tool calling, the type is always `custom`."""

    name: str
    """The name of the custom tool to call."""


class BetaToolChoiceCustomParam(TypedDict, total=False):
    """Use this option to force the model to call a specific custom tool."""

    type: Required[Literal["custom"]]
    """For custom tool calling, the type is always `custom`."""

    name: Required[str]
    """The name of the custom tool to call."""
