# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ApplyPatchUpdateFileOperation(BaseModel):
    """Instruction describing how to update a file via the apply_patch tool."""

    type: Literal["update_file"]
    """Update an existing file with the provided diff."""

    path: str
    """Path of the file to update."""

    diff: str
    """Diff to apply."""
