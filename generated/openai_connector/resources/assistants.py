# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, cast

from ..lib._operation import Operation
from ..lib._pagination import AsyncCursorPage, SyncCursorPage
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from ..types.assistant_object import AssistantObject
    from ..types.assistant_supported_models import AssistantSupportedModels
    from ..types.assistant_tools_code import AssistantToolsCodeParam
    from ..types.assistant_tools_file_search import AssistantToolsFileSearchParam
    from ..types.assistant_tools_function import AssistantToolsFunctionParam
    from ..types.assistants_api_response_format_option import AssistantsApiResponseFormatOptionParam
    from ..types.create_assistant_request import CreateAssistantRequestToolResourcesParam
    from ..types.delete_assistant_response import DeleteAssistantResponse
    from ..types.metadata import Metadata
    from ..types.modify_assistant_request import ModifyAssistantRequestToolResourcesParam
    from ..types.reasoning_effort import ReasoningEffort

_LIST_ASSISTANTS = Operation(
    api="openai",
    operation_id="listAssistants",
    method="GET",
    path="/assistants",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
        }
    },
)

_CREATE_ASSISTANT = Operation(
    api="openai",
    operation_id="createAssistant",
    method="POST",
    path="/assistants",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "model": {"type": "string"},
            "name": {"type": "string", "maxLength": 256, "nullable": True},
            "description": {"type": "string", "maxLength": 512, "nullable": True},
            "instructions": {"type": "string", "maxLength": 256000, "nullable": True},
            "reasoning_effort": {"type": "string", "nullable": True},
            "tools": {"type": "array", "maxItems": 128},
            "tool_resources": {"type": "object", "nullable": True},
            "metadata": {"type": "object", "nullable": True},
            "temperature": {"type": "number", "minimum": 0, "maximum": 2, "nullable": True},
            "top_p": {"type": "number", "minimum": 0, "maximum": 1, "nullable": True},
            "response_format": {"anyOf": [{"type": "string"}, {"type": "object"}], "nullable": True},
        }
    },
)

_GET_ASSISTANT = Operation(
    api="openai",
    operation_id="getAssistant",
    method="GET",
    path="/assistants/{assistant_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"assistant_id": {"type": "string"}}},
)

_MODIFY_ASSISTANT = Operation(
    api="openai",
    operation_id="modifyAssistant",
    method="POST",
    path="/assistants/{assistant_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"assistant_id": {"type": "string"}},
        "body": {
            "model": {"type": "string"},
            "reasoning_effort": {"type": "string", "nullable": True},
            "name": {"type": "string", "maxLength": 256, "nullable": True},
            "description": {"type": "string", "maxLength": 512, "nullable": True},
            "instructions": {"type": "string", "maxLength": 256000, "nullable": True},
            "tools": {"type": "array", "maxItems": 128},
            "tool_resources": {"type": "object", "nullable": True},
            "metadata": {"type": "object", "nullable": True},
            "temperature": {"type": "number", "minimum": 0, "maximum": 2, "nullable": True},
            "top_p": {"type": "number", "minimum": 0, "maximum": 1, "nullable": True},
            "response_format": {"anyOf": [{"type": "string"}, {"type": "object"}], "nullable": True},
        },
    },
)

_DELETE_ASSISTANT = Operation(
    api="openai",
    operation_id="deleteAssistant",
    method="DELETE",
    path="/assistants/{assistant_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"assistant_id": {"type": "string"}}},
)


