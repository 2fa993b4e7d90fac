# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .assistant_tools_code import AssistantToolsCode
from .assistant_tools_file_search import AssistantToolsFileSearch
from .assistant_tools_function import AssistantToolsFunction
from .assistants_api_response_format_option import AssistantsApiResponseFormatOption
from .assistants_api_tool_choice_option import AssistantsApiToolChoiceOption
from .metadata import Metadata
from .parallel_tool_calls import ParallelToolCalls
from .run_completion_usage import RunCompletionUsage
from .run_tool_call_object import RunToolCallObject
from .truncation_object import TruncationObject


class RunIncompleteDetails(BaseModel):
    """Details on why the run is incomplete. Will be `null` if the run is not incomplete."""

    reason: Open[Literal["max_completion_tokens", "max_prompt_tokens"]] | None = None
    """The reason why the run is incomplete. This will point to which specific token limit was reached over the course of the run."""


class RunLastError(BaseModel):
    """The last error associated with this run. Will be `null` if there are no errors."""

    code: Open[Literal["server_error", "rate_limit_exceeded", "invalid_prompt"]] = Field(default_factory=_missing)
    """One of `server_error`, `rate_limit_exceeded`, or `invalid_prompt`."""

    message: str = Field(default_factory=_missing)
    """A human-readable description of the error."""


class RunRequiredActionSubmitToolOutputs(BaseModel):
    """Details on the tool outputs needed for this run to continue."""

    tool_calls: list[RunToolCallObject] = Field(default_factory=_missing)
    """A list of the relevant tool calls."""


class RunRequiredAction(BaseModel):
    """Details on the action required to continue the run. Will be `null` if no action is required."""

    type: 'Literal["submit_tool_outputs"]' = Field(default_factory=_missing)
    """For now, this is always `submit_tool_outputs`."""

    submit_tool_outputs: RunRequiredActionSubmitToolOutputs = Field(default_factory=_missing)
    """Details on the tool outputs needed for this run to continue."""


class Run(BaseModel):
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["thread.run"] = Field(default_factory=_missing)
    """The object type, which is always `thread.run`."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the run was created."""

    thread_id: str = Field(default_factory=_missing)
    """The ID of the [thread](/docs/api-reference/threads) that was executed on as a part of this run."""

    assistant_id: str = Field(default_factory=_missing)
    """The ID of the [assistant](/docs/api-reference/assistants) used for execution of this run."""

    status: Open[
        Literal[
            "queued",
            "in_progress",
            "requires_action",
            "cancelling",
            "cancelled",
            "failed",
            "completed",
            "incomplete",
            "expired",
        ]
    ] = Field(default_factory=_missing)
    """The status of the run, which can be either `queued`, `in_progress`, `requires_action`, `cancelling`, `cancelled`, `failed`, `completed`, `incomplete`, or `expired`."""

    required_action: RunRequiredAction | None = None
    """Details on the action required to continue the run. Will be `null` if no action is required."""

    last_error: RunLastError | None = None
    """The last error associated with this run. Will be `null` if there are no errors."""

    expires_at: int | None = None
    """The Unix timestamp (in seconds) for when the run will expire."""

    started_at: int | None = None
    """The Unix timestamp (in seconds) for when the run was started."""

    cancelled_at: int | None = None
    """The Unix timestamp (in seconds) for when the run was cancelled."""

    failed_at: int | None = None
    """The Unix timestamp (in seconds) for when the run failed."""

    completed_at: int | None = None
    """The Unix timestamp (in seconds) for when the run was completed."""

    incomplete_details: RunIncompleteDetails | None = None
    """Details on why the run is incomplete. Will be `null` if the run is not incomplete."""

    model: str = Field(default_factory=_missing)
    """The model that the [assistant](/docs/api-reference/assistants) used for this run."""

    instructions: str = Field(default_factory=_missing)
    """The instructions that the [assistant](/docs/api-reference/assistants) used for this run."""

    tools: list[
        Open[
            Annotated[
                Annotated[AssistantToolsCode, Tag("code_interpreter")]
                | Annotated[AssistantToolsFileSearch, Tag("file_search")]
                | Annotated[AssistantToolsFunction, Tag("function")],
                Discriminator(tag_of("type")),
            ]
        ]
    ] = Field(default_factory=_missing)
    """The list of tools that the [assistant](/docs/api-reference/assistants) used for this run."""

    metadata: Metadata = Field(default_factory=_missing)
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    usage: RunCompletionUsage = Field(default_factory=_missing)
    """Usage statistics related to the run. This value will be `null` if the run is not in a terminal state (i.e. `in_progress`, `queued`, etc.)."""

    temperature: float | None = None
    """The sampling temperature used for this run. If not set, defaults to 1."""

    top_p: float | None = None
    """The nucleus sampling value used for this run. If not set, defaults to 1."""

    max_prompt_tokens: int | None = None
    """The maximum number of prompt tokens specified to have been used over the course of the run."""

    max_completion_tokens: int | None = None
    """The maximum number of completion tokens specified to have been used over the course of the run."""

    truncation_strategy: TruncationObject | None = None

    tool_choice: AssistantsApiToolChoiceOption | None = None

    parallel_tool_calls: ParallelToolCalls = Field(default_factory=_missing)
    """Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use."""

    response_format: AssistantsApiResponseFormatOption | None = None
    """Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.

    **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
    """
