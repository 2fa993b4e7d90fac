# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .assistant_tools_code import AssistantToolsCode
from .assistant_tools_file_search import AssistantToolsFileSearch
from .assistant_tools_function import AssistantToolsFunction
from .assistants_api_response_format_option import AssistantsApiResponseFormatOption
from .metadata import Metadata


class AssistantObject(BaseModel):
    """Represents an `assistant` that can call the model and use tools."""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["assistant"] = Field(default_factory=_missing)
    """The object type, which is always `assistant`."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the assistant was created."""

    name: str | None = None

    description: str | None = None

    model: str = Field(default_factory=_missing)
    """ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them."""

    instructions: str | None = None

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
    """A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`."""

    tool_resources: AssistantObjectToolResourcesObject | None = None

    metadata: Metadata = Field(default_factory=_missing)

    temperature: float | None = None

    top_p: float | None = None

    response_format: AssistantsApiResponseFormatOption | None = None


class AssistantObjectToolResourcesObject(BaseModel):
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: AssistantObjectToolResourcesObjectCodeInterpreter | None = None

    file_search: AssistantObjectToolResourcesObjectFileSearch | None = None


class AssistantObjectToolResourcesObjectCodeInterpreter(BaseModel):
    file_ids: list[str] | None = None
    """A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter`` tool. There can be a maximum of 20 files associated with the tool."""


class AssistantObjectToolResourcesObjectFileSearch(BaseModel):
    vector_store_ids: list[str] | None = None
    """The ID of the [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""
