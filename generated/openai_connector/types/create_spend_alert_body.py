# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .spend_alert_notification_channel import SpendAlertNotificationChannel, SpendAlertNotificationChannelParam


class CreateSpendAlertBody(BaseModel):
    """Parameters for creating or updating a spend alert."""

    threshold_amount: int
    """The alert threshold amount, in cents."""

    currency: Literal["USD"]
    """The currency for the threshold amount."""

    interval: Literal["month"]
    """The time interval for evaluating spend against the threshold."""

    notification_channel: SpendAlertNotificationChannel
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
