# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class ApplyPatchUpdateFileOperationParam(BaseModel):
    """Instruction for updating an existing file via the apply_patch tool."""

    type: Literal["update_file"]
    """The operation type. Always `update_file`."""

    path: str
    """Path of the file to update relative to the workspace root."""

    diff: str
    """Unified diff content to apply to the existing file."""


class ApplyPatchUpdateFileOperationParamParam(TypedDict, total=False):
    """Instruction for updating an existing file via the apply_patch tool."""

    type: Required[Literal["update_file"]]
    """The operation type. Always `update_file`."""

    path: Required[str]
    """Path of the file to update relative to the workspace root."""

    diff: Required[str]
    """Unified diff content to apply to the existing file."""
