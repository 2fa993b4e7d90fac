# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ExpiresAfter(BaseModel):
    """Controls when the session expires relative to an anchor timestamp."""

    anchor: Literal["created_at"] = Field(default_factory=_missing)
    """Base timestamp used to calculate expiration. Currently fixed to `created_at`."""

    seconds: int = Field(default_factory=_missing)
    """Number of seconds after the anchor when the session expires."""


class ExpiresAfterParam(TypedDict, total=False):
    """Controls when the session expires relative to an anchor timestamp."""

    anchor: Required[Literal["created_at"]]
    """Base timestamp used to calculate expiration. Currently fixed to `created_at`."""

    seconds: Required[int]
    """Number of seconds after the anchor when the session expires."""
