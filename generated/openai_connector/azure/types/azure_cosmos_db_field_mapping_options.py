# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class AzureCosmosDbFieldMappingOptions(BaseModel):
    """Optional settings to control how fields are processed when using a configured Azure Cosmos DB resource."""

    title_field: str | None = None
    """The name of the index field to use as a title."""

    url_field: str | None = None
    """The name of the index field to use as a URL."""

    filepath_field: str | None = None
    """The name of the index field to use as a filepath."""

    content_fields: list[str] = Field(default_factory=_missing)
    """The names of index fields that should be treated as content."""

    content_fields_separator: str | None = None
    """The separator pattern that content fields should use."""

    vector_fields: list[str] = Field(default_factory=_missing)
    """The names of fields that represent vector data."""


class AzureCosmosDbFieldMappingOptionsParam(TypedDict, total=False):
    """Optional settings to control how fields are processed when using a configured Azure Cosmos DB resource."""

    title_field: str
    """The name of the index field to use as a title."""

    url_field: str
    """The name of the index field to use as a URL."""

    filepath_field: str
    """The name of the index field to use as a filepath."""

    content_fields: Required[Sequence[str]]
    """The names of index fields that should be treated as content."""

    content_fields_separator: str
    """The separator pattern that content fields should use."""

    vector_fields: Required[Sequence[str]]
    """The names of fields that represent vector data."""
