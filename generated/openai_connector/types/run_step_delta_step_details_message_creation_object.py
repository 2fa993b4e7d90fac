# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RunStepDeltaStepDetailsMessageCreationObjectMessageCreation(BaseModel):
    message_id: str | None = None
    """The ID of the message that was created by this run step."""


class RunStepDeltaStepDetailsMessageCreationObject(BaseModel):
    """Details of the message creation by the run step."""

    type: 'Literal["message_creation"]' = Field(default_factory=_missing)
    """Always `message_creation`."""

    message_creation: RunStepDeltaStepDetailsMessageCreationObjectMessageCreation | None = None
