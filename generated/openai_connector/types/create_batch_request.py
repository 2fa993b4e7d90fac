# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .batch_file_expiration_after import BatchFileExpirationAfter, BatchFileExpirationAfterParam
from .metadata import Metadata


class CreateBatchRequest(BaseModel):
    input_file_id: str = Field(default_factory=_missing)
    """The ID of an uploaded file that contains requests for the new batch.

    See [upload file](/docs/api-reference/files/create) for how to upload a file.

    Your input file must be formatted as a [JSONL file](/docs/api-reference/batch/request-input), and must be uploaded with the purpose `batch`. The file can contain up to 50,000 requests, and can be up to 200 MB in size.
    """

    endpoint: Open[
        Literal[
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos",
        ]
    ] = Field(default_factory=_missing)
    """The endpoint to be used for all requests in the batch. Currently `/v1/responses`, `/v1/chat/completions`, `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`, `/v1/images/edits`, and `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted to a maximum of 50,000 embedding inputs across all requests in the batch."""

    completion_window: Literal["24h"] = Field(default_factory=_missing)
    """The time frame within which the batch should be processed. Currently only `24h` is supported."""

    metadata: Metadata | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    output_expires_after: BatchFileExpirationAfter | None = None
    """The expiration policy for the output and/or error file that are generated for a batch."""


class CreateBatchRequestParam(TypedDict, total=False):
    input_file_id: Required[str]
    """The ID of an uploaded file that contains requests for the new batch.

    See [upload file](/docs/api-reference/files/create) for how to upload a file.

    Your input file must be formatted as a [JSONL file](/docs/api-reference/batch/request-input), and must be uploaded with the purpose `batch`. The file can contain up to 50,000 requests, and can be up to 200 MB in size.
    """

    endpoint: Required[
        Literal[
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos",
        ]
    ]
    """The endpoint to be used for all requests in the batch. Currently `/v1/responses`, `/v1/chat/completions`, `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`, `/v1/images/edits`, and `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted to a maximum of 50,000 embedding inputs across all requests in the batch."""

    completion_window: Required[Literal["24h"]]
    """The time frame within which the batch should be processed. Currently only `24h` is supported."""

    metadata: Metadata
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    output_expires_after: BatchFileExpirationAfterParam
    """The expiration policy for the output and/or error file that are generated for a batch."""
