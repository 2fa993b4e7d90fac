# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class Model(BaseModel):
    """Describes an OpenAI model offering that can be used with the API."""

    id: str = Field(default_factory=_missing)
    """The model identifier, which can be referenced in the API endpoints."""

    created: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) when the model was created."""

    object: Literal["model"] = Field(default_factory=_missing)
    """The object type, which is always "model"."""

    owned_by: str = Field(default_factory=_missing)
    """The organization that owns the model."""

    shutdown_date: str | None = None
    """The date when the model will shut down, or null if not announced."""
