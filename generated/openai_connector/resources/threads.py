# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from ..lib._operation import Operation
from ..lib._pagination import AsyncCursorPage, SyncCursorPage
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from ..types.assistant_supported_models import AssistantSupportedModels
    from ..types.assistant_tools_code import AssistantToolsCodeParam
    from ..types.assistant_tools_file_search import AssistantToolsFileSearchParam
    from ..types.assistant_tools_function import AssistantToolsFunctionParam
    from ..types.assistants_api_response_format_option import AssistantsApiResponseFormatOptionParam
    from ..types.assistants_api_tool_choice_option import AssistantsApiToolChoiceOptionParam
    from ..types.create_message_request import CreateMessageRequestAttachmentsListItemParam, CreateMessageRequestParam
    from ..types.create_thread_and_run_request import CreateThreadAndRunRequestToolResourcesParam
    from ..types.create_thread_request import CreateThreadRequestParam, CreateThreadRequestToolResourcesParam
    from ..types.delete_message_response import DeleteMessageResponse
    from ..types.delete_thread_response import DeleteThreadResponse
    from ..types.message_content_image_file_object import MessageContentImageFileObjectParam
    from ..types.message_content_image_url_object import MessageContentImageUrlObjectParam
    from ..types.message_object import MessageObject
    from ..types.message_request_content_text_object import MessageRequestContentTextObjectParam
    from ..types.metadata import Metadata
    from ..types.modify_thread_request import ModifyThreadRequestToolResourcesParam
    from ..types.parallel_tool_calls import ParallelToolCalls
    from ..types.reasoning_effort import ReasoningEffort
    from ..types.run_object import RunObject
    from ..types.run_step_object import RunStepObject
    from ..types.submit_tool_outputs_run_request import SubmitToolOutputsRunRequestToolOutputParam
    from ..types.thread_object import ThreadObject
    from ..types.truncation_object import TruncationObjectParam

_CREATE_THREAD = Operation(
    api="openai",
    operation_id="createThread",
    method="POST",
    path="/threads",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "messages": {"type": "array"},
            "tool_resources": {"type": "object", "nullable": True},
            "metadata": {"type": "object", "nullable": True},
        }
    },
)

_GET_THREAD = Operation(
    api="openai",
    operation_id="getThread",
    method="GET",
    path="/threads/{thread_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"thread_id": {"type": "string"}}},
)

_MODIFY_THREAD = Operation(
    api="openai",
    operation_id="modifyThread",
    method="POST",
    path="/threads/{thread_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}},
        "body": {
            "tool_resources": {"type": "object", "nullable": True},
            "metadata": {"type": "object", "nullable": True},
        },
    },
)

_DELETE_THREAD = Operation(
    api="openai",
    operation_id="deleteThread",
    method="DELETE",
    path="/threads/{thread_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"thread_id": {"type": "string"}}},
)

_CREATE_THREAD_AND_RUN = Operation(
    api="openai",
    operation_id="createThreadAndRun",
    method="POST",
    path="/threads/runs",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "assistant_id": {"type": "string"},
            "thread": {"type": "object"},
            "model": {"type": "string", "nullable": True},
            "instructions": {"type": "string", "nullable": True},
            "tools": {"type": "array", "maxItems": 20, "nullable": True},
            "tool_resources": {"type": "object", "nullable": True},
            "metadata": {"type": "object", "nullable": True},
            "temperature": {"type": "number", "minimum": 0, "maximum": 2, "nullable": True},
            "top_p": {"type": "number", "minimum": 0, "maximum": 1, "nullable": True},
            "stream": {"type": "boolean", "nullable": True},
            "max_prompt_tokens": {"type": "integer", "minimum": 256, "nullable": True},
            "max_completion_tokens": {"type": "integer", "minimum": 256, "nullable": True},
            "truncation_strategy": {"type": "object"},
            "parallel_tool_calls": {"type": "boolean"},
            "response_format": {"anyOf": [{"type": "string"}, {"type": "object"}], "nullable": True},
        }
    },
)

