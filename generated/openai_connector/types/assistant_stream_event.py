# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .done_event import DoneEvent
from .error_event import ErrorEvent
from .message_stream_event import (
    MessageStreamEventThreadMessageCompleted,
    MessageStreamEventThreadMessageCreated,
    MessageStreamEventThreadMessageDelta,
    MessageStreamEventThreadMessageIncomplete,
    MessageStreamEventThreadMessageInProgress,
)
from .run_step_stream_event import (
    RunStepStreamEventThreadRunStepCancelled,
    RunStepStreamEventThreadRunStepCompleted,
    RunStepStreamEventThreadRunStepCreated,
    RunStepStreamEventThreadRunStepDelta,
    RunStepStreamEventThreadRunStepExpired,
    RunStepStreamEventThreadRunStepFailed,
    RunStepStreamEventThreadRunStepInProgress,
)
from .run_stream_event import (
    RunStreamEventThreadRunCancelled,
    RunStreamEventThreadRunCancelling,
    RunStreamEventThreadRunCompleted,
    RunStreamEventThreadRunCreated,
    RunStreamEventThreadRunExpired,
    RunStreamEventThreadRunFailed,
    RunStreamEventThreadRunIncomplete,
    RunStreamEventThreadRunInProgress,
    RunStreamEventThreadRunQueued,
    RunStreamEventThreadRunRequiresAction,
)
from .thread_stream_event import ThreadStreamEventThreadCreated

AssistantStreamEvent: TypeAlias = Open[
    Annotated[
        Annotated[ThreadStreamEventThreadCreated, Tag("thread.created")]
        | Annotated[RunStreamEventThreadRunCreated, Tag("thread.run.created")]
        | Annotated[RunStreamEventThreadRunQueued, Tag("thread.run.queued")]
        | Annotated[RunStreamEventThreadRunInProgress, Tag("thread.run.in_progress")]
        | Annotated[RunStreamEventThreadRunRequiresAction, Tag("thread.run.requires_action")]
        | Annotated[RunStreamEventThreadRunCompleted, Tag("thread.run.completed")]
        | Annotated[RunStreamEventThreadRunIncomplete, Tag("thread.run.incomplete")]
        | Annotated[RunStreamEventThreadRunFailed, Tag("thread.run.failed")]
        | Annotated[RunStreamEventThreadRunCancelling, Tag("thread.run.cancelling")]
        | Annotated[RunStreamEventThreadRunCancelled, Tag("thread.run.cancelled")]
        | Annotated[RunStreamEventThreadRunExpired, Tag("thread.run.expired")]
        | Annotated[RunStepStreamEventThreadRunStepCreated, Tag("thread.run.step.created")]
        | Annotated[RunStepStreamEventThreadRunStepInProgress, Tag("thread.run.step.in_progress")]
        | Annotated[RunStepStreamEventThreadRunStepDelta, Tag("thread.run.step.delta")]
        | Annotated[RunStepStreamEventThreadRunStepCompleted, Tag("thread.run.step.completed")]
        | Annotated[RunStepStreamEventThreadRunStepFailed, Tag("thread.run.step.failed")]
        | Annotated[RunStepStreamEventThreadRunStepCancelled, Tag("thread.run.step.cancelled")]
        | Annotated[RunStepStreamEventThreadRunStepExpired, Tag("thread.run.step.expired")]
        | Annotated[MessageStreamEventThreadMessageCreated, Tag("thread.message.created")]
        | Annotated[MessageStreamEventThreadMessageInProgress, Tag("thread.message.in_progress")]
        | Annotated[MessageStreamEventThreadMessageDelta, Tag("thread.message.delta")]
        | Annotated[MessageStreamEventThreadMessageCompleted, Tag("thread.message.completed")]
        | Annotated[MessageStreamEventThreadMessageIncomplete, Tag("thread.message.incomplete")]
        | Annotated[ErrorEvent, Tag("error")]
        | Annotated[DoneEvent, Tag("done")],
        Discriminator(tag_of("event")),
    ]
]
"""Represents an event emitted when streaming a Run.

Each event in a server-sent events stream has an `event` and `data` property:

```
event: thread.created
data: {"id": "thread_123", "object": "thread", ...}
```

We emit events whenever a new object is created, transitions to a new state, or is being
streamed in parts (deltas). For example, we emit `thread.run.created` when a new run
is created, `thread.run.completed` when a run completes, and so on. When an Assistant chooses
to create a message during a run, we emit a `thread.message.created event`, a
`thread.message.in_progress` event, many `thread.message.delta` events, and finally a
`thread.message.completed` event.

We may add additional events over time, so we recommend handling unknown events gracefully
in your code. See the [Assistants API quickstart](/docs/assistants/overview) to learn how to
integrate the Assistants API with streaming.
"""
