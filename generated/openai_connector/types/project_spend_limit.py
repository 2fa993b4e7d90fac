# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .spend_limit_currency import SpendLimitCurrency
from .spend_limit_enforcement import SpendLimitEnforcement
from .spend_limit_interval import SpendLimitInterval


class ProjectSpendLimit(BaseModel):
    """Represents a hard spend limit configured at the project level."""

    object: Literal["project.spend_limit"] = Field(default_factory=_missing)
    """The object type, which is always `project.spend_limit`."""

    threshold_amount: int = Field(default_factory=_missing)
    """The hard spend limit amount, in cents."""

    currency: SpendLimitCurrency = Field(default_factory=_missing)
    """The currency for the threshold amount. Currently, only `USD` is supported."""

    interval: SpendLimitInterval = Field(default_factory=_missing)
    """The time interval for evaluating spend against the threshold. Currently, only `month` is supported."""

    enforcement: SpendLimitEnforcement = Field(default_factory=_missing)
    """The current enforcement state of the hard spend limit."""
