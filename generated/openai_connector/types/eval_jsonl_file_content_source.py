# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class EvalJsonlFileContentSource(BaseModel):
    """EvalJsonlFileContentSource"""

    type: Literal["file_content"]
    """The type of jsonl source. Always `file_content`."""

    content: list[EvalJsonlFileContentSourceContentItem]
    """The content of the jsonl file."""


class EvalJsonlFileContentSourceParam(TypedDict, total=False):
    """EvalJsonlFileContentSource"""

    type: Required[Literal["file_content"]]
    """The type of jsonl source. Always `file_content`."""

    content: Required[Sequence[EvalJsonlFileContentSourceContentItemParam]]
    """The content of the jsonl file."""


class EvalJsonlFileContentSourceContentItem(BaseModel):
    item: dict[str, Any]

    sample: dict[str, Any] | None = None


class EvalJsonlFileContentSourceContentItemParam(TypedDict, total=False):
    item: Required[Mapping[str, Any]]

    sample: Mapping[str, Any]
