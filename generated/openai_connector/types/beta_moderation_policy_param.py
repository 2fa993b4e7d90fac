# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .beta_moderation_config_param import BetaModerationConfigParam, BetaModerationConfigParamParam


class BetaModerationPolicyParam(BaseModel):
    """The policy to apply to moderated response input and output."""

    input: BetaModerationConfigParam | None = None
    """The moderation policy for the response input."""

    output: BetaModerationConfigParam | None = None
    """The moderation policy for the response output."""


class BetaModerationPolicyParamParam(TypedDict, total=False):
    """The policy to apply to moderated response input and output."""

    input: BetaModerationConfigParamParam | None
    """The moderation policy for the response input."""

    output: BetaModerationConfigParamParam | None
    """The moderation policy for the response output."""
