# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaApplyPatchDeleteFileOperation(BaseModel):
    """Instruction describing how to delete a file via the apply_patch tool."""

    type: Literal["delete_file"] = Field(default_factory=_missing)
    """Delete the specified file."""

    path: str = Field(default_factory=_missing)
    """Path of the file to delete."""