_LIST_RUNS = Operation(
    api="openai",
    operation_id="listRuns",
    method="GET",
    path="/threads/{thread_id}/runs",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
        },
    },
)

_CREATE_RUN = Operation(
    api="openai",
    operation_id="createRun",
    method="POST",
    path="/threads/{thread_id}/runs",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}},
        "query": {"include[]": {"type": "array"}},
        "body": {
            "assistant_id": {"type": "string"},
            "model": {"type": "string", "nullable": True},
            "reasoning_effort": {"type": "string", "nullable": True},
            "instructions": {"type": "string", "nullable": True},
            "additional_instructions": {"type": "string", "nullable": True},
            "additional_messages": {"type": "array", "nullable": True},
            "tools": {"type": "array", "maxItems": 20, "nullable": True},
            "metadata": {"type": "object", "nullable": True},
            "temperature": {"type": "number", "minimum": 0, "maximum": 2, "nullable": True},
            "top_p": {"type": "number", "minimum": 0, "maximum": 1, "nullable": True},
            "stream": {"type": "boolean", "nullable": True},
            "max_prompt_tokens": {"type": "integer", "minimum": 256, "nullable": True},
            "max_completion_tokens": {"type": "integer", "minimum": 256, "nullable": True},
            "truncation_strategy": {"type": "object"},
            "parallel_tool_calls": {"type": "boolean"},
            "response_format": {"anyOf": [{"type": "string"}, {"type": "object"}], "nullable": True},
        },
    },
)

_GET_RUN = Operation(
    api="openai",
    operation_id="getRun",
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"thread_id": {"type": "string"}, "run_id": {"type": "string"}}},
)

_MODIFY_RUN = Operation(
    api="openai",
    operation_id="modifyRun",
    method="POST",
    path="/threads/{thread_id}/runs/{run_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}, "run_id": {"type": "string"}},
        "body": {"metadata": {"type": "object", "nullable": True}},
    },
)

_CANCEL_RUN = Operation(
    api="openai",
    operation_id="cancelRun",
    method="POST",
    path="/threads/{thread_id}/runs/{run_id}/cancel",
    request_kind="none",
    response_kind="json",
    checks={"path": {"thread_id": {"type": "string"}, "run_id": {"type": "string"}}},
)

_SUBMIT_TOOL_OUPUTS_TO_RUN = Operation(
    api="openai",
    operation_id="submitToolOuputsToRun",
    method="POST",
    path="/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}, "run_id": {"type": "string"}},
        "body": {"tool_outputs": {"type": "array"}, "stream": {"type": "boolean", "nullable": True}},
    },
)

_LIST_RUN_STEPS = Operation(
    api="openai",
    operation_id="listRunSteps",
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}/steps",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}, "run_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
            "include[]": {"type": "array"},
        },
    },
)

_GET_RUN_STEP = Operation(
    api="openai",
    operation_id="getRunStep",
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}, "run_id": {"type": "string"}, "step_id": {"type": "string"}},
        "query": {"include[]": {"type": "array"}},
    },
)

_LIST_MESSAGES = Operation(
    api="openai",
    operation_id="listMessages",
    method="GET",
    path="/threads/{thread_id}/messages",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
            "run_id": {"type": "string"},
        },
    },
)

_CREATE_MESSAGE = Operation(
    api="openai",
    operation_id="createMessage",
    method="POST",
    path="/threads/{thread_id}/messages",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}},
        "body": {
            "role": {"type": "string"},
            "content": {"anyOf": [{"type": "string"}, {"type": "array", "minItems": 1}]},
            "attachments": {"type": "array", "nullable": True},
            "metadata": {"type": "object", "nullable": True},
        },
    },
)

_GET_MESSAGE = Operation(
    api="openai",
    operation_id="getMessage",
    method="GET",
    path="/threads/{thread_id}/messages/{message_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"thread_id": {"type": "string"}, "message_id": {"type": "string"}}},
)

