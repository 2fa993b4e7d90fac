# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal, TypeAlias

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .run_step import RunStep
from .run_step_delta_object import RunStepDeltaObject


class RunStepStreamEventThreadRunStepCancelled(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) is cancelled."""

    event: Literal["thread.run.step.cancelled"] = Field(default_factory=_missing)

    data: RunStep = Field(default_factory=_missing)
    """Represents a step in execution of a run."""


class RunStepStreamEventThreadRunStepCompleted(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) is completed."""

    event: Literal["thread.run.step.completed"] = Field(default_factory=_missing)

    data: RunStep = Field(default_factory=_missing)
    """Represents a step in execution of a run."""


class RunStepStreamEventThreadRunStepCreated(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) is created."""

    event: Literal["thread.run.step.created"] = Field(default_factory=_missing)

    data: RunStep = Field(default_factory=_missing)
    """Represents a step in execution of a run."""


class RunStepStreamEventThreadRunStepDelta(BaseModel):
    """Occurs when parts of a [run step](/docs/api-reference/run-steps/step-object) are being streamed."""

    event: Literal["thread.run.step.delta"] = Field(default_factory=_missing)

    data: RunStepDeltaObject = Field(default_factory=_missing)
    """Represents a run step delta i.e. any changed fields on a run step during streaming."""


class RunStepStreamEventThreadRunStepExpired(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) expires."""

    event: Literal["thread.run.step.expired"] = Field(default_factory=_missing)

    data: RunStep = Field(default_factory=_missing)
    """Represents a step in execution of a run."""


class RunStepStreamEventThreadRunStepFailed(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) fails."""

    event: Literal["thread.run.step.failed"] = Field(default_factory=_missing)

    data: RunStep = Field(default_factory=_missing)
    """Represents a step in execution of a run."""


class RunStepStreamEventThreadRunStepInProgress(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) moves to an `in_progress` state."""

    event: Literal["thread.run.step.in_progress"] = Field(default_factory=_missing)

    data: RunStep = Field(default_factory=_missing)
    """Represents a step in execution of a run."""


RunStepStreamEvent: TypeAlias = Open[
    Annotated[
        Annotated[RunStepStreamEventThreadRunStepCreated, Tag("thread.run.step.created")]
        | Annotated[RunStepStreamEventThreadRunStepInProgress, Tag("thread.run.step.in_progress")]
        | Annotated[RunStepStreamEventThreadRunStepDelta, Tag("thread.run.step.delta")]
        | Annotated[RunStepStreamEventThreadRunStepCompleted, Tag("thread.run.step.completed")]
        | Annotated[RunStepStreamEventThreadRunStepFailed, Tag("thread.run.step.failed")]
        | Annotated[RunStepStreamEventThreadRunStepCancelled, Tag("thread.run.step.cancelled")]
        | Annotated[RunStepStreamEventThreadRunStepExpired, Tag("thread.run.step.expired")],
        Discriminator(tag_of("event")),
    ]
]
