# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class UsageFileSearchCallsResult(BaseModel):
    """The aggregated file search calls usage details of the specific time bucket."""

    object: Literal["organization.usage.file_searches.result"] = Field(default_factory=_missing)

    num_requests: int = Field(default_factory=_missing)
    """The count of file search calls."""

    project_id: str | None = None
    """When `group_by=project_id`, this field provides the project ID of the grouped usage result."""

    user_id: str | None = None
    """When `group_by=user_id`, this field provides the user ID of the grouped usage result."""

    api_key_id: str | None = None
    """When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result."""

    vector_store_id: str | None = None
    """When `group_by=vector_store_id`, this field provides the vector store ID of the grouped usage result."""
