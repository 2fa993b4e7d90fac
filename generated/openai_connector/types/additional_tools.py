# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .message_role import MessageRole
from .tool import Tool


class AdditionalTools(BaseModel):
    type: Literal["additional_tools"]
    """The type of the item. Always `additional_tools`."""

    id: str
    """The unique ID of the additional tools item."""

    role: MessageRole
    """The role that provided the additional tools."""

    tools: list[Tool]
    """The additional tool definitions made available at this item."""
