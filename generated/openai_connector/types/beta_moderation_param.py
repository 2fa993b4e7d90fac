# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_moderation_policy_param import BetaModerationPolicy, BetaModerationPolicyParam


class BetaModerationParamModel(BaseModel):
    """Configuration for running moderation on the input and output of this response."""

    model: str = Field(default_factory=_missing)
    """The moderation model to use for moderated completions, e.g. 'omni-moderation-latest'."""

    policy: BetaModerationPolicy | None = None
    """The policy to apply to moderated response input and output."""


class BetaModerationParam(TypedDict, total=False):
    """Configuration for running moderation on the input and output of this response."""

    model: Required[str]
    """The moderation model to use for moderated completions, e.g. 'omni-moderation-latest'."""

    policy: BetaModerationPolicyParam | None
    """The policy to apply to moderated response input and output."""
