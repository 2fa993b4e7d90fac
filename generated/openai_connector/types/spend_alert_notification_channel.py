# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class SpendAlertNotificationChannel(BaseModel):
    """Email notification settings for a spend alert."""

    type: Literal["email"] = Field(default_factory=_missing)
    """The notification channel type. Currently only `email` is supported."""

    recipients: list[str] = Field(default_factory=_missing)
    """Email addresses that receive the spend alert notification."""

    subject_prefix: str | None = None
    """Optional subject prefix for alert emails."""


class SpendAlertNotificationChannelParam(TypedDict, total=False):
    """Email notification settings for a spend alert."""

    type: Required[Literal["email"]]
    """The notification channel type. Currently only `email` is supported."""

    recipients: Required[Sequence[str]]
    """Email addresses that receive the spend alert notification."""

    subject_prefix: str | None
    """Optional subject prefix for alert emails."""
