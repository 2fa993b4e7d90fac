# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RefusalContent(BaseModel):
    """A refusal from the model."""

    type: 'Literal["refusal"]' = Field(default_factory=_missing)
    """The type of the refusal. Always `refusal`."""

    refusal: str = Field(default_factory=_missing)
    """The refusal explanation from the model."""


class RefusalContentParam(TypedDict, total=False):
    """A refusal from the model."""

    type: Required[Literal["refusal"]]
    """The type of the refusal. Always `refusal`."""

    refusal: Required[str]
    """The refusal explanation from the model."""
