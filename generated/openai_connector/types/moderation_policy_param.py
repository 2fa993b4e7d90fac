# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .moderation_config_param import ModerationConfigParam, ModerationConfigParamParam


class ModerationPolicyParam(BaseModel):
    """The policy to apply to moderated response input and output."""

    input: ModerationConfigParam | None = None
    """The moderation policy for the response input."""

    output: ModerationConfigParam | None = None
    """The moderation policy for the response output."""


class ModerationPolicyParamParam(TypedDict, total=False):
    """The policy to apply to moderated response input and output."""

    input: ModerationConfigParamParam | None
    """The moderation policy for the response input."""

    output: ModerationConfigParamParam | None
    """The moderation policy for the response output."""
