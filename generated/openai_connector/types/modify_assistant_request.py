# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

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


class ModifyAssistantRequest(BaseModel):
    model: Open[str | AssistantSupportedModels] | None = None
    """ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them."""

    reasoning_effort: ReasoningEffort | None = None

    name: str | None = None

    description: str | None = None

    instructions: str | None = None

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

    tool_resources: ModifyAssistantRequestToolResourcesObject | None = None

    metadata: Metadata | None = None

    temperature: float | None = None

    top_p: float | None = None

    response_format: AssistantsApiResponseFormatOption | None = None


class ModifyAssistantRequestParam(TypedDict, total=False):
    model: str | AssistantSupportedModels
    """ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them."""

    reasoning_effort: ReasoningEffort

    name: str | None

    description: str | None

    instructions: str | None

    tools: Sequence[AssistantToolsCodeParam | AssistantToolsFileSearchParam | AssistantToolsFunctionParam]
    """A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`."""

    tool_resources: ModifyAssistantRequestToolResourcesObjectParam | None

    metadata: Metadata

    temperature: float | None

    top_p: float | None

    response_format: AssistantsApiResponseFormatOptionParam | None


class ModifyAssistantRequestToolResourcesObject(BaseModel):
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: ModifyAssistantRequestToolResourcesObjectCodeInterpreter | None = None

    file_search: ModifyAssistantRequestToolResourcesObjectFileSearch | None = None


class ModifyAssistantRequestToolResourcesObjectParam(TypedDict, total=False):
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: ModifyAssistantRequestToolResourcesObjectCodeInterpreterParam

    file_search: ModifyAssistantRequestToolResourcesObjectFileSearchParam


class ModifyAssistantRequestToolResourcesObjectCodeInterpreter(BaseModel):
    file_ids: list[str] | None = None
    """Overrides the list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool."""


class ModifyAssistantRequestToolResourcesObjectCodeInterpreterParam(TypedDict, total=False):
    file_ids: Sequence[str]
    """Overrides the list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool."""


class ModifyAssistantRequestToolResourcesObjectFileSearch(BaseModel):
    vector_store_ids: list[str] | None = None
    """Overrides the [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""


class ModifyAssistantRequestToolResourcesObjectFileSearchParam(TypedDict, total=False):
    vector_store_ids: Sequence[str]
    """Overrides the [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""
