# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated

from pydantic import Discriminator, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from .assistant_supported_models import AssistantSupportedModels
from .assistant_tools_code import AssistantToolsCode, AssistantToolsCodeParam
from .assistant_tools_file_search import AssistantToolsFileSearch, AssistantToolsFileSearchParam
from .assistant_tools_function import AssistantToolsFunction, AssistantToolsFunctionParam
from .assistants_api_response_format_option import (
    AssistantsApiResponseFormatOption,
    AssistantsApiResponseFormatOptionParam,
)
from .metadata import Metadata
from .reasoning_effort import ReasoningEffort


class ModifyAssistantRequestToolResourcesCodeInterpreter(BaseModel):
    file_ids: list[str] | None = None
    """Overrides the list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool."""


class ModifyAssistantRequestToolResourcesFileSearch(BaseModel):
    vector_store_ids: list[str] | None = None
    """Overrides the [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""


class ModifyAssistantRequestToolResources(BaseModel):
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: ModifyAssistantRequestToolResourcesCodeInterpreter | None = None

    file_search: ModifyAssistantRequestToolResourcesFileSearch | None = None


class ModifyAssistantRequest(BaseModel):
    model: Open[str | AssistantSupportedModels] | None = None
    """ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them."""

    reasoning_effort: ReasoningEffort | None = None
    """Constrains effort on reasoning for reasoning models. Currently supported
    values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    Reducing reasoning effort can result in faster responses and fewer tokens
    used on reasoning in a response. Not all reasoning models support every
    value. See the
    [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    for model-specific support.
    """

    name: str | None = None
    """The name of the assistant. The maximum length is 256 characters."""

    description: str | None = None
    """The description of the assistant. The maximum length is 512 characters."""

    instructions: str | None = None
    """The system instructions that the assistant uses. The maximum length is 256,000 characters."""

    tools: (
        list[
            Open[
                Annotated[
                    Annotated[AssistantToolsCode, Tag("code_interpreter")]
                    | Annotated[AssistantToolsFileSearch, Tag("file_search")]
                    | Annotated[AssistantToolsFunction, Tag("function")],
                    Discriminator(tag_of("type")),
                ]
            ]
        ]
        | None
    ) = None
    """A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`."""

    tool_resources: ModifyAssistantRequestToolResources | None = None
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    metadata: Metadata | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    temperature: float | None = None
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic."""

    top_p: float | None = None
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

    We generally recommend altering this or temperature but not both.
    """

    response_format: AssistantsApiResponseFormatOption | None = None
    """Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.

    **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
    """


class ModifyAssistantRequestToolResourcesCodeInterpreterParam(TypedDict, total=False):
    file_ids: Sequence[str]
    """Overrides the list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool."""


class ModifyAssistantRequestToolResourcesFileSearchParam(TypedDict, total=False):
    vector_store_ids: Sequence[str]
    """Overrides the [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""


class ModifyAssistantRequestToolResourcesParam(TypedDict, total=False):
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: ModifyAssistantRequestToolResourcesCodeInterpreterParam

    file_search: ModifyAssistantRequestToolResourcesFileSearchParam


class ModifyAssistantRequestParam(TypedDict, total=False):
    model: str | AssistantSupportedModels
    """ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them."""

    reasoning_effort: ReasoningEffort
    """Constrains effort on reasoning for reasoning models. Currently supported
    values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    Reducing reasoning effort can result in faster responses and fewer tokens
    used on reasoning in a response. Not all reasoning models support every
    value. See the
    [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    for model-specific support.
    """

    name: str | None
    """The name of the assistant. The maximum length is 256 characters."""

    description: str | None
    """The description of the assistant. The maximum length is 512 characters."""

    instructions: str | None
    """The system instructions that the assistant uses. The maximum length is 256,000 characters."""

    tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
    """A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`."""

    tool_resources: ModifyAssistantRequestToolResourcesParam | None
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    metadata: Metadata
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    temperature: float | None
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic."""

    top_p: float | None
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.

    We generally recommend altering this or temperature but not both.
    """

    response_format: AssistantsApiResponseFormatOptionParam | None
    """Specifies the format that the model must output. Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4 Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.

    **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
    """
