# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ...lib._models import BaseModel, Open, tag_of
from ...lib._models import missing as _missing


class EmbeddingsCreateBody(BaseModel):
    input: (
        Open[Annotated[Annotated[str, Tag("<str>")] | Annotated[list[str], Tag("<list>")], Discriminator(tag_of(None))]]
        | None
    ) = Field(default_factory=_missing)
    """Input text to get embeddings for, encoded as a string. To get embeddings for multiple inputs in a single request, pass an array of strings. Each input must not exceed 2048 tokens in length.
    Unless you are embedding code, we suggest replacing newlines (\\n) in your input with a single space, as we have observed inferior results when newlines are present.
    """

    user: str | None = None
    """A unique identifier representing your end-user, which can help monitoring and detecting abuse."""

    input_type: str | None = None
    """input type of embedding search to use"""

    encoding_format: str | None = None
    """The format to return the embeddings in. Can be either `float` or `base64`. Defaults to `float`."""

    dimensions: int | None = None
    """The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models."""


class EmbeddingsCreateBodyParam(TypedDict, total=False):
    input: Required[str | Sequence[str] | None]
    """Input text to get embeddings for, encoded as a string. To get embeddings for multiple inputs in a single request, pass an array of strings. Each input must not exceed 2048 tokens in length.
    Unless you are embedding code, we suggest replacing newlines (\\n) in your input with a single space, as we have observed inferior results when newlines are present.
    """

    user: str
    """A unique identifier representing your end-user, which can help monitoring and detecting abuse."""

    input_type: str
    """input type of embedding search to use"""

    encoding_format: str | None
    """The format to return the embeddings in. Can be either `float` or `base64`. Defaults to `float`."""

    dimensions: int | None
    """The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models."""


class EmbeddingsCreateResponseDataItem(BaseModel):
    index: int = Field(default_factory=_missing)

    object: str = Field(default_factory=_missing)

    embedding: list[float] = Field(default_factory=_missing)


class EmbeddingsCreateResponseUsage(BaseModel):
    prompt_tokens: int = Field(default_factory=_missing)

    total_tokens: int = Field(default_factory=_missing)


class EmbeddingsCreateResponse(BaseModel):
    object: str = Field(default_factory=_missing)

    model: str = Field(default_factory=_missing)

    data: list[EmbeddingsCreateResponseDataItem] = Field(default_factory=_missing)

    usage: EmbeddingsCreateResponseUsage = Field(default_factory=_missing)
