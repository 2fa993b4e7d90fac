# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .batch_error import BatchError
from .batch_request_counts import BatchRequestCounts
from .metadata import Metadata


class BatchErrors(BaseModel):
    object: str | None = None
    """The object type, which is always `list`."""

    data: list[BatchError] | None = None


class BatchUsageInputTokensDetails(BaseModel):
    """A detailed breakdown of the input tokens."""

    cached_tokens: int = Field(default_factory=_missing)
    """The number of tokens that were retrieved from the cache. [More on
    prompt caching](/docs/guides/prompt-caching).
    """


class BatchUsageOutputTokensDetails(BaseModel):
    """A detailed breakdown of the output tokens."""

    reasoning_tokens: int = Field(default_factory=_missing)
    """The number of reasoning tokens."""


class BatchUsage(BaseModel):
    """Represents token usage details including input tokens, output tokens, a
    breakdown of output tokens, and the total tokens used. Only populated on
    batches created after September 7, 2025.
    """

    input_tokens: int = Field(default_factory=_missing)
    """The number of input tokens."""

    input_tokens_details: BatchUsageInputTokensDetails = Field(default_factory=_missing)
    """A detailed breakdown of the input tokens."""

    output_tokens: int = Field(default_factory=_missing)
    """The number of output tokens."""

    output_tokens_details: BatchUsageOutputTokensDetails = Field(default_factory=_missing)
    """A detailed breakdown of the output tokens."""

    total_tokens: int = Field(default_factory=_missing)
    """The total number of tokens used."""


class Batch(BaseModel):
    id: str = Field(default_factory=_missing)

    object: Literal["batch"] = Field(default_factory=_missing)
    """The object type, which is always `batch`."""

    endpoint: str = Field(default_factory=_missing)
    """The OpenAI API endpoint used by the batch."""

    model: str | None = None
    """Model ID used to process the batch, like `gpt-5-2025-08-07`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model
    guide](/docs/models) to browse and compare available models.
    """

    errors: BatchErrors | None = None

    input_file_id: str = Field(default_factory=_missing)
    """The ID of the input file for the batch."""

    completion_window: str = Field(default_factory=_missing)
    """The time frame within which the batch should be processed."""

    status: Open[
        Literal["validating", "failed", "in_progress", "finalizing", "completed", "expired", "cancelling", "cancelled"]
    ] = Field(default_factory=_missing)
    """The current status of the batch."""

    output_file_id: str | None = None
    """The ID of the file containing the outputs of successfully executed requests."""

    error_file_id: str | None = None
    """The ID of the file containing the outputs of requests with errors."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the batch was created."""

    in_progress_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch started processing."""

    expires_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch will expire."""

    finalizing_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch started finalizing."""

    completed_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch was completed."""

    failed_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch failed."""

    expired_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch expired."""

    cancelling_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch started cancelling."""

    cancelled_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch was cancelled."""

    request_counts: BatchRequestCounts | None = None
    """The request counts for different statuses within the batch."""

    usage: BatchUsage | None = None
    """Represents token usage details including input tokens, output tokens, a
    breakdown of output tokens, and the total tokens used. Only populated on
    batches created after September 7, 2025.
    """

    metadata: Metadata | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """
