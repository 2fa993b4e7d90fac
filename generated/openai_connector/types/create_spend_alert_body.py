# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .spend_alert_notification_channel import SpendAlertNotificationChannel, SpendAlertNotificationChannelParam


class CreateSpendAlertBody(BaseModel):
    """Parameters for creating or updating a spend alert."""

    threshold_amount: int = Field(default_factory=_missing)
    """The alert threshold amount, in cents."""

    currency: Literal["USD"] = Field(default_factory=_missing)
    """The currency for the threshold amount."""

    interval: Literal["month"] = Field(default_factory=_missing)
    """The time interval for evaluating spend against the threshold."""

    notification_channel: SpendAlertNotificationChannel = Field(default_factory=_missing)
    """Email notification settings for a spend alert."""


class CreateSpendAlertBodyParam(TypedDict, total=False):
    """Parameters for creating or updating a spend alert."""

    threshold_amount: Required[int]
    """The alert threshold amount, in cents."""

    currency: Required[Literal["USD"]]
    """The currency for the threshold amount."""

    interval: Required[Literal["month"]]
    """The time interval for evaluating spend against the threshold."""

    notification_channel: Required[SpendAlertNotificationChannelParam]
    """Email notification settings for a spend alert."""
