# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .spend_alert_notification_channel import SpendAlertNotificationChannel


class OrganizationSpendAlert(BaseModel):
    """Represents a spend alert configured at the organization level."""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["organization.spend_alert"] = Field(default_factory=_missing)
    """The object type, which is always `organization.spend_alert`."""

    threshold_amount: int = Field(default_factory=_missing)
    """The alert threshold amount, in cents."""

    currency: Literal["USD"] = Field(default_factory=_missing)
    """The currency for the threshold amount."""

    interval: Literal["month"] = Field(default_factory=_missing)
    """The time interval for evaluating spend against the threshold."""

    notification_channel: SpendAlertNotificationChannel = Field(default_factory=_missing)
    """Email notification settings for a spend alert."""
