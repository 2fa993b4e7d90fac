# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaApplyPatchCreateFileOperation(BaseModel):
    """Instruction describing how to create a file via the apply_patch tool."""

    type: Literal["create_file"] = Field(default_factory=_missing)
    """Create a new file with the provided diff."""

    path: str = Field(default_factory=_missing)
    """Path of the file to create."""

    diff: str = Field(default_factory=_missing)
    """Diff to apply."""
