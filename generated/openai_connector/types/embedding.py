# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing


class Embedding(BaseModel):
    """Represents an embedding vector returned by embedding endpoint."""

    index: int = Field(default_factory=_missing)
    """The index of the embedding in the list of embeddings."""

    object: 'Literal["embedding"]' = Field(default_factory=_missing)
    """The object type, which is always "embedding"."""

    embedding: Open[
        Annotated[Annotated[list[float], Tag("<list>")] | Annotated[str, Tag("<str>")], Discriminator(tag_of(None))]
    ] = Field(default_factory=_missing)
    """The embedding vector: a list of floats, or a base64 string of little-endian float32 values when `encoding_format` is `base64`."""
