# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from collections.abc import Sequence

from typing_extensions import TypedDict

from ...lib._models import BaseModel


class AzureSearchIndexFieldMappingOptions(BaseModel):
    """Optional settings to control how fields are processed when using a configured Azure Search resource."""

    title_field: str | None = None
    """The name of the index field to use as a title."""

    url_field: str | None = None
    """The name of the index field to use as a URL."""

    filepath_field: str | None = None
    """The name of the index field to use as a filepath."""

    content_fields: list[str] | None = None
    """The names of index fields that should be treated as content."""

    content_fields_separator: str | None = None
    """The separator pattern that content fields should use."""

    vector_fields: list[str] | None = None
    """The names of fields that represent vector data."""


class AzureSearchIndexFieldMappingOptionsParam(TypedDict, total=False):
    """Optional settings to control how fields are processed when using a configured Azure Search resource."""

    title_field: str
    """The name of the index field to use as a title."""

    url_field: str
    """The name of the index field to use as a URL."""

    filepath_field: str
    """The name of the index field to use as a filepath."""

    content_fields: Sequence[str]
    """The names of index fields that should be treated as content."""

    content_fields_separator: str
    """The separator pattern that content fields should use."""

    vector_fields: Sequence[str]
    """The names of fields that represent vector data."""
