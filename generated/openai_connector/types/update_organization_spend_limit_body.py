# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class UpdateOrganizationSpendLimitBody(BaseModel):
    """Parameters for the hard spend limit you want to create or replace."""

    threshold_amount: int = Field(default_factory=_missing)
    """The hard spend limit amount, in cents."""

    currency: Literal["USD"] = Field(default_factory=_missing)
    """The currency for the threshold amount. Currently, only `USD` is supported."""

    interval: Literal["month"] = Field(default_factory=_missing)
    """The time interval for evaluating spend against the threshold. Currently, only `month` is supported."""


class UpdateOrganizationSpendLimitBodyParam(TypedDict, total=False):
    """Parameters for the hard spend limit you want to create or replace."""

    threshold_amount: Required[int]
    """The hard spend limit amount, in cents."""

    currency: Required[Literal["USD"]]
    """The currency for the threshold amount. Currently, only `USD` is supported."""

    interval: Required[Literal["month"]]
    """The time interval for evaluating spend against the threshold. Currently, only `month` is supported."""
