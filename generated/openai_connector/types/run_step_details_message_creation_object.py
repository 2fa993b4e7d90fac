# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class RunStepDetailsMessageCreationObject(BaseModel):
    """Details of the message creation by the run step."""

    type: Literal["message_creation"]
    """Always `message_creation`."""

    message_creation: RunStepDetailsMessageCreationObjectMessageCreation


class RunStepDetailsMessageCreationObjectMessageCreation(BaseModel):
    message_id: str
    """The ID of the message that was created by this run step."""
