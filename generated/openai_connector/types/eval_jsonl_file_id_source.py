# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class EvalJsonlFileIdSource(BaseModel):
    """EvalJsonlFileIdSource"""

    type: Literal["file_id"] = Field(default_factory=_missing)
    """The type of jsonl source. Always `file_id`."""

    id: str = Field(default_factory=_missing)
    """The identifier of the file."""


class EvalJsonlFileIdSourceParam(TypedDict, total=False):
    """EvalJsonlFileIdSource"""

    type: Required[Literal["file_id"]]
    """The type of jsonl source. Always `file_id`."""

    id: Required[str]
    """The identifier of the file."""
