# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class BetaApplyPatchCreateFileOperation(BaseModel):
    """Instruction describing how to create a file via the apply_patch tool."""

    type: Literal["create_file"]
    """Create a new file with the provided diff."""

    path: str
    """Path of the file to create."""

    diff: str
    """Diff to apply."""
