# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .eval_run import EvalRun


class EvalRunList(BaseModel):
    """An object representing a list of runs for an evaluation."""

    object: Literal["list"] = Field(default_factory=_missing)
    """The type of this object. It is always set to "list"."""

    data: list[EvalRun] = Field(default_factory=_missing)
    """An array of eval run objects."""

    first_id: str = Field(default_factory=_missing)
    """The identifier of the first eval run in the data array."""

    last_id: str = Field(default_factory=_missing)
    """The identifier of the last eval run in the data array."""

    has_more: bool = Field(default_factory=_missing)
    """Indicates whether there are more evals available."""
