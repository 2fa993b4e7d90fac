# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .spend_alert_notification_channel import SpendAlertNotificationChannel


class ProjectSpendAlert(BaseModel):
    """Represents a spend alert configured at the project level."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["project.spend_alert"]
    """The object type, which is always `project.spend_alert`."""

    threshold_amount: int
    """The alert threshold amount, in cents."""

    currency: Literal["USD"]
    """The currency for the threshold amount."""

    interval: Literal["month"]
    """The time interval for evaluating spend against the threshold."""

    notification_channel: SpendAlertNotificationChannel
    """Email notification settings for a spend alert."""
