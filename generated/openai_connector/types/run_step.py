# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .metadata import Metadata
from .run_step_completion_usage import RunStepCompletionUsage
from .run_step_details_message_creation_object import RunStepDetailsMessageCreationObject
from .run_step_details_tool_calls_object import RunStepDetailsToolCallsObject


class RunStepLastError(BaseModel):
    """The last error associated with this run step. Will be `null` if there are no errors."""

    code: Open[Literal["server_error", "rate_limit_exceeded"]] = Field(default_factory=_missing)
    """One of `server_error` or `rate_limit_exceeded`."""

    message: str = Field(default_factory=_missing)
    """A human-readable description of the error."""


class RunStep(BaseModel):
    """Represents a step in execution of a run."""

    id: str = Field(default_factory=_missing)
    """The identifier of the run step, which can be referenced in API endpoints."""

    object: Literal["thread.run.step"] = Field(default_factory=_missing)
    """The object type, which is always `thread.run.step`."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the run step was created."""

    assistant_id: str = Field(default_factory=_missing)
    """The ID of the [assistant](/docs/api-reference/assistants) associated with the run step."""

    thread_id: str = Field(default_factory=_missing)
    """The ID of the [thread](/docs/api-reference/threads) that was run."""

    run_id: str = Field(default_factory=_missing)
    """The ID of the [run](/docs/api-reference/runs) that this run step is a part of."""

    type: Open[Literal["message_creation", "tool_calls"]] = Field(default_factory=_missing)
    """The type of run step, which can be either `message_creation` or `tool_calls`."""

    status: Open[Literal["in_progress", "cancelled", "failed", "completed", "expired"]] = Field(
        default_factory=_missing
    )
    """The status of the run step, which can be either `in_progress`, `cancelled`, `failed`, `completed`, or `expired`."""

    step_details: 'Open[Annotated[Annotated[RunStepDetailsMessageCreationObject, Tag("message_creation")] | Annotated[RunStepDetailsToolCallsObject, Tag("tool_calls")], Discriminator(tag_of("type"))]]' = Field(
        default_factory=_missing
    )
    """The details of the run step."""

    last_error: RunStepLastError | None = None
    """The last error associated with this run step. Will be `null` if there are no errors."""

    expired_at: int | None = None
    """The Unix timestamp (in seconds) for when the run step expired. A step is considered expired if the parent run is expired."""

    cancelled_at: int | None = None
    """The Unix timestamp (in seconds) for when the run step was cancelled."""

    failed_at: int | None = None
    """The Unix timestamp (in seconds) for when the run step failed."""

    completed_at: int | None = None
    """The Unix timestamp (in seconds) for when the run step completed."""

    metadata: Metadata = Field(default_factory=_missing)
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    usage: RunStepCompletionUsage = Field(default_factory=_missing)
    """Usage statistics related to the run step. This value will be `null` while the run step's status is `in_progress`."""