_MODIFY_MESSAGE = Operation(
    api="openai",
    operation_id="modifyMessage",
    method="POST",
    path="/threads/{thread_id}/messages/{message_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}, "message_id": {"type": "string"}},
        "body": {"metadata": {"type": "object", "nullable": True}},
    },
)

_DELETE_MESSAGE = Operation(
    api="openai",
    operation_id="deleteMessage",
    method="DELETE",
    path="/threads/{thread_id}/messages/{message_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"thread_id": {"type": "string"}, "message_id": {"type": "string"}}},
)


class Threads(SyncAPIResource):
    @cached_property
    def runs(self) -> ThreadsRuns:
        return ThreadsRuns(self._client)

    @cached_property
    def messages(self) -> ThreadsMessages:
        return ThreadsMessages(self._client)

    def create(
        self,
        *,
        messages: Sequence[CreateMessageRequestParam] | NotGiven = NOT_GIVEN,
        tool_resources: CreateThreadRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ThreadObject:
        """Create a thread.

        Args:
          messages: A list of [messages](/docs/api-reference/messages) to start the thread with.
          tool_resources: A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.thread_object import ThreadObject

        return cast(
            "ThreadObject",
            self._client.call(
                _CREATE_THREAD,
                body={"messages": messages, "tool_resources": tool_resources, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadObject,
            ),
        )

    def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ThreadObject:
        """Retrieves a thread.

        Args:
          thread_id: The ID of the thread to retrieve.
        """

        from ..types.thread_object import ThreadObject

        return cast(
            "ThreadObject",
            self._client.call(
                _GET_THREAD,
                path_params={"thread_id": thread_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadObject,
            ),
        )

    def update(
        self,
        thread_id: str,
        *,
        tool_resources: ModifyThreadRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ThreadObject:
        """Modifies a thread.

        Args:
          thread_id: The ID of the thread to modify. Only the `metadata` can be modified.
          tool_resources: A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.thread_object import ThreadObject

        return cast(
            "ThreadObject",
            self._client.call(
                _MODIFY_THREAD,
                path_params={"thread_id": thread_id},
                body={"tool_resources": tool_resources, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadObject,
            ),
        )

    def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteThreadResponse:
        """Delete a thread.

        Args:
          thread_id: The ID of the thread to delete.
        """

        from ..types.delete_thread_response import DeleteThreadResponse

        return cast(
            "DeleteThreadResponse",
            self._client.call(
                _DELETE_THREAD,
                path_params={"thread_id": thread_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeleteThreadResponse,
            ),
        )


class AsyncThreads(AsyncAPIResource):
    @cached_property
    def runs(self) -> AsyncThreadsRuns:
        return AsyncThreadsRuns(self._client)

    @cached_property
    def messages(self) -> AsyncThreadsMessages:
        return AsyncThreadsMessages(self._client)

    async def create(
        self,
        *,
        messages: Sequence[CreateMessageRequestParam] | NotGiven = NOT_GIVEN,
        tool_resources: CreateThreadRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ThreadObject:
        """Create a thread.

        Args:
          messages: A list of [messages](/docs/api-reference/messages) to start the thread with.
          tool_resources: A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.thread_object import ThreadObject

        return cast(
            "ThreadObject",
            await self._client.call(
                _CREATE_THREAD,
                body={"messages": messages, "tool_resources": tool_resources, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadObject,
            ),
        )

    async def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ThreadObject:
        """Retrieves a thread.

        Args:
          thread_id: The ID of the thread to retrieve.
        """

        from ..types.thread_object import ThreadObject

        return cast(
            "ThreadObject",
            await self._client.call(
                _GET_THREAD,
                path_params={"thread_id": thread_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadObject,
            ),
        )

    async def update(
        self,
        thread_id: str,
        *,
        tool_resources: ModifyThreadRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ThreadObject:
        """Modifies a thread.

        Args:
          thread_id: The ID of the thread to modify. Only the `metadata` can be modified.
          tool_resources: A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.thread_object import ThreadObject

        return cast(
            "ThreadObject",
            await self._client.call(
                _MODIFY_THREAD,
                path_params={"thread_id": thread_id},
                body={"tool_resources": tool_resources, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadObject,
            ),
        )

    async def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteThreadResponse:
        """Delete a thread.

        Args:
          thread_id: The ID of the thread to delete.
        """

        from ..types.delete_thread_response import DeleteThreadResponse

        return cast(
            "DeleteThreadResponse",
            await self._client.call(
                _DELETE_THREAD,
                path_params={"thread_id": thread_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeleteThreadResponse,
            ),
        )


class ThreadsRuns(SyncAPIResource):
    @cached_property
    def steps(self) -> ThreadsRunsSteps:
        return ThreadsRunsSteps(self._client)

    def create_thread_and_run(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequestParam | NotGiven = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-5",
            "gpt-5-mini",
            "gpt-5-nano",
            "gpt-5-2025-08-07",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano-2025-08-07",
            "gpt-4.1",
            "gpt-4.1-mini",
            "gpt-4.1-nano",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-11-20",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-05-13",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4.5-preview",
            "gpt-4.5-preview-2025-02-27",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        tool_resources: CreateThreadAndRunRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Create a thread and run it in one request.

        Args:
          assistant_id: The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run.
          thread: Options to create a new thread. If no thread is provided when running a request, an empty thread will be created.
          model: The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
          instructions: Override the default system message of the assistant. This is useful for modifying the behavior on a per-run basis.
          tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
          tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
          max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
          max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
          parallel_tool_calls: Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
          response_format: Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """

        from ..types.run_object import RunObject

        return cast(
            "RunObject",
            self._client.call(
                _CREATE_THREAD_AND_RUN,
                body={
                    "assistant_id": assistant_id,
                    "thread": thread,
                    "model": model,
                    "instructions": instructions,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "stream": stream,
                    "max_prompt_tokens": max_prompt_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "truncation_strategy": truncation_strategy,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RunObject,
            ),
        )

    def list(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[RunObject]:
        """Returns a list of runs belonging to a thread.

        Args:
          thread_id: The ID of the thread the run belongs to.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """

        from ..types.list_runs_response import ListRunsResponse
        from ..types.run_object import RunObject

        return cast(
            "SyncCursorPage[RunObject]",
            self._client.call_page(
                _LIST_RUNS,
                path_params={"thread_id": thread_id},
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListRunsResponse,
                item_type=RunObject,
                cursor_param="after",
            ),
        )

    def create_run(
        self,
        thread_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        assistant_id: str,
        model: str | AssistantSupportedModels | NotGiven | None = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        additional_instructions: str | NotGiven | None = NOT_GIVEN,
        additional_messages: Sequence[CreateMessageRequestParam] | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Create a run.

        Args:
          thread_id: The ID of the thread to run.
          include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
          assistant_id: The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run.
          model: The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value. See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
          instructions: Overrides the [instructions](/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis.
          additional_instructions: Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions.
          additional_messages: Adds additional messages to the thread before creating the run.
          tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
          max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
          max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
          parallel_tool_calls: Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
          response_format: Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """

        from ..types.run_object import RunObject

        return cast(
            "RunObject",
            self._client.call(
                _CREATE_RUN,
                path_params={"thread_id": thread_id},
                query={"include[]": include},
                body={
                    "assistant_id": assistant_id,
                    "model": model,
                    "reasoning_effort": reasoning_effort,
                    "instructions": instructions,
                    "additional_instructions": additional_instructions,
                    "additional_messages": additional_messages,
                    "tools": tools,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "stream": stream,
                    "max_prompt_tokens": max_prompt_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "truncation_strategy": truncation_strategy,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RunObject,
            ),
        )

    def retrieve(
        self,
        thread_id: str,
        run_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Retrieves a run.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) that was run.
          run_id: The ID of the run to retrieve.
        """

        from ..types.run_object import RunObject

        return cast(
            "RunObject",
            self._client.call(
                _GET_RUN,
                path_params={"thread_id": thread_id, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RunObject,
            ),
        )

    def update(
        self,
        thread_id: str,
        run_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Modifies a run.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) that was run.
          run_id: The ID of the run to modify.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.run_object import RunObject

        return cast(
            "RunObject",
            self._client.call(
                _MODIFY_RUN,
                path_params={"thread_id": thread_id, "run_id": run_id},
                body={"metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RunObject,
            ),
        )

    def cancel(
        self,
        thread_id: str,
        run_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Cancels a run that is `in_progress`.

        Args:
          thread_id: The ID of the thread to which this run belongs.
          run_id: The ID of the run to cancel.
        """

        from ..types.run_object import RunObject

        return cast(
            "RunObject",
            self._client.call(
                _CANCEL_RUN,
                path_params={"thread_id": thread_id, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RunObject,
            ),
        )

    def submit_tool_outputs(
        self,
        thread_id: str,
        run_id: str,
        *,
        tool_outputs: Sequence[SubmitToolOutputsRunRequestToolOutputParam],
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """When a run has the `status: "requires_action"` and `required_action.type` is `submit_tool_outputs`, this endpoint can be used to submit the outputs from the tool calls once they're all completed. All outputs must be submitted in a single request.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) to which this run belongs.
          run_id: The ID of the run that requires the tool output submission.
          tool_outputs: A list of tools for which the outputs are being submitted.
          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
        """

        from ..types.run_object import RunObject

        return cast(
            "RunObject",
            self._client.call(
                _SUBMIT_TOOL_OUPUTS_TO_RUN,
                path_params={"thread_id": thread_id, "run_id": run_id},
                body={"tool_outputs": tool_outputs, "stream": stream},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RunObject,
            ),
        )


class AsyncThreadsRuns(AsyncAPIResource):
    @cached_property
    def steps(self) -> AsyncThreadsRunsSteps:
        return AsyncThreadsRunsSteps(self._client)

    async def create_thread_and_run(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequestParam | NotGiven = NOT_GIVEN,
        model: str
        | Literal[
            "gpt-5",
            "gpt-5-mini",
            "gpt-5-nano",
            "gpt-5-2025-08-07",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano-2025-08-07",
            "gpt-4.1",
            "gpt-4.1-mini",
            "gpt-4.1-nano",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-11-20",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-05-13",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4.5-preview",
            "gpt-4.5-preview-2025-02-27",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
        | NotGiven
        | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        tool_resources: CreateThreadAndRunRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Create a thread and run it in one request.

        Args:
          assistant_id: The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run.
          thread: Options to create a new thread. If no thread is provided when running a request, an empty thread will be created.
          model: The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
          instructions: Override the default system message of the assistant. This is useful for modifying the behavior on a per-run basis.
          tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
          tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
          max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
          max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
          parallel_tool_calls: Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
          response_format: Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """

        from ..types.run_object import RunObject

        return cast(
            "RunObject",
            await self._client.call(
                _CREATE_THREAD_AND_RUN,
                body={
                    "assistant_id": assistant_id,
                    "thread": thread,
                    "model": model,
                    "instructions": instructions,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "stream": stream,
                    "max_prompt_tokens": max_prompt_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "truncation_strategy": truncation_strategy,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RunObject,
            ),
        )

    async def list(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncCursorPage[RunObject]:
        """Returns a list of runs belonging to a thread.

        Args:
          thread_id: The ID of the thread the run belongs to.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """

        from ..types.list_runs_response import ListRunsResponse
        from ..types.run_object import RunObject

        return cast(
            "AsyncCursorPage[RunObject]",
            await self._client.call_page(
                _LIST_RUNS,
                path_params={"thread_id": thread_id},
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListRunsResponse,
                item_type=RunObject,
                cursor_param="after",
            ),
        )

    async def create_run(
        self,
        thread_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        assistant_id: str,
        model: str | AssistantSupportedModels | NotGiven | None = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        additional_instructions: str | NotGiven | None = NOT_GIVEN,
        additional_messages: Sequence[CreateMessageRequestParam] | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven
        | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        max_prompt_tokens: int | NotGiven | None = NOT_GIVEN,
        max_completion_tokens: int | NotGiven | None = NOT_GIVEN,
        truncation_strategy: TruncationObjectParam | NotGiven | None = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven | None = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Create a run.

        Args:
          thread_id: The ID of the thread to run.
          include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
          assistant_id: The ID of the [assistant](/docs/api-reference/assistants) to use to execute this run.
          model: The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value. See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
          instructions: Overrides the [instructions](/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis.
          additional_instructions: Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions.
          additional_messages: Adds additional messages to the thread before creating the run.
          tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
          max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
          max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
          parallel_tool_calls: Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
          response_format: Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """

        from ..types.run_object import RunObject

        return cast(
            "RunObject",
            await self._client.call(
                _CREATE_RUN,
                path_params={"thread_id": thread_id},
                query={"include[]": include},
                body={
                    "assistant_id": assistant_id,
                    "model": model,
                    "reasoning_effort": reasoning_effort,
                    "instructions": instructions,
                    "additional_instructions": additional_instructions,
                    "additional_messages": additional_messages,
                    "tools": tools,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "stream": stream,
                    "max_prompt_tokens": max_prompt_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "truncation_strategy": truncation_strategy,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RunObject,
            ),
        )

    async def retrieve(
        self,
        thread_id: str,
        run_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Retrieves a run.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) that was run.
          run_id: The ID of the run to retrieve.
        """

        from ..types.run_object import RunObject

        return cast(
            "RunObject",
            await self._client.call(
                _GET_RUN,
                path_params={"thread_id": thread_id, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RunObject,
            ),
        )

    async def update(
        self,
        thread_id: str,
        run_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Modifies a run.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) that was run.
          run_id: The ID of the run to modify.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.run_object import RunObject

        return cast(
            "RunObject",
            await self._client.call(
                _MODIFY_RUN,
                path_params={"thread_id": thread_id, "run_id": run_id},
                body={"metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RunObject,
            ),
        )

    async def cancel(
        self,
        thread_id: str,
        run_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Cancels a run that is `in_progress`.

        Args:
          thread_id: The ID of the thread to which this run belongs.
          run_id: The ID of the run to cancel.
        """

        from ..types.run_object import RunObject

        return cast(
            "RunObject",
            await self._client.call(
                _CANCEL_RUN,
                path_params={"thread_id": thread_id, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RunObject,
            ),
        )

    async def submit_tool_outputs(
        self,
        thread_id: str,
        run_id: str,
        *,
        tool_outputs: Sequence[SubmitToolOutputsRunRequestToolOutputParam],
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """When a run has the `status: "requires_action"` and `required_action.type` is `submit_tool_outputs`, this endpoint can be used to submit the outputs from the tool calls once they're all completed. All outputs must be submitted in a single request.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) to which this run belongs.
          run_id: The ID of the run that requires the tool output submission.
          tool_outputs: A list of tools for which the outputs are being submitted.
          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
        """

        from ..types.run_object import RunObject

        return cast(
            "RunObject",
            await self._client.call(
                _SUBMIT_TOOL_OUPUTS_TO_RUN,
                path_params={"thread_id": thread_id, "run_id": run_id},
                body={"tool_outputs": tool_outputs, "stream": stream},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RunObject,
            ),
        )


class ThreadsRunsSteps(SyncAPIResource):
    def list(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[RunStepObject]:
        """Returns a list of run steps belonging to a run.

        Args:
          thread_id: The ID of the thread the run and run steps belong to.
          run_id: The ID of the run the run steps belong to.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
          include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
        """

        from ..types.list_run_steps_response import ListRunStepsResponse
        from ..types.run_step_object import RunStepObject

        return cast(
            "SyncCursorPage[RunStepObject]",
            self._client.call_page(
                _LIST_RUN_STEPS,
                path_params={"thread_id": thread_id, "run_id": run_id},
                query={"limit": limit, "order": order, "after": after, "before": before, "include[]": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListRunStepsResponse,
                item_type=RunStepObject,
                cursor_param="after",
            ),
        )

    def retrieve(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RunStepObject:
        """Retrieves a run step.

        Args:
          thread_id: The ID of the thread to which the run and run step belongs.
          run_id: The ID of the run to which the run step belongs.
          step_id: The ID of the run step to retrieve.
          include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
        """

        from ..types.run_step_object import RunStepObject

        return cast(
            "RunStepObject",
            self._client.call(
                _GET_RUN_STEP,
                path_params={"thread_id": thread_id, "run_id": run_id, "step_id": step_id},
                query={"include[]": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RunStepObject,
            ),
        )


class AsyncThreadsRunsSteps(AsyncAPIResource):
    async def list(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncCursorPage[RunStepObject]:
        """Returns a list of run steps belonging to a run.

        Args:
          thread_id: The ID of the thread the run and run steps belong to.
          run_id: The ID of the run the run steps belong to.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
          include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
        """

        from ..types.list_run_steps_response import ListRunStepsResponse
        from ..types.run_step_object import RunStepObject

        return cast(
            "AsyncCursorPage[RunStepObject]",
            await self._client.call_page(
                _LIST_RUN_STEPS,
                path_params={"thread_id": thread_id, "run_id": run_id},
                query={"limit": limit, "order": order, "after": after, "before": before, "include[]": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListRunStepsResponse,
                item_type=RunStepObject,
                cursor_param="after",
            ),
        )

    async def retrieve(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RunStepObject:
        """Retrieves a run step.

        Args:
          thread_id: The ID of the thread to which the run and run step belongs.
          run_id: The ID of the run to which the run step belongs.
          step_id: The ID of the run step to retrieve.
          include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
        """

        from ..types.run_step_object import RunStepObject

        return cast(
            "RunStepObject",
            await self._client.call(
                _GET_RUN_STEP,
                path_params={"thread_id": thread_id, "run_id": run_id, "step_id": step_id},
                query={"include[]": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=RunStepObject,
            ),
        )


class ThreadsMessages(SyncAPIResource):
    def list(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        run_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[MessageObject]:
        """Returns a list of messages for a given thread.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) the messages belong to.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
          run_id: Filter messages by the run ID that generated them.
        """

        from ..types.list_messages_response import ListMessagesResponse
        from ..types.message_object import MessageObject

        return cast(
            "SyncCursorPage[MessageObject]",
            self._client.call_page(
                _LIST_MESSAGES,
                path_params={"thread_id": thread_id},
                query={"limit": limit, "order": order, "after": after, "before": before, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListMessagesResponse,
                item_type=MessageObject,
                cursor_param="after",
            ),
        )

    def create(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"],
        content: str
        | Sequence[
            MessageContentImageFileObjectParam
            | MessageContentImageUrlObjectParam
            | MessageRequestContentTextObjectParam
        ],
        attachments: Sequence[CreateMessageRequestAttachmentsListItemParam] | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Create a message.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) to create a message for.
          role: The role of the entity that is creating the message. Allowed values include: - `user`: Indicates the message is sent by an actual user and should be used in most cases to represent user-generated messages. - `assistant`: Indicates the message is generated by the assistant. Use this value to insert messages from the assistant into the conversation.
          attachments: A list of files attached to the message, and the tools they should be added to.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.message_object import MessageObject

        return cast(
            "MessageObject",
            self._client.call(
                _CREATE_MESSAGE,
                path_params={"thread_id": thread_id},
                body={"role": role, "content": content, "attachments": attachments, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=MessageObject,
            ),
        )

    def retrieve(
        self,
        thread_id: str,
        message_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Retrieve a message.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) to which this message belongs.
          message_id: The ID of the message to retrieve.
        """

        from ..types.message_object import MessageObject

        return cast(
            "MessageObject",
            self._client.call(
                _GET_MESSAGE,
                path_params={"thread_id": thread_id, "message_id": message_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=MessageObject,
            ),
        )

    def update(
        self,
        thread_id: str,
        message_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Modifies a message.

        Args:
          thread_id: The ID of the thread to which this message belongs.
          message_id: The ID of the message to modify.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.message_object import MessageObject

        return cast(
            "MessageObject",
            self._client.call(
                _MODIFY_MESSAGE,
                path_params={"thread_id": thread_id, "message_id": message_id},
                body={"metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=MessageObject,
            ),
        )

    def delete(
        self,
        thread_id: str,
        message_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteMessageResponse:
        """Deletes a message.

        Args:
          thread_id: The ID of the thread to which this message belongs.
          message_id: The ID of the message to delete.
        """

        from ..types.delete_message_response import DeleteMessageResponse

        return cast(
            "DeleteMessageResponse",
            self._client.call(
                _DELETE_MESSAGE,
                path_params={"thread_id": thread_id, "message_id": message_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeleteMessageResponse,
            ),
        )


class AsyncThreadsMessages(AsyncAPIResource):
    async def list(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        run_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncCursorPage[MessageObject]:
        """Returns a list of messages for a given thread.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) the messages belong to.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
          run_id: Filter messages by the run ID that generated them.
        """

        from ..types.list_messages_response import ListMessagesResponse
        from ..types.message_object import MessageObject

        return cast(
            "AsyncCursorPage[MessageObject]",
            await self._client.call_page(
                _LIST_MESSAGES,
                path_params={"thread_id": thread_id},
                query={"limit": limit, "order": order, "after": after, "before": before, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListMessagesResponse,
                item_type=MessageObject,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"],
        content: str
        | Sequence[
            MessageContentImageFileObjectParam
            | MessageContentImageUrlObjectParam
            | MessageRequestContentTextObjectParam
        ],
        attachments: Sequence[CreateMessageRequestAttachmentsListItemParam] | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Create a message.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) to create a message for.
          role: The role of the entity that is creating the message. Allowed values include: - `user`: Indicates the message is sent by an actual user and should be used in most cases to represent user-generated messages. - `assistant`: Indicates the message is generated by the assistant. Use this value to insert messages from the assistant into the conversation.
          attachments: A list of files attached to the message, and the tools they should be added to.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.message_object import MessageObject

        return cast(
            "MessageObject",
            await self._client.call(
                _CREATE_MESSAGE,
                path_params={"thread_id": thread_id},
                body={"role": role, "content": content, "attachments": attachments, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=MessageObject,
            ),
        )

    async def retrieve(
        self,
        thread_id: str,
        message_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Retrieve a message.

        Args:
          thread_id: The ID of the [thread](/docs/api-reference/threads) to which this message belongs.
          message_id: The ID of the message to retrieve.
        """

        from ..types.message_object import MessageObject

        return cast(
            "MessageObject",
            await self._client.call(
                _GET_MESSAGE,
                path_params={"thread_id": thread_id, "message_id": message_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=MessageObject,
            ),
        )

    async def update(
        self,
        thread_id: str,
        message_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Modifies a message.

        Args:
          thread_id: The ID of the thread to which this message belongs.
          message_id: The ID of the message to modify.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.message_object import MessageObject

        return cast(
            "MessageObject",
            await self._client.call(
                _MODIFY_MESSAGE,
                path_params={"thread_id": thread_id, "message_id": message_id},
                body={"metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=MessageObject,
            ),
        )

    async def delete(
        self,
        thread_id: str,
        message_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteMessageResponse:
        """Deletes a message.

        Args:
          thread_id: The ID of the thread to which this message belongs.
          message_id: The ID of the message to delete.
        """

        from ..types.delete_message_response import DeleteMessageResponse

        return cast(
            "DeleteMessageResponse",
            await self._client.call(
                _DELETE_MESSAGE,
                path_params={"thread_id": thread_id, "message_id": message_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeleteMessageResponse,
            ),
        )
