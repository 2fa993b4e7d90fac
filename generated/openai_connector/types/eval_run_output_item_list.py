# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .eval_run_output_item import EvalRunOutputItem


class EvalRunOutputItemList(BaseModel):
    """An object representing a list of output items for an evaluation run."""

    object: Literal["list"] = Field(default_factory=_missing)
    """The type of this object. It is always set to "list"."""

    data: list[EvalRunOutputItem] = Field(default_factory=_missing)
    """An array of eval run output item objects."""

    first_id: str = Field(default_factory=_missing)
    """The identifier of the first eval run output item in the data array."""

    last_id: str = Field(default_factory=_missing)
    """The identifier of the last eval run output item in the data array."""

    has_more: bool = Field(default_factory=_missing)
    """Indicates whether there are more eval run output items available."""
