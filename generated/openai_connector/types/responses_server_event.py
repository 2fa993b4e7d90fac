# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal, TypeAlias

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .annotation import Annotation
from .function_shell_call_output_content import FunctionShellCallOutputContent
from .output_content import OutputContent
from .output_item import OutputItem
from .response import Response
from .response_log_prob import ResponseLogProb
from .response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEventPart
from .response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEventPart
from .response_ws_error import ResponseWsError
from .shell_call_output_delta import ShellCallOutputDelta


class ResponseAudioTranscriptWsDelta(BaseModel):
    """Emitted when there is a partial transcript of audio."""

    type: 'Literal["response.audio.transcript.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.audio.transcript.delta`."""

    delta: str = Field(default_factory=_missing)
    """The partial transcript of the audio response."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseAudioTranscriptWsDone(BaseModel):
    """Emitted when the full audio transcript is completed."""

    type: Literal["response.audio.transcript.done"] = Field(default_factory=_missing)
    """The type of the event. Always `response.audio.transcript.done`."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseAudioWsDelta(BaseModel):
    """Emitted when there is a partial audio response."""

    type: 'Literal["response.audio.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.audio.delta`."""

    sequence_number: int = Field(default_factory=_missing)
    """A sequence number for this chunk of the stream response."""

    delta: str = Field(default_factory=_missing)
    """A chunk of Base64 encoded response audio bytes."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseAudioWsDone(BaseModel):
    """Emitted when the audio response is complete."""

    type: Literal["response.audio.done"] = Field(default_factory=_missing)
    """The type of the event. Always `response.audio.done`."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the delta."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseCodeInterpreterCallCodeWsDelta(BaseModel):
    """Emitted when a partial code snippet is streamed by the code interpreter."""

    type: 'Literal["response.code_interpreter_call_code.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.code_interpreter_call_code.delta`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response for which the code is being streamed."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the code interpreter tool call item."""

    delta: str = Field(default_factory=_missing)
    """The partial code snippet being streamed by the code interpreter."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event, used to order streaming events."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseCodeInterpreterCallCodeWsDone(BaseModel):
    """Emitted when the code snippet is finalized by the code interpreter."""

    type: Literal["response.code_interpreter_call_code.done"] = Field(default_factory=_missing)
    """The type of the event. Always `response.code_interpreter_call_code.done`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response for which the code is finalized."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the code interpreter tool call item."""

    code: str = Field(default_factory=_missing)
    """The final code snippet output by the code interpreter."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event, used to order streaming events."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseCodeInterpreterCallInWsProgress(BaseModel):
    """Emitted when a code interpreter call is in progress."""

    type: Literal["response.code_interpreter_call.in_progress"] = Field(default_factory=_missing)
    """The type of the event. Always `response.code_interpreter_call.in_progress`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response for which the code interpreter call is in progress."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the code interpreter tool call item."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event, used to order streaming events."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseCodeInterpreterCallWsCompleted(BaseModel):
    """Emitted when the code interpreter call is completed."""

    type: Literal["response.code_interpreter_call.completed"] = Field(default_factory=_missing)
    """The type of the event. Always `response.code_interpreter_call.completed`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response for which the code interpreter call is completed."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the code interpreter tool call item."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event, used to order streaming events."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseCodeInterpreterCallWsInterpreting(BaseModel):
    """Emitted when the code interpreter is actively interpreting the code snippet."""

    type: Literal["response.code_interpreter_call.interpreting"] = Field(default_factory=_missing)
    """The type of the event. Always `response.code_interpreter_call.interpreting`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response for which the code interpreter is interpreting code."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the code interpreter tool call item."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event, used to order streaming events."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseContentPartWsAdded(BaseModel):
    """Emitted when a new content part is added."""

    type: Literal["response.content_part.added"] = Field(default_factory=_missing)
    """The type of the event. Always `response.content_part.added`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the content part was added to."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the content part was added to."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part that was added."""

    part: OutputContent = Field(default_factory=_missing)
    """The content part that was added."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseContentPartWsDone(BaseModel):
    """Emitted when a content part is done."""

    type: Literal["response.content_part.done"] = Field(default_factory=_missing)
    """The type of the event. Always `response.content_part.done`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the content part was added to."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the content part was added to."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part that is done."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    part: OutputContent = Field(default_factory=_missing)
    """The content part that is done."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseCustomToolCallInputWsDelta(BaseModel):
    """Event representing a delta (partial update) to the input of a custom tool call."""

    type: 'Literal["response.custom_tool_call_input.delta"]' = Field(default_factory=_missing)
    """The event type identifier."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output this delta applies to."""

    item_id: str = Field(default_factory=_missing)
    """Unique identifier for the API item associated with this event."""

    delta: str = Field(default_factory=_missing)
    """The incremental input data (delta) for the custom tool call."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseCustomToolCallInputWsDone(BaseModel):
    """Event indicating that input for a custom tool call is complete."""

    type: Literal["response.custom_tool_call_input.done"] = Field(default_factory=_missing)
    """The event type identifier."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output this event applies to."""

    item_id: str = Field(default_factory=_missing)
    """Unique identifier for the API item associated with this event."""

    input: str = Field(default_factory=_missing)
    """The complete input data for the custom tool call."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseFileSearchCallInWsProgress(BaseModel):
    """Emitted when a file search call is initiated."""

    type: Literal["response.file_search_call.in_progress"] = Field(default_factory=_missing)
    """The type of the event. Always `response.file_search_call.in_progress`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the file search call is initiated."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the file search call is initiated."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseFileSearchCallWsCompleted(BaseModel):
    """Emitted when a file search call is completed (results found)."""

    type: Literal["response.file_search_call.completed"] = Field(default_factory=_missing)
    """The type of the event. Always `response.file_search_call.completed`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the file search call is initiated."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the file search call is initiated."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseFileSearchCallWsSearching(BaseModel):
    """Emitted when a file search is currently searching."""

    type: Literal["response.file_search_call.searching"] = Field(default_factory=_missing)
    """The type of the event. Always `response.file_search_call.searching`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the file search call is searching."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the file search call is initiated."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseFunctionCallArgumentsWsDelta(BaseModel):
    """Emitted when there is a partial function-call arguments delta."""

    type: 'Literal["response.function_call_arguments.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.function_call_arguments.delta`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the function-call arguments delta is added to."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the function-call arguments delta is added to."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    delta: str = Field(default_factory=_missing)
    """The function-call arguments delta that is added."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseFunctionCallArgumentsWsDone(BaseModel):
    """Emitted when function-call arguments are finalized."""

    type: Literal["response.function_call_arguments.done"] = Field(default_factory=_missing)

    item_id: str = Field(default_factory=_missing)
    """The ID of the item."""

    name: str = Field(default_factory=_missing)
    """The name of the function that was called."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    arguments: str = Field(default_factory=_missing)
    """The function-call arguments."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseImageGenCallInWsProgress(BaseModel):
    """Emitted when an image generation tool call is in progress."""

    type: Literal["response.image_generation_call.in_progress"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.image_generation_call.in_progress'."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response's output array."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the image generation item being processed."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the image generation item being processed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseImageGenCallPartialWsImage(BaseModel):
    """Emitted when a partial image is available during image generation streaming."""

    type: Literal["response.image_generation_call.partial_image"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.image_generation_call.partial_image'."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response's output array."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the image generation item being processed."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the image generation item being processed."""

    partial_image_index: int = Field(default_factory=_missing)
    """0-based index for the partial image (backend is 1-based, but this is 0-based for the user)."""

    partial_image_b64: str = Field(default_factory=_missing)
    """Base64-encoded partial image data, suitable for rendering as an image."""

    size: str | None = None
    """The image size that was used."""

    quality: str | None = None
    """The image quality that was used."""

    background: str | None = None
    """The background setting that was used."""

    output_format: str | None = None
    """The output format that was used."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseImageGenCallWsCompleted(BaseModel):
    """Emitted when an image generation tool call has completed and the final image is available."""

    type: Literal["response.image_generation_call.completed"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.image_generation_call.completed'."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response's output array."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the image generation item being processed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseImageGenCallWsGenerating(BaseModel):
    """Emitted when an image generation tool call is actively generating an image (intermediate state)."""

    type: Literal["response.image_generation_call.generating"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.image_generation_call.generating'."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response's output array."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the image generation item being processed."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the image generation item being processed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseInWsProgress(BaseModel):
    """Emitted when the response is in progress."""

    type: 'Literal["response.in_progress"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.in_progress`."""

    response: Response = Field(default_factory=_missing)
    """The response that is in progress."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseMcpCallArgumentsWsDelta(BaseModel):
    """Emitted when there is a delta (partial update) to the arguments of an MCP tool call."""

    type: 'Literal["response.mcp_call_arguments.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always 'response.mcp_call_arguments.delta'."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response's output array."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the MCP tool call item being processed."""

    delta: str = Field(default_factory=_missing)
    """A JSON string containing the partial update to the arguments for the MCP tool call."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseMcpCallArgumentsWsDone(BaseModel):
    """Emitted when the arguments for an MCP tool call are finalized."""

    type: Literal["response.mcp_call_arguments.done"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.mcp_call_arguments.done'."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response's output array."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the MCP tool call item being processed."""

    arguments: str = Field(default_factory=_missing)
    """A JSON string containing the finalized arguments for the MCP tool call."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseMcpCallInWsProgress(BaseModel):
    """Emitted when an MCP  tool call is in progress."""

    type: Literal["response.mcp_call.in_progress"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.mcp_call.in_progress'."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response's output array."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the MCP tool call item being processed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseMcpCallWsCompleted(BaseModel):
    """Emitted when an MCP  tool call has completed successfully."""

    type: Literal["response.mcp_call.completed"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.mcp_call.completed'."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the MCP tool call item that completed."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that completed."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseMcpCallWsFailed(BaseModel):
    """Emitted when an MCP  tool call has failed."""

    type: Literal["response.mcp_call.failed"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.mcp_call.failed'."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the MCP tool call item that failed."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that failed."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseMcpListToolsInWsProgress(BaseModel):
    """Emitted when the system is in the process of retrieving the list of available MCP tools."""

    type: Literal["response.mcp_list_tools.in_progress"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.mcp_list_tools.in_progress'."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the MCP tool call item that is being processed."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that is being processed."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseMcpListToolsWsCompleted(BaseModel):
    """Emitted when the list of available MCP tools has been successfully retrieved."""

    type: Literal["response.mcp_list_tools.completed"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.mcp_list_tools.completed'."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the MCP tool call item that produced this output."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that was processed."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseMcpListToolsWsFailed(BaseModel):
    """Emitted when the attempt to list available MCP tools has failed."""

    type: Literal["response.mcp_list_tools.failed"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.mcp_list_tools.failed'."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the MCP tool call item that failed."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that failed."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseOutputItemWsAdded(BaseModel):
    """Emitted when a new output item is added."""

    type: Literal["response.output_item.added"] = Field(default_factory=_missing)
    """The type of the event. Always `response.output_item.added`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that was added."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    item: OutputItem = Field(default_factory=_missing)
    """The output item that was added. For reasoning items, `encrypted_content`
    may be incomplete while the item is in progress. Use the reasoning item
    from the corresponding `response.output_item.done` event when passing it
    as input to a subsequent request.
    """

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseOutputItemWsDone(BaseModel):
    """Emitted when an output item is marked done."""

    type: Literal["response.output_item.done"] = Field(default_factory=_missing)
    """The type of the event. Always `response.output_item.done`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that was marked done."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    item: OutputItem = Field(default_factory=_missing)
    """The output item that was marked done."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseOutputTextAnnotationWsAdded(BaseModel):
    """Emitted when an annotation is added to output text content."""

    type: 'Literal["response.output_text.annotation.added"]' = Field(default_factory=_missing)
    """The type of the event. Always 'response.output_text.annotation.added'."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the item to which the annotation is being added."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response's output array."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part within the output item."""

    annotation_index: int = Field(default_factory=_missing)
    """The index of the annotation within the content part."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    annotation: Annotation | None = None
    """The annotation object being added. (See annotation schema for details.)"""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseReasoningSummaryPartWsAdded(BaseModel):
    """Emitted when a new reasoning summary part is added."""

    type: Literal["response.reasoning_summary_part.added"] = Field(default_factory=_missing)
    """The type of the event. Always `response.reasoning_summary_part.added`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item this summary part is associated with."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item this summary part is associated with."""

    summary_index: int = Field(default_factory=_missing)
    """The index of the summary part within the reasoning summary."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    part: ResponseReasoningSummaryPartAddedEventPart = Field(default_factory=_missing)
    """The summary part that was added."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseReasoningSummaryPartWsDone(BaseModel):
    """Emitted when a reasoning summary part is completed."""

    type: Literal["response.reasoning_summary_part.done"] = Field(default_factory=_missing)
    """The type of the event. Always `response.reasoning_summary_part.done`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item this summary part is associated with."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item this summary part is associated with."""

    summary_index: int = Field(default_factory=_missing)
    """The index of the summary part within the reasoning summary."""

    status: Literal["incomplete"] | None = None
    """The completion status of the summary part. Omitted when the part completed
    normally and set to `incomplete` when generation was interrupted.
    """

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    part: ResponseReasoningSummaryPartDoneEventPart = Field(default_factory=_missing)
    """The completed summary part."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseReasoningSummaryTextWsDelta(BaseModel):
    """Emitted when a delta is added to a reasoning summary text."""

    type: 'Literal["response.reasoning_summary_text.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.reasoning_summary_text.delta`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item this summary text delta is associated with."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item this summary text delta is associated with."""

    summary_index: int = Field(default_factory=_missing)
    """The index of the summary part within the reasoning summary."""

    delta: str = Field(default_factory=_missing)
    """The text delta that was added to the summary."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseReasoningSummaryTextWsDone(BaseModel):
    """Emitted when a reasoning summary text is completed."""

    type: Literal["response.reasoning_summary_text.done"] = Field(default_factory=_missing)
    """The type of the event. Always `response.reasoning_summary_text.done`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item this summary text is associated with."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item this summary text is associated with."""

    summary_index: int = Field(default_factory=_missing)
    """The index of the summary part within the reasoning summary."""

    text: str = Field(default_factory=_missing)
    """The full text of the completed reasoning summary."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseReasoningTextWsDelta(BaseModel):
    """Emitted when a delta is added to a reasoning text."""

    type: 'Literal["response.reasoning_text.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.reasoning_text.delta`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item this reasoning text delta is associated with."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item this reasoning text delta is associated with."""

    content_index: int = Field(default_factory=_missing)
    """The index of the reasoning content part this delta is associated with."""

    delta: str = Field(default_factory=_missing)
    """The text delta that was added to the reasoning content."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseReasoningTextWsDone(BaseModel):
    """Emitted when a reasoning text is completed."""

    type: Literal["response.reasoning_text.done"] = Field(default_factory=_missing)
    """The type of the event. Always `response.reasoning_text.done`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item this reasoning text is associated with."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item this reasoning text is associated with."""

    content_index: int = Field(default_factory=_missing)
    """The index of the reasoning content part."""

    text: str = Field(default_factory=_missing)
    """The full text of the completed reasoning content."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseRefusalWsDelta(BaseModel):
    """Emitted when there is a partial refusal text."""

    type: 'Literal["response.refusal.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.refusal.delta`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the refusal text is added to."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the refusal text is added to."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part that the refusal text is added to."""

    delta: str = Field(default_factory=_missing)
    """The refusal text that is added."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseRefusalWsDone(BaseModel):
    """Emitted when refusal text is finalized."""

    type: 'Literal["response.refusal.done"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.refusal.done`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the refusal text is finalized."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the refusal text is finalized."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part that the refusal text is finalized."""

    refusal: str = Field(default_factory=_missing)
    """The refusal text that is finalized."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseShellCallCommandWsAdded(BaseModel):
    """A streaming event that indicated a shell command was added to a tool call."""

    type: Literal["response.shell_call_command.added"] = Field(default_factory=_missing)
    """The type of the event, always `response.shell_call_command.added`."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the event that was emitted."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that was updated."""

    command_index: int = Field(default_factory=_missing)
    """The index of the shell command that was added."""

    command: str = Field(default_factory=_missing)
    """The shell command that was added."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseShellCallCommandWsDelta(BaseModel):
    """A streaming event that indicated a shell command was incrementally updated."""

    type: 'Literal["response.shell_call_command.delta"]' = Field(default_factory=_missing)
    """The type of the event, always `response.shell_call_command.delta`."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the event that was emitted."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that was updated."""

    command_index: int = Field(default_factory=_missing)
    """The index of the shell command that was updated."""

    delta: str = Field(default_factory=_missing)
    """The shell command delta that was appended."""

    obfuscation: str | None = None
    """An obfuscation string that was added to pad the event payload."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseShellCallCommandWsDone(BaseModel):
    """A streaming event that indicated a shell command was completed."""

    type: Literal["response.shell_call_command.done"] = Field(default_factory=_missing)
    """The type of the event, always `response.shell_call_command.done`."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the event that was emitted."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that was updated."""

    command_index: int = Field(default_factory=_missing)
    """The index of the shell command that was completed."""

    command: str = Field(default_factory=_missing)
    """The final shell command that was emitted."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseShellCallOutputContentWsDelta(BaseModel):
    """A streaming event that indicated shell call output was incrementally added."""

    type: 'Literal["response.shell_call_output_content.delta"]' = Field(default_factory=_missing)
    """The type of the event, always `response.shell_call_output_content.delta`."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the event that was emitted."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that was updated."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that was updated."""

    command_index: int = Field(default_factory=_missing)
    """The index of the shell command that produced output."""

    delta: ShellCallOutputDelta = Field(default_factory=_missing)
    """The stdout/stderr delta that was emitted."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseShellCallOutputContentWsDone(BaseModel):
    """A streaming event that indicated shell call output was completed."""

    type: Literal["response.shell_call_output_content.done"] = Field(default_factory=_missing)
    """The type of the event, always `response.shell_call_output_content.done`."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the event that was emitted."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that was updated."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that was updated."""

    command_index: int = Field(default_factory=_missing)
    """The index of the shell command that produced output."""

    output: list[FunctionShellCallOutputContent] = Field(default_factory=_missing)
    """The output contents emitted for the shell command."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseTextWsDelta(BaseModel):
    """Emitted when there is an additional text delta."""

    type: 'Literal["response.output_text.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.output_text.delta`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the text delta was added to."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the text delta was added to."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part that the text delta was added to."""

    delta: str = Field(default_factory=_missing)
    """The text delta that was added."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number for this event."""

    logprobs: list[ResponseLogProb] = Field(default_factory=_missing)
    """The log probabilities of the tokens in the delta."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseTextWsDone(BaseModel):
    """Emitted when text content is finalized."""

    type: Literal["response.output_text.done"] = Field(default_factory=_missing)
    """The type of the event. Always `response.output_text.done`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the text content is finalized."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the text content is finalized."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part that the text content is finalized."""

    text: str = Field(default_factory=_missing)
    """The text content that is finalized."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number for this event."""

    logprobs: list[ResponseLogProb] = Field(default_factory=_missing)
    """The log probabilities of the tokens in the delta."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseWebSearchCallInWsProgress(BaseModel):
    """Emitted when a web search call is initiated."""

    type: Literal["response.web_search_call.in_progress"] = Field(default_factory=_missing)
    """The type of the event. Always `response.web_search_call.in_progress`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the web search call is associated with."""

    item_id: str = Field(default_factory=_missing)
    """Unique ID for the output item associated with the web search call."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the web search call being processed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseWebSearchCallWsCompleted(BaseModel):
    """Emitted when a web search call is completed."""

    type: Literal["response.web_search_call.completed"] = Field(default_factory=_missing)
    """The type of the event. Always `response.web_search_call.completed`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the web search call is associated with."""

    item_id: str = Field(default_factory=_missing)
    """Unique ID for the output item associated with the web search call."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the web search call being processed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseWebSearchCallWsSearching(BaseModel):
    """Emitted when a web search call is executing."""

    type: Literal["response.web_search_call.searching"] = Field(default_factory=_missing)
    """The type of the event. Always `response.web_search_call.searching`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the web search call is associated with."""

    item_id: str = Field(default_factory=_missing)
    """Unique ID for the output item associated with the web search call."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the web search call being processed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseWsCompleted(BaseModel):
    """Emitted when the model response is complete."""

    type: 'Literal["response.completed"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.completed`."""

    response: Response = Field(default_factory=_missing)
    """Properties of the completed response."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number for this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseWsCreated(BaseModel):
    """An event that is emitted when a response is created."""

    type: 'Literal["response.created"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.created`."""

    response: Response = Field(default_factory=_missing)
    """The response that was created."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number for this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseWsFailed(BaseModel):
    """An event that is emitted when a response fails."""

    type: 'Literal["response.failed"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.failed`."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    response: Response = Field(default_factory=_missing)
    """The response that failed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseWsIncomplete(BaseModel):
    """An event that is emitted when a response finishes as incomplete."""

    type: 'Literal["response.incomplete"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.incomplete`."""

    response: Response = Field(default_factory=_missing)
    """The response that was incomplete."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


class ResponseWsQueued(BaseModel):
    """Emitted when a response is queued and waiting to be processed."""

    type: 'Literal["response.queued"]' = Field(default_factory=_missing)
    """The type of the event. Always 'response.queued'."""

    response: Response = Field(default_factory=_missing)
    """The full response object that is queued."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number for this event."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


