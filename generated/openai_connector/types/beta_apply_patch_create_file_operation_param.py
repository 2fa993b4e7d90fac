# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaApplyPatchCreateFileOperationParamModel(BaseModel):
    """Instruction for creating a new file via the apply_patch tool."""

    type: Literal["create_file"] = Field(default_factory=_missing)
    """The operation type. Always `create_file`."""

    path: str = Field(default_factory=_missing)
    """Path of the file to create relative to the workspace root."""

    diff: str = Field(default_factory=_missing)
    """Unified diff content to apply when creating the file."""


class BetaApplyPatchCreateFileOperationParam(TypedDict, total=False):
    """Instruction for creating a new file via the apply_patch tool."""

    type: Required[Literal["create_file"]]
    """The operation type. Always `create_file`."""

    path: Required[str]
    """Path of the file to create relative to the workspace root."""

    diff: Required[str]
    """Unified diff content to apply when creating the file."""
