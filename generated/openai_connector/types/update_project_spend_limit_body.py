# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class UpdateProjectSpendLimitBody(BaseModel):
    """Parameters for the hard spend limit you want to create or replace."""

    threshold_amount: int
    """The hard spend limit amount, in cents."""

    currency: Literal["USD"]
    """The currency for the threshold amount. Currently, only `USD` is supported."""

    interval: Literal["month"]
    """The time interval for evaluating spend against the threshold. Currently, only `month` is supported."""


class UpdateProjectSpendLimitBodyParam(TypedDict, total=False):
    """Parameters for the hard spend limit you want to create or replace."""

    threshold_amount: Required[int]
    """The hard spend limit amount, in cents."""

    currency: Required[Literal["USD"]]
    """The currency for the threshold amount. Currently, only `USD` is supported."""

    interval: Required[Literal["month"]]
    """The time interval for evaluating spend against the threshold. Currently, only `month` is supported."""