ResponsesServerEvent: TypeAlias = Open[
    Annotated[
        Annotated[ResponseAudioWsDelta, Tag("response.audio.delta")]
        | Annotated[ResponseAudioWsDone, Tag("response.audio.done")]
        | Annotated[ResponseAudioTranscriptWsDelta, Tag("response.audio.transcript.delta")]
        | Annotated[ResponseAudioTranscriptWsDone, Tag("response.audio.transcript.done")]
        | Annotated[ResponseCodeInterpreterCallCodeWsDelta, Tag("response.code_interpreter_call_code.delta")]
        | Annotated[ResponseCodeInterpreterCallCodeWsDone, Tag("response.code_interpreter_call_code.done")]
        | Annotated[ResponseCodeInterpreterCallWsCompleted, Tag("response.code_interpreter_call.completed")]
        | Annotated[ResponseCodeInterpreterCallInWsProgress, Tag("response.code_interpreter_call.in_progress")]
        | Annotated[ResponseCodeInterpreterCallWsInterpreting, Tag("response.code_interpreter_call.interpreting")]
        | Annotated[ResponseWsCompleted, Tag("response.completed")]
        | Annotated[ResponseContentPartWsAdded, Tag("response.content_part.added")]
        | Annotated[ResponseContentPartWsDone, Tag("response.content_part.done")]
        | Annotated[ResponseWsCreated, Tag("response.created")]
        | Annotated[ResponseFileSearchCallWsCompleted, Tag("response.file_search_call.completed")]
        | Annotated[ResponseFileSearchCallInWsProgress, Tag("response.file_search_call.in_progress")]
        | Annotated[ResponseFileSearchCallWsSearching, Tag("response.file_search_call.searching")]
        | Annotated[ResponseFunctionCallArgumentsWsDelta, Tag("response.function_call_arguments.delta")]
        | Annotated[ResponseFunctionCallArgumentsWsDone, Tag("response.function_call_arguments.done")]
        | Annotated[ResponseShellCallCommandWsAdded, Tag("response.shell_call_command.added")]
        | Annotated[ResponseShellCallCommandWsDelta, Tag("response.shell_call_command.delta")]
        | Annotated[ResponseShellCallCommandWsDone, Tag("response.shell_call_command.done")]
        | Annotated[ResponseShellCallOutputContentWsDelta, Tag("response.shell_call_output_content.delta")]
        | Annotated[ResponseShellCallOutputContentWsDone, Tag("response.shell_call_output_content.done")]
        | Annotated[ResponseInWsProgress, Tag("response.in_progress")]
        | Annotated[ResponseWsFailed, Tag("response.failed")]
        | Annotated[ResponseWsIncomplete, Tag("response.incomplete")]
        | Annotated[ResponseOutputItemWsAdded, Tag("response.output_item.added")]
        | Annotated[ResponseOutputItemWsDone, Tag("response.output_item.done")]
        | Annotated[ResponseReasoningSummaryPartWsAdded, Tag("response.reasoning_summary_part.added")]
        | Annotated[ResponseReasoningSummaryPartWsDone, Tag("response.reasoning_summary_part.done")]
        | Annotated[ResponseReasoningSummaryTextWsDelta, Tag("response.reasoning_summary_text.delta")]
        | Annotated[ResponseReasoningSummaryTextWsDone, Tag("response.reasoning_summary_text.done")]
        | Annotated[ResponseReasoningTextWsDelta, Tag("response.reasoning_text.delta")]
        | Annotated[ResponseReasoningTextWsDone, Tag("response.reasoning_text.done")]
        | Annotated[ResponseRefusalWsDelta, Tag("response.refusal.delta")]
        | Annotated[ResponseRefusalWsDone, Tag("response.refusal.done")]
        | Annotated[ResponseTextWsDelta, Tag("response.output_text.delta")]
        | Annotated[ResponseTextWsDone, Tag("response.output_text.done")]
        | Annotated[ResponseWebSearchCallWsCompleted, Tag("response.web_search_call.completed")]
        | Annotated[ResponseWebSearchCallInWsProgress, Tag("response.web_search_call.in_progress")]
        | Annotated[ResponseWebSearchCallWsSearching, Tag("response.web_search_call.searching")]
        | Annotated[ResponseImageGenCallWsCompleted, Tag("response.image_generation_call.completed")]
        | Annotated[ResponseImageGenCallWsGenerating, Tag("response.image_generation_call.generating")]
        | Annotated[ResponseImageGenCallInWsProgress, Tag("response.image_generation_call.in_progress")]
        | Annotated[ResponseImageGenCallPartialWsImage, Tag("response.image_generation_call.partial_image")]
        | Annotated[ResponseMcpCallArgumentsWsDelta, Tag("response.mcp_call_arguments.delta")]
        | Annotated[ResponseMcpCallArgumentsWsDone, Tag("response.mcp_call_arguments.done")]
        | Annotated[ResponseMcpCallWsCompleted, Tag("response.mcp_call.completed")]
        | Annotated[ResponseMcpCallWsFailed, Tag("response.mcp_call.failed")]
        | Annotated[ResponseMcpCallInWsProgress, Tag("response.mcp_call.in_progress")]
        | Annotated[ResponseMcpListToolsWsCompleted, Tag("response.mcp_list_tools.completed")]
        | Annotated[ResponseMcpListToolsWsFailed, Tag("response.mcp_list_tools.failed")]
        | Annotated[ResponseMcpListToolsInWsProgress, Tag("response.mcp_list_tools.in_progress")]
        | Annotated[ResponseOutputTextAnnotationWsAdded, Tag("response.output_text.annotation.added")]
        | Annotated[ResponseWsQueued, Tag("response.queued")]
        | Annotated[ResponseCustomToolCallInputWsDelta, Tag("response.custom_tool_call_input.delta")]
        | Annotated[ResponseCustomToolCallInputWsDone, Tag("response.custom_tool_call_input.done")]
        | Annotated[ResponseWsError, Tag("error")],
        Discriminator(tag_of("type")),
    ]
]
"""Server events emitted by the Responses WebSocket server."""
