# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ProjectSpendAlertDeleted(BaseModel):
    """Confirmation payload returned after deleting a project spend alert."""

    id: str = Field(default_factory=_missing)
    """The deleted spend alert ID."""

    object: 'Literal["project.spend_alert.deleted"]' = Field(default_factory=_missing)
    """Always `project.spend_alert.deleted`."""

    deleted: bool = Field(default_factory=_missing)
    """Whether the spend alert was deleted."""
