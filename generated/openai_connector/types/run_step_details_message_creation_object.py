# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RunStepDetailsMessageCreationObjectMessageCreation(BaseModel):
    message_id: str = Field(default_factory=_missing)
    """The ID of the message that was created by this run step."""


class RunStepDetailsMessageCreationObject(BaseModel):
    """Details of the message creation by the run step."""

    type: 'Literal["message_creation"]' = Field(default_factory=_missing)
    """Always `message_creation`."""

    message_creation: RunStepDetailsMessageCreationObjectMessageCreation = Field(default_factory=_missing)
