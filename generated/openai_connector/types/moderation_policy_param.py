# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .moderation_config_param import ModerationConfig, ModerationConfigParam


class ModerationPolicy(BaseModel):
    """The policy to apply to moderated response input and output."""

    input: ModerationConfig | None = None
    """The moderation policy for the response input."""

    output: ModerationConfig | None = None
    """The moderation policy for the response output."""


class ModerationPolicyParam(TypedDict, total=False):
    """The policy to apply to moderated response input and output."""

    input: ModerationConfigParam | None
    """The moderation policy for the response input."""

    output: ModerationConfigParam | None
    """The moderation policy for the response output."""
