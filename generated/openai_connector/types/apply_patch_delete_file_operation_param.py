# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ApplyPatchDeleteFileOperationParamModel(BaseModel):
    """Instruction for deleting an existing file via the apply_patch tool."""

    type: Literal["delete_file"] = Field(default_factory=_missing)
    """The operation type. Always `delete_file`."""

    path: str = Field(default_factory=_missing)
    """Path of the file to delete relative to the workspace root."""


class ApplyPatchDeleteFileOperationParam(TypedDict, total=False):
    """Instruction for deleting an existing file via the apply_patch tool."""

    type: Required[Literal["delete_file"]]
    """The operation type. Always `delete_file`."""

    path: Required[str]
    """Path of the file to delete relative to the workspace root."""
