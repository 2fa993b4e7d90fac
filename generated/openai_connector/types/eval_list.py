# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .eval import Eval


class EvalList(BaseModel):
    """An object representing a list of evals."""

    object: Literal["list"] = Field(default_factory=_missing)
    """The type of this object. It is always set to "list"."""

    data: list[Eval] = Field(default_factory=_missing)
    """An array of eval objects."""

    first_id: str = Field(default_factory=_missing)
    """The identifier of the first eval in the data array."""

    last_id: str = Field(default_factory=_missing)
    """The identifier of the last eval in the data array."""

    has_more: bool = Field(default_factory=_missing)
    """Indicates whether there are more evals available."""
