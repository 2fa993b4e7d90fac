# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .run_step_delta_step_details_message_creation_object import RunStepDeltaStepDetailsMessageCreationObject
from .run_step_delta_step_details_tool_calls_object import RunStepDeltaStepDetailsToolCallsObject


class RunStepDeltaObjectDelta(BaseModel):
    """The delta containing the fields that have changed on the run step."""

    step_details: (
        Open[
            Annotated[
                Annotated[RunStepDeltaStepDetailsMessageCreationObject, Tag("message_creation")]
                | Annotated[RunStepDeltaStepDetailsToolCallsObject, Tag("tool_calls")],
                Discriminator(tag_of("type")),
            ]
        ]
        | None
    ) = None
    """The details of the run step."""


class RunStepDeltaObject(BaseModel):
    """Represents a run step delta i.e. any changed fields on a run step during streaming."""

    id: str = Field(default_factory=_missing)
    """The identifier of the run step, which can be referenced in API endpoints."""

    object: 'Literal["thread.run.step.delta"]' = Field(default_factory=_missing)
    """The object type, which is always `thread.run.step.delta`."""

    delta: RunStepDeltaObjectDelta = Field(default_factory=_missing)
    """The delta containing the fields that have changed on the run step."""
