# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .beta_moderation_config_param import BetaModerationConfig, BetaModerationConfigParam


class BetaModerationPolicy(BaseModel):
    """The policy to apply to moderated response input and output."""

    input: BetaModerationConfig | None = None
    """The moderation policy for the response input."""

    output: BetaModerationConfig | None = None
    """The moderation policy for the response output."""


class BetaModerationPolicyParam(TypedDict, total=False):
    """The policy to apply to moderated response input and output."""

    input: BetaModerationConfigParam | None
    """The moderation policy for the response input."""

    output: BetaModerationConfigParam | None
    """The moderation policy for the response output."""
