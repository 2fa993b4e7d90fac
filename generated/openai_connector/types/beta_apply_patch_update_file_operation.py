# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaApplyPatchUpdateFileOperation(BaseModel):
    """Instruction describing how to update a file via the apply_patch tool."""

    type: Literal["update_file"] = Field(default_factory=_missing)
    """Update an existing file with the provided diff."""

    path: str = Field(default_factory=_missing)
    """Path of the file to update."""

    diff: str = Field(default_factory=_missing)
    """Diff to apply."""
