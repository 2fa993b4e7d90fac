# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .spend_limit_enforcement_status import SpendLimitEnforcementStatus


class SpendLimitEnforcement(BaseModel):
    """The current enforcement state of a hard spend limit."""

    status: SpendLimitEnforcementStatus = Field(default_factory=_missing)
    """Whether the hard spend limit is currently enforcing."""
