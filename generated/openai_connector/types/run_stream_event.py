# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal, TypeAlias

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .run import Run


class RunStreamEventThreadRunCancelled(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) is cancelled."""

    event: Literal["thread.run.cancelled"] = Field(default_factory=_missing)

    data: Run = Field(default_factory=_missing)
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunCancelling(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `cancelling` status."""

    event: Literal["thread.run.cancelling"] = Field(default_factory=_missing)

    data: Run = Field(default_factory=_missing)
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunCompleted(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) is completed."""

    event: Literal["thread.run.completed"] = Field(default_factory=_missing)

    data: Run = Field(default_factory=_missing)
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunCreated(BaseModel):
    """Occurs when a new [run](/docs/api-reference/runs/object) is created."""

    event: Literal["thread.run.created"] = Field(default_factory=_missing)

    data: Run = Field(default_factory=_missing)
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunExpired(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) expires."""

    event: Literal["thread.run.expired"] = Field(default_factory=_missing)

    data: Run = Field(default_factory=_missing)
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunFailed(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) fails."""

    event: Literal["thread.run.failed"] = Field(default_factory=_missing)

    data: Run = Field(default_factory=_missing)
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunInProgress(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to an `in_progress` status."""

    event: Literal["thread.run.in_progress"] = Field(default_factory=_missing)

    data: Run = Field(default_factory=_missing)
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunIncomplete(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) ends with status `incomplete`."""

    event: Literal["thread.run.incomplete"] = Field(default_factory=_missing)

    data: Run = Field(default_factory=_missing)
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunQueued(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `queued` status."""

    event: Literal["thread.run.queued"] = Field(default_factory=_missing)

    data: Run = Field(default_factory=_missing)
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class RunStreamEventThreadRunRequiresAction(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `requires_action` status."""

    event: Literal["thread.run.requires_action"] = Field(default_factory=_missing)

    data: Run = Field(default_factory=_missing)
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


RunStreamEvent: TypeAlias = Open[
    Annotated[
        Annotated[RunStreamEventThreadRunCreated, Tag("thread.run.created")]
        | Annotated[RunStreamEventThreadRunQueued, Tag("thread.run.queued")]
        | Annotated[RunStreamEventThreadRunInProgress, Tag("thread.run.in_progress")]
        | Annotated[RunStreamEventThreadRunRequiresAction, Tag("thread.run.requires_action")]
        | Annotated[RunStreamEventThreadRunCompleted, Tag("thread.run.completed")]
        | Annotated[RunStreamEventThreadRunIncomplete, Tag("thread.run.incomplete")]
        | Annotated[RunStreamEventThreadRunFailed, Tag("thread.run.failed")]
        | Annotated[RunStreamEventThreadRunCancelling, Tag("thread.run.cancelling")]
        | Annotated[RunStreamEventThreadRunCancelled, Tag("thread.run.cancelled")]
        | Annotated[RunStreamEventThreadRunExpired, Tag("thread.run.expired")],
        Discriminator(tag_of("event")),
    ]
]