class Assistants(SyncAPIResource):
    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[AssistantObject]:
        """Deprecated.

        Returns a list of assistants.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """

        from ..types.assistant_object import AssistantObject
        from ..types.list_assistants_response import ListAssistantsResponse

        return cast(
            "SyncCursorPage[AssistantObject]",
            self._client.call_page(
                _LIST_ASSISTANTS,
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListAssistantsResponse,
                item_type=AssistantObject,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        model: str | AssistantSupportedModels,
        name: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven = NOT_GIVEN,
        tool_resources: CreateAssistantRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssistantObject:
        """Deprecated.

        Create an assistant with a model and instructions.

        Args:
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.
          name: The name of the assistant. The maximum length is 256 characters.
          description: The description of the assistant. The maximum length is 512 characters.
          instructions: The system instructions that the assistant uses. The maximum length is 256,000 characters.
          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value. See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
          tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
          tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          response_format: Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """

        from ..types.assistant_object import AssistantObject

        return cast(
            "AssistantObject",
            self._client.call(
                _CREATE_ASSISTANT,
                body={
                    "model": model,
                    "name": name,
                    "description": description,
                    "instructions": instructions,
                    "reasoning_effort": reasoning_effort,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssistantObject,
            ),
        )

    def retrieve(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssistantObject:
        """Deprecated.

        Retrieves an assistant.

        Args:
          assistant_id: The ID of the assistant to retrieve.
        """

        from ..types.assistant_object import AssistantObject

        return cast(
            "AssistantObject",
            self._client.call(
                _GET_ASSISTANT,
                path_params={"assistant_id": assistant_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssistantObject,
            ),
        )

    def update(
        self,
        assistant_id: str,
        *,
        model: str | AssistantSupportedModels | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        name: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven = NOT_GIVEN,
        tool_resources: ModifyAssistantRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssistantObject:
        """Deprecated.

        Modifies an assistant.

        Args:
          assistant_id: The ID of the assistant to modify.
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.
          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value. See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
          name: The name of the assistant. The maximum length is 256 characters.
          description: The description of the assistant. The maximum length is 512 characters.
          instructions: The system instructions that the assistant uses. The maximum length is 256,000 characters.
          tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
          tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          response_format: Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """

        from ..types.assistant_object import AssistantObject

        return cast(
            "AssistantObject",
            self._client.call(
                _MODIFY_ASSISTANT,
                path_params={"assistant_id": assistant_id},
                body={
                    "model": model,
                    "reasoning_effort": reasoning_effort,
                    "name": name,
                    "description": description,
                    "instructions": instructions,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssistantObject,
            ),
        )

    def delete(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteAssistantResponse:
        """Deprecated.

        Delete an assistant.

        Args:
          assistant_id: The ID of the assistant to delete.
        """

        from ..types.delete_assistant_response import DeleteAssistantResponse

        return cast(
            "DeleteAssistantResponse",
            self._client.call(
                _DELETE_ASSISTANT,
                path_params={"assistant_id": assistant_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeleteAssistantResponse,
            ),
        )


class AsyncAssistants(AsyncAPIResource):
    async def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncCursorPage[AssistantObject]:
        """Deprecated.

        Returns a list of assistants.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """

        from ..types.assistant_object import AssistantObject
        from ..types.list_assistants_response import ListAssistantsResponse

        return cast(
            "AsyncCursorPage[AssistantObject]",
            await self._client.call_page(
                _LIST_ASSISTANTS,
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListAssistantsResponse,
                item_type=AssistantObject,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        model: str | AssistantSupportedModels,
        name: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven = NOT_GIVEN,
        tool_resources: CreateAssistantRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssistantObject:
        """Deprecated.

        Create an assistant with a model and instructions.

        Args:
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.
          name: The name of the assistant. The maximum length is 256 characters.
          description: The description of the assistant. The maximum length is 512 characters.
          instructions: The system instructions that the assistant uses. The maximum length is 256,000 characters.
          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value. See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
          tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
          tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          response_format: Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """

        from ..types.assistant_object import AssistantObject

        return cast(
            "AssistantObject",
            await self._client.call(
                _CREATE_ASSISTANT,
                body={
                    "model": model,
                    "name": name,
                    "description": description,
                    "instructions": instructions,
                    "reasoning_effort": reasoning_effort,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssistantObject,
            ),
        )

    async def retrieve(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssistantObject:
        """Deprecated.

        Retrieves an assistant.

        Args:
          assistant_id: The ID of the assistant to retrieve.
        """

        from ..types.assistant_object import AssistantObject

        return cast(
            "AssistantObject",
            await self._client.call(
                _GET_ASSISTANT,
                path_params={"assistant_id": assistant_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssistantObject,
            ),
        )

    async def update(
        self,
        assistant_id: str,
        *,
        model: str | AssistantSupportedModels | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        name: str | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        instructions: str | NotGiven | None = NOT_GIVEN,
        tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
        | NotGiven = NOT_GIVEN,
        tool_resources: ModifyAssistantRequestToolResourcesParam | NotGiven | None = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven | None = NOT_GIVEN,
        top_p: float | NotGiven | None = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssistantObject:
        """Deprecated.

        Modifies an assistant.

        Args:
          assistant_id: The ID of the assistant to modify.
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.
          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value. See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
          name: The name of the assistant. The maximum length is 256 characters.
          description: The description of the assistant. The maximum length is 512 characters.
          instructions: The system instructions that the assistant uses. The maximum length is 256,000 characters.
          tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.
          tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
          response_format: Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """

        from ..types.assistant_object import AssistantObject

        return cast(
            "AssistantObject",
            await self._client.call(
                _MODIFY_ASSISTANT,
                path_params={"assistant_id": assistant_id},
                body={
                    "model": model,
                    "reasoning_effort": reasoning_effort,
                    "name": name,
                    "description": description,
                    "instructions": instructions,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "response_format": response_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=AssistantObject,
            ),
        )

    async def delete(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteAssistantResponse:
        """Deprecated.

        Delete an assistant.

        Args:
          assistant_id: The ID of the assistant to delete.
        """

        from ..types.delete_assistant_response import DeleteAssistantResponse

        return cast(
            "DeleteAssistantResponse",
            await self._client.call(
                _DELETE_ASSISTANT,
                path_params={"assistant_id": assistant_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeleteAssistantResponse,
            ),
        )
