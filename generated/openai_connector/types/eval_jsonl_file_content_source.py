# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class EvalJsonlFileContentSourceContentItem(BaseModel):
    item: dict[str, builtins.object] = Field(default_factory=_missing)

    sample: dict[str, builtins.object] | None = None


class EvalJsonlFileContentSource(BaseModel):
    """EvalJsonlFileContentSource"""

    type: Literal["file_content"] = Field(default_factory=_missing)
    """The type of jsonl source. Always `file_content`."""

    content: list[EvalJsonlFileContentSourceContentItem] = Field(default_factory=_missing)
    """The content of the jsonl file."""


class EvalJsonlFileContentSourceContentItemParam(TypedDict, total=False):
    item: Required[Mapping[str, Any]]

    sample: Mapping[str, Any]


class EvalJsonlFileContentSourceParam(TypedDict, total=False):
    """EvalJsonlFileContentSource"""

    type: Required[Literal["file_content"]]
    """The type of jsonl source. Always `file_content`."""

    content: Required[Sequence[EvalJsonlFileContentSourceContentItemParam]]
    """The content of the jsonl file."""
